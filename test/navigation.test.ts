/** Hover, outline, folding, links, definition, references, rename and code lenses of the language service. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { MarkupContent, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cursor, doc, read, service } from './helpers/fixtures';

const tom = service();

/** The text with `|` removed, as a document, and the marker's position. */
function at(textWithMarker: string): { d: ReturnType<typeof doc>; position: Position; text: string } {
  const { text, offset } = cursor(textWithMarker);
  const position = TextDocument.create('file:///ws/test.tom.yaml', 'tom', 1, text).positionAt(offset);
  return { d: doc(text), position, text };
}

function hoverText(textWithMarker: string): string {
  const { d, position } = at(textWithMarker);
  const h = tom.hover(d, position);
  return h ? (h.contents as MarkupContent).value : '';
}

/** Applies edits (non-overlapping, any order) to a text. */
function apply(text: string, edits: TextEdit[]): string {
  const t = TextDocument.create('file:///x', 'tom', 1, text);
  return TextDocument.applyEdits(t, edits);
}

const slice = (text: string, r: Range) => {
  const t = TextDocument.create('file:///x', 'tom', 1, text);
  return text.slice(t.offsetAt(r.start), t.offsetAt(r.end));
};

const base = `tom: 1
document:
  title: Test
  organization: Example GmbH
  role: processor
  language: en
  lastUpdated: 2026-10-01
scopes:
  offices:
    title: {en: Offices Berlin, de: Büros Berlin}
  "cloud":
    title: Cloud
controls:
  - type: physical-access
    measures:
      - id: PA-01
        title: Key tokens
        cia: [C, I]
        kind: technical
        scope: [offices, cloud]
      - id: PA-02
        title: Visitors
        cia: [C]
        kind: organizational
        status: planned
        due: 2027-01-01
        scope: [offices]
        x-related: [PA-01, "PA-01"]
        mappings:
          iso27001: [A.7.2]
  - type: system-access
    title: Admission control
    measures:
      - id: SA-01
        title: Passwords
        cia: [C]
        kind: technical
        scope: ['offices']
`;

