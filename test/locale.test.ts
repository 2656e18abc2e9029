/**
 * Everything the service says besides findings follows the user's language: every quick-fix title,
 * every text of the schema (hovers, completions), every hover and lens of the shipped examples. Table
 * tests over the rules, the fixtures and the schema, so that a new fix, key or hover without German fails.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-types';
import { ruleModules, type Finding, type Locale } from '../server/src/service';
import schema from '../schemas/tom.schema.json';
import { doc, read, repoRoot, service } from './helpers/fixtures';
import { englishIn } from './helpers/german';

const english = service();
const german = service({ locale: 'de' });

/** Documents that between them show every rule's fixes: the rule fixtures, the examples, and schema repairs they lack. */
const corpus: [string, string][] = [
  ...readdirSync(join(repoRoot, 'test', 'fixtures', 'rules')).filter((f) => f.endsWith('.tom.yaml')).map((f): [string, string] => [f, read('test', 'fixtures', 'rules', f)]),
  ...readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.tom.yaml')).map((f): [string, string] => [f, read('examples', f)]),
  ['empty document', ''],
  ['schema repairs', [
    'document:', '  title: T', '  organization: ACME', '  role: processor', '  language: en', '  colour: blue', '  titel: X',
    'controls:', '  - type: physical-access', '    measures:', '      - title: Doors', '        cia: [C]', '        kind: technial', '      - id: PA-02',
    'subprocessors:', '  - name: Cloud', '    locations: [India]', '    transferImpactAssessment: {reference: TIA-1}', '',
  ].join('\n')],
];

/** The code actions at each finding, in one language: the quick-fixes and fix-all on save. */
function actionsAt(locale: Locale, text: string): { finding: Finding; actions: CodeAction[] }[] {
  const svc = locale === 'de' ? german : english;
  const d = doc(text);
  return svc.check(d).map((finding) => ({
    finding,
    actions: svc.codeActions(d, finding.range, { diagnostics: [finding], only: ['quickfix', 'source.fixAll.tom'] }),
  }));
}

test('every quick-fix title has a German title of its own, for every rule with fixes', () => {
  const fixed = new Set<string>();
  let pairs = 0;
  for (const [name, text] of corpus) {
    const en = actionsAt('en', text);
    const de = actionsAt('de', text);
    assert.equal(de.length, en.length, `${name}: the same findings in both languages`);
    en.forEach(({ finding, actions }, i) => {
      const theirs = de[i].actions;
      assert.deepEqual(theirs.map((a) => a.edit), actions.map((a) => a.edit), `${name}: ${finding.code}: the same fixes in both languages`);
      actions.forEach((a, j) => {
        const title = theirs[j].title;
        assert.ok(title.trim(), `${name}: ${finding.code}: an empty German title for "${a.title}"`);
        assert.notEqual(title, a.title, `${name}: ${finding.code}: "${a.title}" has no German title`);
        assert.equal(englishIn(title), undefined, `${name}: ${finding.code}: English in the German title "${title}"`);
        pairs++;
        if (!/tom-ignore/.test(a.title)) fixed.add(finding.code);
      });
    });
  }
  const withFixes = ruleModules.filter((r) => r.fixes).map((r) => r.id);
  assert.deepEqual(withFixes.filter((id) => !fixed.has(id)), [], 'every rule with fixes shows one in the corpus (add a document that does)');
  assert.ok(pairs > 100, `only ${pairs} titles compared`);
});

test('quick-fix titles in German: the exact words, with the GDPR terms', () => {
  const titles = (text: string, code: string) => {
    const f = german.check(doc(text)).find((x) => x.code === code)!;
    return german.codeActions(doc(text), f.range, { diagnostics: [f] }).map((a) => a.title);
  };
  const transfer = read('test', 'fixtures', 'rules', 'third-country-transfer.tom.yaml');
  assert.ok(titles(transfer, 'third-country-transfer').includes('transferMechanism: scc ergänzen (Standardvertragsklauseln)'));
  assert.ok(titles(transfer, 'third-country-transfer').includes('third-country-transfer hier ignorieren (# tom-ignore mit einer noch zu schreibenden Begründung)'));
  const cia = read('test', 'fixtures', 'rules', 'cia-order.tom.yaml');
  assert.match(titles(cia, 'cia-order')[0], /^CIA-Kennzeichen als \[[CIA, ]+\] schreiben$/);
  assert.match(titles(cia, 'cia-order').join('\n'), /^Alle cia-order-Probleme in dieser Datei beheben \(\d+\)$/m);
  const fixAll = german.codeActions(doc(cia), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { only: ['source.fixAll.tom'] });
  assert.match(fixAll[0].title, /^Alle sicher behebbaren TOM-Probleme beheben \(\d+\)$/);
  assert.deepEqual(german.fixAll(doc(cia), { safeOnly: true }).applied.filter((t) => !t.startsWith('CIA-Kennzeichen als')), [], 'fix-all reports its titles in German');
});

/** Every node of the schema with a description, by its JSON pointer. */
function described(node: unknown, pointer = ''): [string, { title?: string; markdownDescription: string; 'x-de'?: { title?: string; markdownDescription?: string } }][] {
  if (!node || typeof node !== 'object') return [];
  const own = 'markdownDescription' in node ? [[pointer, node] as [string, never]] : [];
  return [...own, ...Object.entries(node).filter(([k]) => !k.startsWith('x-')).flatMap(([k, v]) => described(v, `${pointer}/${k}`))];
}

test('every title and description of the schema has a German one (x-de), so hovers and completions never fall back to English', () => {
  const nodes = described(schema);
  assert.ok(nodes.length > 100);
  for (const [pointer, node] of nodes) {
    const de = node['x-de'];
    assert.ok(de?.markdownDescription?.trim(), `${pointer || '/'}: no German description`);
    assert.notEqual(de!.markdownDescription, node.markdownDescription, `${pointer}: the German description is the English one`);
    if (node.title) assert.ok(de!.title?.trim(), `${pointer}: no German title`);
  }
});

const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : undefined);

test('every hover and code lens of the shipped examples has German words of its own', () => {
  let hovers = 0;
  for (const file of readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.tom.yaml'))) {
    const text = read('examples', file);
    const d = doc(text, `file:///ws/${file}`);
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      // each word of the line: keys, values, ids, tags, locations
      for (const m of line.matchAll(/[\w.-]+/g)) {
        const position = { line: i, character: m.index! };
        const en = hoverText(english.hover(d, position));
        const de = hoverText(german.hover(d, position));
        assert.equal(de === undefined, en === undefined, `${file}:${i + 1}:${m.index! + 1}: a hover in one language only`);
        if (en === undefined) continue;
        assert.notEqual(de, en, `${file}:${i + 1}:${m.index! + 1} (${m[0]}): the German hover is the English one: ${en}`);
        // in a document written in German, every word of a German hover is German (but for code and the English names in italics)
        if (/^  language: de$/m.test(text)) assert.equal(englishIn(de!), undefined, `${file}:${i + 1}:${m.index! + 1} (${m[0]}): English in the German hover: ${de}`);
        hovers++;
      }
    });
    const lenses = [english.codeLenses(d), german.codeLenses(d)].map((ls) => ls.map((l) => l.command!.title));
    lenses[0].forEach((title, i) => assert.notEqual(lenses[1][i], title, `${file}: the lens "${title}" has no German`));
    assert.match(lenses[1][0], /^\d+ Maßnahmen? · C \d+ · I \d+ · A \d+$/);
  }
  assert.ok(hovers > 500, `only ${hovers} hovers compared`);
});
