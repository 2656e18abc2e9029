/**
 * The semantic diff of two versions of a TOM document (the service's `diffTom`): every kind of change
 * a reviewer must see, which of them weaken the document, and what is no change at all (reordering,
 * moving, renumbering).
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { diffTom, renderMarkdown, type Change } from '../server/src/service/diff';

const base = `tom: 1
document:
  title: Example TOMs
  organization: Example GmbH
  role: processor
  language: en
  lastUpdated: 2026-10-01
scopes:
  office:
    title: Office
  cloud:
    title: Cloud
controls:
  - type: physical-access
    measures:
      - id: PA-01
        title: Badge access
        cia: [C]
        kind: technical
      - id: PA-02
        title: Visitor log
        cia: [C, I]
        kind: organizational
        scope: [office]
  - type: system-access
    title: Logins
    measures:
      - id: SA-01
        title: Multi-factor authentication
        cia: [C, I, A]
        kind: technical
        scope: [cloud]
      - id: SA-02
        title: Password policy
        cia: [C]
        kind: organizational
        status: planned
        due: 2026-12-01
      - id: SA-03
        title: Screen lock
        cia: [C]
        kind: technical
        status: not-applicable
  - type: encryption
    measures:
      - id: EN-01
        title: {en: TLS everywhere, de: TLS überall}
        cia: [C, I]
        kind: technical
subprocessors:
  - name: Hoster AG
    purpose: Hosting
    locations: [DE]
  - name: Mail Inc.
    purpose: E-mail
    locations: [US]
    transferMechanism: scc
certifications:
  - name: ISO/IEC 27001
    validUntil: 2027-05-31
commitments:
  breachNotificationHours: 48
  deletionHours: 72
  backupDeletionDays: 30
  tlsMinVersion: "1.3"
  passwordMinLength: 12
  accessReviewMonths: 6
`;

/** The base with each `[from, to]` replaced; `from` must occur exactly once, so that no edit silently misses. */
function edit(...replacements: [string, string][]): string {
  let text = base;
  for (const [from, to] of replacements) {
    assert.equal(text.split(from).length, 2, `"${from}" occurs exactly once in the base`);
    text = text.replace(from, to);
  }
  return text;
}

/** A change as the tests compare it: "area action key (was X) [from S] fields ⚠ reasons". */
const brief = (c: Change) => [
  `${c.area} ${c.action} ${c.key}`,
  c.previousKey ? ` (was ${c.previousKey})` : '',
  c.previousSection ? ` from ${c.previousSection}` : '',
  c.fields.length ? ` ${c.fields.map((f) => `${f.field}: ${f.before ?? '-'} → ${f.after ?? '-'}`).join('; ')}` : '',
  c.weakening.length ? ` ⚠ ${c.weakening.join('; ')}` : '',
].join('');

const changes = (after: string, before = base) => diffTom(before, after).changes.map(brief);

test('an identical text, and one that differs only in comments and layout, has no changes', () => {
  assert.deepEqual(diffTom(base, base), { status: 'unchanged', changes: [], problems: [] });
  const reformatted = edit(['tom: 1\n', '# reviewed by the DPO\ntom: 1\n\n'], ['cia: [C, I, A]', 'cia:\n          - C\n          - I\n          - A']);
  assert.deepEqual(diffTom(base, reformatted), { status: 'changed', changes: [], problems: [] });
});

test('measures added and removed; removing a not-applicable measure weakens nothing', () => {
  assert.deepEqual(changes(edit(
    ['      - id: PA-02\n        title: Visitor log\n        cia: [C, I]\n        kind: organizational\n        scope: [office]\n', ''],
    ['      - id: SA-03\n        title: Screen lock\n        cia: [C]\n        kind: technical\n        status: not-applicable\n',
      '      - id: SA-04\n        title: Session timeout\n        cia: [C]\n        kind: technical\n'],
  )), [
    'measure added SA-04',
    'measure removed PA-02 ⚠ removed',
    'measure removed SA-03',
  ]);
});

