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
  // 33 common criteria, 3 availability, 2 confidentiality, 5 processing integrity, 18 privacy.
  soc2: 61,
  // The modules (Bausteine) of Edition 2023; their requirement numbers are listed per module.
  'bsi-grundschutz': 111,
  c5: 121,
  // 46 information security (3.1.2 superseded but kept), 22 prototype protection, 12 data protection.
  tisax: 80,
};

/** Our own titles are short names; NIST's titles are taken as NIST publishes them, the longest has 91 characters. */
const maxTitle = (id: string) => (id === 'nist-800-53' ? 100 : 80);

interface Title { en?: unknown; de?: unknown }
interface Control {
  id: string; title?: Title; group?: string; parent?: string; source?: string; asOf?: string;
  withdrawn?: boolean; incorporatedInto?: string[]; module?: string; requirements?: number[];
}
interface Catalogue {
  id: string; name: Title; edition: string; source: string; asOf: string;
  publishedCount: number; idPattern: string; controls: Control[]; groups?: { id: string; title: Title }[];
  requirementCount?: number;
}

const dataDir = join(repoRoot, 'server', 'src', 'service', 'frameworks', 'data');
const catalogues: Catalogue[] = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as Catalogue);
const catalogue = (id: string) => catalogues.find((c) => c.id === id)!;
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

  test(`${id}: a parent, group or successor named by an entry exists`, () => {
    const ids = new Set(controls.map((c) => c.id));
    assert.deepEqual(controls.filter((c) => c.parent !== undefined && !ids.has(c.parent)).map((c) => c.id), []);
    const groups = new Set((catalogue.groups ?? []).map((g) => g.id));
    assert.deepEqual(controls.filter((c) => c.group !== undefined && !groups.has(c.group)).map((c) => c.id), []);
    const dangling = controls.flatMap((c) => (c.incorporatedInto ?? []).filter((t) => !ids.has(t) && !groups.has(t)).map((t) => `${c.id} -> ${t}`));
    assert.deepEqual(dangling, [], 'a withdrawn entry points at entries or groups that exist');
    assert.deepEqual(controls.filter((c) => c.incorporatedInto && !c.withdrawn).map((c) => c.id), []);
  });
}

test('iso27001: 37 organizational, 8 people, 14 physical and 34 technological controls', () => {
  const iso = catalogue('iso27001');
  const perGroup = Object.fromEntries(['A.5', 'A.6', 'A.7', 'A.8'].map((g) => [g, iso.controls.filter((c) => c.group === g).length]));
  assert.deepEqual(perGroup, { 'A.5': 37, 'A.6': 8, 'A.7': 14, 'A.8': 34 });
  assert.equal(iso.controls.find((c) => c.id === 'A.8.2')?.title?.en, 'Management of privileged access');
});

test('scc-annex-ii: the 17 headings are numbered 1 to 17 in the order of Annex II', () => {
  const scc = catalogue('scc-annex-ii');
  assert.deepEqual(scc.controls.map((c) => c.id), Array.from({ length: 17 }, (_, i) => String(i + 1)));
  assert.ok(scc.controls.every((c) => typeof c.title?.de === 'string'), 'every heading has a German title');
});

test('nist-800-53: 20 families, 323 controls and 870 enhancements, withdrawn ones flagged with where they went', () => {
  const nist = catalogue('nist-800-53');
  assert.equal(new Set(nist.groups!.map((g) => g.id)).size, 20);
  assert.equal(nist.controls.filter((c) => c.parent === undefined).length, 323);
  assert.equal(nist.controls.filter((c) => c.parent !== undefined).length, 870);
  assert.ok(nist.controls.every((c) => c.parent === undefined || c.id.startsWith(`${c.parent}(`)), 'an enhancement is numbered under its control');
  const ac210 = nist.controls.find((c) => c.id === 'AC-2(10)')!;
  assert.deepEqual([ac210.withdrawn, ac210.incorporatedInto], [true, ['AC-2']]);
  assert.equal(nist.controls.find((c) => c.id === 'AC-2(1)')?.withdrawn, undefined);
  assert.equal(nist.controls.filter((c) => c.withdrawn).length, 182);
  assert.equal(nist.controls.find((c) => c.id === 'SA-12')?.incorporatedInto?.[0], 'SR', 'a control may go into a whole family');
  assert.equal(nist.controls.find((c) => c.id === 'IA-13(3)')?.title?.en, 'Token Management');
  assert.equal(nist.controls.find((c) => c.id === 'SC-20')?.title?.en, 'Secure Name/Address Resolution Service (Authoritative Source)');
});

