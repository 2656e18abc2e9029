/**
 * The server answers in the client's UI language (`initialize` `locale`), over real stdio against
 * dist/server.js: hovers, code lenses and quick-fix titles in German for a German VS Code, in English
 * otherwise. The document is written in German, so that every English word in an answer is a leak.
 */
import { strict as assert } from 'node:assert';
import { after, afterEach, before, test } from 'node:test';
import type { CodeAction, CodeLens, Diagnostic, Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { read } from './helpers/fixtures';
import { englishIn } from './helpers/german';
import { startServer, type LspSession } from './helpers/lspClient';

const text = read('test', 'fixtures', 'locale', 'german-ui.tom.yaml');
const lines = text.split('\n');
const at = (needle: string): Position => {
  const line = lines.findIndex((l) => l.includes(needle));
  return { line, character: lines[line].indexOf(needle) };
};

let german: LspSession;
let english: LspSession;
before(async () => { [german, english] = await Promise.all([startServer({ locale: 'de-DE' }), startServer()]); });
after(async () => { await Promise.all([german.stop(), english.stop()]); });
afterEach(() => { german.assertNoServerErrors(); english.assertNoServerErrors(); });

let opened = 0;
/** The document opened in a session, with the diagnostics the client shows. */
async function open(lsp: LspSession): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///ws/locale-${++opened}.tom.yaml`;
  lsp.open(uri, text);
  return { uri, diagnostics: (await lsp.diagnostics(uri, { version: 1 })).diagnostics };
}

const request = <R>(lsp: LspSession, method: string, uri: string, params: object = {}) =>
  lsp.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<R>;
const hover = async (lsp: LspSession, uri: string, position: Position) =>
  ((await request<Hover | null>(lsp, 'textDocument/hover', uri, { position }))?.contents as MarkupContent | undefined)?.value;
const lenses = async (lsp: LspSession, uri: string) => (await request<CodeLens[]>(lsp, 'textDocument/codeLens', uri)).map((l) => l.command!.title);
const titles = async (lsp: LspSession, uri: string, d: Diagnostic) =>
  (await request<CodeAction[]>(lsp, 'textDocument/codeAction', uri, { range: d.range, context: { diagnostics: [d] } })).map((a) => a.title);

test('a German UI: hovers on a control type, a third country and an adequate country, in German', async () => {
  const { uri } = await open(german);
  const type = await hover(german, uri, at('physical-access'));
  assert.match(type!, /^\*\*Zutrittskontrolle\*\* \/ \*Physical access control\* — Art\. 32 Abs\. 1 lit\. b DSGVO\n\nUnbefugten den Zutritt zu Räumen und Anlagen verwehren, /);
  assert.match(type!, /\n\nErwartete CIA-Kennzeichen: `C`\.\n\n\*Hinweis:\* Die deutschen Namen behalten ihre klassische Bedeutung/);
  assert.equal(await hover(german, uri, at('CH]')),
    '**Schweiz (CH)**\n\nFür Schweiz (CH) gibt es einen Angemessenheitsbeschluss der EU (Art. 45 DSGVO): ' +
    'Entscheidung 2000/518/EG der Kommission vom 26. Juli 2000; er gilt für alle Übermittlungen in das Land.');
  const india = await hover(german, uri, at('IN,'));
  assert.match(india!, /^\*\*Indien \(IN\)\*\*\n\nIndien \(IN\) ist ein Drittland ohne Angemessenheitsbeschluss der EU: eine Übermittlung braucht geeignete Garantien wie Standardvertragsklauseln \(Art\. 46 Abs\. 2 lit\. c DSGVO\)/);
  // the finding there, by its rule's German summary
  assert.match(india!, /\n\n---\n\n`third-country-transfer`: ein Ort eines Unterauftragsverarbeiters, der eine Übermittlung in ein Drittland/);
});

