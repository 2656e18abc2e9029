// The end-to-end steps, in the order a user meets the features. Each step checks what the screen
// shows and runs even when an earlier one failed (every step opens the file it needs itself).
// `fixture` is test/e2e/workspace/e2e.tom.yaml, whose lines the steps edit; `example` a copy of
// examples/acme-controller.tom.yaml, which has no findings.
import assert from 'node:assert/strict';

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
        'A processor must document', 'System access control (Zugangskontrolle', 'missing-control-type',
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
    title: 'the `measure` snippet inserts a measure',
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
      for (const line of ['      - id: XX-01', '        title: Describe the measure', '        description: What is done, by whom, how often', '        kind: technical', '        owner: IT operations']) {
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
];
