/**
 * The code actions at a place, as the editor lists them: each finding's fixes (preferred first,
 * tom-ignore last), "Fix all <rule> problems" when a rule has several, the suggested mappings before
 * the tom-ignore choices, `source.fixAll.tom` only when asked for by kind, the diagnostics each action
 * names, and which action is preferred when the user asked about one diagnostic. Exact edits.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { doc, service } from './helpers/fixtures';
import { uri } from './helpers/fixInvariants';
import { crlf, document } from './helpers/fixDocuments';

const svc = service();

/** Two measures: PA-01 with its tags out of order and an undefined scope, PA-02 with its tags out of order. */
const text = document('flow').replace('cia: [C, I]', 'cia: [I, C]').replace('scope: [hq]', 'scope: [hqq]') +
  '      - id: PA-02\n        title: {en: Doors, de: Türen}\n        cia: [A, C]\n        kind: technical\n        scope: [hq]\n';
/** Lines 13 to 18: the measure PA-01 from its dash. */
const pa01: Range = { start: { line: 13, character: 0 }, end: { line: 19, character: 0 } };

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const at = (line: number) => range(line, 0, line, 0);

/** An action as compared here: title, kind, preferred, the rule and line of each diagnostic it names, its edits. */
const shown = (a: CodeAction) => ({
  title: a.title,
  kind: a.kind,
  preferred: a.isPreferred === true,
  diagnostics: a.diagnostics?.map((d) => `${d.code}@${d.range.start.line}`),
  edits: a.edit?.changes?.[uri]?.map((e) => [e.range, e.newText]),
});

const ignoreCia = { title: 'Ignore cia-order here (# tom-ignore with a reason to write)', kind: 'quickfix', preferred: false, diagnostics: ['cia-order@15'], edits: [[at(15), '        # tom-ignore cia-order: TODO say why this is acceptable\n']] };
const ignoreScope = { title: 'Ignore undefined-scope here (# tom-ignore with a reason to write)', kind: 'quickfix', preferred: false, diagnostics: ['undefined-scope@17'], edits: [[at(17), '        # tom-ignore undefined-scope: TODO say why this is acceptable\n']] };
const fixAllCia = { title: 'Fix all cia-order problems in this file (2)', kind: 'quickfix', preferred: false, diagnostics: ['cia-order@15'], edits: [[range(15, 0, 16, 0), '        cia: [C, I]\n'], [range(20, 0, 21, 0), '        cia: [C, A]\n']] };

test('each finding\'s fixes in order, preferred first and tom-ignore last, then "Fix all" for a rule with several findings', () => {
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01).map(shown), [
    { title: 'Write the CIA tags as [C, I]', kind: 'quickfix', preferred: true, diagnostics: ['cia-order@15'], edits: [[range(15, 13, 15, 19), '[C, I]']] },
    ignoreCia,
    { title: 'Change to scope "hq"', kind: 'quickfix', preferred: true, diagnostics: ['undefined-scope@17'], edits: [[range(17, 16, 17, 19), 'hq']] },
    ignoreScope,
    fixAllCia,
  ]);
});

test('asked about one diagnostic: its fixes come first and only they are preferred', () => {
  const scope = svc.check(doc(text, uri)).find((f) => f.code === 'undefined-scope')!;
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { diagnostics: [scope] }).map((a) => [a.title, a.isPreferred === true]), [
    ['Change to scope "hq"', true],
    [ignoreScope.title, false],
    ['Write the CIA tags as [C, I]', false],
    [ignoreCia.title, false],
    [fixAllCia.title, false],
  ]);
  // a diagnostic the client holds with another message or place is not this finding: nothing is singled out
  for (const stale of [{ ...scope, message: 'old text' }, { ...scope, range: range(17, 16, 17, 18) }, { ...scope, code: 'schema' }]) {
    assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { diagnostics: [stale] }).map((a) => [a.title, a.isPreferred === true]).slice(0, 3),
      [['Write the CIA tags as [C, I]', true], [ignoreCia.title, false], ['Change to scope "hq"', true]], JSON.stringify(stale));
  }
});

