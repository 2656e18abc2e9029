/**
 * Every legal or configured threshold at, just below and just above its value, through the public
 * check(): a `>` that becomes `>=` (or the other way round) fails here. Small documents: the clean
 * rule fixture plus the one key under test. Today is fixed at 2026-11-25.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brief, check, read } from './helpers/fixtures';

const clean = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
/** Line (1-based) of the first appended line. */
const appended = clean.split('\n').length;

/** The findings of `rule`, as "rule range: message". */
const findings = (text: string, rule: string, settings = {}) =>
  check(text, settings).filter((f) => f.code === rule).map((f) => `${brief(f)}: ${f.message}`);

const commitment = (key: string, value: string) => `${clean}commitments:\n  ${key}: ${value}\n`;

test('breach-notification: a controller may take 72 hours, not 73 (Art. 33(1)); a processor less than 72 (Art. 33(2))', () => {
  const asController = (text: string) => text.replace('  role: processor', '  role: controller');
  const col = '  breachNotificationHours: '.length + 1;
  const at = (hours: number) => `breach-notification ${appended + 1}:${col}-${appended + 1}:${col + String(hours).length}`;
  for (const hours of [0, 24, 71, 72]) assert.deepEqual(findings(asController(commitment('breachNotificationHours', String(hours))), 'breach-notification'), [], `controller ${hours} h`);
  for (const hours of [73, 96, 720]) {
    assert.deepEqual(findings(asController(commitment('breachNotificationHours', String(hours))), 'breach-notification'), [
      `${at(hours)}: The controller notifies the supervisory authority within 72 hours of becoming aware of a breach (Art. 33(1) GDPR), later only with reasons for the delay: promise 72 hours or less instead of ${hours}.`,
    ], `controller ${hours} h`);
  }
  for (const hours of [0, 24, 48, 71]) assert.deepEqual(findings(commitment('breachNotificationHours', String(hours)), 'breach-notification'), [], `processor ${hours} h`);
  for (const hours of [72, 73, 96]) {
    assert.deepEqual(findings(commitment('breachNotificationHours', String(hours)), 'breach-notification'), [
      `${at(hours)}: A processor notifies the controller without undue delay (Art. 33(2) GDPR); ${hours} hours uses up the controller's whole 72 hours for notifying the authority (Art. 33(1); EDPB Guidelines 9/2022): promise less, typically 24 to 48 hours.`,
    ], `processor ${hours} h`);
  }
  // not a number of hours: the schema's business, not the legal rule's
  assert.deepEqual(findings(commitment('breachNotificationHours', '"100"'), 'breach-notification'), []);
});

test('weak-crypto on tlsMinVersion: 1.0 and 1.1 are deprecated, 1.2 and 1.3 are not', () => {
  for (const v of ['"1.2"', '"1.3"', '1.2', '1.3']) assert.deepEqual(findings(commitment('tlsMinVersion', v), 'weak-crypto'), [], v);
  const col = '  tlsMinVersion: '.length + 1;
  for (const [v, shown] of [['"1.1"', '1.1'], ['"1.0"', '1.0'], ['"1"', '1'], ['1.1', '1.1']]) {
    assert.deepEqual(findings(commitment('tlsMinVersion', v), 'weak-crypto'), [
      `weak-crypto ${appended + 1}:${col}-${appended + 1}:${col + v.length}: TLS ${shown} is deprecated (RFC 8996; NIST SP 800-52 Rev. 2): commit to tlsMinVersion: "1.2" or "1.3" (BSI TR-02102-2).`,
    ], v);
  }
});