test('field changes of a measure: title, CIA tags, kind, status, scope, due; only the weakening ones are flagged', () => {
  assert.deepEqual(changes(edit(
    ['title: Badge access', 'title: Badge and PIN access'],
    ['cia: [C, I]\n        kind: organizational\n        scope: [office]', 'cia: [C, I, A]\n        kind: technical\n        scope: [office, cloud]'],
    ['cia: [C, I, A]\n        kind: technical\n        scope: [cloud]', 'cia: [C, I]\n        kind: technical\n        status: partial\n        due: 2027-01-31\n        scope: [cloud]'],
    ['due: 2026-12-01', 'due: 2027-03-01'],
  )), [
    'measure changed PA-01 title: Badge access → Badge and PIN access',
    'measure changed PA-02 cia: C, I → C, I, A; kind: organizational → technical; scope: office → office, cloud',
    'measure changed SA-01 cia: C, I, A → C, I; status: implemented → partial; due: - → 2027-01-31 ⚠ CIA tag A removed; downgraded from implemented to partial',
    'measure changed SA-02 due: 2026-12-01 → 2027-03-01 ⚠ due date postponed from 2026-12-01 to 2027-03-01',
  ]);
});

test('every downgrade of status weakens; an upgrade, an earlier due date and reordered CIA tags do not', () => {
  assert.deepEqual(changes(edit(['status: planned\n        due: 2026-12-01', 'status: not-applicable'])), [
    'measure changed SA-02 status: planned → not-applicable; due: 2026-12-01 → - ⚠ downgraded from planned to not-applicable',
  ]);
  assert.deepEqual(changes(edit(['title: Badge access\n        cia: [C]\n        kind: technical', 'title: Badge access\n        cia: [C]\n        kind: technical\n        status: planned\n        due: 2027-01-01'])), [
    'measure changed PA-01 status: implemented → planned; due: - → 2027-01-01 ⚠ downgraded from implemented to planned',
  ]);
  assert.deepEqual(changes(edit(['status: planned\n        due: 2026-12-01', 'status: partial\n        due: 2026-12-01'])), [
    'measure changed SA-02 status: planned → partial',
  ]);
  assert.deepEqual(changes(edit(['due: 2026-12-01', 'due: 2026-11-30'], ['cia: [C, I, A]', 'cia: [A, C, I]'])), [
    'measure changed SA-02 due: 2026-12-01 → 2026-11-30',
  ]);
});

test('reordered measures and sections are no change; a measure moved to another section is a move, not a removal', () => {
  const pa01 = '      - id: PA-01\n        title: Badge access\n        cia: [C]\n        kind: technical\n';
  const pa02 = '      - id: PA-02\n        title: Visitor log\n        cia: [C, I]\n        kind: organizational\n        scope: [office]\n';
  assert.deepEqual(changes(edit([pa01 + pa02, pa02 + pa01])), []);
  const encryption = base.slice(base.indexOf('  - type: encryption'), base.indexOf('subprocessors:'));
  assert.deepEqual(changes(edit([encryption, ''], ['controls:\n', `controls:\n${encryption}`])), []);
  assert.deepEqual(changes(edit([pa02, ''], ['      - id: SA-01\n', `${pa02}      - id: SA-01\n`])), [
    'measure moved PA-02 from physical-access',
  ]);
});

test('a measure with a new id but the same content is renumbered; with the same title and other changes too', () => {
  assert.deepEqual(changes(edit(['id: PA-01', 'id: PA-07'])), ['measure renumbered PA-07 (was PA-01)']);
  // moved to another section under that section's prefix, and changed on the way
  const sa01 = '      - id: SA-01\n        title: Multi-factor authentication\n        cia: [C, I, A]\n        kind: technical\n        scope: [cloud]\n';
  assert.deepEqual(changes(edit([sa01, ''], ['      - id: PA-01\n', '      - id: PA-03\n        title: Multi-factor authentication\n        cia: [C, I]\n        kind: technical\n        scope: [cloud]\n      - id: PA-01\n'])), [
    'measure renumbered PA-03 (was SA-01) from system-access cia: C, I, A → C, I ⚠ CIA tag A removed',
  ]);
});

