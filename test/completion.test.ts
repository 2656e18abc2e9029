/** Completions of the language service: what the list shows at each kind of place, and what an item inserts. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { generate } from '../bench/generate';
import { catalogue } from '../server/src/service/catalogue/catalogue';
import { controlTypes } from '../server/src/service/catalogue/controlTypes';
import { completionDocument } from './helpers/completionDocument';
import { check, cursor, doc, fixedToday, service } from './helpers/fixtures';

const tom = service();

/** The items at the `|` marker, in the order the editor shows them (sortText, then label). */
function complete(textWithMarker: string): CompletionItem[] {
  const { text, offset } = cursor(textWithMarker);
  const d = doc(text);
  return tom.complete(d, tom.analyse(d).text.positionAt(offset))
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}
const labels = (textWithMarker: string) => complete(textWithMarker).map((i) => i.label);

/** The text after accepting `item` at the marker. */
function accept(textWithMarker: string, item: CompletionItem): string {
  const { text } = cursor(textWithMarker);
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'tom', 1, text), [item.textEdit as TextEdit]);
}

const head = completionDocument;
const allTypes = controlTypes.map((t) => t.id);

test('type: offers the 14 control types, the ones other sections use last', () => {
  const items = complete(`${head}  - type: |\n    measures: []\n`);
  assert.deepEqual(items.map((i) => i.label), [...allTypes.filter((t) => t !== 'physical-access'), 'physical-access']);
  const access = items.find((i) => i.label === 'system-access') as CompletionItem;
  assert.equal(access.detail, 'System access control · Zugangskontrolle · Art. 32(1)(b) GDPR');
  assert.match((access.documentation as MarkupContent).value, /Zugangskontrolle/);
  assert.match(items[items.length - 1].detail ?? '', /already used by another section/);
});

test("type: in a section's own line does not count its own type as used", () => {
  assert.deepEqual(labels(head.replace('  - type: physical-access', '  - type: physical-|')), allTypes);
});

test('cia: [ offers the tags not yet in the flow list, with what they mean', () => {
  assert.deepEqual(labels(head.replace('cia: [C]', 'cia: [|]')), ['C', 'I', 'A']);
  assert.deepEqual(labels(head.replace('cia: [C]', 'cia: [C, |]')), ['I', 'A']);
  assert.deepEqual(labels(head.replace('cia: [C]', 'cia: [C, |')), ['I', 'A'], 'the list is not closed yet');
  assert.deepEqual(labels(head.replace('cia: [C]', 'cia: [A, |, I]')), ['C']);
  const c = complete(head.replace('cia: [C]', 'cia: [|'))[0];
  assert.equal(c.detail, 'Confidentiality (Vertraulichkeit)');
  assert.match((c.documentation as MarkupContent).value, /Only authorised persons can read the data/);
});

test('a block list item under cia: offers the tags not yet in the list', () => {
  assert.deepEqual(labels(head.replace('cia: [C]', 'cia:\n          - I\n          - |')), ['C', 'A']);
  assert.deepEqual(labels(head.replace('cia: [C]', 'cia:\n          - |\n          - A')), ['C', 'I']);
  // the `- ` not typed yet: the items bring it
  const items = complete(head.replace('cia: [C]', 'cia:\n          - C\n          |'));
  assert.deepEqual(items.map((i) => i.label), ['I', 'A']);
  assert.equal(items[0].textEdit?.newText, '- I');
});

test('a new key line in a measure offers the keys it does not have yet', () => {
  assert.deepEqual(labels(head.replace('        kind: technical\n', '        kind: technical\n        |\n')),
    ['description', 'status', 'due', 'owner', 'reviewed', 'evidence', 'mappings', 'tom-ignore']);
  // required keys first
  assert.deepEqual(labels(head.replace('        cia: [C]\n        kind: technical\n', '        sc|\n')).slice(0, 3), ['cia', 'kind', 'description']);
});

