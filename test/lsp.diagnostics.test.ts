import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { read } from './helpers/fixtures';
import { startServer, type LspSession } from './helpers/lspClient';

let lsp: LspSession;
before(async () => { lsp = await startServer(); });
after(async () => { await lsp.stop(); });

const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => String(d.code)).sort();

test('diagnostics arrive after didOpen, with rule ids, for a shipped example', async () => {
  const uri = 'file:///ws/unoy.tom.yaml';
  lsp.open(uri, read('examples', 'unoy-processor.tom.yaml'));
  const p = await lsp.diagnostics(uri, { version: 1 });
  assert.deepEqual(codes(p), ['missing-contact', 'missing-control-type', 'missing-control-type', 'missing-control-type', 'stale-review', 'third-country-transfer', 'transfer-impact-assessment']);
});

test('an incremental edit is re-checked and only the newest version is published', async () => {
  const uri = 'file:///ws/edit.tom.yaml';
  const text = read('examples', 'commercetools-processor.tom.yaml');
  lsp.open(uri, text);
  await lsp.diagnostics(uri, { version: 1 });
  // type "phisical-access" over "physical-access" (line 23: "  - type: physical-access")
  const line = text.split('\n').findIndex((l) => l.includes('type: physical-access'));
  const col = text.split('\n')[line].indexOf('physical');
  lsp.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col + 3 } }, text: 'phi' }]);
  const v3 = lsp.change(uri, [{ range: { start: { line: 8, character: 15 }, end: { line: 8, character: 25 } }, text: '2026-11-01' }]);
  const p = await lsp.diagnostics(uri, { version: v3 });
  const unknown = p.diagnostics.find((d) => d.code === 'unknown-control-type');
  assert.ok(unknown, 'the typo is reported');
  assert.deepEqual(unknown.range, { start: { line, character: col }, end: { line, character: col + 'phisical-access'.length } });
  assert.match(unknown.message, /use "physical-access"/);
  assert.ok(!p.diagnostics.some((d) => d.code === 'stale-review'), 'the fresh date is no longer stale');
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
