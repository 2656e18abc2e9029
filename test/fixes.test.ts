import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits } from '../server/src/service/fixes';
import { doc, read, repoRoot, service } from './helpers/fixtures';
import { checkAllFixes, checkFix, editsOf, uri } from './helpers/fixInvariants';
import { base } from './helpers/fixDocuments';

/** The fixed text after the fix titled `title` for the first finding of `code`. */
function fix(text: string, code: string, title: RegExp): string {
  const svc = service();
  const f = svc.check(doc(text, uri)).find((x) => x.code === code);
  assert.ok(f, `no ${code} finding`);
  const action = svc.codeActions(doc(text, uri), f.range).find((a) => title.test(a.title) && a.diagnostics?.[0]?.message === f.message);
  assert.ok(action, `no fix ${title} among ${svc.codeActions(doc(text, uri), f.range).map((a) => a.title).join(' | ')}`);
  return checkFix(text, f, action);
}

test('an ambiguous control type name: one fix per candidate, none preferred, none in fix-all', () => {
  const text = base.replace('type: physical-access', 'type: Access control');
  const svc = service();
  const f = svc.check(doc(text, uri)).find((x) => x.code === 'unknown-control-type')!;
  const actions = svc.codeActions(doc(text, uri), f.range).filter((a) => a.title.startsWith('Change to'));
  assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [
    ['Change to "physical-access" (Physical access control)', false],
    ['Change to "system-access" (System access control)', false],
    ['Change to "data-access" (Data access control)', false],
  ]);
  assert.equal(fix(text, 'unknown-control-type', /data-access/), base.replace('type: physical-access', 'type: data-access'));
  assert.equal(svc.fixAll(doc(text, uri), { safeOnly: true }).text, text);
});

test('a country name → its ISO 3166 code, safe for fix-all', () => {
  const text = `${base}subprocessors:\n  - name: X\n    purpose: {en: P, de: P}\n    locations: [Deutschland, "Schweiz"]  # hosting\n`;
  assert.equal(fix(text, 'location-code', /DE/), text.replace('Deutschland', 'DE'));
  assert.equal(service().fixAll(doc(text, uri), { safeOnly: true }).text, text.replace('Deutschland', 'DE').replace('"Schweiz"', '"CH"'));
});

test('German control type name → canonical id, quoting kept', () => {
  const text = base.replace('type: physical-access', 'type: "Zutrittskontrolle"');
  assert.equal(fix(text, 'unknown-control-type', /physical-access/), base.replace('type: physical-access', 'type: "physical-access"'));
});

test('CIA tags upper-cased, de-duplicated, sorted; flow and block layout kept', () => {
  assert.equal(fix(base.replace('cia: [C, I]', 'cia: [i, c, C]'), 'schema', /CIA/), base);
  const block = base.replace('cia: [C, I]', 'cia:\n          - I\n          - C');
  assert.equal(fix(block, 'cia-order', /CIA/), base.replace('cia: [C, I]', 'cia:\n          - C\n          - I'));
});

test('duplicate id: the second use gets the next free id, preferred; the first use is offered it too, not preferred', () => {
  const text = base + '      - id: PA-01\n        title: {en: Doors, de: Türen}\n        cia: [C]\n        kind: technical\n        scope: [hq]\n';
  const svc = service();
  const [first, second] = svc.check(doc(text, uri)).filter((f) => f.code === 'duplicate-id');
  assert.deepEqual([first.range.start.line, second?.range.start.line], [14, 19]);
  const renames = (f: typeof first) => svc.codeActions(doc(text, uri), f.range).filter((a) => a.diagnostics?.[0]?.message === f.message && /PA-02/.test(a.title));
  const [atSecond] = renames(second);
  assert.equal(atSecond.title, 'Change the id to PA-02 (the next free id)');
  assert.equal(atSecond.isPreferred, true, 'the second use is the one to change');
  assert.equal(checkFix(text, second, atSecond), text.replace(/PA-01(?![\s\S]*PA-01)/, 'PA-02'));
  const [atFirst] = renames(first);
  assert.equal(atFirst.isPreferred, undefined, 'renaming the first use is offered, not preferred');
  assert.equal(checkFix(text, first, atFirst), text.replace('id: PA-01', 'id: PA-02'));
});