test('only the findings the range touches, up to its ends; no "Fix all" for a rule with one finding', () => {
  // (the suggested mappings of the measure are offered wherever the cursor is in it: left out here)
  const titles = (r: Range) => svc.codeActions(doc(text, uri), r).map((a) => a.title).filter((t) => !t.startsWith('Add suggested'));
  assert.deepEqual(titles(range(17, 16, 17, 16)), ['Change to scope "hq"', ignoreScope.title], 'a cursor at the start of the finding');
  assert.deepEqual(titles(range(17, 19, 17, 19)), ['Change to scope "hq"', ignoreScope.title], 'a cursor at its end');
  assert.deepEqual(titles(range(15, 20, 17, 15)), [], 'between two findings');
  assert.deepEqual(titles(range(16, 0, 16, 30)), [], 'the line between them');
  assert.deepEqual(titles(range(14, 0, 15, 13)), ['Write the CIA tags as [C, I]', ignoreCia.title, fixAllCia.title], 'a range ending where the finding starts');
  const one = document('flow').replace('cia: [C, I]', 'cia: [I, C]');
  assert.deepEqual(svc.codeActions(doc(one, uri), range(15, 13, 15, 13)).map((a) => a.title).filter((t) => !t.startsWith('Add suggested')), ['Write the CIA tags as [C, I]', ignoreCia.title]);
});

test('source.fixAll.tom only when asked for by kind: every safe fix at once, as whole-line edits', () => {
  const all = { title: 'Fix all safely fixable TOM problems (3)', kind: 'source.fixAll.tom', preferred: false, diagnostics: undefined,
    edits: [[range(15, 0, 16, 0), '        cia: [C, I]\n'], [range(17, 0, 18, 0), '        scope: [hq]\n'], [range(20, 0, 21, 0), '        cia: [C, A]\n']] };
  for (const only of [['source.fixAll'], ['source.fixAll.tom'], ['source']]) {
    assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { only }).map(shown), [all], only[0]);
  }
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { only: ['quickfix'] }).map((a) => a.kind), ['quickfix', 'quickfix', 'quickfix', 'quickfix', 'quickfix']);
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { only: ['source.organizeImports'] }), []);
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { only: ['source.fixAll.other'] }), []);
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { only: ['quick'] }), [], 'a kind is matched by its dotted parts, not as a prefix');
  assert.equal(svc.codeActions(doc(text, uri), pa01).filter((a) => a.kind === 'source.fixAll.tom').length, 0, 'not without `only`');
  const clean = document('flow');
  assert.deepEqual(svc.codeActions(doc(clean, uri), pa01, { only: ['source.fixAll'] }), [], 'nothing to fix: no action');
  const fixed = svc.fixAll(doc(crlf(text), uri), { safeOnly: true });
  assert.equal(fixed.text, crlf(text.replace('[I, C]', '[C, I]').replace('[hqq]', '[hq]').replace('[A, C]', '[C, A]')));
  assert.deepEqual(fixed.applied, ['Write the CIA tags as [C, I]', 'Change to scope "hq"', 'Write the CIA tags as [C, A]']);
});

test('the suggested mappings of the measure at the cursor come after the first finding\'s fixes, before its tom-ignore', () => {
  assert.deepEqual(svc.codeActions(doc(text, uri), range(15, 14, 17, 17)).map((a) => [a.title, a.diagnostics?.length ?? 0]), [
    ['Write the CIA tags as [C, I]', 1],
    ['Add suggested ISO 27001 mappings (A.7.1, A.7.2)', 0],
    ['Add suggested NIST SP 800-53 mappings (PE-2, PE-3)', 0],
    ['Add suggested SCC Annex II mappings (8)', 0],
    [ignoreCia.title, 1],
    ['Change to scope "hq"', 1],
    [ignoreScope.title, 1],
    [fixAllCia.title, 1],
  ]);
  assert.deepEqual(svc.codeActions(doc(text, uri), range(16, 0, 16, 0)).map((a) => a.title), [
    'Add suggested ISO 27001 mappings (A.7.1, A.7.2)', 'Add suggested NIST SP 800-53 mappings (PE-2, PE-3)', 'Add suggested SCC Annex II mappings (8)',
  ], 'no finding here: the suggestions alone');
  const clean = document('flow');
  assert.deepEqual(svc.codeActions(doc(clean, uri), range(15, 14, 15, 14)).map((a) => shown(a)).slice(0, 1), [{
    title: 'Add suggested ISO 27001 mappings (A.7.1, A.7.2)', kind: 'quickfix', preferred: false, diagnostics: undefined,
    edits: [[range(17, 19, 17, 19), '\n        mappings:\n          iso27001: [A.7.1, A.7.2]']],
  }]);
});

