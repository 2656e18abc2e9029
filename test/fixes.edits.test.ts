/**
 * Each rule's quick-fixes exactly as a user meets them: at one finding, the fixes offered in order
 * (title, which one is preferred), the whole text after each, on LF and CRLF, flow and block layouts,
 * other indentations; whether fix-all on save (safe fixes only) or `check --fix` applies it; and the
 * places where a fix must not be offered. The expected texts are written out here.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { parse } from 'yaml';
import { applyEdits } from '../server/src/service/fixes';
import type { RuleId } from '../server/src/service/types';
import { doc, service } from './helpers/fixtures';
import { editsOf, uri } from './helpers/fixInvariants';
import { crlf, document } from './helpers/fixDocuments';

const svc = service();

/** One offered fix as the user sees it: its title, `*` when it is the preferred one, and the text after it. */
type Offer = [title: string, preferred: '*' | '', after: string];

const asOffer = (text: string, a: CodeAction): Offer => [a.title, a.isPreferred ? '*' : '', applyEdits(text, editsOf(text, a))];

/** The fixes offered for the `which` (nth, or the one whose message matches) finding of `rule` (those naming it in `diagnostics`), in order. */
function offers(text: string, rule: string, which: number | RegExp = 0): Offer[] {
  const found = svc.check(doc(text, uri)).filter((x) => x.code === rule);
  const f = typeof which === 'number' ? found[which] : found.find((x) => which.test(x.message));
  assert.ok(f, `no ${rule} finding ${which} in\n${text}`);
  return svc.codeActions(doc(text, uri), f.range)
    .filter((a) => a.diagnostics?.length === 1 && a.diagnostics[0].code === f.code && a.diagnostics[0].message === f.message)
    .map((a) => asOffer(text, a));
}

/** The text after fix-all on save (safe fixes only), and after the preferred fixes of one rule's findings ("Fix all"). */
const fixAllSafe = (text: string) => svc.fixAll(doc(text, uri), { safeOnly: true }).text;
const fixAllOf = (text: string, rule: RuleId) => svc.fixAll(doc(text, uri), { rule }).text;

const ignore = (rule: string) => `Ignore ${rule} here (# tom-ignore with a reason to write)`;
const reason = 'TODO say why this is acceptable';

/** `text` with the line holding `line` (a unique piece of it) preceded by a tom-ignore comment at that line's indentation. */
function ignored(text: string, rule: string, line: string, eol = '\n'): string {
  const at = text.indexOf(line);
  assert.ok(at >= 0 && text.indexOf(line, at + 1) < 0, `${line} is not unique`);
  const start = text.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(text.slice(start))![0];
  return `${text.slice(0, start)}${indent}# tom-ignore ${rule}: ${reason}${eol}${text.slice(start)}`;
}

const flow = document('flow');
const block = document('block');
/** The flow document indented by four spaces, sections and measures written `-   key`. */
const fourSpaces = 'tom: 1\ndocument:\n    title: {en: Test, de: Test}\n    organization: ACME\n    role: processor\n    language: en\n    languages: [en, de]\n    lastUpdated: 2026-10-01\n' +
  'scopes:\n    hq: {title: {en: HQ, de: HQ}}\ncontrols:\n    -   type: physical-access\n        measures:\n            -   id: PA-01\n' +
  '                title: {en: Badges, de: Ausweise}\n                cia: [C, I]\n                kind: technical\n                scope: [hq]\n';

test('weak-crypto: "Require TLS 1.2 or newer", preferred, on LF and CRLF and in a flow map; never applied on save', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = `${flow}commitments:\n  tlsMinVersion: "1.1"\n`.replace(/\n/g, eol);
    const fixed = text.replace('"1.1"', '"1.2"');
    assert.deepEqual(offers(text, 'weak-crypto'), [
      ['Require TLS 1.2 or newer (tlsMinVersion: "1.2")', '*', fixed],
      [ignore('weak-crypto'), '', ignored(text, 'weak-crypto', 'tlsMinVersion', eol)],
    ], JSON.stringify(eol));
    assert.equal(fixAllSafe(text), text, 'a promise the organisation makes is not changed on save');
    assert.equal(fixAllOf(text, 'weak-crypto'), fixed);
  }
  const inFlow = `${flow}commitments: {tlsMinVersion: '1.0'}\n`;
  assert.deepEqual(offers(inFlow, 'weak-crypto'), [
    ['Require TLS 1.2 or newer (tlsMinVersion: "1.2")', '*', inFlow.replace("'1.0'", "'1.2'")],
    [ignore('weak-crypto'), '', ignored(inFlow, 'weak-crypto', 'commitments')],
  ]);
});

test('unknown-mapping: the nearest catalogue id, preferred but not safe; the suggested mappings come after it, tom-ignore last', () => {
  const text = flow.replace('        scope: [hq]\n', '        scope: [hq]\n        mappings:\n          iso27001: [A.7.15]\n');
  assert.deepEqual(offers(text, 'unknown-mapping'), [
    ['Change to "A.5.15"', '*', text.replace('A.7.15', 'A.5.15')],
    [ignore('unknown-mapping'), '', ignored(text, 'unknown-mapping', 'iso27001:')],
  ]);
  const f = svc.check(doc(text, uri)).find((x) => x.code === 'unknown-mapping')!;
  assert.deepEqual(svc.codeActions(doc(text, uri), f.range).map((a) => a.title), [
    'Change to "A.5.15"',
    'Add suggested ISO 27001 mappings (A.7.1, A.7.2)',
    'Add suggested NIST SP 800-53 mappings (PE-2, PE-3)',
    'Add suggested SCC Annex II mappings (8)',
    ignore('unknown-mapping'),
  ]);
  assert.equal(fixAllSafe(text), text, 'the nearest id is a guess: not on save');
  assert.equal(fixAllOf(text, 'unknown-mapping'), text.replace('A.7.15', 'A.5.15'));
});

test('location-code: "Write the ISO 3166 code", preferred and safe, quoting kept, in flow and block lists', () => {
  const sp = (locations: string) => `${flow}subprocessors:\n  - name: X\n    purpose: {en: P, de: P}\n    locations:${locations}\n`;
  const text = sp(" ['Deutschland']");
  assert.deepEqual(offers(text, 'location-code'), [
    ['Write the ISO 3166 code DE', '*', sp(" ['DE']")],
    [ignore('location-code'), '', ignored(text, 'location-code', 'locations:')],
  ]);
  const list = sp('\r\n      - Österreich').replace(/\r?\n/g, '\r\n');
  assert.deepEqual(offers(list, 'location-code')[0], ['Write the ISO 3166 code AT', '*', list.replace('Österreich', 'AT')]);
  assert.equal(fixAllSafe(list), list.replace('Österreich', 'AT'));
});

test('undefined-scope: the defined scope, preferred and safe; not offered where the list names that scope already', () => {
  // tom-ignore above the deepest block entry: the key of a flow list, the item of a block list
  for (const [text, entry] of [[flow.replace('scope: [hq]', 'scope: [hqq]'), 'scope:'], [crlf(block.replace('          - hq\n', '          - hqq\n')), '- hqq']]) {
    const fixed = text.replace('hqq', 'hq');
    assert.deepEqual(offers(text, 'undefined-scope'), [
      ['Change to scope "hq"', '*', fixed],
      [ignore('undefined-scope'), '', ignored(text, 'undefined-scope', entry, text.includes('\r') ? '\r\n' : '\n')],
    ]);
    assert.equal(fixAllSafe(text), fixed);
  }
  for (const text of [flow.replace('scope: [hq]', 'scope: [hq, hqq]'), block.replace('          - hq\n', '          - hq\n          - hqq\n')]) {
    assert.deepEqual(offers(text, 'undefined-scope').map(([title]) => title), [ignore('undefined-scope')], 'renaming would repeat hq');
  }
});