test('missing id and title inserted in the measure, id first', () => {
  const text = base.replace('      - id: PA-01   # the badge readers\n        title: {en: Badges, de: Ausweise}\n', '      - cia: [C, I]\n').replace('        cia: [C, I]\n        kind', '        kind');
  const withId = fix(text, 'schema', /Add id: PA-01/);
  assert.match(withId, /- id: PA-01\n {8}cia: \[C, I\]/);
  assert.match(fix(withId, 'schema', /Add title/), /title: \{en: TODO, de: TODO\}/);
});

test('due date for a planned measure, three months from today', () => {
  assert.match(fix(base.replace('        scope: [hq]\n', '        scope: [hq]\n        status: planned\n'), 'due-date-missing', /due/), /status: planned\n {8}due: 2027-02-25\n/);
});

test('translation stub: flow form from a plain string, block form for a folded string', () => {
  assert.equal(fix(base.replace('{en: Badges, de: Ausweise}', 'Badges'), 'missing-translation', /de: TODO/), base.replace('{en: Badges, de: Ausweise}', '{en: Badges, de: TODO}'));
  const folded = base.replace('{en: Badges, de: Ausweise}', '>-\n          Badge readers at\n          every door');
  assert.equal(fix(folded, 'missing-translation', /de: TODO/), base.replace('title: {en: Badges, de: Ausweise}', 'title:\n          en: >-\n            Badge readers at\n            every door\n          de: TODO'));
});

test('missing control section appended with the indentation of the others', () => {
  const out = fix(base, 'missing-control-type', /system-access/);
  assert.ok(out.startsWith(base));
  assert.equal(out.slice(base.length - 1), '\n  - type: system-access\n    measures:\n      - id: SA-01\n        title: {en: TODO, de: TODO}\n        cia: [C]\n        kind: technical\n');
});

test('weak TLS, numeric tlsMinVersion, third-country subprocessor, scopes, unknown key', () => {
  assert.match(fix(base + 'commitments:\n  tlsMinVersion: "1.1"\n', 'weak-crypto', /TLS 1.2/), /tlsMinVersion: "1.2"\n$/);
  assert.match(fix(base + 'commitments:\n  tlsMinVersion: 1.2\n', 'schema', /"1.2"/), /tlsMinVersion: "1.2"\n$/);
  assert.match(fix(base + 'subprocessors:\n  - name: X\n    purpose: {en: A, de: B}\n    locations: [US]\n', 'third-country-transfer', /scc/), /locations: \[US\]\n {4}transferMechanism: scc\n$/);
  assert.match(fix(base.replace('scope: [hq]', 'scope: [hqq]'), 'undefined-scope', /hq/), /scope: \[hq\]/);
  assert.equal(fix(base.replace('        scope: [hq]\n', ''), 'unused-scope', /Remove/), base.replace('        scope: [hq]\n', '').replace('scopes:\n  hq: {title: {en: HQ, de: HQ}}\n', ''));
  assert.match(fix(base.replace('kind: technical', 'kind: technicl'), 'schema', /technical/), /kind: technical/);
});