test('a key item inserts the key with a tab stop shaped like its value', () => {
  const text = head.replace('        kind: technical\n', '        kind: technical\n        |\n');
  const byLabel = new Map(complete(text).map((i) => [i.label, i]));
  assert.equal(byLabel.get('status')?.textEdit?.newText, 'status: ${1|implemented,partial,planned,not-applicable|}');
  assert.equal(byLabel.get('due')?.textEdit?.newText, `due: \${1:${fixedToday}}`);
  assert.equal(byLabel.get('description')?.textEdit?.newText, 'description: $0');
  assert.equal(byLabel.get('evidence')?.textEdit?.newText, 'evidence:\n          - $0');
  assert.equal(byLabel.get('mappings')?.textEdit?.newText, 'mappings:\n          $0');
  assert.equal(byLabel.get('status')?.detail, 'Status');
  assert.match((byLabel.get('status')?.documentation as MarkupContent).value, /default `implemented`/);
  // the colon is there already: only the name
  assert.equal(complete(head.replace('        kind: technical', '        ki|: technical').replace('        cia: [C]\n', ''))
    .find((i) => i.label === 'kind')?.textEdit?.newText, 'kind');
});

test('keys of the document, a section, the top level, scopes, subprocessors, certifications, commitments, mappings', () => {
  assert.deepEqual(labels(head.replace('  lastUpdated: 2026-10-01\n', '  |\n')),
    ['lastUpdated', 'languages', 'version', 'owner', 'contact', 'dpo', 'approval', 'summary', 'references']);
  assert.deepEqual(labels(`${head}  - |`), ['type', 'measures', 'title', 'description', 'section']);
  assert.deepEqual(labels(`${head}  - type: order\n    |\n`), ['measures', 'title', 'description']);
  assert.deepEqual(labels(`${head}|`), ['$schema', 'subprocessors', 'certifications', 'commitments']);
  assert.deepEqual(labels(head.replace('    title: Offices Berlin\n', '    title: Offices Berlin\n    |\n')), ['description']);
  assert.deepEqual(labels(`${head}subprocessors:\n  - name: Cloud Inc.\n    |\n`), ['purpose', 'locations', 'service', 'transferMechanism', 'transferImpactAssessment', 'dataCategories']);
  assert.deepEqual(labels(`${head}certifications:\n  - |\n`), ['name', 'holder', 'validUntil', 'scope', 'certification']);
  assert.deepEqual(labels(`${head}commitments:\n  breachNotificationHours: 24\n  |\n`),
    ['controllerNotificationHours', 'authorityNotificationHours', 'deletionHours', 'backupDeletionDays', 'tlsMinVersion', 'passwordMinLength', 'accessReviewMonths']);
  assert.deepEqual(labels(head.replace('        scope: [offices]\n', '        mappings:\n          soc2: [CC6.1]\n          |\n')),
    ['iso27001', 'bsi-grundschutz', 'nist-800-53', 'tisax', 'c5', 'scc-annex-ii']);
  // a list of maps whose `- ` is not typed yet
  const sub = complete(`${head}subprocessors:\n  |`);
  assert.deepEqual(sub.slice(0, 3).map((i) => i.textEdit?.newText), ['- name: $0', '- purpose: $0', '- locations: [$0]']);
});

test('an empty file offers the top-level keys, required first', () => {
  assert.deepEqual(labels('|'), ['tom', 'document', 'controls', '$schema', 'scopes', 'subprocessors', 'certifications', 'commitments', 'tom-document']);
  assert.deepEqual(labels('# TOMs of Example GmbH\n|'), labels('|'));
  assert.equal(complete('|')[0].textEdit?.newText, 'tom: 1');
});

test('the languages of a text map', () => {
  const bilingual = head.replace('  language: en\n', '  language: en\n  languages: [en, de]\n');
  assert.deepEqual(labels(bilingual.replace('        title: Key tokens\n', '        title:\n          en: Key tokens\n          |\n')).slice(0, 2), ['de', 'fr']);
});