/** Puts the marker after the n-th (0-based) occurrence of `needle` plus `shift` characters. */
function mark(text: string, needle: string, shift = 0, n = 0): string {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in fixture`);
  return text.slice(0, i + shift) + '|' + text.slice(i + shift);
}

test('hover on a control type gives its English and German names, article, expected CIA and description', () => {
  const h = hoverText(mark(base, 'physical-access', 3));
  assert.match(h, /Physical access control/);
  assert.match(h, /Zutrittskontrolle/);
  assert.match(h, /Art\. 32\(1\)\(b\)/);
  assert.match(h, /Expected CIA tags: `C`/);
  assert.match(h, /premises and equipment/);
  assert.match(h, /Anlage zu § 9 BDSG a\.F\./);
  assert.match(h, /§ 64\(3\) BDSG today uses "Zugangskontrolle"/);
});

test('the BDSG note is only on the two access types whose German names changed meaning', () => {
  const text = base.replace('type: system-access', 'type: encryption');
  assert.match(hoverText(mark(base, 'system-access', 2)), /§ 64\(3\) BDSG/);
  const h = hoverText(mark(text, 'encryption', 2));
  assert.match(h, /Verschlüsselung/);
  assert.doesNotMatch(h, /BDSG/);
});

test('hover on a location says what the law says: EEA, adequacy decision with its date and scope, third country', () => {
  const sub = (locations: string) => `${base}subprocessors:\n  - name: X\n    purpose: P\n    locations: [${locations}]\n`;
  assert.match(hoverText(mark(sub('RE'), 'RE]')), /Réunion \(RE\).*EU territory .*no transfer mechanism needed/s);
  assert.match(hoverText(mark(sub('UK'), 'UK]')), /`UK` is read as `GB`.*adequacy decision .*renewed on 19 December 2025/s);
  assert.match(hoverText(mark(sub('US'), 'US]')), /2023\/1795.*only organisations certified under the EU-U.S. Data Privacy Framework/s);
  assert.match(hoverText(mark(sub('JP'), 'JP]')), /only the private sector/);
  assert.match(hoverText(mark(sub('CA'), 'CA]')), /PIPEDA/);
  assert.match(hoverText(mark(sub('IN'), 'IN]')), /India \(IN\) is a third country without an EU adequacy decision/);
});

test('hover on a § 64(3) BDSG name says what it may mean and that § 64 BDSG is law-enforcement processing', () => {
  const h = hoverText(mark(base.replace('type: physical-access', 'type: Datenträgerkontrolle'), 'Datenträgerkontrolle', 2));
  assert.match(h, /`data-access`.*`transfer`/s);
  assert.match(h, /§ 64\(3\) sentence 1 no\. 2 BDSG.*Part 3 of the BDSG.*law-enforcement purposes.*not processing under the GDPR/s);
});

test('hover on a CIA tag explains it in English and German', () => {
  const h = hoverText(mark(base, 'cia: [C, I]', 9));
  assert.match(h, /Integrity/);
  assert.match(h, /Integrität/);
});

test('hover on a key shows the schema text for that key, wherever it is', () => {
  assert.match(hoverText(mark(base, 'kind:', 1)), /technical or organisational/);
  assert.match(hoverText(mark(base, 'role:', 1)), /role under the GDPR/);
  assert.equal(hoverText(mark(base, 'role:', 1)), hoverText(mark(base, 'role:', 4)), 'the end of a word is still on it');
  assert.match(hoverText(mark(base, 'mappings:', 2)), /Control ids of other frameworks/);
  assert.match(hoverText(mark(base, 'x-related', 3)), /extensions/i);
});

test('hover on an enum value explains the value', () => {
  assert.match(hoverText(mark(base, 'status: planned', 10)), /Not yet in place/);
});

test('hover on a scope reference shows its title, where it is defined and how many measures use it', () => {
  const h = hoverText(mark(base, 'scope: [offices]', 9));
  assert.match(h, /offices/);
  assert.match(h, /Offices Berlin/);
  assert.match(h, /line 9/);
  assert.match(h, /used by 3 measures/);
  assert.match(hoverText(mark(base, "'offices'", 2)), /used by 3 measures/, 'a quoted reference is the same scope');
  assert.match(hoverText(mark(base, 'cloud]', 2)), /Scope `cloud`\*\* — Cloud[\s\S]*used by 1 measure$/);
});

test('hover on a measure id shows its title, section, CIA and status', () => {
  const h = hoverText(mark(base, 'id: PA-02', 6));
  assert.match(h, /PA-02 Visitors/);
  assert.match(h, /Physical access control/);
  assert.match(h, /CIA: C/);
  assert.match(h, /status: planned/);
  assert.match(hoverText(mark(base, '[PA-01,', 3)), /PA-01 Key tokens[\s\S]*status: implemented/, 'a reference in an extension');
});

test('hover on a mapping id shows its title from the catalogue, its framework, and that no other measure maps to it', () => {
  const h = hoverText(mark(base, 'A.7.2', 2));
  assert.match(h, /\*\*A\.7\.2\*\* — \S/);
  assert.match(h, /ISO\/IEC 27001:2022 Annex A · A\.7/);
  assert.match(h, /No other measure maps to it\./);
});

test('hover on a node with a finding names the rule and its summary', () => {
  const text = base.replace('scope: [offices]\n        x-', 'scope: [ofices]\n        x-');
  const h = hoverText(mark(text, 'ofices', 2));
  assert.match(h, /`undefined-scope`: a scope name that `scopes` does not define/);
});

test('nothing to say: no hover', () => {
  assert.equal(tom.hover(doc(base), { line: 2, character: 50 }), null);
  assert.equal(tom.hover(doc(''), { line: 0, character: 0 }), null);
});

test('outline of a shipped example: sections with measures, scopes and certifications as groups', () => {
  const text = read('examples', 'commercetools-processor.tom.yaml');
  const symbols = tom.documentSymbols(doc(text));
  assert.deepEqual(symbols.map((s) => s.name), [
    'scopes',
    'Physical access control — Access Control',
    'System access control — Admission Control',
    'Data access control — Logical Access Control',
    'Separation control — Separation Control',
    'Transfer control — Transfer Control',
    'Input control — Input Control',
    'Availability and resilience control — Availability and Resilience Control',
    'Regular testing, assessment and evaluation — Regularly Tests, Assessments and Evaluations',
    'certifications',
    'commitments',
  ]);
  const physical = symbols[1];
  assert.equal(physical.children?.length, 10);
  assert.equal(physical.children?.[0].name, 'PA-01 Access to office premise with key token');
  assert.equal(slice(text, physical.selectionRange), 'physical-access');
  const pa01 = physical.children![0];
  assert.equal(slice(text, pa01.selectionRange), 'PA-01');
  assert.equal(slice(text, pa01.range), 'id: PA-01\n        title: Access to office premise with key token\n        cia: [C, I, A]\n        kind: technical\n        scope: [offices]\n        mappings:\n          iso27001: [A.7.1, A.7.2]\n          nist-800-53: [PE-2, PE-3]\n          scc-annex-ii: ["8"]');
  assert.match(slice(text, physical.range), /^type: physical-access[\s\S]*title: Mobile Working Policy\n        cia: \[C, I, A\]\n        kind: organizational\n        mappings:\n[\s\S]*scc-annex-ii: \["8"\]$/);
});

test('outline of a half-typed document shows what is there', () => {
  const symbols = tom.documentSymbols(doc('tom: 1\ncontrols:\n  - type: encryption\n    measures:\n      - title: Disks\n      - id: EN-02\n  - title: x\nscopes:\n'));
  assert.deepEqual(symbols.map((s) => s.name), ['Encryption', 'Section — x', 'scopes']);
  assert.deepEqual(symbols[0].children?.map((c) => c.name), ['(no id) Disks', 'EN-02']);
  assert.deepEqual(tom.documentSymbols(doc('controls: [')), []);
  assert.deepEqual(tom.documentSymbols(doc('- a\n- b')), []);
});

test('folding: the document metadata, each section, each measure, multi-line lists and comment runs', () => {
  const text = '# one\n# two\n' + base;
  const folds = tom.foldingRanges(doc(text)).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`);
  const lines = text.split('\n');
  const line = (needle: string) => lines.findIndex((l) => l.includes(needle));
  assert.ok(folds.includes('0-1 comment'));
  assert.ok(folds.includes(`${line('document:')}-${line('lastUpdated')}`));
  assert.ok(folds.includes(`${line('type: physical-access')}-${line('iso27001')}`), 'a section');
  assert.ok(folds.includes(`${line('id: PA-02')}-${line('iso27001')}`), 'a measure');
  assert.ok(folds.includes(`${line('id: SA-01')}-${line("scope: ['offices']")}`), 'the last measure');
  assert.ok(!folds.some((f) => f.startsWith(`${line('cia: [C, I]')}-`)), 'a one-line list does not fold');
});

