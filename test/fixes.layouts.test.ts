/**
 * Every fixable rule's fixes on the four layouts a user writes: LF and CRLF line ends, flow
 * (`cia: [C, I]`) and block (`cia:` with `- C` items) collections. Each fix keeps the invariants
 * (helpers/fixInvariants), writes the file's own line ending, keeps the layout, and gives the same
 * data whatever the layout.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { check, doc, service } from './helpers/fixtures';
import { checkFix, uri } from './helpers/fixInvariants';
import { crlf, document, type Layout } from './helpers/fixDocuments';

interface Case { name: string; rule: string; fix: RegExp; bad: (l: Layout) => string; fixed?: (l: Layout) => string }

const cases: Case[] = [
  { name: 'CIA order', rule: 'cia-order', fix: /CIA/, bad: (l) => document(l, { cia: ['I', 'C'] }), fixed: (l) => document(l) },
  { name: 'lower-case CIA', rule: 'schema', fix: /CIA/, bad: (l) => document(l, { cia: ['i', 'c', 'C'] }), fixed: (l) => document(l) },
  { name: 'undefined scope', rule: 'undefined-scope', fix: /hq/, bad: (l) => document(l, { scope: ['hqq'] }), fixed: (l) => document(l) },
  { name: 'German control type', rule: 'unknown-control-type', fix: /physical-access/, bad: (l) => document(l, { type: 'Zutrittskontrolle' }), fixed: (l) => document(l) },
  { name: 'kind typo', rule: 'schema', fix: /technical/, bad: (l) => document(l).replace('kind: technical', 'kind: technicl'), fixed: (l) => document(l) },
  { name: 'unknown key', rule: 'schema', fix: /Rename/, bad: (l) => document(l).replace('        kind: technical', '        knd: technical'), fixed: (l) => document(l) },
  { name: 'missing translation', rule: 'missing-translation', fix: /de: TODO/, bad: (l) => document(l, { title: { en: 'Badges' } }), fixed: (l) => document(l, { title: { en: 'Badges', de: 'TODO' } }) },
  { name: 'planned without due date', rule: 'due-date-missing', fix: /due/, bad: (l) => document(l, { extra: '        status: planned\n' }), fixed: (l) => document(l, { extra: '        status: planned\n        due: 2027-02-25\n' }) },
  { name: 'duplicate id', rule: 'duplicate-id', fix: /PA-02/, bad: (l) => document(l) + document(l).split('controls:\n  - type: physical-access\n    measures:\n')[1] },
  { name: 'missing control type', rule: 'missing-control-type', fix: /system-access/, bad: (l) => document(l) },
  { name: 'weak TLS', rule: 'weak-crypto', fix: /TLS 1.2/, bad: (l) => document(l, { tail: 'commitments:\n  tlsMinVersion: "1.1"\n' }), fixed: (l) => document(l, { tail: 'commitments:\n  tlsMinVersion: "1.2"\n' }) },
  { name: 'third country', rule: 'third-country-transfer', fix: /scc/, bad: (l) => document(l, { tail: 'subprocessors:\n  - name: X\n    purpose: {en: A, de: B}\n    locations: [US]\n' }), fixed: (l) => document(l, { tail: 'subprocessors:\n  - name: X\n    purpose: {en: A, de: B}\n    locations: [US]\n    transferMechanism: scc\n' }) },
  { name: 'unused scope', rule: 'unused-scope', fix: /Remove/, bad: (l) => document(l).replace('scopes:\n', 'scopes:\n  lab: {title: {en: Lab, de: Labor}}\n'), fixed: (l) => document(l) },
  { name: 'missing id', rule: 'schema', fix: /Add id: PA-01/, bad: (l) => document(l).replace('      - id: PA-01\n        title', '      - title') },
  { name: 'suppression', rule: 'schema', fix: /Ignore/, bad: (l) => document(l).replace('kind: technical', 'kind: technicl') },
];

/** The fixed text with the fix titled like `title` of a `rule` finding, invariants checked. */
function fixed(text: string, rule: string, title: RegExp): string {
  const svc = service();
  const found = svc.check(doc(text, uri)).filter((x) => x.code === rule);
  assert.ok(found.length > 0, `no ${rule} finding in\n${text}`);
  for (const f of found) {
    const action = svc.codeActions(doc(text, uri), f.range).find((a) => title.test(a.title) && a.diagnostics?.[0]?.message === f.message);
    if (action) return checkFix(text, f, action);
  }
  assert.fail(`no fix ${title} for ${found.map((f) => f.message).join(' | ')}`);
}

for (const c of cases) {
  test(`${c.name}: the fix on LF and CRLF, flow and block`, () => {
    const results: Record<string, unknown> = {};
    for (const layout of ['flow', 'block'] as const) {
      const lf = fixed(c.bad(layout), c.rule, c.fix);
      if (c.fixed) assert.equal(lf, c.fixed(layout), `${layout}, LF`);
      // the same fix on the CRLF file writes CRLF, and nothing else differs
      assert.equal(fixed(crlf(c.bad(layout)), c.rule, c.fix), crlf(lf), `${layout}, CRLF`);
      results[layout] = parseDocument(lf).toJS();
    }
    assert.deepEqual(results.block, results.flow, 'the same data whatever the layout');
  });
}