test('enum values come from the schema: role, kind, status, transferMechanism, tlsMinVersion, tom', () => {
  assert.deepEqual(labels(head.replace('  role: processor', '  role: |')), ['controller', 'processor', 'sub-processor', 'joint-controller']);
  assert.deepEqual(labels(head.replace('        kind: technical', '        kind: org|')), ['technical', 'organizational']);
  const status = complete(head.replace('        kind: technical\n', '        kind: technical\n        status: |\n'));
  assert.deepEqual(status.map((i) => i.label), ['implemented', 'partial', 'planned', 'not-applicable']);
  assert.equal(status[2].detail, 'Planned');
  assert.deepEqual(labels(`${head}subprocessors:\n  - name: X\n    transferMechanism: |\n`), ['adequacy', 'scc', 'bcr', 'dpf', 'derogation']);
  const tls = complete(`${head}commitments:\n  tlsMinVersion: |\n`);
  assert.deepEqual(tls.map((i) => [i.label, i.textEdit?.newText]), [['1.2', '"1.2"'], ['1.3', '"1.3"']]);
  assert.deepEqual(labels(head.replace('tom: 1', 'tom: |')), ['1']);
  // replacing the whole value, not just what is before the cursor
  const edit = complete(head.replace('  role: processor', '  role: pro|cessor'))[0].textEdit as TextEdit;
  assert.deepEqual([edit.range.start.character, edit.range.end.character], [8, 17]);
});

test('language tags: the document languages first, those already listed left out', () => {
  const bilingual = head.replace('  language: en\n', '  language: en\n  languages: [de, en]\n');
  assert.deepEqual(labels(bilingual.replace('  language: en', '  language: |')).slice(0, 4), ['de', 'en', 'fr', 'es']);
  assert.deepEqual(labels(head.replace('  language: en\n', '  language: en\n  languages: [en, |]\n')).slice(0, 3), ['de', 'fr', 'es']);
});

test('scope ids the document defines, in flow and block lists', () => {
  const items = complete(head.replace('scope: [offices]', 'scope: [|]'));
  assert.deepEqual(items.map((i) => i.label), ['offices', 'cloud']);
  assert.equal(items[1].detail, 'Cloud platform');
  assert.deepEqual(labels(head.replace('scope: [offices]', 'scope: [offices, |]')), ['cloud']);
  assert.deepEqual(labels(head.replace('scope: [offices]', 'scope:\n          - cloud\n          - |')), ['offices']);
});

test('dates offer today: due, reviewed, lastUpdated, validUntil', () => {
  assert.deepEqual(labels(head.replace('        kind: technical\n', '        kind: technical\n        due: |\n')), [fixedToday]);
  assert.deepEqual(labels(head.replace('        kind: technical\n', '        kind: technical\n        reviewed: 20|\n')), [fixedToday]);
  assert.deepEqual(labels(head.replace('  lastUpdated: 2026-10-01', '  lastUpdated: |')), [fixedToday]);
  assert.deepEqual(labels(`${head}certifications:\n  - name: ISO 27001\n    validUntil: |\n`), [fixedToday]);
});

test("id: offers the next free id of the section's prefix", () => {
  assert.deepEqual(labels(`${head}      - id: PA-07\n        title: x\n      - id: |\n`), ['PA-08']);
  assert.deepEqual(labels(`${head}  - type: data-access\n    measures:\n      - id: |\n`), ['DA-01']);
});

test('a new measure item offers the catalogue, the section type first, and inserts a whole measure', () => {
  const text = `${head}      - |\n  - type: encryption\n    measures: []\n`;
  const items = complete(text);
  const measures = items.filter((i) => i.detail?.startsWith('New measure'));
  assert.ok(measures.length >= 60);
  const own = catalogue.filter((m) => m.type === 'physical-access').map((m) => m.title.en);
  assert.deepEqual(measures.slice(0, own.length).map((i) => i.label), own);
  assert.equal(items[own.length].label, 'id', "the keys of a measure come after the section's own catalogue measures");
  const visitors = measures.find((i) => i.label === 'Visitors are registered and accompanied at all times') as CompletionItem;
  assert.equal(accept(text, visitors), `${head}      - id: PA-02
        title: Visitors are registered and accompanied at all times
        cia: [C]
        kind: organizational
  - type: encryption
    measures: []
`);
});

test('at the indentation of the measures list (no `- ` yet) the catalogue item brings its `- `', () => {
  const text = `${head}      |\n`;
  const items = complete(text);
  assert.deepEqual(items.filter((i) => !i.detail?.startsWith('New measure')).map((i) => i.label), ['measure', 'measure-planned'], 'the catalogue and the two measure snippets');
  assert.equal(accept(text, items[0]), `${head}      - id: PA-02
        title: Electronic access control with personal key tokens
        cia: [C]
        kind: technical
`);
});

