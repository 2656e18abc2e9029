/** Completion over real stdio against dist/server.js: what an editor gets while the user types. */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type InitializeResult } from 'vscode-languageserver-protocol/node';
import type { CompletionItem, Position, TextEdit } from 'vscode-languageserver-types';
import { controlTypes } from '../server/src/service/catalogue/controlTypes';
import { completionDocument } from './helpers/completionDocument';
import { cursor, fixedToday, read } from './helpers/fixtures';
import { repoRoot, startServer, type LspSession } from './helpers/lspClient';

let lsp: LspSession;
before(async () => { lsp = await startServer(); });
after(async () => { await lsp.stop(); });
// a server error (an exception in a handler, an error response) fails the test that caused it
afterEach(() => lsp.assertNoServerErrors());

const base = completionDocument;
let opened = 0;

const positionIn = (text: string, offset: number): Position => TextDocument.create('file:///x', 'tom', 1, text).positionAt(offset);

/** Opens the text (without the `|` marker) under a fresh uri and asks for completions at the marker. */
async function completeAt(textWithMarker: string): Promise<{ items: CompletionItem[]; text: string }> {
  const { text, offset } = cursor(textWithMarker);
  const uri = `file:///ws/complete-${++opened}.tom.yaml`;
  lsp.open(uri, text);
  const items = await lsp.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionIn(text, offset) }) as CompletionItem[];
  return { items: sorted(items), text };
}

const sorted = (items: CompletionItem[]) =>
  [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const accept = (text: string, item: CompletionItem) =>
  TextDocument.applyEdits(TextDocument.create('file:///x', 'tom', 1, text), [item.textEdit as TextEdit]);

test('the server announces completion with the trigger characters a TOM author pauses at', async () => {
  // the session helper keeps the initialize answer to itself: ask a server of our own
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio']);
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const result = await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }) as InitializeResult;
    assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters, [':', ' ', '[', ',', '-']);
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('type: offers the control types, the one already used last', async () => {
  const { items } = await completeAt(`${base}  - type: |\n`);
  const ids = controlTypes.map((t) => t.id);
  assert.deepEqual(labels(items), [...ids.filter((t) => t !== 'physical-access'), 'physical-access']);
  assert.match(items[0].detail ?? '', /System access control · Zugangskontrolle · Art\. 32\(1\)\(b\)/);
});

test('cia: [C, typed into an open document offers I and A', async () => {
  const uri = `file:///ws/typing-${++opened}.tom.yaml`;
  lsp.open(uri, base);
  const line = base.split('\n').indexOf('        cia: [C]');
  // the user deletes the closing bracket and types ", "
  lsp.change(uri, [{ range: { start: { line, character: 15 }, end: { line, character: 16 } }, text: ', ' }]);
  const items = await lsp.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 17 } }) as CompletionItem[];
  assert.deepEqual(labels(sorted(items)), ['I', 'A']);
  assert.equal(sorted(items)[0].detail, 'Integrity (Integrität)');
});

test('a block-list CIA item offers the tags not in the list yet', async () => {
  const { items } = await completeAt(base.replace('        cia: [C]', '        cia:\n          - A\n          - |'));
  assert.deepEqual(labels(items), ['C', 'I']);
});

test('a new key line in a measure offers the keys it lacks, and one inserts as a snippet', async () => {
  const { items } = await completeAt(base.replace('        kind: technical\n', '        kind: technical\n        |\n'));
  assert.deepEqual(labels(items), ['description', 'status', 'due', 'owner', 'reviewed', 'evidence', 'mappings', 'tom-ignore']);
  const status = items.find((i) => i.label === 'status') as CompletionItem;
  assert.equal(status.textEdit?.newText, 'status: ${1|implemented,partial,planned,not-applicable|}');
  assert.equal(status.insertTextFormat, 2, 'a snippet');
});