test('due-date-missing: due three months ahead right after status, in block and flow measures, LF and CRLF; not on save', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = block.replace('        kind: technical\n', '        status: planned\n        kind: technical\n').replace(/\n/g, eol);
    const fixed = text.replace(`status: planned${eol}`, `status: planned${eol}        due: 2027-02-25${eol}`);
    assert.deepEqual(offers(text, 'due-date-missing'), [
      ['Add due: 2027-02-25 (in three months; agree the real date)', '*', fixed],
      [ignore('due-date-missing'), '', ignored(text, 'due-date-missing', 'status:', eol)],
    ]);
    assert.equal(fixAllSafe(text), text, 'a due date is a commitment: not on save');
    assert.equal(fixAllOf(text, 'due-date-missing'), fixed);
  }
  const measure = flow.replace(/ {6}- id: PA-01\n[^]*$/, '      - {id: PA-01, title: {en: B, de: B}, status: partial, cia: [C], kind: technical, scope: [hq]}\n');
  assert.equal(offers(measure, 'due-date-missing')[0][2], measure.replace('status: partial,', 'status: partial, due: 2027-02-25,'));
});

test('duplicate-id: only the later use is renamed on save; the first use\'s rename is offered, not preferred', () => {
  const second = '      - id: PA-01\n        title: {en: Doors, de: Türen}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n';
  const text = flow + second;
  const renamed = flow + second.replace('PA-01', 'PA-02');
  assert.deepEqual(offers(text, 'duplicate-id', 1), [
    ['Change the id to PA-02 (the next free id)', '*', renamed],
    [ignore('duplicate-id'), '', text.replace(/( {6}- id: PA-01\n {8}title: \{en: Doors)/, `      # tom-ignore duplicate-id: ${reason}\n$1`)],
  ]);
  assert.deepEqual(offers(text, 'duplicate-id', 0).map(([t, p, after]) => [t, p, after === text.replace('PA-01', 'PA-02')]), [
    ['Change the id to PA-02 (the next free id)', '', true],
    [ignore('duplicate-id'), '', false],
  ]);
  assert.equal(fixAllSafe(text), renamed);
  // the first use is the first measure with that id, wherever it stands
  const measure = (id: string) => `      - id: ${id}\n        title: {en: D, de: D}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n`;
  const later = flow + measure('PA-02') + measure('PA-02');
  assert.deepEqual(offers(later, 'duplicate-id', 0).map(([t, p]) => [t, p]), [['Change the id to PA-03 (the next free id)', ''], [ignore('duplicate-id'), '']]);
  assert.deepEqual(offers(later, 'duplicate-id', 1).map(([t, p]) => [t, p]), [['Change the id to PA-03 (the next free id)', '*'], [ignore('duplicate-id'), '']]);
  assert.equal(fixAllSafe(later), flow + measure('PA-02') + measure('PA-03'));
});

test('unused-scope: its lines removed, or `scopes:` with its last scope, in block and flow maps; not on save', () => {
  const two = flow.replace('scopes:\n', 'scopes:\n  lab: {title: {en: Lab, de: Labor}}  # the old lab\n');
  assert.deepEqual(offers(two, 'unused-scope'), [
    ['Remove the unused scope "lab"', '*', flow],
    [ignore('unused-scope'), '', ignored(two, 'unused-scope', 'lab:')],
  ]);
  assert.equal(fixAllSafe(two), two);
  assert.equal(fixAllOf(crlf(two), 'unused-scope'), crlf(flow));
  const inFlow = flow.replace('  hq: {title: {en: HQ, de: HQ}}\n', '  {hq: {title: {en: HQ, de: HQ}}, lab: {title: {en: Lab, de: Labor}}}\n').replace('scopes:\n ', 'scopes:');
  assert.equal(offers(inFlow, 'unused-scope')[0][2], flow.replace('  hq: {title: {en: HQ, de: HQ}}\n', '  {hq: {title: {en: HQ, de: HQ}}}\n').replace('scopes:\n ', 'scopes:'));
  const first = inFlow.replace('{hq: {title: {en: HQ, de: HQ}}, lab: {title: {en: Lab, de: Labor}}}', '{lab: {title: {en: Lab, de: Labor}}, hq: {title: {en: HQ, de: HQ}}}');
  assert.equal(offers(first, 'unused-scope')[0][2], flow.replace('  hq: {title: {en: HQ, de: HQ}}\n', '  {hq: {title: {en: HQ, de: HQ}}}\n').replace('scopes:\n ', 'scopes:'));
  const only = flow.replace('        scope: [hq]\n', '');
  assert.deepEqual(offers(only, 'unused-scope')[0], ['Remove the unused scope "hq"', '*', only.replace('scopes:\n  hq: {title: {en: HQ, de: HQ}}\n', '')]);
});

test('third-country-transfer: transferMechanism after locations in a flow subprocessor too; CRLF; never on save', () => {
  const text = `${flow}subprocessors:\r\n  - {name: X, locations: [US], purpose: {en: A, de: B}}\r\n`.replace(/\r?\n/g, '\r\n');
  assert.deepEqual(offers(text, 'third-country-transfer').map(([t, p, after]) => [t, p, after]), [
    ['Add transferMechanism: scc (standard contractual clauses)', '*', text.replace('locations: [US],', 'locations: [US], transferMechanism: scc,')],
    ['Add transferMechanism: dpf (EU-U.S. Data Privacy Framework)', '', text.replace('locations: [US],', 'locations: [US], transferMechanism: dpf,')],
    [ignore('third-country-transfer'), '', ignored(text, 'third-country-transfer', '- {name: X', '\r\n')],
  ]);
  assert.equal(fixAllSafe(text), text);
});

test('unknown-control-type: a type another section has already is offered as a merge, not preferred, not on save', () => {
  const other = '  - type: Zutrittskontrolle\n    measures:\n      - id: PA-02\n        title: {en: Doors, de: Türen}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n';
  const text = flow + other;
  assert.deepEqual(offers(text, 'unknown-control-type'), [
    ['Change to "physical-access" (another section has this type already: merge the two)', '', flow + other.replace('Zutrittskontrolle', 'physical-access')],
    [ignore('unknown-control-type'), '', ignored(text, 'unknown-control-type', '- type: Zutritt')],
  ]);
  assert.equal(fixAllSafe(text), text);
  const sure = flow.replace('type: physical-access', "type: 'Zutrittskontrolle'");
  assert.deepEqual(offers(sure, 'unknown-control-type')[0], ['Change to "physical-access" (Physical access control)', '*', flow.replace('type: physical-access', "type: 'physical-access'")]);
});

test('schema: a near-miss key renamed, else kept as an x- extension; neither where the target key exists', () => {
  const typo = block.replace('        kind: technical\n', '        knd: technical\n');
  assert.deepEqual(offers(typo, 'schema', /knd/), [
    ['Rename "knd" to "kind"', '*', block],
    [ignore('schema'), '', ignored(typo, 'schema', 'knd:')],
  ]);
  assert.equal(fixAllSafe(typo), block);
  const both = block.replace('        kind: technical\n', '        kind: technical\n        knd: technical\n');
  assert.deepEqual(offers(both, 'schema', /knd/).map(([t]) => t), [ignore('schema')], 'kind is there already');
  const colour = block.replace('        kind: technical\n', '        kind: technical\n        colour: red\n');
  assert.deepEqual(offers(colour, 'schema').slice(0, 1), [['Keep "colour" as the extension "x-colour"', '', colour.replace('colour:', 'x-colour:')]]);
  assert.equal(fixAllOf(colour, 'schema'), colour, 'keeping an unknown key is no preferred fix');
  const kept = colour.replace('        colour: red\n', '        colour: red\n        x-colour: blue\n');
  assert.deepEqual(offers(kept, 'schema').map(([t]) => t), [ignore('schema')], 'x-colour is there already');
  const value = block.replace('kind: technical', 'kind: "technicl"');
  assert.deepEqual(offers(value, 'schema')[0], ['Change to "technical"', '*', block.replace('kind: technical', 'kind: "technical"')]);
  assert.equal(fixAllSafe(value), block.replace('kind: technical', 'kind: "technical"'));
});

test('schema: a missing role offers each role, none preferred, inserted after the other document keys', () => {
  const text = flow.replace('  role: processor\n', '');
  const withRole = (role: string) => text.replace('  lastUpdated: 2026-10-01\n', `  lastUpdated: 2026-10-01\n  role: ${role}\n`);
  assert.deepEqual(offers(text, 'schema'), [
    ['Add role: controller', '', withRole('controller')],
    ['Add role: processor', '', withRole('processor')],
    ['Add role: sub-processor', '', withRole('sub-processor')],
    ['Add role: joint-controller', '', withRole('joint-controller')],
    [ignore('schema'), '', ignored(text, 'schema', 'document:')],
  ]);
  assert.equal(fixAllOf(text, 'schema'), text, 'the role is the author\'s choice');
});

test('schema: missing tom, id, title, kind and cia: where each goes and which is preferred', () => {
  const noTom = crlf(`# TOMs\n${flow.replace('tom: 1\n', '')}`);
  assert.deepEqual(offers(noTom, 'schema')[0], ['Add tom: 1 (the format version)', '*', crlf(`# TOMs\ntom: 1\n${flow.replace('tom: 1\n', '')}`)]);
  assert.equal(fixAllSafe(noTom), crlf(`# TOMs\n${flow}`));

  const measure = (keys: string) => flow.replace(/ {6}- id: PA-01\n[^]*$/, keys);
  const noId = measure('      - title: {en: Badges, de: Ausweise}\n        cia: [C, I]\n        kind: technical\n        scope: [hq]\n');
  assert.deepEqual(offers(noId, 'schema')[0], ['Add id: PA-01 (the next free id)', '*', flow]);
  assert.equal(fixAllSafe(noId), flow);

  const noTitle = measure('      - id: PA-01\n        cia: [C, I]\n        kind: technical\n        scope: [hq]\n');
  assert.deepEqual(offers(noTitle, 'schema')[0], ['Add title: TODO (to fill in)', '*', flow.replace('{en: Badges, de: Ausweise}', '{en: TODO, de: TODO}')]);
  assert.equal(fixAllSafe(noTitle), noTitle, 'a placeholder is not written on save');
  const oneLanguage = noTitle.replace('  languages: [en, de]\n', '').replace('  title: {en: Test, de: Test}\n', '  title: Test\n');
  assert.equal(offers(oneLanguage, 'schema')[0][2], oneLanguage.replace('      - id: PA-01\n', '      - id: PA-01\n        title: TODO\n'));
  const titleLast = measure('      - cia: [C, I]\n        kind: technical\n        scope: [hq]\n        id: PA-01\n');
  assert.equal(offers(titleLast, 'schema')[0][2], titleLast.replace('        id: PA-01\n', '        id: PA-01\n        title: {en: TODO, de: TODO}\n'), 'right after the id');
  const noIdNoTitle = measure('      - cia: [C, I]\n        kind: technical\n        scope: [hq]\n');
  assert.equal(offers(noIdNoTitle, 'schema', /"id"/)[0][0], 'Add id: PA-01 (the next free id)');
  assert.equal(offers(noIdNoTitle, 'schema', /"title"/)[0][2], noIdNoTitle + '        title: {en: TODO, de: TODO}\n', 'last when there is no id');

  const noKind = flow.replace('        kind: technical\n', '');
  assert.deepEqual(offers(noKind, 'schema').slice(0, 2), [
    ['Add kind: technical', '', `${noKind}        kind: technical\n`],
    ['Add kind: organizational', '', `${noKind}        kind: organizational\n`],
  ]);
  assert.equal(fixAllOf(noKind, 'schema'), noKind, 'technical or organizational is the author\'s choice');
});

test('cia: the expected tags of the section\'s type, for a missing key and for an empty list; all three for an unknown type', () => {
  const missing = (type: string) => flow.replace('        cia: [C, I]\n', '').replace('type: physical-access', `type: ${type}`);
  const empty = (type: string) => flow.replace('cia: [C, I]', 'cia: []').replace('type: physical-access', `type: ${type}`);
  assert.deepEqual(offers(missing('availability'), 'schema').slice(0, 1), [['Add cia: [A] (expected for Availability and resilience control)', '', `${missing('availability')}        cia: [A]\n`]]);
  assert.deepEqual(offers(empty('availability'), 'schema').slice(0, 1), [['Add cia: [A] (expected for Availability and resilience control)', '*', empty('availability').replace('cia: []', 'cia: [A]')]]);
  assert.deepEqual(offers(missing('x-own'), 'schema').slice(0, 1), [['Add cia: [C, I, A]', '', `${missing('x-own')}        cia: [C, I, A]\n`]]);
  assert.deepEqual(offers(empty('x-own'), 'schema').slice(0, 1), [['Add cia: [C, I, A]', '*', empty('x-own').replace('cia: []', 'cia: [C, I, A]')]]);
  assert.equal(fixAllSafe(empty('x-own')), empty('x-own'), 'only the author knows what the measure protects');
  assert.equal(fixAllOf(empty('availability'), 'schema'), empty('availability').replace('cia: []', 'cia: [A]'));
  // the tags of the section the list is in, not of the first section
  const second = `${flow}  - type: availability\n    measures:\n      - {id: AV-01, title: {en: B, de: B}, cia: [], kind: technical}\n`;
  assert.deepEqual(offers(second, 'schema').slice(0, 1), [['Add cia: [A] (expected for Availability and resilience control)', '*', second.replace('cia: []', 'cia: [A]')]]);
});

test('CIA tags rewritten: title names the result, preferred and safe; block lists at 2 and 4 spaces on LF and CRLF', () => {
  const text = flow.replace('cia: [C, I]', 'cia: [A, i, C]');
  const fixed = flow.replace('cia: [C, I]', 'cia: [C, I, A]');
  assert.deepEqual(offers(text, 'schema').slice(0, 1), [['Write the CIA tags as [C, I, A]', '*', fixed]]);
  assert.equal(fixAllSafe(text), fixed);
  for (const eol of ['\n', '\r\n']) {
    const four = fourSpaces.replace('cia: [C, I]', 'cia:\n                    - A\n                    - I\n                    - C').replace(/\n$/, '').replace(/\n/g, eol);
    assert.deepEqual(offers(four, 'cia-order')[0], ['Write the CIA tags as [C, I, A]', '*', four.replace(`- A${eol}                    - I${eol}                    - C`, `- C${eol}                    - I${eol}                    - A`)], JSON.stringify(eol));
  }
  const dashes = block.replace('        cia:\n          - C\n          - I\n', '        cia:\n        - I\n        - C\n');
  assert.equal(offers(dashes, 'cia-order')[0][2], block.replace('        cia:\n          - C\n          - I\n', '        cia:\n        - C\n        - I\n'), 'dashes at the key\'s column');
  const quoted = block.replace('          - C\n          - I\n', '          - "i"\n          - "C"\n');
  assert.equal(offers(quoted, 'schema')[0][2], block.replace('          - C\n          - I\n', '          - "C"\n          - "I"\n'), 'a block list keeps the quotes too');
  const single = flow.replace('cia: [C, I]', "cia: ['I', 'c']");
  assert.equal(offers(single, 'schema')[0][2], flow.replace('cia: [C, I]', "cia: ['C', 'I']"), 'the quotes of the first tag');
});

test('tom-ignore goes above the entry holding the finding, at its indentation, with the file\'s line ending', () => {
  const top = crlf(flow.replace('tom: 1', 'tom: 2'));
  assert.deepEqual(offers(top, 'schema').at(-1), [ignore('schema'), '', crlf(`# tom-ignore schema: ${reason}\n${flow.replace('tom: 1', 'tom: 2')}`)]);
  const item = flow.replace('locations', '') + 'subprocessors:\n  - name: X\n    purpose: {en: A, de: B}\n    locations:\n      - US\n';
  assert.deepEqual(offers(item, 'third-country-transfer').at(-1), [ignore('third-country-transfer'), '', item.replace('      - US\n', `      # tom-ignore third-country-transfer: ${reason}\n      - US\n`)]);
});

test('an empty document: the skeleton after any comment, in the file\'s line ending, a newline added where the comment lacks one', () => {
  const skeleton = (eol: string) => ['tom: 1', 'document:', '  title: TODO', '  organization: TODO', '  role: processor', '  language: en', '  lastUpdated: 2026-11-25',
    'controls:', '  - type: physical-access', '    measures:', '      - id: PA-01', '        title: TODO', '        cia: [C]', '        kind: technical', ''].join(eol);
  for (const [text, after] of [['', skeleton('\n')], ['# ACME\r\n', `# ACME\r\n${skeleton('\r\n')}`], ['# ACME', `# ACME\n${skeleton('\n')}`], ['# ACME\r\n# draft', `# ACME\r\n# draft\r\n${skeleton('\r\n')}`]]) {
    assert.deepEqual(offers(text, 'schema'), [['Insert a TOM document skeleton', '*', after]], JSON.stringify(text));
  }
});

test('only tom-ignore where a rule has no replacement to offer, or the value is anchored', () => {
  const sp = (location: string) => `${flow}subprocessors:\n  - name: X\n    purpose: {en: P, de: P}\n    locations: [${location}]\n`;
  const second = '      - id: PA-01\n        title: {en: D, de: D}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n';
  const cases: [string, string, string][] = [
    ['a weak algorithm in a text', 'weak-crypto', flow.replace('Badges, de', 'Badges hashed with MD5, de')],
    ['a text that is only an algorithm\'s name', 'weak-crypto', flow.replace('{en: Badges, de: Ausweise}', '{en: MD5, de: MD5}')],
    ['a mapping id with an anchor', 'unknown-mapping', flow.replace('        scope: [hq]\n', '        scope: [hq]\n        mappings:\n          iso27001: [&a A.7.15]\n')],
    ['no such country', 'location-code', sp('Atlantis')],
    ['no catalogue id near it', 'unknown-mapping', flow.replace('        scope: [hq]\n', '        scope: [hq]\n        mappings:\n          iso27001: [Z.99]\n')],
    ['no scope near it', 'undefined-scope', flow.replace('scope: [hq]', 'scope: [zzzzzz]')],
    ['no control type near it', 'unknown-control-type', flow.replace('type: physical-access', 'type: Quantenkontrolle')],
    ['an anchored id', 'duplicate-id', flow.replace('id: PA-01', 'id: &first PA-01') + second],
    ['an anchored TLS version', 'weak-crypto', `${flow}commitments:\n  tlsMinVersion: &v "1.1"\n`],
    ['a country name with an anchor', 'location-code', sp('&home Deutschland')],
    // an edit of an anchored node would change its aliases too
    ['a planned measure with an anchor', 'due-date-missing', flow.replace('      - id: PA-01', '      - &m\n        id: PA-01').replace('        scope: [hq]\n', '        scope: [hq]\n        status: planned\n')],
    ['a subprocessor with an anchor', 'third-country-transfer', `${flow}subprocessors:\n  - &sp\n    name: X\n    purpose: {en: A, de: B}\n    locations: [US]\n`],
    ['a measure with an anchor lacking its kind', 'schema', flow.replace('      - id: PA-01', '      - &m\n        id: PA-01').replace('        kind: technical\n', '')],
    ['a language map with an anchor', 'missing-translation', flow.replace('{en: Badges, de: Ausweise}', '&t {en: Badges}')],
    ['a title with an anchor', 'missing-translation', flow.replace('{en: Badges, de: Ausweise}', '&t Badges')],
    ['a control type name with an anchor', 'unknown-control-type', flow.replace('type: physical-access', 'type: &t Zutrittskontrolle')],
    ['a scope with an anchor', 'undefined-scope', flow.replace('scope: [hq]', 'scope: [&x hqq]')],
    ['an empty CIA list with an anchor', 'schema', flow.replace('cia: [C, I]', 'cia: &c []')],
    ['scopes with an anchor', 'unused-scope', flow.replace('scopes:\n', 'scopes: &s\n  lab: {title: {en: L, de: L}}\n')],
  ];
  for (const [name, rule, text] of cases) assert.deepEqual(offers(text, rule).map(([t]) => t), [ignore(rule)], name);
  assert.deepEqual(offers(flow.replace('id: PA-01', 'id: &first PA-01') + second, 'duplicate-id', 1).map(([t, p]) => [t, p]),
    [['Change the id to PA-02 (the next free id)', '*'], [ignore('duplicate-id'), '']], 'the later use is still renamed');
});

test('missing-translation: a language map gets the stubs; a string becomes a flow map, or a block map where the file writes block maps', () => {
  const title = (value: string, text = flow) => text.replace('        title: {en: Badges, de: Ausweise}\n', `        title: ${value}\n`);
  const add = 'Add de: TODO (to translate)';
  assert.deepEqual(offers(title('{en: Badges}'), 'missing-translation'), [
    [add, '*', title('{en: Badges, de: TODO}')],
    [ignore('missing-translation'), '', ignored(title('{en: Badges}'), 'missing-translation', 'title: {en: Badges}')],
  ]);
  assert.equal(fixAllSafe(title('Badges')), title('Badges'), 'a stub to translate is not written on save');
  assert.equal(offers(title('"Badges"'), 'missing-translation')[0][2], title('{en: "Badges", de: TODO}'), 'quotes kept');
  assert.equal(offers(title("'Doors, gates'"), 'missing-translation')[0][2], title("{en: 'Doors, gates', de: TODO}"));
  assert.equal(offers(title('Doors, gates'), 'missing-translation')[0][2], title('{en: "Doors, gates", de: TODO}'), 'quoted where a flow map needs it');
  const three = flow.replace('languages: [en, de]', 'languages: [en, de, fr]').replace('{en: Test, de: Test}', '{en: Test, de: Test, fr: Test}').replace('{en: HQ, de: HQ}', '{en: HQ, de: HQ, fr: QG}');
  assert.deepEqual(offers(title('{en: Badges, de: Ausweise}', three), 'missing-translation')[0], ['Add fr: TODO (to translate)', '*', title('{en: Badges, de: Ausweise, fr: TODO}', three)]);
  assert.deepEqual(offers(title('Badges', three), 'missing-translation')[0], ['Add de: TODO, fr: TODO (to translate)', '*', title('{en: Badges, de: TODO, fr: TODO}', three)]);
  // a file whose texts are block maps gets the block form, at its own indentation and line ending
  const blockTexts = crlf(block.replace('  title: {en: Test, de: Test}\n', '  title:\n    en: Test\n    de: Test\n').replace('  hq: {title: {en: HQ, de: HQ}}\n', '  hq:\n    title:\n      en: HQ\n      de: HQ\n').replace('          en: Badges\n          de: Ausweise\n', '          en: Badges\n').replace('        title:\n          en: Badges\n', '        title: Badges\n'));
  assert.deepEqual(offers(blockTexts, 'missing-translation')[0], [add, '*', blockTexts.replace('        title: Badges\r\n', '        title:\r\n          en: Badges\r\n          de: TODO\r\n')]);
  const tied = blockTexts.replace('  hq:\r\n    title:\r\n      en: HQ\r\n      de: HQ\r\n', '  hq: {title: {en: HQ, de: HQ}}\r\n');
  assert.equal(offers(tied, 'missing-translation')[0][2], tied.replace('title: Badges', 'title: {en: Badges, de: TODO}'), 'as many flow maps as block maps: the flow form');
  const lines = title('Badge readers\n          at every door');
  assert.equal(offers(lines, 'missing-translation')[0][2], title('\n          en: Badge readers\n            at every door\n          de: TODO').replace('title: \n', 'title:\n'), 'a string over two lines moves one level deeper');
  const literal = title('|\n          Badge readers\n          at every door');
  assert.equal(offers(literal, 'missing-translation')[0][2], title('\n          en: |\n            Badge readers\n            at every door\n          de: TODO').replace('title: \n', 'title:\n'));
  for (const header of ['|2', '|+', '>2-', '|-2']) {
    const kept = title(`${header}\n            Badge readers\n            at every door`);
    assert.deepEqual(offers(kept, 'missing-translation').map(([t]) => t), [ignore('missing-translation')], `${header}: re-indenting would change the text`);
  }
  const inFlow = flow.replace(/ {6}- id: PA-01\n[^]*$/, '      - {id: PA-01, title: Badges, cia: [C], kind: technical, scope: [hq]}\n');
  assert.equal(offers(inFlow, 'missing-translation')[0][2], inFlow.replace('title: Badges,', 'title: {en: Badges, de: TODO},'));
});

/** The types a processor must cover besides physical-access: id prefix, expected CIA tags, kind, English name. */
const missingTypes: [string, string, string, string, string][] = [
  ['system-access', 'SA', 'C', 'technical', 'System access control'],
  ['data-access', 'DA', 'C, I', 'technical', 'Data access control'],
  ['transfer', 'TR', 'C, I', 'technical', 'Transfer control'],
  ['input', 'IN', 'I', 'technical', 'Input control'],
  ['order', 'OR', 'C, I', 'organizational', 'Order control'],
  ['availability', 'AV', 'A', 'technical', 'Availability and resilience control'],
  ['separation', 'SE', 'C', 'technical', 'Separation control'],
  ['evaluation', 'EV', 'C, I, A', 'organizational', 'Regular testing, assessment and evaluation'],
];

test('missing-control-type: all sections at once (preferred), or one each, appended in the layout of the others', () => {
  const section = ([type, prefix, cia, kind]: string[], eol = '\n', title = '{en: TODO, de: TODO}') =>
    [`  - type: ${type}`, '    measures:', `      - id: ${prefix}-01`, `        title: ${title}`, `        cia: [${cia}]`, `        kind: ${kind}`].map((l) => l + eol).join('');
  const offered = offers(flow, 'missing-control-type');
  assert.deepEqual(offered.map(([t, p]) => [t, p]), [
    ['Add all 8 missing control sections, each with a measure to fill in', '*'],
    ...missingTypes.map(([type, , , , en]) => [`Add ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} section (${en}) with a measure to fill in`, '']),
    [ignore('missing-control-type'), ''],
  ]);
  assert.equal(offered[0][0].includes('an'), false);
  assert.deepEqual(offered.slice(4, 7).map(([t]) => t.split(' (')[0]), ['Add an input section', 'Add an order section', 'Add an availability section']);
  assert.equal(offered[0][2], flow + missingTypes.map((t) => section(t)).join(''));
  missingTypes.forEach((t, i) => assert.equal(offered[i + 1][2], flow + section(t), t[0]));
  assert.equal(fixAllSafe(flow), flow, 'new sections are not added on save');
  // a file without the last newline, on CRLF: the section starts on a new line
  const cut = crlf(flow).slice(0, -2);
  assert.equal(offers(cut, 'missing-control-type')[1][2], `${cut}\r\n${section(missingTypes[0], '\r\n').slice(0, -2)}`);
});

test('missing-control-type: dashes at the key column, four spaces, a one-language file, and a flow controls list', () => {
  const compact = flow.replace('  - type: physical-access\n    measures:\n      - id: PA-01\n        title: {en: Badges, de: Ausweise}\n        cia: [C, I]\n        kind: technical\n        scope: [hq]\n',
    '- type: physical-access\n  measures:\n  - id: PA-01\n    title: {en: Badges, de: Ausweise}\n    cia: [C, I]\n    kind: technical\n    scope: [hq]\n');
  assert.equal(offers(compact, 'missing-control-type')[1][2], `${compact}- type: system-access\n  measures:\n  - id: SA-01\n    title: {en: TODO, de: TODO}\n    cia: [C]\n    kind: technical\n`);
  const wide = fourSpaces;
  assert.equal(offers(wide, 'missing-control-type')[1][2], `${wide}    -   type: system-access\n        measures:\n            -   id: SA-01\n                title: {en: TODO, de: TODO}\n                cia: [C]\n                kind: technical\n`);
  const english = flow.replace('  languages: [en, de]\n', '').replace('{en: Test, de: Test}', 'Test').replace('{title: {en: HQ, de: HQ}}', '{title: HQ}').replace('{en: Badges, de: Ausweise}', 'Badges');
  assert.equal(offers(english, 'missing-control-type')[1][2], `${english}  - type: system-access\n    measures:\n      - id: SA-01\n        title: TODO\n        cia: [C]\n        kind: technical\n`);
  const flowControls = flow.replace(/controls:\n[^]*$/, 'controls: [{type: physical-access, measures: [{id: PA-01, title: {en: B, de: B}, cia: [C, I], kind: technical, scope: [hq]}]}]\n');
  assert.equal(offers(flowControls, 'missing-control-type')[8][2], flowControls.replace(']}]\n', ']}, {type: evaluation, measures: [{id: EV-01, title: {en: TODO, de: TODO}, cia: [C, I, A], kind: organizational}]}]\n'));
  const emptyFlow = flow.replace(/controls:\n[^]*$/, 'controls: []\n');
  assert.equal(offers(emptyFlow, 'missing-control-type')[1][2], emptyFlow.replace('[]', '[{type: physical-access, measures: [{id: PA-01, title: {en: TODO, de: TODO}, cia: [C], kind: technical}]}]'));
  const flowMeasures = flow.replace(/ {4}measures:\n[^]*$/, '    measures: [{id: PA-01, title: {en: B, de: B}, cia: [C, I], kind: technical, scope: [hq]}]\n');
  assert.equal(offers(flowMeasures, 'missing-control-type')[1][2], `${flowMeasures}  - type: system-access\n    measures:\n      - id: SA-01\n        title: {en: TODO, de: TODO}\n        cia: [C]\n        kind: technical\n`, 'measures one level deeper than the section keys');
});

/** The suggested-mapping actions (no finding) offered with the cursor at `line`, `character`: title and the text after. */
function suggestions(text: string, line: number, character = 10): [string, string][] {
  const here = { start: { line, character }, end: { line, character } };
  return svc.codeActions(doc(text, uri), here).filter((a) => a.title.startsWith('Add suggested')).map((a) => [a.title, asOffer(text, a)[2]]);
}

test('suggested mappings: a new mappings key, a new framework, or the missing ids appended, in the measure\'s style', () => {
  const iso = 'Add suggested ISO 27001 mappings (A.7.1, A.7.2)';
  const nist = 'Add suggested NIST SP 800-53 mappings (PE-2, PE-3)';
  const scc = 'Add suggested SCC Annex II mappings (8)';
  assert.deepEqual(suggestions(flow, 15), [
    [iso, `${flow}        mappings:\n          iso27001: [A.7.1, A.7.2]\n`],
    [nist, `${flow}        mappings:\n          nist-800-53: [PE-2, PE-3]\n`],
    [scc, `${flow}        mappings:\n          scc-annex-ii: ["8"]\n`],
  ]);
  assert.deepEqual(suggestions(flow, 12), [], 'the cursor on the section, not in a measure');
  const mapped = (m: string) => `${flow}        mappings:\n${m}`;
  assert.deepEqual(suggestions(mapped('          iso27001: [A.7.2]\n          nist-800-53: [PE-2, PE-3]\n'), 15), [
    ['Add suggested ISO 27001 mappings (A.7.1)', mapped('          iso27001: [A.7.2, A.7.1]\n          nist-800-53: [PE-2, PE-3]\n')],
    [scc, mapped('          iso27001: [A.7.2]\n          nist-800-53: [PE-2, PE-3]\n          scc-annex-ii: ["8"]\n')],
  ]);
  const blockList = mapped('          iso27001:\n            - A.7.1\n          scc-annex-ii:\n          - "8"\n          nist-800-53: []\n');
  assert.deepEqual(suggestions(crlf(blockList), 15), [['Add suggested ISO 27001 mappings (A.7.2)', crlf(blockList.replace('            - A.7.1\n', '            - A.7.1\n            - A.7.2\n'))]],
    'an empty list is the author\'s: left alone');
  assert.deepEqual(suggestions(mapped('          iso27001: [A.7.1, A.7.2]\n          nist-800-53: [PE-2, PE-3]\n          scc-annex-ii: ["8"]\n'), 15), [], 'all there');
  assert.deepEqual(suggestions(`${flow}        mappings:\n`, 15), [], '`mappings:` with nothing yet');
  assert.deepEqual(suggestions(`${flow}        mappings: {}\n`, 15).map(([t]) => t), [iso, nist, scc]);
  assert.equal(suggestions(`${flow}        mappings: {}\n`, 15)[0][1], `${flow}        mappings: {iso27001: [A.7.1, A.7.2]}\n`);
  const inFlow = flow.replace(/ {6}- id: PA-01\n[^]*$/, '      - {id: PA-01, title: {en: B, de: B}, cia: [C], kind: technical, scope: [hq]}\n');
  assert.equal(suggestions(inFlow, 13)[0][1], inFlow.replace('scope: [hq]}', 'scope: [hq], mappings: {iso27001: [A.7.1, A.7.2]}}'));
  assert.equal(suggestions(fourSpaces, 15, 20)[0][1], `${fourSpaces}                mappings:\n                    iso27001: [A.7.1, A.7.2]\n`, 'one level of the file\'s four spaces');
});

test('tom-ignore: above a measure\'s dash line, a flow measure\'s line, a nested key; none in a document written as one flow map', () => {
  const noKind = block.replace('        kind: technical\n', '');
  assert.equal(offers(noKind, 'schema').at(-1)![2], noKind.replace('      - id: PA-01\n', `      # tom-ignore schema: ${reason}\n      - id: PA-01\n`));
  const inFlow = flow.replace(/ {6}- id: PA-01\n[^]*$/, '      - {id: PA-01, title: {en: B, de: B}, cia: [C], kind: technicl, scope: [hq]}\n');
  assert.deepEqual(offers(inFlow, 'schema', /technicl/).at(-1), [ignore('schema'), '', inFlow.replace('      - {id', `      # tom-ignore schema: ${reason}\n      - {id`)]);
  const four = crlf(fourSpaces.replace('kind: technical', 'kind: technicl'));
  assert.equal(offers(four, 'schema').at(-1)![2], four.replace('                kind: technicl', `                # tom-ignore schema: ${reason}\r\n                kind: technicl`));
  const oneMap = '{tom: 2, document: {title: T, organization: A, role: processor, language: en, lastUpdated: 2026-10-01}, controls: []}\n';
  assert.deepEqual(offers(oneMap, 'schema', /tom/).map(([t]) => t).filter((t) => t.startsWith('Ignore')), [], 'no line of its own to put the comment above');
});

test('inserted and removed keys: first in a flow map, after a block scalar\'s last line (after its kept blank lines for |+), a scope over several lines removed whole', () => {
  const flowMeasure = flow.replace(/ {6}- id: PA-01\n[^]*$/, '      - {title: {en: B, de: B}, cia: [C], kind: technical, scope: [hq]}\n');
  assert.deepEqual(offers(flowMeasure, 'schema')[0], ['Add id: PA-01 (the next free id)', '*', flowMeasure.replace('- {title', '- {id: PA-01, title')]);
  const folded = block.replace('        kind: technical\n', '').replace(/( {10}- hq\n)$/, '$1        description: >-\n          Readers at\n          every door\n\n');
  assert.equal(offers(folded, 'schema', /"kind"/)[0][2], folded.replace('every door\n', 'every door\n        kind: technical\n'));
  // `|+` keeps its blank lines: they are its value's, and the key goes below them (CRLF kept)
  const kept = crlf(block.replace('        kind: technical\n', '').replace(/( {10}- hq\n)$/, '$1        description: |+\n          Readers at\n          every door\n\n\n'));
  const keptFixed = offers(kept, 'schema', /"kind"/)[0][2];
  assert.equal(keptFixed, kept + crlf('        kind: technical\n'));
  const described = parse(keptFixed).controls.flatMap((s: { measures: { description?: string; kind?: string }[] }) => s.measures).find((m: { description?: string }) => m.description);
  assert.deepEqual([described.description, described.kind], ['Readers at\nevery door\n\n\n', 'technical'], 'the text keeps its blank lines');
  // and the sections a missing control type brings go below them too, when that text ends the list
  const lastText = block.replace(/( {10}- hq\n)$/, '$1        description: |+\n          Readers\n\n');
  const added = offers(lastText, 'missing-control-type')[0][2];
  assert.ok(added.startsWith(lastText) && added.length > lastText.length, `the sections follow the blank lines:\n${added}`);
  const texts = parse(added).controls.flatMap((s: { measures: { description?: string }[] }) => s.measures).map((m: { description?: string }) => m.description).filter(Boolean);
  assert.deepEqual(texts, ['Readers\n\n']);
  const lab = crlf(flow.replace('scopes:\n', 'scopes:\n  lab:\n    title:\n      en: Lab   # the old one\n      de: Labor\n'));
  assert.equal(offers(lab, 'unused-scope')[0][2], crlf(flow));
  const last = flow.replace('  hq: {title: {en: HQ, de: HQ}}\n', '  hq: {title: {en: HQ, de: HQ}}\n  lab: {title: {en: Lab, de: Labor}}\n');
  assert.equal(offers(last, 'unused-scope')[0][2], flow, 'the last scope of several');
});

/** The titles of the fixes offered for the `which` finding of `rule`, in a German UI. */
const svcDe = service({ locale: 'de' });
function titlesDe(text: string, rule: string, which: number | RegExp = 0): string[] {
  const found = svcDe.check(doc(text, uri)).filter((x) => x.code === rule);
  const f = typeof which === 'number' ? found[which] : found.find((x) => which.test(x.message));
  assert.ok(f, `no ${rule} finding ${which} in\n${text}`);
  return svcDe.codeActions(doc(text, uri), f.range).filter((a) => a.diagnostics?.length === 1 && a.diagnostics[0].message === f.message).map((a) => a.title);
}
const ignoreDe = (rule: string) => `${rule} hier ignorieren (# tom-ignore mit einer noch zu schreibenden Begründung)`;

test('German UI: every fix\'s title in German', () => {
  const cases: [string, string, number | RegExp, string[]][] = [
    ['weak-crypto', `${flow}commitments:\n  tlsMinVersion: "1.1"\n`, 0, ['TLS 1.2 oder neuer verlangen (tlsMinVersion: "1.2")']],
    ['unknown-mapping', flow.replace('        scope: [hq]\n', '        scope: [hq]\n        mappings:\n          iso27001: [A.7.15]\n'), 0, ['In „A.5.15“ ändern']],
    ['location-code', `${flow}subprocessors:\n  - name: X\n    purpose: {en: P, de: P}\n    locations: [Deutschland]\n`, 0, ['Den ISO-3166-Code DE schreiben']],
    ['undefined-scope', flow.replace('scope: [hq]', 'scope: [hqq]'), 0, ['In den Geltungsbereich „hq“ ändern']],
    ['due-date-missing', flow.replace('        kind: technical\n', '        status: planned\n        kind: technical\n'), 0, ['due: 2027-02-25 ergänzen (in drei Monaten; den tatsächlichen Termin vereinbaren)']],
    ['duplicate-id', `${flow}      - id: PA-01\n        title: {en: D, de: D}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n`, 1, ['ID in PA-02 ändern (die nächste freie ID)']],
    ['unused-scope', flow.replace('scopes:\n', 'scopes:\n  lab: {title: {en: Lab, de: Labor}}\n'), 0, ['Nicht verwendeten Geltungsbereich „lab“ entfernen']],
    ['third-country-transfer', `${flow}subprocessors:\n  - {name: X, locations: [US], purpose: {en: A, de: B}}\n`, 0,
      ['transferMechanism: scc ergänzen (Standardvertragsklauseln)', 'transferMechanism: dpf ergänzen (EU-U.S. Data Privacy Framework)']],
    ['unknown-control-type', flow.replace('type: physical-access', 'type: Zutrittskontrolle'), 0, ['In „physical-access“ ändern (Zutrittskontrolle)']],
    ['unknown-control-type', `${flow}  - type: Zutrittskontrolle\n    measures:\n      - id: PA-02\n        title: {en: D, de: D}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n`, 0,
      ['In „physical-access“ ändern (ein anderer Abschnitt hat diesen Typ bereits: beide zusammenführen)']],
    ['schema', block.replace('        kind: technical\n', '        knd: technical\n'), /knd/, ['„knd“ in „kind“ umbenennen']],
    ['schema', block.replace('        kind: technical\n', '        kind: technical\n        colour: red\n'), 0, ['„colour“ als Erweiterung „x-colour“ behalten']],
    ['schema', block.replace('kind: technical', 'kind: technicl'), 0, ['In „technical“ ändern']],
    ['schema', flow.replace('kind: technical', 'kind: ""'), 0, ['In „technical“ ändern', 'In „organizational“ ändern']],
    ['schema', flow.replace('lastUpdated: 2026-10-01', 'lastUpdated: 2026-13-01'), 0, ['In „2026-11-25“ ändern (heute)']],
    ['schema', flow.replace('organization: ACME', 'organization: ""'), 0, ['In „TODO“ ändern (auszufüllen)']],
    ['schema', flow.replace('tom: 1\n', ''), 0, ['tom: 1 ergänzen (die Formatversion)']],
    ['schema', flow.replace('  role: processor\n', ''), 0, ['role: controller ergänzen', 'role: processor ergänzen', 'role: sub-processor ergänzen', 'role: joint-controller ergänzen']],
    ['schema', `${flow}subprocessors:\n  - locations: [DE]\n    purpose: {en: P, de: P}\n`, 0, ['name: TODO ergänzen (auszufüllen)']],
    ['schema', flow.replace('      - id: PA-01\n        title', '      - title'), 0, ['id: PA-01 ergänzen (die nächste freie ID)']],
    ['schema', flow.replace('        title: {en: Badges, de: Ausweise}\n', ''), 0, ['title: TODO ergänzen (auszufüllen)']],
    ['schema', flow.replace('        kind: technical\n', ''), 0, ['kind: technical ergänzen', 'kind: organizational ergänzen']],
    ['schema', flow.replace('        cia: [C, I]\n', ''), 0, ['cia: [C] ergänzen (erwartet für Zutrittskontrolle)']],
    ['schema', flow.replace('cia: [C, I]', 'cia: []').replace('type: physical-access', 'type: x-own'), 0, ['cia: [C, I, A] ergänzen']],
    ['schema', flow.replace('cia: [C, I]', 'cia: [i, C]'), 0, ['CIA-Kennzeichen als [C, I] schreiben']],
    ['cia-order', flow.replace('cia: [C, I]', 'cia: [A, I, C]'), 0, ['CIA-Kennzeichen als [C, I, A] schreiben']],
    ['schema', '', 0, ['Gerüst eines TOM-Dokuments einfügen']],
    ['missing-translation', flow.replace('{en: Badges, de: Ausweise}', 'Badges'), 0, ['de: TODO ergänzen (zu übersetzen)']],
  ];
  for (const [rule, text, which, titles] of cases) {
    const all = titlesDe(text, rule, which);
    assert.deepEqual(all, rule === 'schema' && text === '' ? titles : [...titles, ignoreDe(rule)], `${rule} ${which}`);
  }
  const missing = titlesDe(flow, 'missing-control-type');
  assert.deepEqual([missing[0], missing[1], missing.length], ['Alle 8 fehlenden Kontrollbereiche ergänzen, jeweils mit einer auszufüllenden Maßnahme',
    'Abschnitt system-access (Zugangskontrolle) mit einer auszufüllenden Maßnahme ergänzen', 10]);
  const here = { start: { line: 15, character: 10 }, end: { line: 15, character: 10 } };
  assert.deepEqual(svcDe.codeActions(doc(flow, uri), here).filter((a) => !a.diagnostics).map((a) => a.title), [
    'Vorgeschlagene Zuordnungen zu ISO 27001 ergänzen (A.7.1, A.7.2)',
    'Vorgeschlagene Zuordnungen zu NIST SP 800-53 ergänzen (PE-2, PE-3)',
    'Vorgeschlagene Zuordnungen zu SCC Annex II ergänzen (8)',
  ]);
});

test('missing-translation, a string over several lines: the key\'s own spacing, blank lines, the end of the file, two stubs; a tag is not dropped', () => {
  const title = (value: string, key = 'title: ') => flow.replace('        title: {en: Badges, de: Ausweise}\n', `        ${key}${value}\n`);
  const moved = (key = 'title:') => title('\n          en: Badge readers\n            at every door\n          de: TODO', '').replace('        \n', `        ${key}\n`);
  const lines = 'Badge readers\n          at every door';
  assert.equal(offers(title(lines, 'title:  '), 'missing-translation')[0][2], moved());
  assert.equal(offers(title(lines, 'title : '), 'missing-translation')[0][2], moved('title :'));
  // a `>2` further down is no header of this string
  assert.equal(offers(`${title(lines)}# readers per door: >2\n`, 'missing-translation')[0][2], `${moved()}# readers per door: >2\n`);
  assert.deepEqual(offers(title(`!!str ${lines}`), 'missing-translation').map(([t]) => t), [ignore('missing-translation')]);
  // a blank line inside the string stays empty
  const blank = crlf(title('Badge readers\n\n          at every door'));
  assert.equal(offers(blank, 'missing-translation')[0][2], crlf(title('\n          en: Badge readers\n\n            at every door\n          de: TODO', '').replace('        \n', '        title:\n')));
  // the string ends the file, without a line break
  const last = `${flow.replace('        title: {en: Badges, de: Ausweise}\n', '')}        title: Readers at door\n          A`;
  assert.equal(offers(last, 'missing-translation')[0][2], `${flow.replace('        title: {en: Badges, de: Ausweise}\n', '')}        title:\n          en: Readers at door\n            A\n          de: TODO`);
  const three = flow.replace('languages: [en, de]', 'languages: [en, de, fr]').replace('{en: Test, de: Test}', '{en: Test, de: Test, fr: Test}').replace('{en: HQ, de: HQ}', '{en: HQ, de: HQ, fr: QG}');
  assert.deepEqual(offers(three.replace('        title: {en: Badges, de: Ausweise}\n', `        title: ${lines}\n`), 'missing-translation')[0],
    ['Add de: TODO, fr: TODO (to translate)', '*', three.replace('        title: {en: Badges, de: Ausweise}\n', '        title:\n          en: Badge readers\n            at every door\n          de: TODO\n          fr: TODO\n')]);
});

test('missing-control-type: one type missing gets one preferred fix; sections written as flow maps, flow measures in a block list, anchored controls', () => {
  const others = missingTypes.slice(0, -1).map(([type, prefix, cia, kind]) =>
    `  - type: ${type}\n    measures:\n      - {id: ${prefix}-01, title: {en: T, de: T}, cia: [${cia}], kind: ${kind}, scope: [hq]}\n`).join('');
  const seven = flow + others;
  assert.deepEqual(offers(seven, 'missing-control-type'), [
    ['Add an evaluation section (Regular testing, assessment and evaluation) with a measure to fill in', '*',
      `${seven}  - type: evaluation\n    measures:\n      - id: EV-01\n        title: {en: TODO, de: TODO}\n        cia: [C, I, A]\n        kind: organizational\n`],
    [ignore('missing-control-type'), '', ignored(seven, 'missing-control-type', 'controls:')],
  ]);
  // a block list of flow sections has no block layout to follow
  const flowSections = flow.replace(/controls:\n[^]*$/, 'controls:\n  - {type: physical-access, measures: [{id: PA-01, title: {en: B, de: B}, cia: [C, I], kind: technical, scope: [hq]}]}\n');
  assert.deepEqual(offers(flowSections, 'missing-control-type').map(([t]) => t), [ignore('missing-control-type')]);
  // measures written as flow maps: the new measure one level below the section's keys
  const flowItems = flow.replace(/ {6}- id: PA-01\n[^]*$/, '      - {id: PA-01, title: {en: B, de: B}, cia: [C, I], kind: technical, scope: [hq]}\n');
  assert.equal(offers(flowItems, 'missing-control-type')[1][2], `${flowItems}  - type: system-access\n    measures:\n      - id: SA-01\n        title: {en: TODO, de: TODO}\n        cia: [C]\n        kind: technical\n`);
  const anchored = flow.replace('controls:\n', 'controls: &c\n');
  assert.deepEqual(offers(anchored, 'missing-control-type').map(([t]) => t), [ignore('missing-control-type')], 'an alias would change too');
});

test('suggested mappings: the ids another measure maps are still suggested for this one', () => {
  const second = '      - id: PA-02\n        title: {en: Doors, de: Türen}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n';
  const text = `${flow}        mappings:\n          iso27001: [A.7.1, A.7.2]\n${second}`;
  assert.deepEqual(suggestions(text, 21).slice(0, 1), [['Add suggested ISO 27001 mappings (A.7.1, A.7.2)', `${text}        mappings:\n          iso27001: [A.7.1, A.7.2]\n`]]);
});

test('schema, missing keys: tom goes first in a file without a comment; an empty measure {} is left to the author', () => {
  assert.deepEqual(offers(flow.replace('tom: 1\n', ''), 'schema')[0], ['Add tom: 1 (the format version)', '*', flow]);
  const empty = flow.replace(/ {6}- id: PA-01\n[^]*$/, '      - {}\n');
  for (const key of ['id', 'title', 'cia', 'kind']) assert.deepEqual(offers(empty, 'schema', new RegExp(`"${key}"`)).map(([t]) => t), [ignore('schema')], key);
});

test('tom-ignore: above the key of an empty value whose finding is at the value\'s end; above `controls:` after a block map', () => {
  const empty = flow.replace('title: {en: Badges, de: Ausweise}', 'title:');
  assert.deepEqual(offers(empty, 'missing-translation').at(-1), [ignore('missing-translation'), '', ignored(empty, 'missing-translation', 'title:\n        cia')]);
  assert.deepEqual(offers(flow, 'missing-control-type').at(-1), [ignore('missing-control-type'), '', ignored(flow, 'missing-control-type', 'controls:')]);
});

test('a fix is not offered where it would bring another finding: a near-miss status that would need a due date, a value the organisation\'s profile rules out', () => {
  const planned = flow.replace('        kind: technical\n', '        status: plannd\n        kind: technical\n');
  assert.deepEqual(offers(planned, 'schema').map(([t]) => t), [ignore('schema')], '"planned" without a due date is a due-date-missing finding');
  const implemented = planned.replace('plannd', 'implemnted');
  assert.deepEqual(offers(implemented, 'schema'), [['Change to "implemented"', '*', implemented.replace('implemnted', 'implemented')], [ignore('schema'), '', ignored(implemented, 'schema', 'status:')]]);
  // an organisation's profile (setting tom.schemas) that rules out technical measures and the controller role
  const profileUri = 'file:///ws/org.schema.json';
  const profile = JSON.stringify({ properties: {
    document: { properties: { role: { enum: ['processor', 'sub-processor'] } } },
    controls: { items: { properties: { measures: { items: { properties: { kind: { not: { const: 'technical' } } } } } } } },
  } });
  const org = service({ schemas: { '*.tom.yaml': profileUri } }, { [profileUri]: profile });
  const titles = (text: string, message: RegExp) => {
    const f = org.check(doc(text, uri)).find((x) => x.code === 'schema' && message.test(x.message))!;
    return org.codeActions(doc(text, uri), f.range).filter((a) => a.diagnostics?.[0]?.message === f.message).map((a) => a.title);
  };
  assert.deepEqual(titles(flow.replace('  role: processor\n', ''), /"role"/), ['Add role: processor', 'Add role: sub-processor', ignore('schema')], 'each role the profile allows');
  const typo = implemented.replace('kind: technical', 'kind: technicl');
  assert.deepEqual(titles(typo, /technicl/), [ignore('schema')], '"technical" would be the profile\'s finding in the same place');
  assert.deepEqual(org.fixAll(doc(typo, uri), { safeOnly: true }), { text: typo.replace('implemnted', 'implemented'), applied: ['Change to "implemented"'] });
});

test('the indentation unit: up to eight spaces is the file\'s own; wider is taken as alignment, and one level is two spaces', () => {
  /** The flow document with every indentation `k` times as wide, the dashes followed by spaces up to the key column. */
  const widen = (k: number) => flow.replace(/^( *)(- )?/gm, (_, sp: string, dash?: string) => ' '.repeat(sp.length * k) + (dash ? `-${' '.repeat(2 * k - 1)}` : ''));
  const keys = (k: number) => ' '.repeat(8 * k);
  assert.deepEqual(suggestions(widen(4), 15, 60)[0], ['Add suggested ISO 27001 mappings (A.7.1, A.7.2)', `${widen(4)}${keys(4)}mappings:\n${keys(4)}        iso27001: [A.7.1, A.7.2]\n`]);
  assert.deepEqual(suggestions(widen(5), 15, 60)[0], ['Add suggested ISO 27001 mappings (A.7.1, A.7.2)', `${widen(5)}${keys(5)}mappings:\n${keys(5)}  iso27001: [A.7.1, A.7.2]\n`]);
});

test('a key without a value: an unused scope in a flow map removed with its comma; no key inserted after a first key that carries an anchor', () => {
  const bare = flow.replace('scopes:\n  hq: {title: {en: HQ, de: HQ}}\n', 'scopes: {hq: {title: {en: HQ, de: HQ}}, lab}\n');
  assert.deepEqual(offers(bare, 'unused-scope'), [
    ['Remove the unused scope "lab"', '*', bare.replace(', lab}', '}')],
    [ignore('unused-scope'), '', ignored(bare, 'unused-scope', 'scopes:')],
  ]);
  // `&k` stands between the dash and the first key: the keys' column is not the first key's
  const anchored = flow.replace('      - id: PA-01\n', '      - &k id: PA-01\n').replace('        kind: technical\n', '');
  assert.deepEqual(offers(anchored, 'schema'), [[ignore('schema'), '', ignored(anchored, 'schema', 'measures:')]]);
});
