/**
 * One fixture per rule (test/fixtures/rules/<rule>.tom.yaml) with its exact expected findings
 * (<rule>.expected: "rule line:col-line:col", 1-based, the range's end exclusive), today fixed.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createTomService, rules } from '../server/src/service';
import { brief, check, doc, read, repoRoot } from './helpers/fixtures';

const dir = join('test', 'fixtures', 'rules');
const fixtures = readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith('.tom.yaml')).map((f) => f.replace('.tom.yaml', ''));

test('every rule of the rule table has a fixture', () => {
  const missing = Object.keys(rules).filter((id) => id !== 'file-too-large' && !fixtures.includes(id));
  assert.deepEqual(missing, []);
});

for (const name of fixtures) {
  test(`rule fixture ${name}`, () => {
    const findings = check(read(dir, `${name}.tom.yaml`));
    const expected = read(dir, `${name}.expected`).split('\n').filter(Boolean);
    assert.deepEqual(findings.map(brief), expected);
    if (name !== 'clean') assert.ok(findings.some((f) => f.code === name), `the fixture shows its rule ${name}`);
    for (const f of findings) {
      assert.equal(f.source, 'tom');
      assert.match(f.message, /\S[.?]$/, `a whole sentence: ${f.message}`);
      assert.doesNotMatch(f.message, /must match pattern|must be equal to one of|must NOT have|must have required property/, 'no raw ajv wording');
    }
  });
}

// Rewritten on another branch (the law data): their messages get German there.
const englishOnly = new Set(['third-country-transfer', 'breach-notification', 'weak-crypto', 'unknown-control-type']);

test('with locale de, every finding of every fixture is a German sentence', () => {
  for (const name of fixtures) {
    const text = read(dir, `${name}.tom.yaml`);
    const english = check(text);
    const german = check(text, { locale: 'de' });
    assert.deepEqual(german.map(brief), english.map(brief), `${name}: the same findings`);
    german.forEach((f, i) => {
      assert.match(f.message, /\S[.?]$/, `${name}: a whole sentence: ${f.message}`);
      if (!englishOnly.has(f.code)) assert.notEqual(f.message, english[i].message, `${name}: ${f.code} has no German message`);
    });
  }
  const [tooLarge] = check('tom: 1\n', { locale: 'de', maxFileSize: 3 });
  assert.equal(tooLarge.code, 'file-too-large');
  assert.match(tooLarge.message, /^Diese Datei hat 7 Zeichen, mehr als die Grenze von 3: sie wurde nicht geprüft\. .*tom\.maxFileSizeMB/);
});

test('German messages use the GDPR terms of the German UI', () => {
  const de = (name: string, code: string) => check(read(dir, `${name}.tom.yaml`), { locale: 'de' }).find((f) => f.code === code)?.message ?? '';
  assert.match(de('missing-control-type', 'missing-control-type'), /^Für die Rolle „Verantwortlicher“ fehlen 3 Kontrolltypen: .*Auftragskontrolle \(Art\. 28 DSGVO\).* Ergänzen Sie je einen Abschnitt mit type: /);
  assert.match(de('duplicate-id', 'duplicate-id'), /^Die Maßnahmen-ID \S+ steht auch in Zeile \d+/);
  assert.match(de('undefined-scope', 'undefined-scope'), /^Der Geltungsbereich „/);
  assert.match(de('stale-review', 'stale-review'), /Art\. 32 Abs\. 1 lit\. d DSGVO/);
});

test('certification-expired: a withdrawn edition and a past validUntil are warnings, a renewal within 90 days is info', () => {
  const findings = check(read(dir, 'certification-expired.tom.yaml'));
  assert.deepEqual(findings.map((f) => f.severity), [2, 2, 3]);
  assert.match(findings[0].message, /^Certificates to ISO\/IEC 27001:2013 are no longer valid: the transition to ISO\/IEC 27001:2022 ended on 31 October 2025 \(IAF MD 26\)\./);
  assert.match(findings[2].message, /^TISAX Level 2 expires on 15 January 2027, in 51 days/);
  const before = createTomService({ host: { today: () => '2025-10-31' } }).check(doc(read(dir, 'certification-expired.tom.yaml')));
  assert.equal(before.some((f) => f.message.includes('27001:2013')), false, 'valid until the transition ended');
});

test('every certification fact names its source and the date it was checked', () => {
  const facts = JSON.parse(read('server', 'src', 'service', 'law', 'certifications.json')) as Record<string, unknown>[];
  assert.ok(facts.length > 0);
  for (const fact of facts) {
    assert.ok(typeof fact.source === 'string' && fact.source.length > 10, `${fact.standard}: no source`);
    assert.match(String(fact.asOf), /^\d{4}-\d{2}-\d{2}$/, `${fact.standard}: no asOf date`);
  }
});

test('a rule can be switched off or given another severity', () => {
  const text = read(dir, 'unused-scope.tom.yaml');
  assert.equal(check(text).find((f) => f.code === 'unused-scope')?.severity, 4 /* hint */);
  assert.equal(check(text, { rules: { 'unused-scope': 'error' } }).find((f) => f.code === 'unused-scope')?.severity, 1);
  assert.equal(check(text, { rules: { 'unused-scope': 'off' } }).some((f) => f.code === 'unused-scope'), false);
});

test('stale-review follows the configured number of months', () => {
  const text = read(dir, 'clean.tom.yaml').replace('lastUpdated: 2026-11-01', 'lastUpdated: 2026-04-30');
  assert.equal(check(text).some((f) => f.code === 'stale-review'), false);
  assert.deepEqual(check(text, { staleReviewMonths: 6 }).filter((f) => f.code === 'stale-review').map(brief), ['stale-review 7:16-7:26']);
});

test('tom-ignore above a measure silences that rule anywhere inside the measure, and nothing else', () => {
  const base = read(dir, 'clean.tom.yaml');
  const text = base.replace('      - {id: OR-01, title: A order measure, cia: [C, I], kind: technical}',
    '      # tom-ignore placeholder-text: wording agreed with legal, see ticket 42\n      - id: OR-01\n        title: TODO\n        description: TBD\n        cia: [C, I]\n        kind: technical\n      - {id: OR-02, title: TODO, cia: [C, I], kind: technical}');
  assert.deepEqual(check(text).map(brief), ['placeholder-text 33:28-33:32']);
});

test('findings speak the user\'s language: German with locale de, English otherwise, never the other field', () => {
  const text = read(dir, 'cia-order.tom.yaml');
  const german = check(text, { locale: 'de' }).find((f) => f.code === 'cia-order');
  const english = check(text).find((f) => f.code === 'cia-order');
  assert.match(german?.message ?? '', /^CIA-Kennzeichen stehen in der Reihenfolge C, I, A: schreiben Sie \[/);
  assert.match(english?.message ?? '', /^CIA tags are written in the order C, I, A: write \[/);
  assert.equal('messages' in (german ?? {}), false, 'clients see one message');
});

test('stale-review says "a month" for a one-month setting, in English and German', () => {
  const text = read(dir, 'clean.tom.yaml').replace('lastUpdated: 2026-11-01', 'lastUpdated: 2026-09-30');
  assert.match(check(text, { staleReviewMonths: 1 }).find((f) => f.code === 'stale-review')?.message ?? '', /, more than a month ago: /);
  assert.match(check(text, { staleReviewMonths: 1, locale: 'de' }).find((f) => f.code === 'stale-review')?.message ?? '', /, vor mehr als einem Monat: /);
});
