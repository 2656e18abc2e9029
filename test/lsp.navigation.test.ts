/** Hover, outline, navigation, rename, folding, links and code lenses over real stdio against dist/server.js. */
import { strict as assert } from 'node:assert';
import { after, afterEach, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeLens, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, MarkupContent, Position, Range, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { read } from './helpers/fixtures';
import { startServer, type LspSession } from './helpers/lspClient';

let lsp: LspSession;
before(async () => { lsp = await startServer(); });
after(async () => { await lsp.stop(); });
// a server error (an exception in a handler, an error response) fails the test that caused it
afterEach(() => lsp.assertNoServerErrors());

const example = read('examples', 'commercetools-processor.tom.yaml');
const lines = example.split('\n');
let opened = 0;

/** Opens the text under a fresh uri (requests after didOpen are answered in order). */
function open(text = example): string {
  const uri = `file:///ws/nav-${++opened}.tom.yaml`;
  lsp.open(uri, text);
  return uri;
}

/** The position `shift` characters into the n-th (0-based) line containing `needle`. */
function pos(needle: string, shift = 0, n = 0): Position {
  const line = lines.map((l, i) => (l.includes(needle) ? i : -1)).filter((i) => i >= 0)[n];
  assert.ok(line !== undefined, `${needle} not in the example`);
  return { line, character: lines[line].indexOf(needle) + shift };
}

const request = <R>(method: string, uri: string, params: object = {}) =>
  lsp.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<R>;

const slice = (text: string, r: Range) => {
  const t = TextDocument.create('file:///x', 'tom', 1, text);
  return text.slice(t.offsetAt(r.start), t.offsetAt(r.end));
};

test('hover on a control type shows its English and German names and the BDSG note', async () => {
  const uri = open();
  const h = await request<Hover>('textDocument/hover', uri, { position: pos('type: physical-access', 10) });
  const text = (h.contents as MarkupContent).value;
  assert.equal((h.contents as MarkupContent).kind, 'markdown');
  assert.match(text, /Physical access control/);
  assert.match(text, /Zutrittskontrolle/);
  assert.match(text, /Art\. 32\(1\)\(b\)/);
  assert.match(text, /§ 64\(3\) BDSG/);
  assert.deepEqual(h.range, { start: pos('type: physical-access', 6), end: pos('type: physical-access', 21) });
});

test('hover on a CIA tag explains it', async () => {
  const uri = open();
  const h = await request<Hover>('textDocument/hover', uri, { position: pos('cia: [C, I, A]', 12) });
  assert.match((h.contents as MarkupContent).value, /Availability.*Verfügbarkeit/);
});

test('hover where there is nothing to say is null, and a document that is not open gets null too', async () => {
  const uri = open();
  assert.equal(await request('textDocument/hover', uri, { position: { line: 1, character: 0 } }), null);
  assert.equal(await request('textDocument/hover', 'file:///ws/not-open.tom.yaml', { position: { line: 0, character: 0 } }), null);
});

test('document symbols of a shipped example: sections with measure ids, exact ranges', async () => {
  const uri = open();
  const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', uri);
  assert.deepEqual(symbols.map((s) => s.name.split(' — ')[0]), [
    'scopes', 'Physical access control', 'System access control', 'Data access control', 'Separation control',
    'Transfer control', 'Input control', 'Availability and resilience control', 'Regular testing, assessment and evaluation',
    'certifications', 'commitments',
  ]);
  const system = symbols[2];
  assert.equal(system.name, 'System access control — Admission Control');
  assert.deepEqual(system.children?.map((m) => m.name.split(' ')[0]), ['SA-01', 'SA-02', 'SA-03', 'SA-04', 'SA-05', 'SA-06', 'SA-07', 'SA-08', 'SA-09', 'SA-10', 'SA-11', 'SA-12']);
  // the section runs from its `type` key to the last character of its last measure
  const typeAt = pos('type: system-access', 0);
  assert.deepEqual(system.range.start, typeAt);
  assert.deepEqual(system.selectionRange, { start: pos('type: system-access', 6), end: pos('type: system-access', 19) });
  const lastLine = pos('type: data-access').line - 1;
  assert.deepEqual(system.range.end, { line: lastLine, character: lines[lastLine].length });
  const sa01 = system.children![0];
  assert.deepEqual(sa01.selectionRange, { start: pos('id: SA-01', 4), end: pos('id: SA-01', 9) });
  assert.deepEqual(sa01.range.start, pos('id: SA-01'));
  assert.equal(slice(example, sa01.range).split('\n').length, 8, 'id, title, cia, kind and its four lines of mappings');
});

test('references and definition of a scope id', async () => {
  const uri = open();
  const at = pos('scope: [offices]', 10);
  const refs = await request<Location[]>('textDocument/references', uri, { position: at, context: { includeDeclaration: false } });
  assert.equal(refs.length, 9);
  assert.ok(refs.every((r) => r.uri === uri && slice(example, r.range) === 'offices'));
  const defs = await request<Location[]>('textDocument/definition', uri, { position: at });
  assert.deepEqual(defs, [{ uri, range: { start: pos('  offices:', 2), end: pos('  offices:', 9) } }]);
});

test('rename of a scope id: exact edits, every reference changed and nothing else', async () => {
  const uri = open();
  const at = pos('scope: [offices]', 12, 3);
  const prepared = await request<{ range: Range; placeholder: string }>('textDocument/prepareRename', uri, { position: at });
  assert.deepEqual(prepared, { range: { start: pos('scope: [offices]', 8, 3), end: pos('scope: [offices]', 15, 3) }, placeholder: 'offices' });
  const edit = await request<WorkspaceEdit>('textDocument/rename', uri, { position: at, newName: 'offices-de' });
  const edits = edit.changes![uri];
  assert.equal(edits.length, 10);
  assert.ok(edits.every((e) => slice(example, e.range) === 'offices' && e.newText === 'offices-de'));
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'tom', 1, example), edits);
  assert.equal(after, example.replace('\n  offices:\n', '\n  offices-de:\n').replaceAll('scope: [offices]', 'scope: [offices-de]'));
});

