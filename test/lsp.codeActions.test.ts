import { strict as assert } from 'node:assert';
import { after, afterEach, before, test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { read } from './helpers/fixtures';
import { startServer, type LspSession } from './helpers/lspClient';

let lsp: LspSession;
before(async () => { lsp = await startServer(); });
after(async () => { await lsp.stop(); });
// a server error (an exception in a handler, an error response) fails the test that caused it
afterEach(() => lsp.assertNoServerErrors());

test('over stdio: a quick-fix for a diagnostic edits exactly the bad value; source.fixAll.tom on request', async () => {
  const uri = 'file:///ws/actions.tom.yaml';
  const text = read('examples', 'unoy-processor.tom.yaml').replace('cia: [C, I, A]', 'cia: [a, C, I]');
  lsp.open(uri, text);
  const p = await lsp.diagnostics(uri, { version: 1 });
  const d = p.diagnostics.find((x) => x.code === 'schema');
  assert.ok(d, 'the lower-case tag is reported');
  const actions = await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
  const preferred = actions.find((a) => a.isPreferred);
  assert.equal(preferred?.title, 'Write the CIA tags as [C, I, A]');
  const [edit] = preferred!.edit!.changes![uri];
  const line = text.split('\n')[edit.range.start.line];
  assert.equal(line.slice(edit.range.start.character, edit.range.end.character), '[a, C, I]');
  assert.equal(edit.newText, '[C, I, A]');
  assert.ok(actions.at(-1)!.title.startsWith('Ignore schema'), 'tom-ignore comes last');
  const onSave = await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [], only: ['source.fixAll'] } }) as CodeAction[];
  assert.deepEqual(onSave.map((a) => a.kind), ['source.fixAll.tom']);
});

test('over stdio: the fixes of the diagnostic the user picked come first, and only they are preferred', async () => {
  const uri = 'file:///ws/picked.tom.yaml';
  // processor: order, separation and evaluation are missing (one finding on `controls:`); a CIA list out of order
  const text = read('examples', 'unoy-processor.tom.yaml').replace('cia: [C, I, A]', 'cia: [I, C, A]');
  lsp.open(uri, text);
  const { diagnostics } = await lsp.diagnostics(uri, { version: 1 });
  const missing = diagnostics.filter((x) => x.code === 'missing-control-type');
  const order = diagnostics.find((x) => x.code === 'cia-order')!;
  assert.equal(missing.length, 1, 'one finding names every missing control type');
  const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
  const ask = async (picked: typeof diagnostics) => await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: picked } }) as CodeAction[];

  const forOrder = await ask([order]);
  assert.equal(forOrder[0].title, 'Write the CIA tags as [C, I, A]');
  assert.deepEqual(forOrder.filter((a) => a.isPreferred).map((a) => a.title), ['Write the CIA tags as [C, I, A]']);
  assert.ok(forOrder.every((a) => a.diagnostics?.length), 'every action names the diagnostics it resolves');
  assert.ok(forOrder.some((a) => a.title.startsWith('Add all 3 missing control sections') && !a.isPreferred), 'the neighbour\'s fixes are offered, not preferred');

  const forMissing = await ask(missing);
  assert.deepEqual(forMissing.slice(0, 4).map((a) => [a.title, !!a.isPreferred]), [
    ['Add all 3 missing control sections, each with a measure to fill in', true],
    ['Add an order section (Order control) with a measure to fill in', false],
    ['Add a separation section (Separation control) with a measure to fill in', false],
    ['Add an evaluation section (Regular testing, assessment and evaluation) with a measure to fill in', false],
  ]);
  assert.equal(forMissing[4].title, 'Ignore missing-control-type here (# tom-ignore with a reason to write)');
  assert.deepEqual(forMissing.slice(0, 5).map((a) => a.diagnostics?.[0].code), Array(5).fill('missing-control-type'));
  assert.deepEqual(forMissing.filter((a) => a.isPreferred).length, 1);
});
