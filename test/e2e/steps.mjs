// The end-to-end steps, in the order a user meets the features. Each step checks what the screen
// shows and runs even when an earlier one failed (every step opens the file it needs itself).
// `fixture` is test/e2e/workspace/e2e.tom.yaml, whose lines the steps edit; `example` a copy of
// examples/acme-controller.tom.yaml, which has no findings.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The line number (1-based) of the first line that is exactly `text`. */
function lineOf(source, text) {
  const index = source.split('\n').indexOf(text);
  assert.ok(index >= 0, `no line ${JSON.stringify(text)} in the document`);
  return index + 1;
}

/** The text of what VS Code's own problems item in the status bar counts: "Errors: 0, Warnings: 8". */
async function workspaceCounts(wb) {
  const label = await wb.page.locator('.statusbar-item[id="status.problems"] a').first().getAttribute('aria-label', { timeout: 2000 }) ?? '';
  const count = (kind) => Number(new RegExp(`${kind}: (\\d+)`).exec(label)?.[1] ?? NaN);
  return { errors: count('Errors'), warnings: count('Warnings') };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A command's title in the command palette ("TOM: …"), as the extension's package.nls(.de).json names it. */
const nls = (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const english = nls('package.nls.json');
const german = nls('package.nls.de.json');
const command = (titles, id) => `TOM: ${titles[`command.${id}`]}`;

/** The built-in measure catalogue, as the language server offers it. */
const catalogue = JSON.parse(readFileSync(new URL('../../server/src/service/catalogue/catalogue.json', import.meta.url), 'utf8'));

/** The preview's page (the webview's inner frame), and a wait until it shows a text. */
function preview(wb) {
  const body = wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
  const text = () => body.innerText({ timeout: 1000 }).catch(() => '');
  return {
    body,
    text,
    shows: (what) => wb.until(`the preview to show ${JSON.stringify(what)}`, async () => (await text()).includes(what), 30_000),
    /** The preview shows `what` and none of `not`. */
    showsOnly: (what, not) => wb.until(`the preview to show ${JSON.stringify(what)} and not ${not.map((t) => JSON.stringify(t)).join(', ')}`, async () => {
      const shown = await text();
      return shown.includes(what) && not.every((t) => !shown.includes(t));
    }, 30_000),
  };
}

/** The counts in the TOM status bar item: "TOM: 3 errors, 2 warnings" → { errors: 3, warnings: 2 }. */
async function tomCounts(wb) {
  const text = await wb.statusItem('TOM:').innerText({ timeout: 2000 });
  const count = (pattern) => Number(pattern.exec(text)?.[1] ?? 0);
  return { text, errors: count(/(\d+) (?:errors?|Fehler)/), warnings: count(/(\d+) (?:warnings?|Warnung(?:en)?)/) };
}

/** At a new `      - ` in the physical-access section, the completion list starts with that type's catalogue measures. */
async function offersOwnMeasuresFirst(wb, shot) {
  await wb.untilEditorShows('      - ');
  // typing `-` and ` ` (trigger characters) may have opened the list already: ask afresh at `- `
  await wb.press('Escape');
  await wb.press('Control+Space');
  const own = catalogue.filter((m) => m.type === 'physical-access').map((m) => m.title.en);
  const rows = wb.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  const labels = await wb.until('the completion list', async () => {
    const shown = await rows.evaluateAll((elements) => elements
      .map((row) => ({ top: parseFloat(row.style.top), label: row.querySelector('.label-name')?.textContent ?? '' }))
      .sort((a, b) => a.top - b.top).map((row) => row.label.replace(/\u00a0/g, ' ').trim()));
    return shown.length >= 5 && shown;
  });
  await wb.screenshot(shot('catalogue-list'));
  const first = labels.slice(0, Math.min(own.length, labels.length));
  assert.deepEqual(first.filter((label) => !own.includes(label)), [], `the first ${first.length} offers are the section's own catalogue measures, not: ${labels.join(' | ')}`);
  // the focused offer says what it inserts: the section's next free id (in the list or in its details beside it)
  await wb.untilShows('.editor-widget.suggest-widget.visible, .suggest-details', ['New measure PA-02'], 'the completion list');
  return `first: ${first[0]}`;
}

/** What the import step saw, for the step after it: the path the file picker proposed, the tab it opened. */
const imported = { picked: '', tab: '' };

export const steps = [
  {
    name: 'problems',
    title: 'the Problems panel lists the findings with their rule ids',
    async run(wb, { fixture }) {
      await wb.openFile(fixture.name);
      await wb.press('Control+Shift+M');
      // the first step also waits for the extension to start its language server
      await wb.untilShows('.markers-panel', [
        fixture.name,
        '"Zutrittskontrolle" is not a control type id', 'unknown-control-type',
        'A processor', 'System access control (Zugangskontrolle', 'missing-control-type',
        'The document was last updated on 2024-05-01', 'stale-review',
      ], 'the Problems panel', 90_000);
    },
  },
  {
    name: 'completion',
    title: 'completion offers control types after `type: ` and the missing tags inside `cia: [C, `',
    async run(wb, { fixture, shot }) {
      await wb.openFile(fixture.name);
      // `  - type: transfer` → `  - type: ` and ask for completions there
      await wb.goTo(lineOf(fixture.text, '  - type: transfer'), 11);
      await wb.press('Shift+End', 'Backspace', 'Control+Space');
      await wb.suggestions(['physical-access', 'system-access', 'data-access', 'encryption']);
      // each id with its German name beside it (label details), not bare ids
      await wb.until('"physical-access" with its German name "Zutrittskontrolle" beside it', async () =>
        (await wb.text('.editor-widget.suggest-widget.visible .monaco-list-row')).includes('Zutrittskontrolle'));
      await wb.screenshot(shot('completion-type'));
      await wb.type('transf');
      await wb.suggestions(['transfer']);
      await wb.press('Enter');
      await wb.untilEditorShows('  - type: transfer');

      // `        cia: [C, I]` → `        cia: [C, ` : the tags not yet there are offered
      await wb.goTo(lineOf(fixture.text, '        cia: [C, I]'), 18);
      await wb.press('Shift+End', 'Backspace', 'Control+Space');
      const listed = await wb.suggestions(['I', 'A']);
      assert.ok(!listed.includes('C'), `C is in the list already and not offered again (offered: ${listed.join(', ')})`);
      await wb.screenshot(shot('completion-cia'));
      await wb.press('Escape');
      await wb.type('I]');
      await wb.untilEditorShows('        cia: [C, I]');
      return `offered in cia: ${listed.join(', ')}`;
    },
  },
  {
    name: 'quick-fix',
    title: 'the light bulb (Ctrl+.) fixes `type: Zutrittskontrolle` to `type: physical-access`',
    async run(wb, { fixture, shot }) {
      await wb.openFile(fixture.name);
      await wb.goTo(lineOf(fixture.text, '  - type: Zutrittskontrolle'), 11);
      await wb.press('Control+.');
      // the preferred fix comes first, ready for Enter
      await wb.page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Change to "physical-access"' }).waitFor({ timeout: 20_000 });
      await wb.screenshot(shot('quick-fix-menu'));
      await wb.press('Enter');
      await wb.untilEditorShows('  - type: physical-access');
      await wb.until('the unknown-control-type finding to leave the Problems panel', async () => !(await wb.text('.markers-panel')).includes('unknown-control-type'));
    },
  },
  {
    name: 'snippet',
    title: 'the `measure` snippet inserts a measure with the section\'s next free id',
    async run(wb, { fixture }) {
      await wb.openFile(fixture.name);
      // replace the prepared comment line's text (its indentation stays) with the snippet's prefix
      await wb.goTo(lineOf(fixture.text, '      # e2e: the snippet step types a measure here'), 7);
      await wb.press('Shift+End');
      await wb.type('measure');
      await wb.press('Control+Space');
      await wb.suggestions(['measure', 'measure-planned']);
      await wb.page.locator('.suggest-widget .monaco-list-row.focused .label-name', { hasText: /^measure$/ }).waitFor({ timeout: 10_000 });
      await wb.press('Enter');
      // the comment line sits in the transfer section, whose TR-01 is taken
      for (const line of ['      - id: TR-02', '        title: Describe the measure', '        description: What is done, by whom, how often', '        kind: technical', '        owner: IT operations']) {
        await wb.untilEditorShows(line);
      }
      await wb.press('Escape'); // leave the snippet's placeholders
    },
  },
  {
    name: 'hover',
    title: 'hover on a control type shows its English and German names',
    async run(wb, { example }) {
      await wb.openFile(example.name);
      await wb.goTo(lineOf(example.text, '  - type: transfer'), 12);
      const names = ['Transfer control', 'Weitergabekontrolle', 'Art. 32'];
      await wb.until(`the hover to show ${names.join(', ')}`, async () => {
        const shown = await wb.text('.monaco-hover:not(.hidden)');
        // code lenses arriving after the file opened shift the lines, which closes a hover: ask again
        if (!shown) await wb.press('Control+K', 'Control+I');
        return names.every((name) => shown.includes(name));
      });
    },
  },
  {
    name: 'outline',
    title: 'the outline lists the sections and their measures',
    async run(wb, { example }) {
      await wb.openFile(example.name);
      await wb.runCommand('Explorer: Focus on Outline View');
      // fold the file list away, so that the outline has the sidebar's height for all its rows
      const files = wb.page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasText: /workspace/i });
      if (await files.count()) {
        await files.first().click();
        await wb.page.mouse.move(0, 0); // away from the header, whose tooltip would cover the outline
      }
      const ids = [...example.text.matchAll(/^ {6}- id: (\S+)$/gm)].map((m) => m[1]);
      assert.ok(ids.length >= 5, 'the example has measures');
      await wb.untilShows('.outline-pane', ['Physical access control', 'PA-01 Badge readers at every entrance', ...ids], 'the outline');
    },
  },
  {
    name: 'preview',
    title: 'the preview opens beside the editor and follows an edit',
    async run(wb, { example }) {
      await wb.openFile(example.name);
      await wb.runCommand('TOM: Open Preview to the Side');
      await wb.until('two editor groups side by side', async () => (await wb.page.locator('.editor-group-container').count()) === 2);
      const page = wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
      const previewText = () => page.innerText({ timeout: 1000 }).catch(() => '');
      const previewShows = (what) => wb.until(`the preview to show ${JSON.stringify(what)}`, async () => (await previewText()).includes(what), 30_000);
      await previewShows('Badge readers at every entrance');
      await previewShows('ACME Analytics GmbH');

      // edit the organisation in the editor (the first group): the preview follows
      await wb.runCommand('View: Focus First Editor Group');
      await wb.goTo(lineOf(example.text, '  organization: ACME Analytics GmbH'), 36);
      await wb.type(' Nord');
      await wb.untilEditorShows('  organization: ACME Analytics GmbH Nord');
      await previewShows('ACME Analytics GmbH Nord');
      await wb.press('Control+S');
    },
  },
  {
    name: 'status-bar',
    title: "the status bar item counts the active document's findings",
    async run(wb, { fixture, example, shot }) {
      await wb.openFile(example.name);
      await wb.until('"TOM: no problems" in the status bar', async () => (await wb.statusItem('TOM:').innerText()).includes('TOM: no problems'));
      await wb.screenshot(shot('status-bar-example'));

      // the fixture's findings, as VS Code's own problems item counts them (the example has none)
      await wb.openFile(fixture.name);
      const { errors, warnings } = await workspaceCounts(wb);
      assert.ok(warnings > 0, `VS Code counts ${warnings} warnings in the fixture`);
      const expected = `TOM: ${[errors && plural(errors, 'error'), plural(warnings, 'warning')].filter(Boolean).join(', ')}`;
      await wb.until(`"${expected}" in the status bar`, async () => (await wb.statusItem('TOM:').innerText()).includes(expected));
      return expected;
    },
  },
  {
    name: 'stray-bracket',
    title: 'one stray `]` (issue 17, item 1) gives one finding at the bad spot, and no schema finding it caused',
    async run(wb, { example, shot }) {
      await wb.openFile(example.name);
      // PA-01's `cia: [C, I]`, with `kind` on the next line: the issue's false "lacks the required key kind"
      const cia = '        cia: [C, I]';
      await wb.goTo(lineOf(example.text, cia), cia.length + 1);
      await wb.type(']');
      await wb.untilEditorShows(`${cia}]`);
      await wb.until('a yaml-syntax finding for the example', async () => (await wb.problems(example.name)).some((p) => p.text.includes('yaml-syntax')));
      await wb.page.waitForTimeout(1500); // findings that come later (a flood, a schema finding) would show by now
      const problems = await wb.problems(example.name);
      await wb.screenshot(shot('stray-bracket-problems'));
      assert.equal(problems.length, 1, `one finding for the stray bracket, not:\n${problems.map((p) => p.text).join('\n')}`);
      assert.match(problems[0].text, /yaml-syntax/);
      assert.match(problems[0].text, new RegExp(`\\[Ln ${lineOf(example.text, cia)}, Col`), 'at the line of the bracket');
      await wb.clearProblemsFilter();
      // undo: the document is as it was saved, without findings
      await wb.focusEditor();
      await wb.press('Control+Z');
      await wb.untilEditorShows(cia);
      await wb.until('"TOM: no problems" in the status bar', async () => (await wb.statusItem('TOM:').innerText()).includes('TOM: no problems'));
      return problems[0].text;
    },
  },
  {
    name: 'missing-control-type',
    title: 'the missing control types (issue 17, item 8) are one finding on `controls:`, with a fix per type and one for all',
    async run(wb, { fixture, shot }) {
      // a processor needs nine types; the fixture has physical-access (written Zutrittskontrolle) and transfer
      const missing = ['system-access', 'data-access', 'input', 'order', 'availability', 'separation', 'evaluation'];
      await wb.openFile(fixture.name);
      const findings = await wb.until('the missing-control-type finding', async () => {
        const rows = (await wb.problems(fixture.name)).filter((p) => p.text.includes('missing-control-type'));
        return rows.length > 0 && rows;
      });
      await wb.screenshot(shot('missing-control-type-problems'));
      await wb.clearProblemsFilter();
      assert.equal(findings.length, 1, `one missing-control-type finding, not:\n${findings.map((p) => p.text).join('\n')}`);
      assert.match(findings[0].text, /A processor \w+ document 7 control types/, 'the finding counts the missing types');
      for (const id of missing) assert.ok(findings[0].text.includes(id), `the finding names ${id}: ${findings[0].text}`);

      await wb.focusEditor();
      await wb.goTo(lineOf(fixture.text, 'controls:'), 1);
      await wb.press('Control+.');
      await wb.untilShows('.action-widget', ['Add all 7 missing control sections', ...missing.map((id) => `Add ${/^[aeiou]/.test(id) ? 'an' : 'a'} ${id} section`)], 'the light-bulb menu');
      await wb.screenshot(shot('missing-control-type-fixes'));
      await wb.press('Escape');
    },
  },
  {
    name: 'catalogue-order',
    title: "at a new `- ` under a section's measures (issue 17, item 7) the section's own catalogue measures come first",
    async run(wb, { example, shot }) {
      await wb.openFile(example.name);
      // a new line `      - ` at the end of the physical-access section (Enter indents it like the
      // line above; Shift+Home selects that indentation, which the typed text replaces)
      const last = '        reviewed: 2026-09-15';
      await wb.goTo(lineOf(example.text, last), last.length + 1);
      await wb.press('Enter', 'Shift+Home');
      await wb.type('      - ');
      try {
        return await offersOwnMeasuresFirst(wb, shot);
      } finally {
        // the line goes again: the example stays as the other steps know it
        await wb.press('Escape');
        await wb.goTo(lineOf(example.text, last) + 1, 1);
        await wb.press('Control+Shift+K');
        await wb.until('the new line to go', async () => !(await wb.editorLines()).includes('      - '));
        await wb.press('Control+S');
      }
    },
  },
  {
    name: 'import',
    title: 'importing the UNOY text (issue 17, item 3) opens a document whose only errors are the fields the text lacks',
    async run(wb, { legacy, workspace, shot }) {
      // the text to import is open: the file picker should propose it (checked by the next step)
      await wb.openFile(legacy.name);
      await wb.runCommand(command(english, 'tom.importFromText'));
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await wb.page.waitForTimeout(500); // the simple file dialog fills in its path after it opens
      imported.picked = await wb.quickInputValue();
      const before = await wb.text('.editor-group-container.active .tab.active .label-name');
      await input.fill(join(workspace, legacy.name));
      await wb.press('Enter');
      await wb.until('a TOM editor for the imported document', async () => (await wb.statusItem('TOM:').count()) && (await wb.text('.editor-group-container.active .tab.active .label-name')) !== before);
      imported.tab = (await wb.text('.editor-group-container.active .tab.active .label-name')).trim();
      await wb.screenshot(shot('import-opened'));

      const problems = await wb.until('the findings of the imported document', async () => {
        const rows = await wb.problems(imported.tab);
        return rows.length > 0 && rows;
      });
      await wb.page.waitForTimeout(1000);
      const errors = (await wb.problems(imported.tab)).filter((p) => p.severity === 'error');
      const { text } = await tomCounts(wb);
      await wb.screenshot(shot('import-problems'));
      await wb.clearProblemsFilter();
      // the text names no organisation, no role and no date: those stay to fill, nothing else is an error
      const lacking = /organization|role|date/;
      assert.deepEqual(errors.filter((p) => !lacking.test(p.text)).map((p) => p.text), [], `the only errors are the fields the text lacks (${text})`);
      assert.ok(!problems.some((p) => p.text.includes('cia needs at least one tag')), 'the importer proposes CIA tags');
      assert.ok((await tomCounts(wb)).errors <= 3, `at most three errors: ${text}`);
      return `${imported.tab}: ${text}`;
    },
  },
  {
    name: 'import-save-name',
    title: 'the imported document (issue 17, item 4) is named `<source>.tom.yaml` and saves beside its source',
    async run(wb, { legacy, workspace, shot }) {
      const name = legacy.name.replace(/\.[^.]+$/, '.tom.yaml');
      assert.ok(imported.tab, 'the import step opened a document');
      assert.ok(imported.picked.endsWith(`/${legacy.name}`), `the file picker proposed the active text file, not ${JSON.stringify(imported.picked)}`);
      assert.equal(imported.tab, name, 'the tab shows the name the document will have');
      await wb.choose('Control+P', name, name); // the open editor: Quick Open lists it
      await wb.focusEditor();
      await wb.press('Control+S');
      // an untitled document with a path saves there; should VS Code ask, it proposes that path
      await wb.page.waitForTimeout(500);
      if (await wb.page.locator('.quick-input-widget input').isVisible()) {
        const proposed = await wb.quickInputValue();
        await wb.screenshot(shot('import-save-dialog'));
        assert.equal(proposed, join(workspace, name), 'Save proposes the name beside the source');
        await wb.press('Enter');
      }
      await wb.until(`${name} saved beside ${legacy.name}`, async () => existsSync(join(workspace, name)) &&
        !(await wb.page.locator('.editor-group-container.active .tab.active').getAttribute('class')).includes('dirty'), 10_000);
    },
  },
  {
    name: 'export-warning',
    title: 'exporting a document with an error (issue 17, item 5) asks first, naming the error; the page keeps paragraphs',
    async run(wb, { draft, workspace, shot }) {
      await wb.openFile(draft.name);
      await wb.until('"TOM: 1 error" in the status bar', async () => (await tomCounts(wb)).errors === 1);
      await wb.runCommand(command(english, 'tom.exportHtml'));
      const line = lineOf(draft.text, '        kind: technisch');
      const dialog = '.monaco-dialog-box';
      await wb.untilShows(dialog, ['This document has 1 error(s); the exported page would publish them.', `line ${line}: "technisch" is not a valid kind`, 'Export anyway'], 'the warning');
      await wb.screenshot(shot('export-warning'));
      // cancelled: nothing is written
      await wb.press('Escape');
      await wb.until('the warning to close', async () => !(await wb.page.locator(dialog).isVisible()));
      const target = join(workspace, draft.name.replace(/\.tom\.yaml$/, '.de.html'));
      assert.ok(!existsSync(target), 'cancelled: no page written');

      // "Export anyway", then the save dialog's proposal
      await wb.runCommand(command(english, 'tom.exportHtml'));
      await wb.page.locator(`${dialog} .monaco-button`, { hasText: 'Export anyway' }).click();
      await wb.page.mouse.move(0, 0);
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await wb.until(`the save dialog to propose ${target}`, async () => (await wb.quickInputValue()) === target, 5000);
      await wb.press('Enter');
      await wb.untilShows('.notifications-toasts', [`Exported ${draft.name.replace(/\.tom\.yaml$/, '.de.html')}`], 'the notification');
      // the description's two paragraphs stay two paragraphs
      const page = readFileSync(target, 'utf8');
      assert.match(page, /<p[^>]*>Jeder Eingang des Bürogebäudes hat einen Ausweisleser\.<\/p>\s*<p[^>]*>Verlorene Ausweise sperrt der Empfang noch am selben Tag\.<\/p>/);
    },
  },
  {
    name: 'preview-language',
    title: "each preview (issue 17, item 6) starts in its document's language, findings in the UI's; paragraphs stay",
    async run(wb, { example, fixture, draft, shot }) {
      const page = preview(wb);
      // the first group: the import step left its report in the second one
      await wb.runCommand('View: Focus First Editor Group');
      await wb.openFile(example.name);
      await wb.runCommand('TOM: Open Preview to the Side');
      await page.shows('No findings: the document passes every rule.');
      // the example is published in English and German: switch its preview to German
      await page.body.locator('button[data-lang="de"]').click();
      await wb.page.mouse.move(0, 0);
      await page.shows('Keine Befunde: das Dokument erfüllt alle Regeln.');
      await wb.screenshot(shot('preview-example-de'));

      // an English document: its page is English, whatever was chosen for the example
      await wb.runCommand('View: Focus First Editor Group');
      await wb.openFile(fixture.name);
      await page.showsOnly('Current findings', ['Aktuelle Befunde']);
      await wb.screenshot(shot('preview-fixture-en'));

      // a German document: a German page, its findings in the UI's language (English here)
      await wb.runCommand('View: Focus First Editor Group');
      await wb.openFile(draft.name);
      await page.showsOnly('Aktuelle Befunde', ['Current findings']);
      await page.shows('"technisch" is not a valid kind');
      // the description's two paragraphs are two paragraphs on the page
      const paragraphs = await page.body.locator('p').allInnerTexts();
      assert.ok(paragraphs.includes('Jeder Eingang des Bürogebäudes hat einen Ausweisleser.') && paragraphs.includes('Verlorene Ausweise sperrt der Empfang noch am selben Tag.'),
        `two paragraphs, not: ${paragraphs.filter((p) => p.includes('Ausweis')).join(' | ')}`);
    },
  },
  {
    name: 'german-ui',
    title: 'under a German UI (issue 17, item 2) the findings, a hover, the status bar and the commands are German',
    async run(wb, { fixture, example, shot, setDisplayLanguage }) {
      // as after "Configure Display Language" → Deutsch (see docs/e2e.md on the suite's German language pack)
      setDisplayLanguage('de');
      await wb.reload();
      await wb.openFile(fixture.name);
      // the extension's own words (package.nls.de.json, the l10n bundle)
      await wb.until('the TOM status bar item in German', async () => /TOM: .*\d+ Warnung/.test((await tomCounts(wb)).text), 60_000);
      // the language server's findings
      const problems = await wb.until('German findings in the Problems panel', async () => {
        const rows = await wb.problems(fixture.name);
        return rows.some((p) => p.text.includes('stale-review')) && rows;
      }, 30_000);
      await wb.screenshot(shot('german-problems'));
      await wb.clearProblemsFilter();
      const said = problems.map((p) => p.text).join('\n');
      assert.ok(said.includes('Das Dokument wurde zuletzt am 2024-05-01 aktualisiert'), `stale-review in German:\n${said}`);
      assert.match(said, /fehlen 7 Kontrolltypen/, 'missing-control-type in German');
      assert.ok(!said.includes('The document was last updated'), 'no English finding left');

      // the server's hovers: a control type explained in German, the German name first
      await wb.openFile(example.name);
      await wb.goTo(lineOf(example.text, '  - type: transfer'), 12);
      const words = ['Weitergabekontrolle', 'Art. 32 Abs. 1 lit. b DSGVO', 'Erwartete CIA-Kennzeichen'];
      const hover = await wb.until(`the hover to show ${words.join(', ')}`, async () => {
        const shown = await wb.text('.monaco-hover:not(.hidden)');
        if (!shown) await wb.press('Control+K', 'Control+I');
        if (!words.every((w) => shown.includes(w))) return false;
        // at once, while it is open (waiting for animations to end gives the code lenses time to close it)
        await wb.page.screenshot({ path: shot('german-hover') });
        return shown;
      });
      assert.ok(!hover.includes('Expected CIA tags'), `no English hover left:\n${hover}`);
      await wb.press('Escape');
      await wb.openFile(fixture.name);

      // the preview of this English document: English page, German findings
      await wb.runCommand(command(german, 'tom.showPreviewToSide'));
      const page = preview(wb);
      await page.shows('Current findings');
      await page.shows('Das Dokument wurde zuletzt am 2024-05-01 aktualisiert');
    },
  },
];