test('rename refuses an invalid name with a message, and prepareRename refuses other values', async () => {
  const uri = open();
  await assert.rejects(request('textDocument/rename', uri, { position: pos('scope: [offices]', 10), newName: 'Offices DE' }), /not a valid scope id/);
  await assert.rejects(request('textDocument/prepareRename', uri, { position: pos('kind: technical', 8) }), /Only scope ids and measure ids/);
  lsp.expectServerErrors([/rename: .*not a valid scope id/, /prepareRename: .*Only scope ids/]);
});

test('folding ranges cover each section and measure', async () => {
  const uri = open();
  const folds = await request<FoldingRange[]>('textDocument/foldingRange', uri);
  // every section ("  - type:") and every measure ("      - id:") runs to the line before the next
  // one of its level or above; the last runs to the last line of the controls
  const starts = (indent: number) => lines.flatMap((l, i) => (l.startsWith(`${' '.repeat(indent)}- `) ? [i] : []));
  const controlsEnd = lines.findIndex((l, i) => i > lines.indexOf('controls:') && /^\S/.test(l));
  const lastLine = (controlsEnd < 0 ? lines.length : controlsEnd) - 1;
  const ends = (from: number, next: number[]) => {
    let end = (next.find((n) => n > from) ?? lastLine + 1) - 1;
    while (lines[end].trim() === '') end--;
    return end;
  };
  const sections = starts(2).filter((i) => lines[i].startsWith('  - type:'));
  const measures = starts(6).filter((i) => lines[i].startsWith('      - id:'));
  assert.equal(sections.length, 8);
  assert.ok(measures.length > 50, `${measures.length} measures`);
  const expected = [...sections.map((i) => `${i}-${ends(i, sections)}`), ...measures.map((i) => `${i}-${ends(i, [...measures, ...sections].sort((a, b) => a - b))}`)];
  const got = new Set(folds.map((f) => `${f.startLine}-${f.endLine}`));
  assert.deepEqual(expected.filter((r) => !got.has(r)), [], 'sections and measures without their fold');
});

test('document links for the reference URLs, exact ranges', async () => {
  const uri = open();
  const links = await request<DocumentLink[]>('textDocument/documentLink', uri);
  assert.deepEqual(links, [
    { range: { start: pos('url: https://cloud.google', 5), end: pos('url: https://cloud.google', 5 + 44) }, target: 'https://cloud.google.com/security/compliance' },
    { range: { start: pos('url: https://aws', 5), end: pos('url: https://aws', 5 + 46) }, target: 'https://aws.amazon.com/de/compliance/programs/' },
  ]);
});

test('a code lens over each section with its measure count and CIA coverage, and over each mappings key', async () => {
  const uri = open();
  const lenses = await request<CodeLens[]>('textDocument/codeLens', uri);
  assert.equal(lenses.length, 8 + 72, 'eight sections, 72 measures with mappings');
  assert.equal(lenses[8].command?.title, 'serves 3 frameworks: ISO 27001, NIST SP 800-53, SCC Annex II');
  assert.deepEqual(lenses[0].range, { start: pos('type: physical-access'), end: pos('type: physical-access', 4) });
  assert.equal(lenses[0].command?.title, '10 measures · C 9 · I 10 · A 9');
  assert.equal(lenses[1].command?.title, '12 measures · C 12 · I 12 · A 6');
});

test('requests on a half-typed document answer with what is there', async () => {
  const uri = open('tom: 1\ncontrols:\n  - type: [\n    measures:\n      - {id: }\n');
  const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', uri);
  assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [['Section', ['(no id)']]]);
  const h = await request<Hover>('textDocument/hover', uri, { position: { line: 2, character: 5 } });
  assert.match((h.contents as MarkupContent).value, /control type of this section/);
  assert.deepEqual(await request('textDocument/codeLens', uri).then((l) => (l as CodeLens[]).map((c) => c.command?.title)), ['1 measure · C 0 · I 0 · A 0']);
});