test('catalogue titles follow the document language; bilingual documents get a language map', () => {
  const german = `${head.replace('language: en', 'language: de')}      - |\n`;
  const first = complete(german).find((i) => i.detail?.startsWith('New measure')) as CompletionItem;
  assert.equal(first.label, 'Elektronische Zutrittskontrolle mit personalisierten Schlüsselmedien');
  const both = `${head.replace('language: en', 'language: en\n  languages: [en, de]')}      - |\n`;
  const item = complete(both).find((i) => i.detail?.startsWith('New measure')) as CompletionItem;
  assert.match(item.textEdit?.newText ?? '', /^id: PA-02\n {8}title: \{en: Electronic access control with personal key tokens, de: Elektronische Zutrittskontrolle mit personalisierten Schlüsselmedien\}\n/);
});

test('every catalogue measure, inserted, is a valid measure in both languages', () => {
  assert.ok(catalogue.length >= 60);
  for (const type of allTypes) assert.ok(catalogue.some((m) => m.type === type), `the catalogue has measures for ${type}`);
  const text = `${head.replace('language: en', 'language: en\n  languages: [en, de]')}      - |\n`;
  const items = complete(text).filter((i) => i.detail?.startsWith('New measure'));
  assert.equal(items.length, catalogue.filter((m) => !m.roles || m.roles.includes('processor')).length);
  for (const i of items) {
    const problems = check(accept(text, i)).filter((f) => ['yaml-syntax', 'schema', 'cia-order'].includes(f.code));
    assert.deepEqual(problems.map((f) => `${f.code}: ${f.message}`), [], i.label);
  }
});

test('the catalogue offers each role its own duties: processors notify the controller, controllers the authority', () => {
  const offered = (role: string) => complete(`${head.replace('role: processor', `role: ${role}`)}      - |\n`).map((i) => i.label).join('\n');
  const processor = offered('processor');
  assert.match(processor, /Notification of the controller without undue delay .*Art\. 33\(2\)/);
  assert.match(processor, /Assistance to the controller in notifying breaches .*Art\. 28\(3\)\(f\)/);
  assert.doesNotMatch(processor, /supervisory authority/);
  assert.doesNotMatch(processor, /impact assessment/);
  const controller = offered('controller');
  assert.match(controller, /Notification of the supervisory authority within 72 hours .*Art\. 33\(1\)/);
  assert.match(controller, /Communication to data subjects .*Art\. 34/);
  assert.match(controller, /Data protection impact assessment .*Art\. 35/);
  assert.doesNotMatch(controller, /Notification of the controller/);
  // NIST SP 800-63B Rev. 4: length and a breached-password check, no composition rules; hashing is not encryption
  assert.doesNotMatch(processor, /complexity/i);
  assert.match(processor, /at least 15 characters .* breached passwords, without composition rules/);
  const hashing = catalogue.find((m) => /password hash/.test(m.title.en));
  assert.equal(hashing?.type, 'system-access');
  assert.ok(catalogue.every((m) => !/Auftragnehmer/.test(m.title.de)), 'the GDPR says Auftragsverarbeiter');
  assert.ok(catalogue.every((m) => !/Art\. 35/.test(m.title.en) || m.type !== 'privacy-by-default'), 'a DPIA is Art. 35, not Art. 25');
});

test('locations complete to country codes with their names and what the law says', () => {
  const items = complete(`${head}subprocessors:\n  - name: X\n    purpose: P\n    locations: [DE, |]\n`);
  const byLabel = new Map(items.map((i) => [i.label, i]));
  assert.equal(byLabel.has('DE'), false, 'a location already listed is not offered again');
  assert.equal(byLabel.get('BR')?.detail, 'Brazil · Brasilien');
  assert.match((byLabel.get('BR')?.documentation as MarkupContent).value, /adequacy decision .*2026\/179 of 26 January 2026/);
  assert.match((byLabel.get('IN')?.documentation as MarkupContent).value, /third country without an EU adequacy decision/);
  assert.ok(byLabel.has('EU') && items.length === 249);
});