test('status: offers the four statuses on a shipped example', async () => {
  const example = read('examples', 'commercetools-processor.tom.yaml');
  const { items } = await completeAt(example.replace('        kind: technical\n        scope: [offices]\n', '        kind: technical\n        status: |\n        scope: [offices]\n'));
  assert.deepEqual(labels(items), ['implemented', 'partial', 'planned', 'not-applicable']);
});

test('a mapping list in a shipped example offers the ISO 27001 ids it lacks, with titles, filtered by id or title words', async () => {
  const example = read('examples', 'acme-controller.tom.yaml');
  const at = (typed: string) => completeAt(example.replace('iso27001: [A.5.14, A.8.24]', `iso27001: [A.5.14, A.8.24, ${typed}|]`));
  assert.deepEqual(labels((await at('backup')).items), ['A.8.13']);
  assert.deepEqual(labels((await at('A.8.2')).items), ['A.8.2', 'A.8.20', 'A.8.21', 'A.8.22', 'A.8.23', 'A.8.25', 'A.8.26', 'A.8.27', 'A.8.28', 'A.8.29'], 'A.8.24 is in the list');
  const all = await at('');
  assert.equal(all.items.length, 91);
  const logging = all.items.find((i) => i.label === 'A.8.15') as CompletionItem;
  assert.match(logging.detail ?? '', /[Ll]ogging/);
  assert.equal(accept(all.text, logging), example.replace('iso27001: [A.5.14, A.8.24]', 'iso27001: [A.5.14, A.8.24, A.8.15]'));
});

test('scope: [ offers the scope ids the document defines, not those listed', async () => {
  const { items } = await completeAt(base.replace('scope: [offices]', 'scope: [offices, |]'));
  assert.deepEqual(labels(items), ['cloud']);
  assert.equal(items[0].detail, 'Cloud platform');
});

test('due: offers today', async () => {
  const { items } = await completeAt(base.replace('        kind: technical\n', '        kind: technical\n        due: |\n'));
  assert.deepEqual(labels(items), [fixedToday]);
});

test('a new measure item inserts a catalogue measure with the next id, indented under its `- `', async () => {
  const textWithMarker = `${base}      - |\n  - type: encryption\n    measures: []\n`;
  const { items, text } = await completeAt(textWithMarker);
  const catalogueItems = items.filter((i) => i.detail?.startsWith('New measure'));
  assert.ok(catalogueItems.length >= 60);
  assert.match(catalogueItems[0].detail ?? '', /physical-access/, "the section's own control type first");
  const alarm = catalogueItems.find((i) => i.label === 'Burglar alarm system outside business hours') as CompletionItem;
  assert.equal(accept(text, alarm), `${base}      - id: PA-02
        title: Burglar alarm system outside business hours
        cia: [C]
        kind: technical
  - type: encryption
    measures: []
`);
  assert.equal(alarm.insertTextMode, 1, 'inserted as is: the server has indented it');
});

test('a document that is not open gets no items', async () => {
  const items = await lsp.connection.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///ws/never-opened.tom.yaml' }, position: { line: 0, character: 0 } });
  assert.deepEqual(items, []);
});

test('a client without snippet support gets plain text: the first choice, no tab stops', async () => {
  const plain = await startServer({ snippetSupport: false });
  try {
    const { text, offset } = cursor(base.replace('        kind: technical\n', '        kind: technical\n        |\n'));
    const uri = 'file:///ws/plain.tom.yaml';
    plain.open(uri, text);
    const items = await plain.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionIn(text, offset) }) as CompletionItem[];
    const status = items.find((i) => i.label === 'status') as CompletionItem;
    assert.equal(status.textEdit?.newText, 'status: implemented');
    assert.equal(status.insertTextFormat, 1, 'plain text');
    assert.ok(items.every((i) => !/\$\{?\d/.test(i.textEdit?.newText ?? i.insertText ?? '')), 'no snippet syntax left');
  } finally {
    await plain.stop();
  }
});