test('a renamed measure (same id, new title) is a change, in the language the title changed in', () => {
  assert.deepEqual(changes(edit(['title: Multi-factor authentication', 'title: Two-factor authentication'])), [
    'measure changed SA-01 title: Multi-factor authentication → Two-factor authentication',
  ]);
  assert.deepEqual(changes(edit(['de: TLS überall', 'de: TLS für alle Verbindungen'])), [
    'measure changed EN-01 title (de): TLS überall → TLS für alle Verbindungen',
  ]);
});

test('sections and scopes added, removed and changed; a removed section weakens', () => {
  const encryption = base.slice(base.indexOf('  - type: encryption'), base.indexOf('subprocessors:'));
  assert.deepEqual(changes(edit(
    [encryption, '  - type: order\n    measures:\n      - id: OR-01\n        title: Data processing agreements\n        cia: [C, I]\n        kind: organizational\n'],
    ['    title: Logins\n', '    title: Logins and sessions\n'],
    ['  cloud:\n    title: Cloud\n', '  lab:\n    title: Lab\n'],
    ['    title: Office\n', '    title: Head office\n'],
    ['scope: [cloud]', 'scope: [lab]'],
  )), [
    'section changed system-access title: Logins → Logins and sessions',
    'section added order',
    'section removed encryption ⚠ control type no longer covered',
    'measure changed SA-01 scope: cloud → lab',
    'measure added OR-01',
    'measure removed EN-01 ⚠ removed',
    'scope changed office title: Office → Head office',
    'scope added lab',
    'scope removed cloud',
  ]);
});

test('subprocessors: a new one or a new location outside the EU/EEA, or a removed transfer mechanism, weakens', () => {
  assert.deepEqual(changes(edit(
    ['    locations: [DE]\n', '    locations: [DE, CH]\n'],
    ['    transferMechanism: scc\n', ''],
    ['certifications:\n', '  - name: Analytics LLC\n    purpose: Analytics\n    locations: [US]\n    transferMechanism: dpf\n  - name: Backup Oy\n    purpose: Backups\n    locations: [FI, NO]\ncertifications:\n'],
  )), [
    'subprocessor changed Hoster AG locations: DE → DE, CH ⚠ new location outside the EU/EEA: CH (adequacy decision)',
    'subprocessor changed Mail Inc. transferMechanism: scc → - ⚠ transfer mechanism scc removed',
    'subprocessor added Analytics LLC ⚠ new subprocessor outside the EU/EEA: US',
    'subprocessor added Backup Oy',
  ]);
  assert.deepEqual(changes(edit(['  - name: Mail Inc.\n    purpose: E-mail\n    locations: [US]\n    transferMechanism: scc\n', ''], ['purpose: Hosting', 'purpose: Hosting and backups'])), [
    'subprocessor changed Hoster AG purpose: Hosting → Hosting and backups',
    'subprocessor removed Mail Inc.',
  ]);
});

test('certifications: a removed one weakens; an added or renewed one does not', () => {
  assert.deepEqual(changes(edit(['validUntil: 2027-05-31', 'validUntil: 2030-05-31'], ['commitments:\n', '  - name: SOC 2 Type 2\ncommitments:\n'])), [
    'certification changed ISO/IEC 27001 validUntil: 2027-05-31 → 2030-05-31',
    'certification added SOC 2 Type 2',
  ]);
  assert.deepEqual(changes(edit(['  - name: ISO/IEC 27001\n    validUntil: 2027-05-31\n', ''])), [
    'certification removed ISO/IEC 27001 ⚠ removed',
  ]);
});

