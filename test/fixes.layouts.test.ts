/**
 * Every fixable rule's fixes on the four layouts a user writes: LF and CRLF line ends, flow
 * (`cia: [C, I]`) and block (`cia:` with `- C` items) collections. Each fix keeps the invariants
 * (helpers/fixInvariants), writes the file's own line ending, keeps the layout, and gives the same
 * data whatever the layout.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { doc, service } from './helpers/fixtures';
import { checkFix, uri } from './helpers/fixInvariants';

type Layout = 'flow' | 'block';

/** One document in a layout; `parts` replaces pieces of it to make the finding. */
function document(layout: Layout, parts: { type?: string; cia?: string[]; title?: Record<string, string>; scope?: string[]; extra?: string; tail?: string; scopes?: string } = {}): string {
  const { type = 'physical-access', cia = ['C', 'I'], title = { en: 'Badges', de: 'Ausweise' }, scope = ['hq'], extra = '', tail = '', scopes = 'hq' } = parts;
  const list = (key: string, items: string[]) => layout === 'flow'
    ? `        ${key}: [${items.join(', ')}]\n`
    : `        ${key}:\n${items.map((i) => `          - ${i}\n`).join('')}`;
  const map = (key: string, m: Record<string, string>) => layout === 'flow'
    ? `        ${key}: {${Object.entries(m).map(([k, v]) => `${k}: ${v}`).join(', ')}}\n`
    : `        ${key}:\n${Object.entries(m).map(([k, v]) => `          ${k}: ${v}\n`).join('')}`;
  return `tom: 1
document:
  title: {en: Test, de: Test}
  organization: ACME
  role: processor
  language: en
  languages: [en, de]
  lastUpdated: 2026-10-01
scopes:
  ${scopes}: {title: {en: HQ, de: HQ}}
controls:
  - type: ${type}
    measures:
      - id: PA-01
${map('title', title)}${list('cia', cia)}        kind: technical
${list('scope', scope)}${extra}${tail}`;
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

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