test('a cancelled request gets no actions; fix-all stops after maxRounds', () => {
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { isCancelled: () => true }), []);
  let asked = 0;
  const late = svc.codeActions(doc(text, uri), pa01, { isCancelled: () => ++asked > 1 });
  assert.deepEqual(late, [], 'cancelled between two findings');
  assert.deepEqual(svc.fixAll(doc(text, uri), { safeOnly: true, maxRounds: 0 }), { text, applied: [] });
  const two = svc.fixAll(doc(text, uri), { rule: 'cia-order' });
  assert.deepEqual(two.applied, ['Write the CIA tags as [C, I]', 'Write the CIA tags as [C, A]']);
  assert.equal(two.text, text.replace('[I, C]', '[C, I]').replace('[A, C]', '[C, A]'));
});

test('two findings with the same fix: fix-all applies it once, and no "Fix all" is offered for one change', () => {
  const lower = document('flow').replace('cia: [C, I]', 'cia: [i, c]');
  const tags = svc.check(doc(lower, uri)).filter((f) => f.code === 'schema');
  assert.deepEqual(tags.map((f) => f.range), [range(15, 14, 15, 15), range(15, 17, 15, 18)], 'one finding per lower-case tag');
  const titles = svc.codeActions(doc(lower, uri), range(15, 13, 15, 19)).map((a) => a.title).filter((t) => !t.startsWith('Add suggested'));
  assert.deepEqual(titles, ['Write the CIA tags as [C, I]', 'Ignore schema here (# tom-ignore with a reason to write)', 'Write the CIA tags as [C, I]', 'Ignore schema here (# tom-ignore with a reason to write)']);
  assert.deepEqual(svc.fixAll(doc(lower, uri), { rule: 'schema' }), { text: document('flow'), applied: ['Write the CIA tags as [C, I]'] });
});

test('a rule without fixes offers tom-ignore alone; a finding that cannot be ignored, or a file that is no YAML, gets no action', () => {
  const titlesFor = (t: string, code: string) => {
    const f = svc.check(doc(t, uri)).find((x) => x.code === code)!;
    return svc.codeActions(doc(t, uri), f.range).filter((a) => a.diagnostics?.[0]?.message === f.message).map((a) => a.title);
  };
  const flow = document('flow');
  assert.deepEqual(titlesFor(flow, 'missing-contact'), ['Ignore missing-contact here (# tom-ignore with a reason to write)']);
  assert.deepEqual(titlesFor(flow.replace('de: Ausweise}', 'de: Ausweise'), 'yaml-syntax'), [], 'a syntax error is repaired, not ignored');
  assert.deepEqual(titlesFor(flow.replace('        kind: technical\n', '        # tom-ignore schema:\n        kind: technicl\n'), 'suppression-reason'), []);
  const binary = flow.replace('ACME', 'AC\0ME');
  assert.deepEqual(svc.check(doc(binary, uri)).map((f) => f.code), ['yaml-syntax']);
  assert.deepEqual(svc.codeActions(doc(binary, uri), range(0, 0, 18, 0)), []);
  assert.deepEqual(svc.fixAll(doc(binary, uri)), { text: binary, applied: [] });
});

test('the suggested mappings come before the first tom-ignore also when it is the first action; "Fix all" only for a finding here with a fix', () => {
  const planned = document('flow').replace('        cia: [C, I]\n', '        status: plannd\n        cia: [I, C]\n');
  assert.deepEqual(svc.codeActions(doc(planned, uri), range(15, 0, 16, 30)).map((a) => a.title), [
    'Add suggested ISO 27001 mappings (A.7.1, A.7.2)',
    'Add suggested NIST SP 800-53 mappings (PE-2, PE-3)',
    'Add suggested SCC Annex II mappings (8)',
    'Ignore schema here (# tom-ignore with a reason to write)',
    'Write the CIA tags as [C, I]',
    ignoreCia.title,
  ], '"planned" would need a due date: status has only its tom-ignore');
  // the scope at the cursor cannot be renamed (hq is in the list already); the other two can, but not from here
  const measure = (id: string) => `      - id: ${id}\n        title: {en: D, de: D}\n        cia: [C]\n        kind: technical\n        scope: [hqq]\n`;
  const three = document('flow').replace('scope: [hq]', 'scope: [hq, hqq]') + measure('PA-02') + measure('PA-03');
  assert.deepEqual(svc.codeActions(doc(three, uri), range(17, 22, 17, 22)).map((a) => a.title).filter((t) => !t.startsWith('Add suggested')),
    [ignoreScope.title]);
});

