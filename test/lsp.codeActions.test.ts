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