/** The titles of the fixes offered for the first `rule` finding. */
function offered(text: string, rule: string): string[] {
  const svc = service();
  const f = svc.check(doc(text, uri)).find((x) => x.code === rule);
  assert.ok(f, `no ${rule} finding in\n${text}`);
  return svc.codeActions(doc(text, uri), f.range).filter((a) => a.diagnostics?.[0]?.message === f.message).map((a) => a.title);
}

test('the CIA rewrite keeps the list\'s own spacing and quoting', () => {
  for (const [bad, good] of [['[I,C]', '[C,I]'], ['[ I, C ]', '[ C, I ]'], ['[i]', '[I]'], ['["I", "C"]', '["C", "I"]'], ['[A, a, I]', '[I, A]'], ['[I, C] # agreed', '[C, I] # agreed']]) {
    const text = document('flow').replace('cia: [C, I]', `cia: ${bad}`);
    const rule = check(text).some((f) => f.code === 'cia-order') ? 'cia-order' : 'schema';
    assert.equal(fixed(text, rule, /CIA/), document('flow').replace('cia: [C, I]', `cia: ${good}`), bad);
  }
  const block = document('block').replace('          - C\n          - I\n', '          -   I\n          -   C\n');
  assert.equal(fixed(block, 'cia-order', /CIA/), document('block').replace('          - C\n          - I\n', '          -   C\n          -   I\n'));
});

test('a CIA list with a comment, an anchor or over several lines is not rewritten (only the tom-ignore fix)', () => {
  const lists = [
    'cia: [I, # confidentiality next\n          C]',
    'cia: &tags [I, C]',
    'cia: [&first I, C]',
    'cia: [I, &x C]',
    'cia: [I,\n          C]',
  ];
  for (const list of lists) {
    const text = document('flow').replace('cia: [C, I]', list);
    assert.deepEqual(offered(text, 'cia-order').filter((t) => /CIA/.test(t)), [], list);
  }
  const commented = document('block').replace('          - C\n          - I\n', '          - I # first\n          - C\n');
  assert.deepEqual(offered(commented, 'cia-order').filter((t) => /CIA/.test(t)), [], 'a block list with a comment');
  const unordered = document('block').replace('        cia:\n          - C\n          - I\n', '        cia: !!seq\n          - I\n          - C\n');
  assert.equal(fixed(unordered, 'cia-order', /CIA/), document('block').replace('        cia:\n', '        cia: !!seq\n'));
});

test('CIA values that are not tags leave the list to the schema finding', () => {
  for (const cia of ['cia: [C, X]', 'cia: [C, 1]', 'cia: C']) {
    const text = document('flow').replace('cia: [C, I]', cia);
    assert.deepEqual(offered(text, 'schema'), ['Ignore schema here (# tom-ignore with a reason to write)'], cia);
  }
});

test('overdue and due-date-missing fixes: the due date three months ahead, after status', () => {
  const text = document('block', { extra: '        status: partial\n' });
  assert.deepEqual(offered(text, 'due-date-missing'), ['Add due: 2027-02-25 (in three months; agree the real date)', 'Ignore due-date-missing here (# tom-ignore with a reason to write)']);
});

test('third country: scc and, for the US only, dpf are offered; scc first and preferred', () => {
  const sp = (loc: string) => document('flow', { tail: `subprocessors:\n  - name: X\n    purpose: {en: A, de: B}\n    locations: [${loc}]\n` });
  const svc = service();
  const actions = (text: string) => {
    const f = svc.check(doc(text, uri)).find((x) => x.code === 'third-country-transfer')!;
    return svc.codeActions(doc(text, uri), f.range).filter((a) => a.diagnostics?.[0]?.message === f.message).map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
  };
  assert.deepEqual(actions(sp('US')), [
    'Add transferMechanism: scc (standard contractual clauses) (preferred)',
    'Add transferMechanism: dpf (EU-U.S. Data Privacy Framework)',
    'Ignore third-country-transfer here (# tom-ignore with a reason to write)',
  ]);
  assert.deepEqual(actions(sp('IN')), [
    'Add transferMechanism: scc (standard contractual clauses) (preferred)',
    'Ignore third-country-transfer here (# tom-ignore with a reason to write)',
  ]);
  assert.match(fixed(sp('US'), 'third-country-transfer', /dpf/), /locations: \[US\]\n {4}transferMechanism: dpf\n$/);
});

test('weak TLS: the fix names the version it writes, and keeps the quoting style', () => {
  const tls = (v: string) => document('flow', { tail: `commitments:\n  tlsMinVersion: ${v}\n` });
  assert.deepEqual(offered(tls('"1.0"'), 'weak-crypto'), ['Require TLS 1.2 or newer (tlsMinVersion: "1.2")', 'Ignore weak-crypto here (# tom-ignore with a reason to write)']);
  assert.equal(fixed(tls("'1.1'"), 'weak-crypto', /TLS 1.2/), tls("'1.2'"));
});
