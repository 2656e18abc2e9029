// The VS Code workbench in the browser, as a user works it: keys, the command palette, Quick Open,
// and what the screen shows (DOM text). Selectors are VS Code 1.100's.

/** Monaco renders spaces as no-break spaces; compare with plain text. */
const plain = (text) => text.replace(/\u00a0/g, ' ');

/** A pattern that matches `text` and nothing longer. */
const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  /** The text the visible elements matching `selector` show, '' while there are none. */
  async text(selector) {
    const texts = await this.page.locator(selector).evaluateAll((elements) =>
      elements.filter((e) => e.checkVisibility()).map((e) => e.innerText)).catch(() => []);
    return plain(texts.join('\n'));
  }

  /** Waits until the workbench has loaded and its explorer lists `fileName`. */
  async ready(fileName) {
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).waitFor({ timeout: 60_000 });
  }

  /** Reloads the window (a new window: the extension host and the language server start again). */
  async reload() {
    await this.page.reload();
    // the explorer may be folded away (the outline step does that): wait for the restored editor instead
    await this.page.locator('.editor-group-container .tab.active').first().waitFor({ timeout: 60_000 });
  }

  /** Polls `probe` until it returns something truthy; the error says what was awaited. */
  async until(what, probe, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe().catch(() => false);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Polls until `selector` shows every one of `texts`; returns its text. */
  async untilShows(selector, texts, what = selector, timeoutMs) {
    return this.until(`${what} to show ${texts.map((t) => JSON.stringify(t)).join(', ')}`, async () => {
      const shown = await this.text(selector);
      return texts.every((t) => shown.includes(t)) && shown;
    }, timeoutMs);
  }

  async press(...keys) {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Types into whatever has the focus, one key at a time as a user would. */
  async type(text) {
    await this.page.keyboard.type(text);
  }

  /** Opens the quick input with `key` and waits for its box. */
  async quickInput(key) {
    const input = this.page.locator('.quick-input-widget input');
    await this.until(`the quick input (${key})`, async () => {
      await this.press('Escape', key);
      return input.isVisible();
    }, 10_000);
    return input;
  }

  /**
   * Opens the quick input with `key`, types `filter` and takes the row labelled `label` with Enter
   * (the keyboard: a click would leave the mouse over whatever lies below, and its tooltip would
   * close the hovers and widgets the steps look at).
   */
  async choose(key, filter, label) {
    const input = await this.quickInput(key);
    await input.fill(filter);
    // until the filter has run, the list shows what it showed before (recent files or commands)
    await this.page.locator('.quick-input-list .monaco-list-row.focused .label-name', { hasText: exactly(label) }).waitFor({ timeout: 10_000 });
    await this.press('Enter');
  }

  /** Runs a command by its title from the command palette (F1). */
  async runCommand(title) {
    await this.choose('F1', `>${title}`, title);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor is active. */
  async openFile(name) {
    await this.until(`the editor of ${name}`, async () => {
      await this.choose('Control+P', name, name);
      await this.page.locator('.editor-group-container.active .tab.active .label-name', { hasText: exactly(name) }).waitFor({ timeout: 5000 });
      return true;
    }, 30_000);
    await this.focusEditor();
  }

  /** Gives the keyboard to the active text editor. */
  async focusEditor() {
    await this.runCommand('View: Focus Active Editor Group');
    await this.until('the text editor to have the focus', () => this.page.locator('.editor-group-container.active .monaco-editor.focused').count());
  }

  /** Puts the cursor at `line` (1-based) and `column` (1-based; default: the line's start) with Ctrl+G. */
  async goTo(line, column = 1) {
    const input = await this.quickInput('Control+G');
    await input.fill(`:${line}:${column}`);
    await this.press('Enter');
    await this.until(`the cursor at ${line}:${column}`, async () => (await this.text('.statusbar-item[id="status.editor.selection"]')).includes(`Ln ${line}, Col ${column}`), 5000);
  }

  /** The lines the active text editor shows, top to bottom. */
  async editorLines() {
    const lines = await this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').evaluateAll((elements) =>
      elements.map((e) => ({ top: parseFloat(e.style.top), text: e.textContent ?? '' })));
    return lines.sort((a, b) => a.top - b.top).map((l) => plain(l.text));
  }

  /** Polls until the active editor shows a line equal to `line` (leading spaces included). */
  async untilEditorShows(line, timeoutMs) {
    return this.until(`the editor to show the line ${JSON.stringify(line)}`, async () => (await this.editorLines()).includes(line), timeoutMs);
  }

  /** The labels the completion list (suggest widget) shows, once they include every one of `expected`. */
  async suggestions(expected) {
    const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row .label-name');
    return this.until(`the completion list to offer ${expected.join(', ')}`, async () => {
      const labels = (await rows.allInnerTexts()).map((label) => plain(label).trim());
      return expected.every((label) => labels.includes(label)) && labels;
    });
  }

  /**
   * The findings the Problems panel lists for `fileName` (filtered to that file, so that no other
   * file's rows push them out of the panel's virtual list): `{ severity, text }` each, top to bottom.
   */
  async problems(fileName) {
    await this.showProblems();
    const filter = this.page.locator('.markers-panel-container, .panel').locator('.viewpane-filter input').first();
    await filter.fill(`**/${fileName}`);
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    const read = () => rows.evaluateAll((elements) => elements
      .map((row) => ({
        top: parseFloat(row.style.top),
        level: Number(row.getAttribute('aria-level')),
        severity: ['error', 'warning', 'info'].find((s) => row.querySelector(`.codicon-${s}`)) ?? 'other',
        text: row.innerText.replace(/\u00a0/g, ' ').replace(/\s*\n\s*/g, ' ').trim(),
      }))
      .sort((a, b) => a.top - b.top));
    // the filter applies asynchronously: wait until every row belongs to this file
    const shown = await this.until(`the Problems panel to list the findings of ${fileName}`, async () => {
      const all = await read();
      const files = all.filter((r) => r.level === 1);
      return files.length === 1 && files[0].text.includes(fileName) && all;
    });
    return shown.filter((r) => r.level > 1);
  }

  /** Opens the Problems panel (Ctrl+Shift+M), unless it is open already. */
  async showProblems() {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ timeout: 5000 });
  }

  /** Clears the Problems panel's filter. */
  async clearProblemsFilter() {
    await this.page.locator('.viewpane-filter input').first().fill('').catch(() => {});
  }

  /** The text in the quick input's box (Quick Open, the simple file dialog …). */
  async quickInputValue() {
    return this.page.locator('.quick-input-widget input').inputValue({ timeout: 2000 }).catch(() => '');
  }

  /** A status bar item's text, found by what it says. */
  statusItem(hasText) {
    return this.page.locator('.statusbar-item', { hasText }).first();
  }

  async screenshot(path) {
    // hovers fade in and toasts slide in: wait for those (finite) animations, not the cursor's blinking
    await this.until('the animations to end', () => this.page.evaluate(() =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)), 2000).catch(() => {});
    await this.page.screenshot({ path });
  }

  /** What the screen shows, for a failure report: Problems panel, notifications, editor, widgets. */
  async describeScreen() {
    const parts = [
      ['Problems panel', await this.text('.markers-panel')],
      ['Notifications', await this.text('.notifications-toasts')],
      ['Status bar', await this.text('.part.statusbar')],
      ['Active tab', await this.text('.editor-group-container.active .tab.active')],
      ['Editor', (await this.editorLines().catch(() => [])).join('\n')],
      ['Suggest widget', await this.text('.editor-widget.suggest-widget.visible')],
      ['Hover', await this.text('.monaco-hover:not(.hidden)')],
      ['Action widget', await this.text('.action-widget')],
      ['Quick input', [await this.quickInputValue(), await this.text('.quick-input-widget .quick-input-list')].join('\n')],
      ['Dialog', await this.text('.monaco-dialog-box')],
    ];
    return parts.filter(([, text]) => text.trim()).map(([name, text]) => `--- ${name}:\n${text.trimEnd()}`).join('\n');
  }
}