test('nothing is offered inside texts, comments and block scalars', () => {
  assert.deepEqual(labels(head.replace('title: Key tokens', 'title: Key |tokens')), []);
  assert.deepEqual(labels(head.replace('title: Key tokens', 'title: Key tokens # a |comment')), []);
  assert.deepEqual(labels(`${head.replace('        title: Key tokens\n', '        title: Key tokens\n        description: >-\n          Tokens|\n')}`), []);
  assert.deepEqual(labels(head.replace('        cia: [C]', '        cia: [C]|')), []);
  assert.deepEqual(labels(head.replace('  role: processor', '  role: processor |')), [], 'the space after a complete value');
});

test('a line separator or lone CR in the line before the cursor gives no items, never an exception (found by the fuzz test)', () => {
  assert.deepEqual(labels('tom: 1\nx: a\u2028b|'), []);
  assert.deepEqual(labels('tom: 1\n\u2028|'), []);
  assert.deepEqual(labels('tom: 1\nx: a\rb|'), []);
});

test('completion on a 10,000-measure document answers well under 15 ms once it is analysed', () => {
  const big = generate(10000);
  const d = doc(big.text, 'file:///ws/big.tom.yaml');
  tom.analyse(d);
  const lines = big.text.split('\n');
  const places = [
    big.completionAt.type, big.completionAt.cia, big.completionAt.status,
    { line: lines.length - 2, character: 8 }, // a key of the last measure (the end of a 714-measure section)
    { line: lines.length - 1, character: 0 }, // a top-level key after everything
  ];
  for (const position of places) {
    tom.complete(d, position); // warm up
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = process.hrtime.bigint();
      const items = tom.complete(d, position);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      assert.ok(items.length > 0, `items at ${JSON.stringify(position)}`);
    }
    const median = times.sort((a, b) => a - b)[2];
    assert.ok(median < 15, `completion at ${JSON.stringify(position)} took ${median.toFixed(2)} ms`);
  }
});

test('snippets come from the server where they make sense, with the next free id and today filled in', () => {
  const snippetLabels = (t: string) => complete(t).filter((i) => i.kind === 15 /* Snippet */ && !i.detail?.startsWith('New measure')).map((i) => i.label);
  assert.deepEqual(snippetLabels(`${head}      - |\n`), ['measure', 'measure-planned']);
  assert.deepEqual(snippetLabels(`${head}  |\n`), ['section']);
  assert.deepEqual(snippetLabels(`${head}subprocessors:\n  |\n`), ['subprocessor']);
  assert.deepEqual(snippetLabels(`${head}certifications:\n  - |\n`), ['certification']);
  assert.deepEqual(snippetLabels(head.replace('  lastUpdated: 2026-10-01\n', '  |\n')), [], 'no certification under document:');
  assert.deepEqual(snippetLabels(head.replace('      - id: PA-01', '      - id: |')), [], 'none after id:');
  const measure = complete(`${head}      - |\n`).find((i) => i.label === 'measure');
  assert.match(measure?.textEdit?.newText ?? '', /^id: \$\{1:PA-02\}\n {8}title: /, 'the next free id, not XX-01');
  const section = complete(`${head}  |\n`).find((i) => i.label === 'section');
  assert.match(section?.textEdit?.newText ?? '', /^- type: \$\{1\|system-access,data-access,/, 'the types the document lacks first');
  assert.match(section?.textEdit?.newText ?? '', /- id: \$\{2:SA-01\}/, "the first measure's id fits the type offered first");
  const skeleton = complete('|').find((i) => i.label === 'tom-document');
  assert.match(skeleton?.textEdit?.newText ?? '', new RegExp(`lastUpdated: ${fixedToday}`));
});

test('the control-type list shows the German name and the article beside each id; language opens its choices', () => {
  const access = complete(`${head}  - type: |\n    measures: []\n`).find((i) => i.label === 'system-access');
  assert.deepEqual(access?.labelDetails, { detail: ' Zugangskontrolle', description: 'Art. 32(1)(b)' });
  const language = complete(head.replace('  language: en\n', '  |\n')).find((i) => i.label === 'language');
  assert.match(language?.textEdit?.newText ?? '', /^language: \$\{1\|en,de,fr,/);
});
