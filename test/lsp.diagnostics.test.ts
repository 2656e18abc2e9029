import { strict as assert } from 'node:assert';
import { after, afterEach, before, test } from 'node:test';
import { read } from './helpers/fixtures';
import { debounceMs } from '../server/src/lsp/diagnostics';
import { startServer, type LspSession } from './helpers/lspClient';

let lsp: LspSession;
before(async () => { lsp = await startServer(); });
after(async () => { await lsp.stop(); });
// a server error (an exception in a handler, an error response) fails the test that caused it
afterEach(() => lsp.assertNoServerErrors());

const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => String(d.code)).sort();

test('diagnostics arrive after didOpen, with rule ids, for a shipped example', async () => {
  const uri = 'file:///ws/unoy.tom.yaml';
  lsp.open(uri, read('examples', 'unoy-processor.tom.yaml'));
  const p = await lsp.diagnostics(uri, { version: 1 });
  assert.deepEqual(codes(p), ['missing-contact', 'missing-control-type', 'stale-review', 'third-country-transfer', 'transfer-impact-assessment']);
});

test('an incremental edit is re-checked and only the newest version is published, after the debounce', async () => {
  const uri = 'file:///ws/edit.tom.yaml';
  const text = read('examples', 'commercetools-processor.tom.yaml');
  lsp.open(uri, text);
  await lsp.diagnostics(uri, { version: 1 });
  // type "phisical-access" over "physical-access" (line 23: "  - type: physical-access"), then at once a second edit
  const line = text.split('\n').findIndex((l) => l.includes('type: physical-access'));
  const col = text.split('\n')[line].indexOf('physical');
  const sent = performance.now();
  lsp.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col + 3 } }, text: 'phi' }]);
  const v3 = lsp.change(uri, [{ range: { start: { line: 8, character: 15 }, end: { line: 8, character: 25 } }, text: '2026-11-01' }]);
  const p = await lsp.diagnostics(uri, { version: v3 });
  const unknown = p.diagnostics.find((d) => d.code === 'unknown-control-type');
  assert.ok(unknown, 'the typo is reported');
  assert.deepEqual(unknown.range, { start: { line, character: col }, end: { line, character: col + 'phisical-access'.length } });
  assert.match(unknown.message, /use "physical-access"/);
  assert.ok(!p.diagnostics.some((d) => d.code === 'stale-review'), 'the fresh date is no longer stale');
  // the server waits for a quiet moment after the last edit before checking
  const v3At = lsp.published(uri).find((x) => x.version === v3)!.at;
  assert.ok(v3At - sent >= debounceMs.min, `version ${v3} was published ${(v3At - sent).toFixed(0)} ms after the edits, debounce at least ${debounceMs.min} ms`);
  // watch for a while longer: version 2 is never published, not before version 3 and not after it
  await new Promise((r) => setTimeout(r, 10 * debounceMs.max));
  assert.deepEqual(lsp.published(uri).map((x) => x.version), [1, v3]);
});

test('changed settings apply live: a rule switched off, another made an error, the stale-review months', async () => {
  const uri = 'file:///ws/settings.tom.yaml';
  lsp.open(uri, read('examples', 'commercetools-processor.tom.yaml'));
  const first = await lsp.diagnostics(uri, { version: 1 });
  assert.deepEqual(codes(first), ['missing-contact', 'missing-control-type', 'stale-review']);
  lsp.settings = { rules: { 'missing-contact': 'off', 'missing-control-type': 'off', 'stale-review': 'error' } };
  void lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tom: lsp.settings } });
  const strict = await lsp.diagnostics(uri, { accept: (p) => codes(p).join() === 'stale-review' });
  assert.equal(strict.diagnostics[0].severity, 1, 'stale-review is now an error');
  // lastUpdated 2025-01-23 is 22 months before today: fresh again with a 24-month review cycle
  lsp.settings = { staleReviewMonths: 24, rules: { 'missing-contact': 'off' } };
  void lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tom: lsp.settings } });
  await lsp.diagnostics(uri, { accept: (p) => codes(p).join() === 'missing-control-type' });
  lsp.settings = {};
});

test('a new empty file stays quiet (a hint) until the user types; emptied again, it is an error', async () => {
  const uri = 'file:///ws/new.tom.yaml';
  lsp.open(uri, '');
  const fresh = await lsp.diagnostics(uri, { version: 1 });
  assert.deepEqual(fresh.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]), [['schema', 4, 0, 0]]);
  const typed = lsp.change(uri, [{ text: 'tom: 1\n' }]);
  await lsp.diagnostics(uri, { version: typed });
  const emptied = lsp.change(uri, [{ text: '' }]);
  const again = await lsp.diagnostics(uri, { version: emptied });
  assert.deepEqual(again.diagnostics.map((d) => [d.code, d.severity]), [['schema', 1]]);
});

test('the server registers for configuration changes and watches .tom-studio.yaml where the client allows, and re-pulls the settings', { timeout: 20_000 }, async () => {
  const dynamic = { didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } };
  const session = await startServer({ workspaceCapabilities: dynamic });
  try {
    assert.deepEqual((await session.registered('workspace/didChangeConfiguration')).registerOptions, { section: 'tom' });
    assert.deepEqual((await session.registered('workspace/didChangeWatchedFiles')).registerOptions, { watchers: [{ globPattern: '**/{.tom-studio.yaml,.tom-studio.yml}' }] });
    const uri = 'file:///ws/dynamic.tom.yaml';
    session.open(uri, read('examples', 'commercetools-processor.tom.yaml'));
    assert.deepEqual(codes(await session.diagnostics(uri, { version: 1 })), ['missing-contact', 'missing-control-type', 'stale-review']);
    // a settings.json edited on disk: the client says only that something changed (pull model), the server asks again
    session.settings = { rules: { 'stale-review': 'off' } };
    void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await session.diagnostics(uri, { accept: (p) => codes(p).join() === 'missing-contact,missing-control-type' });
  } finally {
    await session.stop();
  }
});