const perGroup = (c: Catalogue) => {
  const counts: Record<string, number> = {};
  for (const control of c.controls) counts[control.group!] = (counts[control.group!] ?? 0) + 1;
  return counts;
};

test('soc2: nine common-criteria series with 33 criteria, the other categories as published', () => {
  const counts = perGroup(catalogue('soc2'));
  const common = Object.entries(counts).filter(([g]) => g.startsWith('CC')).reduce((n, [, k]) => n + k, 0);
  assert.equal(common, 33);
  assert.deepEqual([counts.A1, counts.C1, counts.PI1], [3, 2, 5]);
  assert.equal(Object.entries(counts).filter(([g]) => /^P[1-8]$/.test(g)).reduce((n, [, k]) => n + k, 0), 18);
  assert.equal(catalogue('soc2').controls.find((c) => c.id === 'CC6.1')?.title?.en, 'Logical access security');
});

test('c5: 17 areas with the published number of criteria each, numbered without gaps', () => {
  const c5 = catalogue('c5');
  assert.deepEqual(perGroup(c5), {
    OIS: 7, SP: 3, HR: 6, AM: 6, PS: 7, OPS: 24, IDM: 9, CRY: 4, COS: 8,
    PI: 3, DEV: 10, SSO: 5, SIM: 5, BCM: 4, COM: 4, INQ: 4, PSS: 12,
  });
  for (const [area, n] of Object.entries(perGroup(c5))) {
    const numbers = c5.controls.filter((c) => c.group === area).map((c) => Number(c.id.split('-')[1]));
    assert.deepEqual(numbers, Array.from({ length: n }, (_, i) => i + 1), area);
  }
  assert.ok(c5.controls.every((c) => c.id.startsWith(`${c.group}-`) && typeof c.title?.de === 'string'));
});

test('tisax: information security, prototype protection and data protection modules; 3.1.2 marked superseded', () => {
  const tisax = catalogue('tisax');
  const perModule = (m: string) => tisax.controls.filter((c) => c.module === m).length;
  assert.deepEqual([perModule('information-security'), perModule('prototype-protection'), perModule('data-protection')], [46, 22, 12]);
  assert.deepEqual(tisax.controls.filter((c) => c.withdrawn).map((c) => [c.id, c.incorporatedInto]), [['3.1.2', ['1.6.3', '5.2.8', '5.2.9']]]);
  assert.ok(tisax.controls.every((c) => c.id.startsWith(`${c.group}.`)));
});

test('bsi-grundschutz: 111 modules in 10 layers, each with its requirement numbers; requirement ids are well-formed', () => {
  const bsi = catalogue('bsi-grundschutz');
  assert.deepEqual(bsi.groups!.map((g) => g.id), ['ISMS', 'ORP', 'CON', 'OPS', 'DER', 'APP', 'SYS', 'IND', 'NET', 'INF']);
  assert.ok(bsi.controls.every((c) => c.id.startsWith(`${c.group}.`)));
  const pattern = new RegExp(bsi.idPattern);
  const requirementIds = bsi.controls.flatMap((c) => (c.requirements ?? []).map((n) => `${c.id}.A${n}`));
  assert.equal(requirementIds.length, bsi.requirementCount);
  assert.equal(new Set(requirementIds).size, requirementIds.length, 'requirement numbers are unique within a module');
  assert.deepEqual(requirementIds.filter((r) => !pattern.test(r)), []);
  assert.deepEqual(bsi.controls.filter((c) => !c.requirements?.length).map((c) => c.id), [], 'every module has requirements');
  assert.ok(bsi.controls.every((c) => (c.requirements ?? []).every((n, i, all) => Number.isInteger(n) && n > 0 && (i === 0 || all[i - 1] < n))));
  const ops112 = bsi.controls.find((c) => c.id === 'OPS.1.1.2')!;
  assert.deepEqual([ops112.title?.de, ops112.title?.en], ['Ordnungsgemäße IT-Administration', 'Proper IT administration']);
  assert.ok(!pattern.test('OPS.1.1.2.B3') && !pattern.test('ops.1.1.2'));
});
