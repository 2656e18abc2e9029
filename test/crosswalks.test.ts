/**
 * Crosswalks (docs/crosswalks.md): reading mapping ids, the unknown-mapping rule and its fix, completion
 * and hover of ids, the suggested-mappings quick-fix, coverage, the Annex II grouping and the OSCAL
 * component definition, validated against NIST's published schema.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { generate } from '../bench/generate';
import { catalogue } from '../server/src/service/catalogue/catalogue';
import { controlTypes } from '../server/src/service/catalogue/controlTypes';
import { findControl, framework, frameworks, readId } from '../server/src/service/frameworks/catalogues';
import { coverageReport } from '../server/src/service/frameworks/coverageReport';
import suggestions from '../server/src/service/frameworks/suggestions.json';
import { brief, check, cursor, doc, read, service } from './helpers/fixtures';
import { uri } from './helpers/fixInvariants';

const tom = service();
/** A control's English title as the catalogue has it (titles are reworded over time; ids are not). */
const title = (f: string, id: string) => findControl(f, id)!.title.en;
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const base = `tom: 1
document:
  title: Crosswalk test
  organization: ACME
  role: processor
  language: en
  lastUpdated: 2026-10-01
controls:
  - type: system-access
    measures:
      - id: SA-01
        title: Two-factor sign-in for every account
        cia: [C]
        kind: technical
        mappings:
          iso27001: [A.8.5]
          nist-800-53:
            - IA-2
      - {id: SA-02, title: Admin accounts only for admins, cia: [C], kind: technical, mappings: {iso27001: [A.8.2, A.8.5]}}
      - id: SA-03
        title: Screen lock after ten minutes
        cia: [C]
        kind: technical
  - type: transfer
    measures:
      - {id: TR-01, title: TLS everywhere, cia: [C, I], kind: technical}
`;

// ---- reading ids ----

test('ids are found as the framework writes them and in common variants', () => {
  const known = (f: Parameters<typeof readId>[0], raw: string) => {
    const r = readId(f, raw);
    return r.kind === 'known' ? r.control.id : `${r.kind}`;
  };
  assert.equal(known('iso27001', 'A.8.2'), 'A.8.2');
  assert.equal(known('iso27001', '8.2'), 'A.8.2');
  assert.equal(known('iso27001', 'A 8.2'), 'A.8.2');
  assert.equal(known('iso27001', 'a.8.2'), 'A.8.2');
  assert.equal(known('nist-800-53', 'ac-2.1'), 'AC-2(1)', 'as OSCAL writes it');
  assert.equal(known('nist-800-53', 'AC-2 (1)'), 'AC-2(1)');
  assert.equal(known('nist-800-53', 'AC-02'), 'AC-2');
  assert.equal(known('soc2', 'cc 6.1'), 'CC6.1');
  assert.equal(known('c5', 'OIS 1'), 'OIS-01');
  assert.equal(known('bsi-grundschutz', 'orp.4.a1'), 'ORP.4.A1', 'a requirement of module ORP.4');
  assert.equal(known('scc-annex-ii', '6'), '6');
  assert.equal(known('iso27001', 'A.8.99'), 'unknown');
  assert.equal(known('iso27001', '9.4.2.1'), 'malformed', 'an ISO 27001:2013-style id');
  assert.equal(known('nist-800-53', 'AC-99'), 'unknown');
});

test('the closest ids of an unknown id are near by spelling; of words, by title', () => {
  const r = readId('iso27001', 'A.7.99');
  assert.deepEqual(r.kind === 'unknown' && r.closest.map((c) => c.id), ['A.7.9', 'A.5.9', 'A.5.19']);
  const words = readId('iso27001', 'privileged access');
  assert.deepEqual(words.kind !== 'known' && words.closest.map((c) => c.id), ['A.8.2']);
});

// ---- unknown-mapping ----

