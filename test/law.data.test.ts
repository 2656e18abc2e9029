/**
 * The legal facts the rules use are data with a source and the date they were last checked
 * (server/src/service/law/, listed in docs/law.md); an entry without them is refused.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import bdsg64 from '../server/src/service/law/bdsg64.json';
import { adequacyDecisions, countries, eeaTerritories, legalStatus, readLocation } from '../server/src/service/law/countries';
import { fastPasswordHash, weakAlgorithms } from '../server/src/service/law/weakAlgorithms';
import { read } from './helpers/fixtures';

const lists: Record<string, readonly { source?: unknown; asOf?: unknown }[]> = {
  countries, eea: eeaTerritories, adequacy: adequacyDecisions, weakAlgorithms, passwordHashing: [fastPasswordHash], bdsg64,
};

test('every entry of every law list names its source and the date it was checked', () => {
  for (const [name, list] of Object.entries(lists)) {
    assert.ok(list.length > 0, `${name} is empty`);
    list.forEach((entry, i) => {
      assert.ok(typeof entry.source === 'string' && entry.source.trim().length > 5, `${name}[${i}] has no source`);
      assert.match(String(entry.asOf), /^\d{4}-\d{2}-\d{2}$/, `${name}[${i}] has no asOf date`);
    });
  }
});

test('docs/law.md names every list with the date it was last checked', () => {
  const doc = read('docs', 'law.md');
  for (const [name, list] of Object.entries(lists)) {
    const newest = list.map((e) => String(e.asOf)).sort().at(-1)!;
    assert.ok(doc.includes(newest), `docs/law.md does not give ${newest}, the date ${name} was checked`);
  }
  for (const d of adequacyDecisions) assert.ok(doc.includes(d.country ?? d.organisation!), `docs/law.md lacks the decision for ${d.country ?? d.organisation}`);
  for (const w of weakAlgorithms) assert.ok(doc.includes(`\`${w.id}\``), `docs/law.md lacks the weak algorithm ${w.id}`);
});

test('the country list is ISO 3166-1 alpha-2: 249 unique codes, each with an English and a German name', () => {
  assert.equal(countries.length, 249);
  assert.equal(new Set(countries.map((c) => c.code)).size, 249);
  for (const c of countries) assert.ok(/^[A-Z]{2}$/.test(c.code) && c.en && c.de, c.code);
});

test('names, aliases and codes people write are read as the country they mean', () => {
  const cases: [string, string, string][] = [
    ['DE', 'code', 'DE'], ['UK', 'code', 'GB'], ['EL', 'code', 'GR'], ['EU', 'code', 'EU'],
    ['USA', 'name', 'US'], ['United States', 'name', 'US'], ['Vereinigte Staaten', 'name', 'US'], ['Deutschland', 'name', 'DE'],
    ['germany', 'name', 'DE'], ['Schweiz', 'name', 'CH'], ['Südkorea', 'name', 'KR'], ['Republic of Korea', 'name', 'KR'],
  ];
  for (const [written, kind, code] of cases) assert.deepEqual(readLocation(written), { kind, code }, written);
  assert.deepEqual(readLocation('XX'), { kind: 'unknown' });
  assert.deepEqual(readLocation('Atlantis'), { kind: 'unknown' });
  // a name is looked up up to 120 characters (punctuation around it aside); a longer text is no name
  assert.deepEqual(readLocation(`Germany${'.'.repeat(113)}`), { kind: 'name', code: 'DE' });
  assert.deepEqual(readLocation(`Germany${'.'.repeat(114)}`), { kind: 'unknown' });
});

test('the EU/EEA, its territories, adequacy decisions and third countries', () => {
  const kind = (code: string) => legalStatus(code).kind;
  for (const code of ['DE', 'GR', 'EU', 'IS', 'LI', 'NO', 'RE', 'GP', 'MQ', 'GF', 'YT', 'MF', 'AX']) assert.equal(kind(code), 'eea', code);
  for (const code of ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'US', 'UY']) assert.equal(kind(code), 'adequate', code);
  for (const code of ['IN', 'CN', 'RU', 'AU', 'SG']) assert.equal(kind(code), 'third-country', code);
  const scope = (code: string) => adequacyDecisions.find((d) => d.country === code)?.scope;
  assert.equal(scope('US'), 'certified');
  assert.equal(scope('CA'), 'commercial');
  assert.equal(scope('JP'), 'private-sector');
  assert.equal(scope('BR'), 'full');
  assert.deepEqual(adequacyDecisions.filter((d) => !d.country).map((d) => [d.organisation, d.scope]), [['European Patent Organisation', 'international-organisation']]);
  const brazil = adequacyDecisions.find((d) => d.country === 'BR')!;
  assert.deepEqual([brazil.act, brazil.date], ['Commission Implementing Decision (EU) 2026/179', '2026-01-26']);
});