test('a German UI: code lenses and quick-fix titles in German', async () => {
  const { uri, diagnostics } = await open(german);
  assert.deepEqual(await lenses(german, uri), ['1 Maßnahme · C 1 · I 1 · A 0', '1 Rahmenwerk zugeordnet: ISO 27001']);
  const cia = diagnostics.find((d) => d.code === 'cia-order')!;
  assert.equal(cia.message, 'CIA-Kennzeichen stehen in der Reihenfolge C, I, A: schreiben Sie [C, I].');
  assert.deepEqual(await titles(german, uri, cia), [
    'CIA-Kennzeichen als [C, I] schreiben',
    'Vorgeschlagene Zuordnungen zu ISO 27001 ergänzen (A.7.1)',
    'Vorgeschlagene Zuordnungen zu NIST SP 800-53 ergänzen (PE-2, PE-3)',
    'Vorgeschlagene Zuordnungen zu SCC Annex II ergänzen (8)',
    'cia-order hier ignorieren (# tom-ignore mit einer noch zu schreibenden Begründung)',
  ]);
  const transfer = diagnostics.find((d) => d.code === 'third-country-transfer')!;
  assert.deepEqual(await titles(german, uri, transfer), [
    'transferMechanism: scc ergänzen (Standardvertragsklauseln)',
    'third-country-transfer hier ignorieren (# tom-ignore mit einer noch zu schreibenden Begründung)',
  ]);
  const onSave = await request<CodeAction[]>(german, 'textDocument/codeAction', uri, { range: cia.range, context: { diagnostics: [], only: ['source.fixAll.tom'] } });
  assert.deepEqual(onSave.map((a) => a.title), ['Alle sicher behebbaren TOM-Probleme beheben (1)']);
});

test('a German UI leaks no English: every hover, lens and quick-fix title differs from the English one and has no English word', async () => {
  const [de, en] = await Promise.all([open(german), open(english)]);
  let compared = 0;
  const same = (g: string | undefined, e: string | undefined, where: string) => {
    assert.equal(g === undefined, e === undefined, `${where}: an answer in one language only`);
    if (g === undefined) return;
    assert.notEqual(g, e, `${where}: the German answer is the English one: ${e}`);
    assert.equal(englishIn(g), undefined, `${where}: English in "${g}"`);
    compared++;
  };
  for (const [i, line] of lines.entries()) {
    for (const m of line.matchAll(/[\w.-]+/g)) {
      const position = { line: i, character: m.index! };
      same(await hover(german, de.uri, position), await hover(english, en.uri, position), `hover at ${i + 1}:${m.index! + 1} (${m[0]})`);
    }
  }
  const lensTitles = [await lenses(german, de.uri), await lenses(english, en.uri)];
  lensTitles[1].forEach((e, i) => same(lensTitles[0][i], e, 'code lens'));
  assert.equal(de.diagnostics.length, en.diagnostics.length);
  for (const [i, d] of de.diagnostics.entries()) {
    const [g, e] = [await titles(german, de.uri, d), await titles(english, en.uri, en.diagnostics[i])];
    assert.equal(g.length, e.length, `${d.code}: the same fixes`);
    e.forEach((title, j) => same(g[j], title, `${d.code}: quick-fix`));
  }
  assert.ok(compared > 40, `only ${compared} answers compared`);
});

test('an English UI (no locale, or en): the same answers stay English', async () => {
  const { uri, diagnostics } = await open(english);
  assert.match((await hover(english, uri, at('physical-access')))!, /^\*\*Physical access control\*\* \/ \*Zutrittskontrolle\* — Art\. 32\(1\)\(b\) GDPR\n\nKeeping unauthorised persons away/);
  assert.equal(await hover(english, uri, at('CH]')),
    '**Switzerland (CH)**\n\nSwitzerland (CH) has an EU adequacy decision (Art. 45 GDPR): Commission Decision 2000/518/EC of 26 July 2000; it covers all transfers to the country.');
  assert.match((await hover(english, uri, at('IN,')))!, /^\*\*India \(IN\)\*\*\n\nIndia \(IN\) is a third country without an EU adequacy decision: /);
  assert.deepEqual(await lenses(english, uri), ['1 measure · C 1 · I 1 · A 0', 'serves 1 framework: ISO 27001']);
  const cia = diagnostics.find((d) => d.code === 'cia-order')!;
  assert.deepEqual(await titles(english, uri, cia), [
    'Write the CIA tags as [C, I]',
    'Add suggested ISO 27001 mappings (A.7.1)',
    'Add suggested NIST SP 800-53 mappings (PE-2, PE-3)',
    'Add suggested SCC Annex II mappings (8)',
    'Ignore cia-order here (# tom-ignore with a reason to write)',
  ]);
  const explicit = await startServer({ locale: 'en-US' });
  try {
    const uri2 = 'file:///ws/locale-en.tom.yaml';
    explicit.open(uri2, text);
    await explicit.diagnostics(uri2, { version: 1 });
    assert.deepEqual(await lenses(explicit, uri2), ['1 measure · C 1 · I 1 · A 0', 'serves 1 framework: ISO 27001']);
    explicit.assertNoServerErrors();
  } finally {
    await explicit.stop();
  }
});