test('a request cancelled while the fixes are verified, or before "Fix all" is computed, gets no actions', () => {
  // cancelled from the second question on, as a cancellation token stays cancelled
  const cancelledAfter = (n: number) => { let asked = 0; return () => ++asked > n; };
  const ignoredOnly = document('flow').replace('        kind: technical\n', '        kind: technical\n        reviewed: 2020-01-01\n        status: plannd\n');
  assert.deepEqual(svc.codeActions(doc(ignoredOnly, uri), range(17, 0, 18, 30)).map((a) => a.title).filter((t) => !t.startsWith('Add suggested')),
    ['Ignore stale-review here (# tom-ignore with a reason to write)', 'Ignore schema here (# tom-ignore with a reason to write)']);
  assert.deepEqual(svc.codeActions(doc(ignoredOnly, uri), range(17, 0, 18, 30), { isCancelled: cancelledAfter(1) }), [], 'between the two findings');
  assert.deepEqual(svc.codeActions(doc(text, uri), range(15, 13, 15, 13), { isCancelled: cancelledAfter(1) }), [], 'before "Fix all cia-order problems"');
});

test('`only` with several kinds: each kind asked for is offered', () => {
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { only: ['quickfix', 'source.fixAll.tom'] }).map((a) => [a.title, a.kind]), [
    ['Write the CIA tags as [C, I]', 'quickfix'],
    [ignoreCia.title, 'quickfix'],
    ['Change to scope "hq"', 'quickfix'],
    [ignoreScope.title, 'quickfix'],
    [fixAllCia.title, 'quickfix'],
    ['Fix all safely fixable TOM problems (3)', 'source.fixAll.tom'],
  ]);
});

test('asked about a diagnostic at another place (start line, start column, end line), nothing is singled out; among several, the one that matches is', () => {
  const scope = svc.check(doc(text, uri)).find((f) => f.code === 'undefined-scope')!;
  const first = (diagnostics: Diagnostic[]) => svc.codeActions(doc(text, uri), pa01, { diagnostics }).map((a) => [a.title, a.isPreferred === true]).slice(0, 3);
  for (const moved of [range(16, 16, 17, 19), range(17, 15, 17, 19), range(17, 16, 18, 19)]) {
    assert.deepEqual(first([{ ...scope, range: moved }]), [['Write the CIA tags as [C, I]', true], [ignoreCia.title, false], ['Change to scope "hq"', true]], JSON.stringify(moved));
  }
  assert.deepEqual(first([{ ...scope, message: 'old text' }, scope]), [['Change to scope "hq"', true], [ignoreScope.title, false], ['Write the CIA tags as [C, I]', false]]);
});

test('titles in German under a German UI, "Fix all" and source.fixAll.tom too', () => {
  const de = { locale: 'de' as const };
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { settings: de }).map((a) => a.title), [
    'CIA-Kennzeichen als [C, I] schreiben',
    'cia-order hier ignorieren (# tom-ignore mit einer noch zu schreibenden Begründung)',
    'In den Geltungsbereich „hq“ ändern',
    'undefined-scope hier ignorieren (# tom-ignore mit einer noch zu schreibenden Begründung)',
    'Alle cia-order-Probleme in dieser Datei beheben (2)',
  ]);
  assert.deepEqual(svc.codeActions(doc(text, uri), pa01, { only: ['source.fixAll'], settings: de }).map((a) => a.title), ['Alle sicher behebbaren TOM-Probleme beheben (3)']);
  assert.deepEqual(svc.fixAll(doc(text, uri), { safeOnly: true, settings: de }).applied,
    ['CIA-Kennzeichen als [C, I] schreiben', 'In den Geltungsbereich „hq“ ändern', 'CIA-Kennzeichen als [C, A] schreiben']);
});