test('tom-ignore above the node as the last choice, with a reason to fill in, no new finding', () => {
  const out = fix(base.replace('kind: technical', 'kind: technicl'), 'schema', /Ignore/);
  assert.match(out, /\n {8}# tom-ignore schema: TODO say why this is acceptable\n {8}kind: technicl/);
});

test('CRLF and BOM files keep their line endings and their BOM', () => {
  const crlf = '\uFEFF' + base.replace(/\n/g, '\r\n').replace('cia: [C, I]', 'cia: [I, C]');
  const out = fix(crlf, 'cia-order', /CIA/);
  assert.equal(out, '\uFEFF' + base.replace(/\n/g, '\r\n'));
  const added = fix(crlf, 'missing-control-type', /system-access/);
  assert.ok(!/[^\r]\n/.test(added) && added.startsWith('\uFEFF'));
});

test('every offered fix of every finding of the shipped examples holds the invariants', () => {
  const files = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.tom.yaml'));
  let checked = 0;
  for (const f of files) checked += checkAllFixes(read('examples', f));
  assert.ok(checked >= 10, `only ${checked} fixes checked`);
});

test('fix-all applies only safe fixes, never a suppression or a placeholder', () => {
  const text = base.replace('type: physical-access', 'type: Zutrittskontrolle').replace('cia: [C, I]', 'cia: [i, c]');
  const { text: out, applied } = service().fixAll(doc(text, uri), { safeOnly: true });
  assert.equal(out, base);
  assert.equal(applied.length, 2);
  assert.equal(applyEdits(text, editsOf(text, { title: '', edit: { changes: { [uri]: [] } } })), text);
});

test('every schema finding of an imported-looking document has a real fix besides tom-ignore (issue 17 item 3)', () => {
  const text = base.replace('organization: ACME', 'organization: ""').replace('role: processor', 'role: ""')
    .replace('lastUpdated: 2026-10-01', 'lastUpdated: ""').replace('cia: [C, I]', 'cia: []')
    .replace('        scope: [hq]\n', '        scope: [hq]\n        colour: red\n      - id: PA-02\n        cia: [C]\n        kind: technical\n');
  const svc = service();
  const schema = svc.check(doc(text, uri)).filter((f) => f.code === 'schema');
  assert.equal(schema.length, 6, schema.map((f) => f.message).join('\n'));
  for (const f of schema) {
    const titles = svc.codeActions(doc(text, uri), f.range).filter((a) => a.diagnostics?.[0]?.message === f.message).map((a) => a.title);
    assert.ok(titles.some((t) => !/tom-ignore/.test(t)), `${f.message}: only ${titles.join(' | ')}`);
  }
  /** The text after the fix titled `title`, whichever schema finding offers it. */
  const fixed = (title: RegExp, choice = false): string => {
    for (const f of schema) {
      const action = svc.codeActions(doc(text, uri), f.range).find((a) => title.test(a.title) && a.diagnostics?.[0]?.message === f.message);
      if (!action) continue;
      if (!choice) return checkFix(text, f, action);
      // a picked role brings its required control types: only the schema finding must go, and one edit made
      const after = applyEdits(text, editsOf(text, action));
      assert.equal(svc.check(doc(after, uri)).filter((x) => x.code === 'schema').length, schema.length - 1);
      return after;
    }
    assert.fail(`no fix ${title}`);
  };
  assert.match(fixed(/^Add cia: \[C\] \(expected for Physical access control\)$/), /^ {8}cia: \[C\]$/m);
  assert.match(fixed(/^Change to "controller"$/, true), /^ {2}role: "controller"$/m);
  assert.match(fixed(/^Change to "2026-11-25" \(today\)$/), /^ {2}lastUpdated: "2026-11-25"$/m);
  assert.match(fixed(/^Change to "TODO" \(to fill in\)$/), /^ {2}organization: "TODO"$/m);
  assert.match(fixed(/^Keep "colour" as the extension "x-colour"$/), /^ {8}x-colour: red$/m);
  assert.match(fixed(/^Add title: TODO \(to fill in\)$/), /^ {8}title: \{en: TODO, de: TODO\}$/m);
});

test('an empty file: "Insert a TOM document skeleton" adds a valid document after its comments, leaving only placeholders and the control types to add', () => {
  for (const text of ['', '# Policy of ACME\n', '# no newline']) {
    const svc = service();
    const [empty] = svc.check(doc(text, uri));
    const actions = svc.codeActions(doc(text, uri), empty.range);
    assert.equal(actions[0].title, 'Insert a TOM document skeleton');
    // not checkFix: the skeleton leaves the control types the role needs beyond the first on purpose
    const out = applyEdits(text, editsOf(text, actions[0]));
    assert.ok(out.startsWith(text), 'the comments stay as they were');
    assert.match(out, /^tom: 1\ndocument:\n {2}title: TODO\n[^]*\ncontrols:\n {2}- type: physical-access\n/m);
    assert.deepEqual([...new Set(service().check(doc(out, uri)).map((f) => f.code))].sort(), ['missing-contact', 'missing-control-type', 'placeholder-text']);
  }
  const none = service().fixAll(doc('', uri), { safeOnly: true });
  assert.equal(none.text, '', 'fix-all never writes a skeleton: the role and the types are the author\'s choice');
});