test('stale-review: exactly 12 months ago is still fresh, a day more is stale; the months are configurable', () => {
  const dated = (d: string) => clean.replace('lastUpdated: 2026-11-01', `lastUpdated: ${d}`);
  const stale = (d: string, months = 12) =>
    [`stale-review 7:16-7:26: The document was last updated on ${d}, more than ${months} months ago: review it and update the date (Art. 32(1)(d) GDPR asks for regular evaluation).`];
  assert.deepEqual(findings(dated('2025-11-26'), 'stale-review'), []);
  assert.deepEqual(findings(dated('2025-11-25'), 'stale-review'), []);
  assert.deepEqual(findings(dated('2025-11-24'), 'stale-review'), stale('2025-11-24'));
  assert.deepEqual(findings(dated('2026-05-25'), 'stale-review', { staleReviewMonths: 6 }), []);
  assert.deepEqual(findings(dated('2026-05-24'), 'stale-review', { staleReviewMonths: 6 }), stale('2026-05-24', 6));
  // a measure's own `reviewed` date follows the same cut-off
  const reviewed = (d: string) => clean.replace('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical}', `{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, reviewed: ${d}}`);
  assert.deepEqual(findings(reviewed('2025-11-25'), 'stale-review'), []);
  assert.deepEqual(findings(reviewed('2025-11-24'), 'stale-review'), [
    'stale-review 12:92-12:102: Measure PA-01 was last reviewed on 2025-11-24, more than 12 months ago: review it and update the date (Art. 32(1)(d) GDPR asks for regular evaluation).',
  ]);
});

test('overdue: due today is not overdue, due yesterday is; implemented and not-applicable measures never are', () => {
  const due = (status: string, d: string) => clean.replace('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical}', `{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, status: ${status}, due: ${d}}`);
  const col = '      - {id: PA-01, title: A physical-access measure, cia: [C], kind: technical, status: planned, due: '.length + 1;
  assert.deepEqual(findings(due('planned', '2026-11-26'), 'overdue'), []);
  assert.deepEqual(findings(due('planned', '2026-11-25'), 'overdue'), []);
  assert.deepEqual(findings(due('planned', '2026-11-24'), 'overdue'), [
    `overdue 12:${col}-12:${col + 10}: Measure PA-01 was due on 2026-11-24 and is still planned: implement it and set status: implemented, or agree a new due date.`,
  ]);
  assert.equal(findings(due('partial', '2026-11-24'), 'overdue').length, 1);
  assert.deepEqual(findings(due('implemented', '2020-01-01'), 'overdue'), []);
  assert.deepEqual(findings(due('not-applicable', '2020-01-01'), 'overdue'), []);
  // no status means implemented: a past due date is history, not a finding
  const noStatus = clean.replace('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical}', '{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, due: 2020-01-01}');
  assert.deepEqual(findings(noStatus, 'overdue'), []);
});

test('due-date-missing: planned and partial need a due date, the other statuses do not', () => {
  const status = (s: string, extra = '') => clean.replace('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical}', `{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, status: ${s}${extra}}`);
  const col = '      - {id: PA-01, title: A physical-access measure, cia: [C], kind: technical, status: '.length + 1;
  for (const s of ['planned', 'partial']) {
    assert.deepEqual(findings(status(s), 'due-date-missing'), [`due-date-missing 12:${col}-12:${col + s.length}: A ${s} measure needs a due date: add due: YYYY-MM-DD.`]);
    assert.deepEqual(findings(status(s, ', due: 2027-01-01'), 'due-date-missing'), []);
  }
  for (const s of ['implemented', 'not-applicable']) assert.deepEqual(findings(status(s), 'due-date-missing'), []);
});

test('file-too-large: a file of exactly the limit is analysed, one character more is not', () => {
  const limit = clean.length;
  assert.deepEqual(findings(clean, 'file-too-large', { maxFileSize: limit }), []);
  assert.deepEqual(check(clean + ' ', { maxFileSize: limit }).map((f) => `${brief(f)}: ${f.message}`), [
    `file-too-large 1:1-1:1: This file has ${limit + 1} characters, more than the limit of ${limit}: it was not analysed. Split it, or raise the limit (setting tom.maxFileSizeMB, or maxFileSizeMB in .tom-studio.yaml).`,
  ]);
});