test('commitments: each one loosened weakens, tightened does not; a removed one is no longer promised', () => {
  const loosened = edit(
    ['breachNotificationHours: 48', 'breachNotificationHours: 72'],
    ['deletionHours: 72', 'deletionHours: 720'],
    ['backupDeletionDays: 30', 'backupDeletionDays: 90'],
    ['tlsMinVersion: "1.3"', 'tlsMinVersion: "1.2"'],
    ['passwordMinLength: 12', 'passwordMinLength: 8'],
    ['accessReviewMonths: 6', 'accessReviewMonths: 12'],
  );
  assert.deepEqual(changes(loosened), [
    'commitment changed breachNotificationHours value: 48 → 72 ⚠ loosened from 48 to 72',
    'commitment changed deletionHours value: 72 → 720 ⚠ loosened from 72 to 720',
    'commitment changed backupDeletionDays value: 30 → 90 ⚠ loosened from 30 to 90',
    'commitment changed tlsMinVersion value: 1.3 → 1.2 ⚠ loosened from 1.3 to 1.2',
    'commitment changed passwordMinLength value: 12 → 8 ⚠ loosened from 12 to 8',
    'commitment changed accessReviewMonths value: 6 → 12 ⚠ loosened from 6 to 12',
  ]);
  // the way back tightens every one of them
  assert.ok(diffTom(loosened, base).changes.every((c) => c.weakening.length === 0));
  assert.equal(diffTom(loosened, base).changes.length, 6);
  const withoutPassword = edit(['  passwordMinLength: 12\n', '']);
  assert.deepEqual(changes(withoutPassword), ['commitment removed passwordMinLength ⚠ no longer promised']);
  assert.deepEqual(changes(base, withoutPassword), ['commitment added passwordMinLength']);
});

test('a new document weakens nothing; a deleted one weakens everything', () => {
  const added = diffTom(undefined, base);
  assert.equal(added.status, 'added');
  assert.equal(added.changes.filter((c) => c.area === 'measure' && c.action === 'added').length, 6);
  assert.ok(added.changes.every((c) => c.weakening.length === 0), 'not even the US subprocessor: check judges a new document');
  assert.deepEqual(diffTom(base, undefined).changes.map(brief), ['document removed  ⚠ the whole document is deleted']);
});

test('a version with YAML errors is compared as far as it parses, with a note', () => {
  const broken = edit(['title: Screen lock', 'title: [Screen lock']);
  const diff = diffTom(base, broken);
  assert.equal(diff.problems.length, 1);
  // reported where the unclosed list opens (line 40), not where the next line fails to continue it
  assert.match(diff.problems[0], /^the new version has a YAML error \(line 40: Flow sequence .*\); this summary may be incomplete$/);
  assert.deepEqual(diff.changes.map((c) => `${c.area} ${c.action} ${c.key}`), ['measure changed SA-03'], 'the rest of the document is still compared');
});

test('the Markdown puts the weakening first and keeps authors\' characters from breaking the table', () => {
  const after = edit(['title: Badge access', 'title: Badge | PIN *access*'], ['breachNotificationHours: 48', 'breachNotificationHours: 72']);
  assert.equal(renderMarkdown([{ path: 'policy.tom.yaml', diff: diffTom(base, after) }]), [
    '<!-- tom-studio diff -->',
    '## ⚠ TOM changes: 2 changes in 1 file, 1 of them weakening',
    '',
    '### `policy.tom.yaml`: measures: 1 changed · commitments: 1 changed',
    '',
    '#### ⚠ Weakening',
    '',
    '- Commitment `breachNotificationHours`: loosened from 48 to 72',
    '',
    '#### Measures',
    '',
    '| Change | Measure | Section | Details |',
    '|---|---|---|---|',
    '| changed | **PA-01** Badge \\| PIN \\*access\\* | physical-access | title: Badge access → Badge \\| PIN \\*access\\* |',
    '',
    '#### Commitments',
    '',
    '- ⚠ changed `breachNotificationHours`: 48 → 72',
    '',
  ].join('\n'));
});