test('links: reference and evidence URLs, exactly where they are written, http(s) only', () => {
  const text = `tom: 1
document:
  references:
    - title: Security
      url: https://example.com/security
    - title: Quoted
      url: "http://example.org/a?b=c"
controls:
  - type: encryption
    measures:
      - id: EN-01
        evidence:
          - Report at https://example.net/report.pdf.
          - {title: Cert, url: 'https://example.com/cert'}
          - ftp://example.com/not-a-web-link
`;
  const links = tom.documentLinks(doc(text));
  assert.deepEqual(links.map((l) => l.target), ['https://example.com/security', 'http://example.org/a?b=c', 'https://example.net/report.pdf', 'https://example.com/cert']);
  for (const l of links) assert.equal(slice(text, l.range), l.target);
});

test('definition and references of a scope id', () => {
  const { d, position, text } = at(mark(base, 'scope: [offices, cloud]', 10));
  const defs = tom.definition(d, position);
  assert.deepEqual(defs.map((l) => slice(text, l.range)), ['offices']);
  assert.equal(defs[0].range.start.line, 8);
  const refs = tom.references(d, position, false);
  assert.deepEqual(refs.map((l) => `${l.range.start.line}:${l.range.start.character}`), ['19:16', '26:16', '37:17']);
  assert.equal(tom.references(d, position, true).length, 4);
});