test('a document written as one flow map: no tom-ignore, so the suggested mappings come last, after "Fix all"', () => {
  const measure = (id: string, cia: string) => `{id: ${id}, title: B, cia: [${cia}], kind: technical, scope: [hq]}`;
  const one = `{tom: 1, document: {title: T, organization: A, role: controller, language: en, lastUpdated: 2026-10-01}, scopes: {hq: {title: HQ}}, controls: [{type: physical-access, measures: [${measure('PA-01', 'I, C')}, ${measure('PA-02', 'A, C')}]}]}\n`;
  assert.deepEqual(svc.check(doc(one, uri)).map((f) => f.code), ['missing-control-type', 'cia-order', 'cia-order']);
  const cia = one.indexOf('[I, C]');
  const after = one.indexOf(', {id: PA-02');
  assert.deepEqual(svc.codeActions(doc(one, uri), range(0, cia, 0, cia)).map(shown), [
    { title: 'Write the CIA tags as [C, I]', kind: 'quickfix', preferred: true, diagnostics: ['cia-order@0'], edits: [[range(0, cia, 0, cia + 6), '[C, I]']] },
    { ...fixAllCia, diagnostics: ['cia-order@0'], edits: [[range(0, 0, 1, 0), one.replace('[I, C]', '[C, I]').replace('[A, C]', '[C, A]')]] },
    ...[['ISO 27001', 'A.7.1, A.7.2', 'iso27001: [A.7.1, A.7.2]'], ['NIST SP 800-53', 'PE-2, PE-3', 'nist-800-53: [PE-2, PE-3]'], ['SCC Annex II', '8', 'scc-annex-ii: ["8"]']].map(([name, ids, added]) => (
      { title: `Add suggested ${name} mappings (${ids})`, kind: 'quickfix', preferred: false, diagnostics: undefined, edits: [[range(0, after - 1, 0, after - 1), `, mappings: {${added}}`]] })),
  ]);
});

test('one round of fix-all applies every fix that touches no other, wherever each one edits; touching fixes wait for the next round', () => {
  const flow = document('flow');
  // the sections are added at the end of the file for a finding above the CIA tags
  const both = svc.fixAll(doc(flow.replace('cia: [C, I]', 'cia: [I, C]'), uri), { maxRounds: 1 });
  assert.deepEqual(both.applied, ['Add all 8 missing control sections, each with a measure to fill in', 'Write the CIA tags as [C, I]']);
  assert.ok(both.text.startsWith(`${flow}  - type: system-access\n`), both.text);
  // two scopes removed whole lines that meet: one round
  const twoScopes = flow.replace('scopes:\n', 'scopes:\n  lab: {title: {en: Lab, de: Labor}}\n  old: {title: {en: Old, de: Alt}}\n');
  assert.deepEqual(svc.fixAll(doc(twoScopes, uri), { rule: 'unused-scope', maxRounds: 1 }), { text: flow, applied: ['Remove the unused scope "lab"', 'Remove the unused scope "old"'] });
  // an id inserted where the misspelt key starts: the rename waits for the second round
  const titel = flow.replace('      - id: PA-01\n        title:', '      - titel:');
  assert.deepEqual(svc.fixAll(doc(titel, uri), { safeOnly: true, maxRounds: 1 }), { text: flow.replace('        title:', '        titel:'), applied: ['Add id: PA-01 (the next free id)'] });
  assert.deepEqual(svc.fixAll(doc(titel, uri), { safeOnly: true, maxRounds: 2 }), { text: flow, applied: ['Add id: PA-01 (the next free id)', 'Rename "titel" to "title"'] });
  // a title inserted where the renamed id ends
  const again = `${flow}      - id: PA-01\n        cia: [C]\n        kind: technical\n        scope: [hq]\n`;
  const first = svc.fixAll(doc(again, uri), { maxRounds: 1 });
  assert.deepEqual(first.applied, ['Add all 8 missing control sections, each with a measure to fill in', 'Add title: TODO (to fill in)']);
  assert.ok(first.text.startsWith(`${flow}      - id: PA-01\n        title: {en: TODO, de: TODO}\n        cia: [C]\n`), first.text);
  assert.deepEqual(svc.fixAll(doc(again, uri), { maxRounds: 2 }).applied.at(-1), 'Change the id to PA-02 (the next free id)');
});

test('fix-all: a fix that fails verification with the others is left out, and the rest are applied one by one', () => {
  // "planned" would need a due date: the status stays as it is
  const planned = document('flow').replace('cia: [C, I]', 'cia: [I, C]').replace('        kind: technical\n', '        status: plannd\n        kind: technical\n') +
    '      - id: PA-02\n        title: {en: Doors, de: Türen}\n        cia: [A, C]\n        kind: technical\n        scope: [hq]\n';
  assert.deepEqual(svc.fixAll(doc(planned, uri), { safeOnly: true }), {
    text: planned.replace('[I, C]', '[C, I]').replace('[A, C]', '[C, A]'),
    applied: ['Write the CIA tags as [C, I]', 'Write the CIA tags as [C, A]'],
  });
});