test('unknown-mapping: the exact id, a message naming the closest ids, a fix writing the nearest', () => {
  const text = base.replace('iso27001: [A.8.5]', 'iso27001: [A.8.55]');
  const findings = check(text).filter((f) => f.code === 'unknown-mapping');
  assert.deepEqual(findings.map(brief), ['unknown-mapping 16:22-16:28']);
  assert.equal(findings[0].message, `"A.8.55" is no control of ISO/IEC 27001:2022 Annex A: did you mean A.8.5 (${title('iso27001', 'A.8.5')}), A.8.15 (${title('iso27001', 'A.8.15')}), A.8.25 (${title('iso27001', 'A.8.25')})?`);
  assert.equal(findings[0].severity, 2, 'a warning');
  const action = tom.codeActions(doc(text, uri), findings[0].range).find((a) => a.title === 'Change to "A.8.5"');
  assert.ok(action?.isPreferred);
  assert.equal(apply(text, action), base);
});

test('unknown-mapping: variants and x- frameworks are no finding; a malformed id says how ids look', () => {
  const variants = base.replace('iso27001: [A.8.5]', 'iso27001: ["8.5", A 8.2]\n          x-internal: [R-7]');
  assert.deepEqual(check(variants).filter((f) => f.code === 'unknown-mapping'), []);
  const malformed = check(base.replace('- IA-2', '- identification')).find((f) => f.code === 'unknown-mapping');
  assert.match(malformed?.message ?? '', /^"identification" is not written like an id of NIST SP 800-53 .* \(such as AC-1\)/);
});

test('unknown-mapping: thousands of wrong ids in one list are each reported, quickly; the first 200 with suggestions', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `ORP.${i + 10}.A${i % 90}`);
  const text = base.replace('iso27001: [A.8.5]', `bsi-grundschutz: [${ids.join(', ')}]`);
  const t = Date.now();
  const findings = check(text).filter((f) => f.code === 'unknown-mapping');
  assert.ok(Date.now() - t < 20_000, `took ${Date.now() - t} ms`);
  assert.equal(findings.length, 5000);
  assert.match(findings[0].message, /did you mean/);
  assert.match(findings[4999].message, /write an id of the framework's catalogue/);
});

// ---- completion ----

function complete(textWithMarker: string): CompletionItem[] {
  const { text, offset } = cursor(textWithMarker);
  const d = doc(text);
  return tom.complete(d, tom.analyse(d).text.positionAt(offset));
}

test('completion in a mappings list: ids with titles, filtered by id or title words, those present left out', () => {
  const all = complete(base.replace('iso27001: [A.8.5]', 'iso27001: [A.8.5, |]'));
  assert.equal(all.length, 92, 'the 93 controls but A.8.5');
  const a82 = all.find((i) => i.label === 'A.8.2') as CompletionItem;
  assert.equal(a82.detail, title('iso27001', 'A.8.2'));
  assert.match((a82.documentation as MarkupContent).value, /ISO\/IEC 27001:2022 Annex A · A\.8/);
  assert.match(a82.filterText ?? '', /^A\.8\.2 .*[Pp]rivileged/);
  assert.deepEqual(complete(base.replace('iso27001: [A.8.5]', 'iso27001: [A.8.2|]')).map((i) => i.label).slice(0, 3), ['A.8.2', 'A.8.20', 'A.8.21']);
  assert.deepEqual(complete(base.replace('iso27001: [A.8.5]', 'iso27001: [privileged|]')).map((i) => i.label), ['A.8.2', 'A.8.18']);
  // a block list, and SCC Annex II ids, which YAML must read as strings
  const nist = complete(base.replace('            - IA-2\n', '            - IA-2\n            - ac-2|\n'));
  assert.equal(nist[0].label, 'AC-2');
  const scc = complete(base.replace('iso27001: [A.8.5]', 'scc-annex-ii: [|]'));
  assert.equal(scc.length, 17);
  const { text } = cursor(base.replace('iso27001: [A.8.5]', 'scc-annex-ii: [|]'));
  assert.equal(TextDocument.applyEdits(TextDocument.create('x', 'tom', 1, text), [scc[5].textEdit as TextEdit]), base.replace('iso27001: [A.8.5]', 'scc-annex-ii: ["6"]'));
});

