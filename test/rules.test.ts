/**
 * One fixture per rule (test/fixtures/rules/<rule>.tom.yaml) with its exact expected findings
 * (<rule>.expected: "rule line:col-line:col", 1-based, the range's end exclusive), today fixed.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rules } from '../server/src/service';
import { brief, check, read, repoRoot } from './helpers/fixtures';

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
