/**
 * The framework catalogues are facts: each must hold exactly the entries its framework publishes,
 * each entry with a short title of our own, a source and the date it was checked.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './helpers/fixtures';

/** The day the catalogues were checked against their sources (the real date of the check); an `asOf` after it is a typo. */
const today = '2026-12-01';

/** The counts each framework publishes, written out here so that a file cannot change its own yardstick. */
const published: Record<string, number> = {
  'scc-annex-ii': 17,
  iso27001: 93,
  // 1,189 controls and enhancements of releases 5.0/5.1 (withdrawn ones included, as NIST counts them)
  // plus IA-13 and its three enhancements, new in release 5.1.1.
  'nist-800-53': 1193,
};

/** Our own titles are short names; NIST's titles are taken as NIST publishes them, the longest has 91 characters. */
const maxTitle = (id: string) => (id === 'nist-800-53' ? 100 : 80);

interface Title { en?: unknown; de?: unknown }
interface Control {
  id: string; title?: Title; group?: string; parent?: string; source?: string; asOf?: string;
  withdrawn?: boolean; incorporatedInto?: string[];
}
interface Catalogue {
  id: string; name: Title; edition: string; source: string; asOf: string;
  publishedCount: number; idPattern: string; controls: Control[]; groups?: { id: string; title: Title }[];
}

const dataDir = join(repoRoot, 'server', 'src', 'service', 'frameworks', 'data');
const catalogues: Catalogue[] = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as Catalogue);
const titles = (c: Control) => [c.title?.en, c.title?.de].filter((t) => t !== undefined);

test('there is one catalogue file per framework, named after its id', () => {
  assert.deepEqual(catalogues.map((c) => c.id), Object.keys(published).sort());
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    assert.equal((JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Catalogue).id + '.json', file);
  }
});

for (const catalogue of catalogues) {
  const { id, controls } = catalogue;

  test(`${id}: the file names its source, edition and the date it was checked`, () => {
    assert.ok(catalogue.source.length > 20, 'a source that says where the ids and the count come from');
    assert.ok(catalogue.edition.length > 0);
    assert.ok(typeof catalogue.name.en === 'string' && catalogue.name.en.length > 0);
    assert.match(catalogue.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(catalogue.asOf <= today, `asOf ${catalogue.asOf} lies after ${today}`);
  });

  test(`${id}: holds the ${published[id]} entries its framework publishes`, () => {
    assert.equal(catalogue.publishedCount, published[id]);
    assert.equal(controls.length, published[id]);
  });

  test(`${id}: ids are unique and all match the id pattern`, () => {
    const pattern = new RegExp(catalogue.idPattern);
    const seen = new Set<string>();
    const duplicates = controls.filter((c) => seen.size === seen.add(c.id).size).map((c) => c.id);
    assert.deepEqual(duplicates, []);
    assert.deepEqual(controls.filter((c) => !pattern.test(c.id)).map((c) => c.id), []);
  });

  test(`${id}: every entry has an English title, a source and an as-of date (its own or the file's)`, () => {
    const lacking = controls.filter((c) => typeof c.title?.en !== 'string' || c.title.en.trim() === '').map((c) => c.id);
    assert.deepEqual(lacking, [], 'entries without an English title');
    for (const c of controls) {
      const source = c.source ?? catalogue.source;
      const asOf = c.asOf ?? catalogue.asOf;
      assert.ok(typeof source === 'string' && source.length > 0, `${c.id} has no source`);
      assert.match(asOf, /^\d{4}-\d{2}-\d{2}$/, `${c.id} has no as-of date`);
      assert.ok(asOf <= today, `${c.id}: asOf ${asOf} lies after ${today}`);
      for (const t of titles(c)) assert.ok(typeof t === 'string' && t.trim() !== '', `${c.id}: an empty or non-text title`);
    }
  });

  test(`${id}: titles are short names (at most ${maxTitle(id)} characters), not a standard's text`, () => {
    const long = controls.flatMap((c) => titles(c).filter((t) => String(t).length > maxTitle(id)).map((t) => `${c.id}: ${t}`));
    assert.deepEqual(long, []);
  });

  test(`${id}: a parent or group named by an entry exists`, () => {
    const ids = new Set(controls.map((c) => c.id));
    assert.deepEqual(controls.filter((c) => c.parent !== undefined && !ids.has(c.parent)).map((c) => c.id), []);
    const groups = new Set((catalogue.groups ?? []).map((g) => g.id));
    assert.deepEqual(controls.filter((c) => c.group !== undefined && !groups.has(c.group)).map((c) => c.id), []);
  });
}

test('iso27001: 37 organizational, 8 people, 14 physical and 34 technological controls', () => {
  const iso = catalogues.find((c) => c.id === 'iso27001')!;
  const perGroup = Object.fromEntries(['A.5', 'A.6', 'A.7', 'A.8'].map((g) => [g, iso.controls.filter((c) => c.group === g).length]));
  assert.deepEqual(perGroup, { 'A.5': 37, 'A.6': 8, 'A.7': 14, 'A.8': 34 });
  assert.equal(iso.controls.find((c) => c.id === 'A.8.2')?.title?.en, 'Privileged access rights');
});

test('scc-annex-ii: the 17 headings are numbered 1 to 17 in the order of Annex II', () => {
  const scc = catalogues.find((c) => c.id === 'scc-annex-ii')!;
  assert.deepEqual(scc.controls.map((c) => c.id), Array.from({ length: 17 }, (_, i) => String(i + 1)));
  assert.ok(scc.controls.every((c) => typeof c.title?.de === 'string'), 'every heading has a German title');
});

test('nist-800-53: 20 families, 323 controls and 870 enhancements, withdrawn ones flagged with where they went', () => {
  const nist = catalogues.find((c) => c.id === 'nist-800-53')!;
  const ids = new Set(nist.controls.map((c) => c.id));
  const families = new Set(nist.groups!.map((g) => g.id));
  assert.equal(families.size, 20);
  assert.equal(nist.controls.filter((c) => c.parent === undefined).length, 323);
  assert.equal(nist.controls.filter((c) => c.parent !== undefined).length, 870);
  assert.ok(nist.controls.every((c) => c.parent === undefined || c.id.startsWith(`${c.parent}(`)), 'an enhancement is numbered under its control');
  const ac210 = nist.controls.find((c) => c.id === 'AC-2(10)')!;
  assert.deepEqual([ac210.withdrawn, ac210.incorporatedInto], [true, ['AC-2']]);
  assert.equal(nist.controls.find((c) => c.id === 'AC-2(1)')?.withdrawn, undefined);
  const dangling = nist.controls.flatMap((c) => (c.incorporatedInto ?? []).filter((t) => !ids.has(t) && !families.has(t)).map((t) => `${c.id} -> ${t}`));
  assert.deepEqual(dangling, []);
  assert.equal(nist.controls.find((c) => c.id === 'IA-13(3)')?.title?.en, 'Token Management');
  assert.equal(nist.controls.find((c) => c.id === 'SC-20')?.title?.en, 'Secure Name/Address Resolution Service (Authoritative Source)');
});