test('completion of a mapping id answers well under 10 ms (median) on a 10,000-measure document', () => {
  const big = generate(10000);
  const d = doc(big.text, 'file:///ws/big.tom.yaml');
  tom.analyse(d);
  tom.complete(d, big.completionAt.mapping); // warm up: the line index and the framework's items
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = process.hrtime.bigint();
    const items = tom.complete(d, big.completionAt.mapping);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    assert.ok(items.some((x) => x.label === 'A.8.24'));
  }
  const median = times.sort((a, b) => a - b)[4];
  // the bound is generous for a loaded machine; bench/ measures it through the server (~0.5 ms in-process)
  assert.ok(median < 10, `mapping completion took ${median.toFixed(2)} ms`);
});

// ---- hover and code lens ----

test('hover on a mapping id: title, framework, and the other measures mapped to it', () => {
  const text = base;
  const at = text.indexOf('A.8.5]') + 1;
  const h = tom.hover(doc(text), TextDocument.create('x', 'tom', 1, text).positionAt(at));
  const value = (h?.contents as MarkupContent).value;
  assert.ok(value.startsWith(`**A.8.5** — ${title('iso27001', 'A.8.5')}`), value);
  assert.match(value, /Also mapped here:\n- SA-02 Admin accounts only for admins/);
  const variant = base.replace('iso27001: [A.8.5]', 'iso27001: ["8.5"]');
  const v = tom.hover(doc(variant), TextDocument.create('x', 'tom', 1, variant).positionAt(variant.indexOf('"8.5"') + 2));
  assert.match((v?.contents as MarkupContent).value, /\(written `8\.5`\)/);
});

// ---- suggested mappings ----

function suggestion(text: string, near: string, title: RegExp): CodeAction | undefined {
  const position = TextDocument.create('x', 'tom', 1, text).positionAt(text.indexOf(near));
  return tom.codeActions(doc(text, uri), { start: position, end: position }).find((a) => title.test(a.title));
}

function apply(text: string, action: CodeAction | undefined): string {
  assert.ok(action, 'the action is offered');
  return TextDocument.applyEdits(TextDocument.create('x', 'tom', 1, text), action.edit!.changes![uri]);
}

test('quick-fix "Add suggested ISO 27001 mappings": a new mappings key in the measure\'s style, every other byte kept', () => {
  const block = apply(base, suggestion(base, 'Screen lock', /^Add suggested ISO 27001 mappings/));
  assert.equal(block, base.replace('        title: Screen lock after ten minutes\n        cia: [C]\n        kind: technical\n',
    '        title: Screen lock after ten minutes\n        cia: [C]\n        kind: technical\n        mappings:\n          iso27001: [A.5.16, A.5.17, A.8.5]\n'));
  const flow = apply(base, suggestion(base, 'TLS everywhere', /^Add suggested SCC Annex II mappings \(6\)$/));
  assert.equal(flow, base.replace('kind: technical}\n', 'kind: technical, mappings: {scc-annex-ii: ["6"]}}\n'));
  for (const t of [block, flow]) assert.deepEqual(check(t).map(brief), check(base).map(brief));
});

test('quick-fix: a catalogue measure gets its own suggestions, appended to an existing list (block and flow), only the missing ones', () => {
  const mfa = catalogue.find((m) => m.title.en.startsWith('Multi-factor'))!;
  const text = base.replace('Two-factor sign-in for every account', mfa.title.en);
  assert.deepEqual(mfa.mappings?.['nist-800-53'], ['IA-2(1)', 'IA-2(2)']);
  const nist = apply(text, suggestion(text, mfa.title.en, /^Add suggested NIST SP 800-53 mappings/));
  assert.equal(nist, text.replace('            - IA-2\n', '            - IA-2\n            - IA-2(1)\n            - IA-2(2)\n'));
  const iso = suggestion(text, mfa.title.en, /^Add suggested ISO 27001/);
  assert.equal(iso, undefined, 'A.8.5 is its only suggestion, and it is there');
  const admins = suggestion(base, 'Admin accounts', /^Add suggested ISO 27001 mappings/);
  assert.equal(admins?.title, 'Add suggested ISO 27001 mappings (A.5.16, A.5.17)');
  assert.equal(apply(base, admins), base.replace('[A.8.2, A.8.5]', '[A.8.2, A.8.5, A.5.16, A.5.17]'));
});