test('definition and references of a measure id, in extensions too', () => {
  const { d, position, text } = at(mark(base, '[PA-01,', 2));
  const defs = tom.definition(d, position);
  assert.deepEqual(defs.map((l) => `${l.range.start.line}:${slice(text, l.range)}`), ['15:PA-01']);
  assert.deepEqual(tom.references(d, position, false).map((l) => `${l.range.start.line}:${slice(text, l.range)}`), ['27:PA-01', '27:PA-01']);
});

test('nothing to navigate to from other values', () => {
  const { d, position } = at(mark(base, 'technical', 2));
  assert.deepEqual(tom.definition(d, position), []);
  assert.deepEqual(tom.references(d, position, true), []);
});

function renamed(textWithMarker: string, newName: string): { text: string; result: string; edits: TextEdit[] } {
  const { d, position, text } = at(textWithMarker);
  const edit = tom.rename(d, position, newName) as WorkspaceEdit;
  assert.ok(edit.changes, JSON.stringify(edit));
  const edits = edit.changes['file:///ws/test.tom.yaml'];
  return { text, result: apply(text, edits), edits };
}

test('renaming a scope changes its definition and every reference, and nothing else', () => {
  const { text, result, edits } = renamed(mark(base, 'offices:', 2), 'office-berlin');
  assert.equal(result, text
    .replace('  offices:', '  office-berlin:')
    .replace('scope: [offices, cloud]', 'scope: [office-berlin, cloud]')
    .replace('scope: [offices]', 'scope: [office-berlin]')
    .replace("scope: ['offices']", "scope: ['office-berlin']"));
  assert.ok(edits.every((e) => slice(text, e.range) === 'offices'), 'each edit replaces just the name');
  // a quoted definition keeps its quotes
  assert.equal(renamed(mark(base, 'cloud]', 1), 'aws').result, text.replace('"cloud":', '"aws":').replace('cloud]', 'aws]'));
});

test('renaming a measure id changes the id and every whole-scalar use of it', () => {
  const { text, result } = renamed(mark(base, 'PA-01\n', 1), 'PA-10');
  assert.equal(result, text.replace('id: PA-01', 'id: PA-10').replace('[PA-01, "PA-01"]', '[PA-10, "PA-10"]'));
});

test('rename refuses invalid names, names in use, and anything that is not an id', () => {
  const error = (textWithMarker: string, newName: string) => {
    const { d, position } = at(textWithMarker);
    return (tom.rename(d, position, newName) as { error?: string }).error;
  };
  assert.match(error(mark(base, 'offices:', 2), 'Offices') ?? '', /not a valid scope id/);
  assert.match(error(mark(base, 'offices:', 2), 'cloud') ?? '', /already used/);
  assert.match(error(mark(base, 'id: PA-01', 5), 'pa-3') ?? '', /not a valid measure id/);
  assert.match(error(mark(base, 'id: PA-01', 5), 'SA-01') ?? '', /already used/);
  assert.match(error(mark(base, 'kind: technical', 8), 'x') ?? '', /Only scope ids and measure ids/);
});

test('prepareRename gives the name under the cursor, or refuses', () => {
  const { d, position, text } = at(mark(base, "'offices'", 3));
  const ok = tom.prepareRename(d, position) as { range: Range; placeholder: string };
  assert.equal(ok.placeholder, 'offices');
  assert.equal(slice(text, ok.range), 'offices');
  const refused = at(mark(base, 'title: Key', 8));
  assert.deepEqual(tom.prepareRename(refused.d, refused.position), { error: 'Only scope ids and measure ids can be renamed.' });
});

test('a code lens over each section: measure count and CIA coverage; over each mappings key: the frameworks served', () => {
  const lenses = tom.codeLenses(doc(base));
  assert.deepEqual(lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`), [
    '13: 2 measures · C 2 · I 1 · A 0',
    '30: 1 measure · C 1 · I 0 · A 0',
    '28: serves 1 framework: ISO 27001',
  ]);
  const more = base.replace('          iso27001: [A.7.2]\n', '          iso27001: [A.7.2]\n          scc-annex-ii: ["8"]\n          x-internal: [R-7]\n');
  assert.equal(tom.codeLenses(doc(more))[2].command?.title, 'serves 2 frameworks: ISO 27001, SCC Annex II');
});
