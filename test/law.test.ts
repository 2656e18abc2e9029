/**
 * The country lists behind third-country-transfer, entry by entry, through the public check(): each
 * EEA and adequacy entry is free to receive data, a third country is a finding at its location with
 * the advice for it. The lists are iterated from the exported data, so a new entry is tested too;
 * the facts below make a dropped entry fail (EU 27 + the EEA's IS, LI, NO; the adequacy decisions
 * of Art. 45 GDPR as of 2026-11).
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import schema from '../schemas/tom.schema.json';
import { adequate, eea, isThirdCountry } from '../server/src/service/law/countries';
import { brief, check, read } from './helpers/fixtures';

const euMembers = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const eeaOnly = ['IS', 'LI', 'NO'];
const adequacyDecisions = ['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY'];
/** Countries with no adequacy decision (the US has one only for DPF-certified recipients). */
const thirdCountries = ['US', 'IN', 'CN', 'BR', 'RU', 'AU', 'SG', 'ZA', 'TR', 'AE'];

const clean = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
const subprocessorLine = clean.split('\n').length + 1; // the `locations:` line of the first appended subprocessor

/** The clean fixture with subprocessors, each a list of locations and maybe a mechanism. */
const withSubprocessors = (...sps: { locations: string[]; mechanism?: string }[]) => clean + 'subprocessors:\n' + sps.map((sp, i) =>
  `  - name: Sub ${i + 1}\n    purpose: Hosting\n    locations: [${sp.locations.join(', ')}]\n${sp.mechanism ? `    transferMechanism: ${sp.mechanism}\n` : ''}`).join('');

const transfers = (text: string) => check(text).filter((f) => f.code === 'third-country-transfer').map((f) => `${brief(f)}: ${f.message}`);

const advice = (code: string) => code === 'US'
  ? 'add transferMechanism: dpf (if the recipient is certified under the EU-U.S. Data Privacy Framework) or scc'
  : 'add transferMechanism: scc (or bcr, derogation)';

test('the EEA list is the 27 EU members, the EU itself, and Iceland, Liechtenstein and Norway', () => {
  for (const code of [...euMembers, 'EU', 'EL', ...eeaOnly]) assert.ok(eea.has(code), `${code} is in the EEA list`);
  // Greece is also written EL in EU texts; nothing else belongs there
  assert.deepEqual([...eea].filter((c) => ![...euMembers, 'EU', ...eeaOnly, 'EL'].includes(c)), []);
});

test('every adequacy decision of Art. 45 GDPR is in the list', () => {
  for (const code of adequacyDecisions) assert.ok(adequate.has(code), `${code} has an adequacy decision`);
  for (const code of thirdCountries) assert.ok(!adequate.has(code) && !eea.has(code), `${code} is a third country`);
});

test('every EEA and adequacy entry receives data without a transfer mechanism', () => {
  for (const code of [...eea, ...adequate]) {
    assert.equal(isThirdCountry(code), false, code);
    assert.deepEqual(transfers(withSubprocessors({ locations: [code] })), [], code);
  }
});

test('every third country is a finding at its location, with the advice for it', () => {
  for (const code of thirdCountries) {
    assert.equal(isThirdCountry(code), true, code);
    assert.deepEqual(transfers(withSubprocessors({ locations: [code] })), [
      `third-country-transfer ${subprocessorLine + 2}:17-${subprocessorLine + 2}:19: Sub 1 processes data in ${code}, a third country without an EU adequacy decision: ${advice(code)}.`,
    ], code);
  }
});

test('every third-country location of every subprocessor is reported, the free ones between them are not', () => {
  const text = withSubprocessors({ locations: ['US', 'DE', 'IN', 'NO'] }, { locations: ['CH', 'BR'] }, { locations: ['CN'] });
  const line = subprocessorLine + 2;
  assert.deepEqual(transfers(text).map((f) => f.replace(/: .*/, '')), [
    `third-country-transfer ${line}:17-${line}:19`,
    `third-country-transfer ${line}:25-${line}:27`,
    `third-country-transfer ${line + 3}:21-${line + 3}:23`,
    `third-country-transfer ${line + 6}:17-${line + 6}:19`,
  ]);
  assert.match(transfers(text)[2], /: Sub 2 processes data in BR,/);
});

test('each transfer mechanism of the schema covers the subprocessor; lower-case or odd codes are left to the schema', () => {
  const mechanisms = JSON.stringify(schema).match(/"transferMechanism":\{"oneOf":\[.*?\]/)![0].match(/"const":"[^"]+"/g)!.map((c) => c.slice(9, -1));
  assert.ok(mechanisms.length >= 5, mechanisms.join());
  for (const mechanism of mechanisms) assert.deepEqual(transfers(withSubprocessors({ locations: ['US', 'IN'], mechanism })), [], mechanism);
  assert.equal(transfers(withSubprocessors({ locations: ['US', 'IN'] })).length, 2);
  assert.deepEqual(transfers(withSubprocessors({ locations: ['us', 'USA', 'U'] })), []);
});

test('a subprocessor without a name is called "This subprocessor"', () => {
  const text = clean + 'subprocessors:\n  - purpose: Hosting\n    locations: [IN]\n';
  assert.match(transfers(text)[0], /: This subprocessor processes data in IN,/);
});