test('suggested mappings are data with a source and date, for every control type and catalogue measure, naming known ids', () => {
  assert.ok(suggestions.source.length > 20 && /^\d{4}-\d{2}-\d{2}$/.test(suggestions.asOf));
  assert.deepEqual(Object.keys(suggestions.controlTypes).sort(), controlTypes.map((t) => t.id).sort());
  const lists = [...Object.entries(suggestions.controlTypes), ...catalogue.map((m) => [m.title.en, m.mappings ?? {}] as const)];
  for (const [owner, mappings] of lists) {
    assert.ok(Object.keys(mappings).includes('iso27001') && Object.keys(mappings).includes('scc-annex-ii'), `${owner} suggests ISO 27001 and Annex II`);
    for (const [f, ids] of Object.entries(mappings) as [string, string[]][]) {
      for (const id of ids) assert.equal(findControl(f, id)?.id, id, `${owner}: ${f} ${id} is in the catalogue as written`);
    }
  }
});

// ---- coverage ----

test('coverage: every top-level control with the measures mapped to it; an enhancement counts for its control', () => {
  const text = base.replace('            - IA-2\n', '            - IA-2\n            - AC-2(1)\n');
  const c = tom.coverage(doc(text), 'nist-800-53')!;
  assert.equal(c.total, frameworks.find((f) => f.id === 'nist-800-53')!.controls.filter((x) => !x.parent && !x.withdrawn).length);
  assert.equal(c.covered, 2);
  assert.deepEqual(c.rows.find((r) => r.control.id === 'AC-2')?.measures.map((m) => [m.id, m.via]), [['SA-01', ['AC-2(1)']]]);
  const iso = tom.coverage(doc(base), 'iso27001')!;
  assert.deepEqual([iso.covered, iso.total], [2, 93]);
  assert.deepEqual(iso.rows.find((r) => r.control.id === 'A.8.5')?.measures.map((m) => m.id), ['SA-01', 'SA-02']);
  const md = coverageReport(iso, 'md', { file: 'x.tom.yaml', organization: 'ACME' });
  assert.match(md, /^## ISO\/IEC 27001:2022 Annex A — coverage by ACME, x\.tom\.yaml\n\nControls covered: \*\*2 of 93 \(2%\)\*\*/);
  assert.ok(md.includes(`\n| A.8.5 | ${title('iso27001', 'A.8.5')} | SA-01, SA-02 |\n`));
  assert.ok(md.includes(`\n| A.5.1 | ${title('iso27001', 'A.5.1')} | **none** |\n`));
  const csv = coverageReport(tom.coverage(doc(base), 'scc-annex-ii')!, 'csv', { file: 'x' });
  assert.ok(csv.startsWith(`framework,control,title,covered,measures,statuses\r\nscc-annex-ii,1,${title('scc-annex-ii', '1')},no,,\r\nscc-annex-ii,2,"${title('scc-annex-ii', '2')}",no,,\r\n`), 'a title with a comma is quoted');
});

test('the preview shows the coverage per framework used; the Annex II page groups by mappings, else by control type', () => {
  const preview = tom.render(doc(base), { format: 'html', preview: { nonce: 'n', cspSource: 'vscode-resource:', scriptUri: 'x.js' } }).text;
  assert.match(preview, /<th scope="row">ISO 27001<\/th><td>2 \/ 93<\/td>/);
  assert.match(preview, /<th scope="row">NIST SP 800-53<\/th><td>1 \/ \d{3}<\/td>/);
  assert.doesNotMatch(tom.render(doc(base), { format: 'html' }).text, /Framework coverage/, 'never exported');
  const text = base.replace('iso27001: [A.8.5]', 'iso27001: [A.8.5]\n          scc-annex-ii: ["4"]');
  const md = tom.render(doc(text), { format: 'md', template: 'scc-annex-ii' }).text;
  const under = (n: number) => md.split(`\n## ${n}. `)[1].split('\n## ')[0];
  assert.match(under(4), /\*\*SA-01\*\*/, 'its own mapping');
  assert.doesNotMatch(under(5), /\*\*SA-01\*\*/, 'not also under its control type\'s heading');
  assert.match(under(5), /\*\*SA-02\*\*.*\n- \*\*SA-03\*\*/, 'system-access measures without Annex II ids: heading 5');
  assert.match(under(6), /\*\*TR-01\*\*/);
  assert.match(under(1), /_No measure is listed under this heading\._/);
  assert.doesNotMatch(md, /CIA coverage/);
  const de = tom.render(doc(text), { format: 'html', lang: 'de', template: 'scc-annex-ii' }).text;
  assert.match(de, /Anhang II zu den Standardvertragsklauseln/);
  assert.match(de, new RegExp(`<h2><span class="number">6\\.</span> ${re(findControl('scc-annex-ii', '6')!.title.de!)}</h2>`));
});

// ---- OSCAL ----

const oscalSchema = JSON.parse(read('test', 'fixtures', 'oscal', 'oscal_component_schema.json'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateOscal = ajv.compile(oscalSchema);

test('every example exports an OSCAL component definition that NIST\'s schema accepts, the same every time', () => {
  const examples = readdirSync('examples').filter((f) => f.endsWith('.tom.yaml'));
  assert.equal(examples.length, 3);
  for (const file of examples) {
    const d = doc(read('examples', file), `file:///ws/${file}`);
    const definition = tom.oscalComponentDefinition(d) as { 'component-definition': { components: { 'control-implementations': { 'implemented-requirements': { 'control-id': string; uuid: string }[] }[] }[] } };
    assert.ok(validateOscal(definition), `${file}: ${ajv.errorsText(validateOscal.errors)}`);
    assert.deepEqual(service().oscalComponentDefinition(d), definition, 'reproducible');
    const [nist, iso] = definition['component-definition'].components[0]['control-implementations'];
    const ids = nist['implemented-requirements'].map((r) => r['control-id']);
    assert.ok(ids.every((id) => /^[a-z]{2}-\d+(\.\d+)?$/.test(id)), `${file}: NIST ids as OSCAL writes them: ${ids.join(' ')}`);
    assert.ok(iso['implemented-requirements'].every((r) => /^A\.[5-8]\.\d+$/.test(r['control-id'])));
    assert.ok(nist['implemented-requirements'].every((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/.test(r.uuid)), 'name-based UUIDs');
  }
  const acme = tom.oscalComponentDefinition(doc(read('examples', 'acme-controller.tom.yaml'))) as Record<string, any>;
  const ac3 = acme['component-definition'].components[0]['control-implementations'][0]['implemented-requirements'].find((r: { 'control-id': string }) => r['control-id'] === 'ac-3');
  assert.match(ac3.description, /- \*\*DA-01\*\* Role-based permissions with a quarterly review \(implemented\)/);
});

test('the OSCAL schema really checks: an id that is no token, or a missing UUID, is refused', () => {
  const d = tom.oscalComponentDefinition(doc(base)) as Record<string, any>;
  assert.ok(validateOscal(d));
  const broken = structuredClone(d);
  broken['component-definition'].components[0]['control-implementations'][0]['implemented-requirements'][0]['control-id'] = 'ac 2';
  assert.equal(validateOscal(broken), false);
  delete broken['component-definition'].uuid;
  assert.equal(validateOscal(broken), false);
  assert.equal(framework('nist-800-53')?.id, 'nist-800-53');
});
