#!/usr/bin/env node
/**
 * Writes server/src/service/frameworks/data/nist-800-53.json from NIST's OSCAL content
 * (github.com/usnistgov/oscal-content, public domain): every control and enhancement of
 * SP 800-53 Rev. 5 with its id, NIST's title, its family and, for withdrawn ones, `withdrawn: true`
 * and the controls it went into.
 *
 *   node test/tools/nist-800-53.mjs <path to a clone or mirror of usnistgov/oscal-content (its git dir)>
 *
 * Why three inputs: the snapshot we can read holds the full catalogue JSON only up to release 5.0.1
 * (commit CATALOG_COMMIT; the newer full files are too large for the mirror), while the newest
 * commit (RELEASE_COMMIT, release 5.1.1) still holds the four resolved baselines. So the full
 * catalogue supplies ids, families and withdrawn status; the 5.1.1 baselines correct the titles
 * NIST has since fixed (capitals after "/" and "(", "SCRM"); and RELEASE_ADDITIONS adds what 5.1.1
 * introduced (IA-13 and its three enhancements, which are in no baseline). When the full 5.1.1
 * catalogue is readable, point CATALOG_COMMIT at it and empty RELEASE_ADDITIONS.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CATALOG_COMMIT = 'a849dbca4649e0cc626fefdd46cf5232c8308f4c'; // 2021-06-08, catalogue version 5.0.1
const RELEASE_COMMIT = '88bb8deeaa815f8914d68ea7e31a622ebbc1719d'; // 2025-06-03, content version 5.1.1+u4
const CATALOG = 'nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json';
const BASELINES = ['LOW', 'MODERATE', 'HIGH', 'PRIVACY'].map((b) => `nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_${b}-baseline-resolved-profile_catalog-min.json`);
/** New in release 5.1.1 (November 2023), titles as NIST publishes them. */
const RELEASE_ADDITIONS = [
  ['ia-13', 'Identity Providers and Authorization Servers'],
  ['ia-13.1', 'Protection of Cryptographic Keys'],
  ['ia-13.2', 'Verification of Identity Assertions and Access Tokens'],
  ['ia-13.3', 'Token Management'],
];
const AS_OF = '2026-12-01';

const gitDir = process.argv[2];
if (!gitDir) throw new Error('usage: node test/tools/nist-800-53.mjs <oscal-content git dir>');
const show = (commit, path) => JSON.parse(execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 1 << 30, encoding: 'utf8' })).catalog;
/** The id as SP 800-53 writes it: OSCAL's `ac-2.1` is `AC-2(1)`. */
const label = (oscalId) => oscalId.replace(/^([a-z]{2})-(\d+)(?:\.(\d+))?$/, (_, f, n, e) => `${f.toUpperCase()}-${n}${e ? `(${e})` : ''}`);

/** 5.0.1 lowercased the word after "/" and "(" ("Name/address"); 5.1.1 capitalises it, in every title the baselines show. */
const capitalised = (title) => title.replace(/([/(])([a-z])/g, (_, mark, letter) => mark + letter.toUpperCase());
/** A link may point at a statement part (`ac-2_smt.k`) or a whole family (`sr`): name the control or the family. */
const target = (href) => {
  const id = href.replace(/^#/, '').split('_')[0];
  return /^[a-z]{2}$/.test(id) ? id.toUpperCase() : label(id);
};

/** Every control and enhancement of a catalogue, in catalogue order. */
function walk(catalog, visit) {
  const descend = (control, family, parent) => {
    visit(control, family, parent);
    for (const child of control.controls ?? []) descend(child, family, control);
  };
  for (const group of catalog.groups) for (const control of group.controls ?? []) descend(control, group, undefined);
}

const fixedTitles = new Map();
for (const path of BASELINES) walk(show(RELEASE_COMMIT, path), (c) => fixedTitles.set(c.id, c.title));

const families = [];
const controls = [];
walk(show(CATALOG_COMMIT, CATALOG), (c, family, parent) => {
  if (!families.some((f) => f.id === family.id.toUpperCase())) families.push({ id: family.id.toUpperCase(), title: { en: family.title } });
  const status = c.props?.find((p) => p.name === 'status')?.value;
  const into = (c.links ?? []).filter((l) => l.rel === 'incorporated-into' || l.rel === 'moved-to').map((l) => target(l.href));
  controls.push({
    id: label(c.id),
    title: { en: fixedTitles.get(c.id) ?? capitalised(c.title) },
    group: family.id.toUpperCase(),
    ...(parent ? { parent: label(parent.id) } : {}),
    ...(status === 'withdrawn' ? { withdrawn: true, ...(into.length ? { incorporatedInto: [...new Set(into)] } : {}) } : {}),
  });
});
for (const [id, title] of RELEASE_ADDITIONS) {
  const entry = { id: label(id), title: { en: title }, group: id.slice(0, 2).toUpperCase(), ...(id.includes('.') ? { parent: label(id.split('.')[0]) } : {}) };
  // Enhancements follow their control; a new control follows the last one of its family.
  const after = controls.findLastIndex((c) => c.group === entry.group && (entry.parent ? c.id === entry.parent || c.parent === entry.parent : true));
  controls.splice(after + 1, 0, entry);
}

const head = {
  id: 'nist-800-53',
  name: { en: 'NIST SP 800-53 Rev. 5 security and privacy controls', de: 'NIST SP 800-53 Rev. 5 Sicherheits- und Datenschutzmaßnahmen' },
  edition: 'Revision 5, release 5.1.1 (2023-11-07)',
  source: `NIST OSCAL content, github.com/usnistgov/oscal-content: ${CATALOG} at ${CATALOG_COMMIT} (ids, families, withdrawn status), titles corrected from the 5.1.1 resolved baselines at ${RELEASE_COMMIT}, plus the 5.1.1 additions IA-13 and IA-13(1)-(3); generated by test/tools/nist-800-53.mjs. Public domain (US government work).`,
  asOf: AS_OF,
  publishedCount: controls.length,
  idPattern: '^[A-Z]{2}-[0-9]{1,2}(\\([0-9]{1,2}\\))?$',
  groups: families,
};
const line = (v) => JSON.stringify(v);
const text = ['{', ...Object.entries(head).map(([k, v]) => `  ${line(k)}: ${line(v)},`), '  "controls": [',
  controls.map((c) => `    ${line(c)}`).join(',\n'), '  ]', '}', ''].join('\n');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'src', 'service', 'frameworks', 'data', 'nist-800-53.json');
writeFileSync(out, text);
console.log(`${controls.length} entries (${controls.filter((c) => !c.parent).length} controls, ${controls.filter((c) => c.parent).length} enhancements, ${controls.filter((c) => c.withdrawn).length} withdrawn) in ${families.length} families -> ${out}`);
