/**
 * The framework catalogues (frameworks/data/<id>.json, docs/crosswalks.md): typed access, and the one
 * reading of a control id as people write it. An id is compared by its key: upper case, a separator
 * between letters and digits, any run of punctuation or spaces one separator, leading zeros dropped, so
 * that "A 8.2", "a.8.2", "ac-2 (1)", "ac-2.1" (as OSCAL writes it) and "OIS 1" find "A.8.2", "AC-2(1)"
 * and "OIS-01". ISO 27001 ids may also omit the "A." of Annex A ("8.2").
 */
import { editDistance } from '../util/closest';
import bsiGrundschutz from './data/bsi-grundschutz.json';
import c5 from './data/c5.json';
import iso27001 from './data/iso27001.json';
import nist80053 from './data/nist-800-53.json';
import sccAnnexII from './data/scc-annex-ii.json';
import soc2 from './data/soc2.json';
import tisax from './data/tisax.json';

/** The frameworks a measure's `mappings` may name (docs/format.md), in the order the format lists them. */
export const frameworkIds = ['iso27001', 'soc2', 'bsi-grundschutz', 'nist-800-53', 'tisax', 'c5', 'scc-annex-ii'] as const;
export type FrameworkId = (typeof frameworkIds)[number];

export interface Texts { en: string; de?: string }

export interface Control {
  id: string;
  title: Texts;
  group?: string;
  /** The control an enhancement belongs to (NIST `AC-2(1)` → `AC-2`). */
  parent?: string;
  /** NIST controls the framework has withdrawn: still known, never offered. */
  withdrawn?: boolean;
  source: string;
  asOf: string;
}

export interface Framework {
  id: FrameworkId;
  name: Texts;
  edition: string;
  source: string;
  asOf: string;
  /** How many entries the framework itself publishes. */
  publishedCount: number;
  /** What every well-formed id matches: an id that does not is malformed rather than unknown. */
  idPattern: RegExp;
  controls: readonly Control[];
}

interface FrameworkFile {
  id: string;
  name: Texts;
  edition: string;
  source: string;
  asOf: string;
  publishedCount: number;
  idPattern: string;
  controls: FileControl[];
}

interface FileControl {
  id: string; title: Texts; group?: string; parent?: string; withdrawn?: boolean; source?: string; asOf?: string;
  /** IT-Grundschutz: the numbers n of the module's requirements `<module>.A<n>` (docs/frameworks.md). */
  requirements?: number[];
}

const files: Record<FrameworkId, FrameworkFile> = {
  'iso27001': iso27001, 'soc2': soc2, 'bsi-grundschutz': bsiGrundschutz, 'nist-800-53': nist80053,
  'tisax': tisax, 'c5': c5, 'scc-annex-ii': sccAnnexII,
};

/**
 * A file's controls, each inheriting the file's source and date where it names none, followed by its
 * requirements (IT-Grundschutz lists them by number only; they are named after their module).
 */
function load(id: FrameworkId, f: FrameworkFile): Framework {
  const controls = f.controls.flatMap(({ requirements, ...c }): Control[] => {
    const control = { ...c, source: c.source ?? f.source, asOf: c.asOf ?? f.asOf };
    return [control, ...(requirements ?? []).map((n) => ({
      id: `${c.id}.A${n}`,
      title: { en: `${c.title.en}: requirement A${n}`, ...(c.title.de ? { de: `${c.title.de}: Anforderung A${n}` } : {}) },
      ...(c.group ? { group: c.group } : {}),
      parent: c.id, source: control.source, asOf: control.asOf,
    }))];
  });
  return {
    id, name: f.name, edition: f.edition, source: f.source, asOf: f.asOf, publishedCount: f.publishedCount,
    idPattern: new RegExp(f.idPattern), controls,
  };
}

export const frameworks: readonly Framework[] = frameworkIds.map((id) => load(id, files[id]));

/** The controls a coverage report lists: those the framework counts (no enhancements, requirements or withdrawn ones). */
export const topLevelControls = (f: Framework): Control[] => f.controls.filter((c) => !c.parent && !c.withdrawn);

/** The top-level control an id belongs to: itself, or the control it enhances (NIST) or the module it is a requirement of (BSI). */
export function topLevelOf(f: Framework, c: Control): Control {
  let current = c;
  for (let depth = 0; current.parent && depth < 4; depth++) current = findControl(f.id, current.parent) ?? current;
  return current;
}

const byId = new Map<string, Framework>(frameworks.map((f) => [f.id, f]));
export const framework = (id: string): Framework | undefined => byId.get(id);
export const isFrameworkId = (id: string): id is FrameworkId => byId.has(id);

/** The comparison key of an id (see the file comment); "" for text that has no letters or digits. */
export function idKey(frameworkId: string, raw: string): string {
  const segments = raw
    .toUpperCase()
    .replace(/([A-Z])(?=[0-9])|([0-9])(?=[A-Z])/g, '$1$2 ')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((s) => (/^[0-9]+$/.test(s) ? String(Number(s)) : s));
  // ISO 27001's Annex A ids are often written without the annex letter ("8.2").
  if (frameworkId === 'iso27001' && /^[0-9]/.test(segments[0] ?? '')) segments.unshift('A');
  return segments.join('.');
}

/** Each framework's controls by key, built on first use (NIST has more than a thousand). */
const keyIndexes = new Map<string, Map<string, Control>>();
function keyIndex(f: Framework): Map<string, Control> {
  let index = keyIndexes.get(f.id);
  if (!index) keyIndexes.set(f.id, (index = new Map(f.controls.map((c) => [idKey(f.id, c.id), c]))));
  return index;
}

/** The control an id names, written as the framework writes it or in a common variant. */
export function findControl(frameworkId: string, raw: string): Control | undefined {
  const f = framework(frameworkId);
  return f && keyIndex(f).get(idKey(f.id, raw));
}

/** How an id written in a document reads. */
export type IdReading =
  | { kind: 'known'; control: Control }
  | { kind: 'unknown' | 'malformed'; closest: Control[] };

/** The ids compared for "did you mean" are at most this long: longer text is no id. */
const maxIdLength = 40;

/** Whether an id names a control, and if not, the closest ones (up to `count`, nearest first). */
export function readId(frameworkId: FrameworkId, raw: string, count = 3): IdReading {
  const f = framework(frameworkId) as Framework;
  const control = findControl(f.id, raw);
  if (control) return { kind: 'known', control };
  return { kind: f.idPattern.test(raw.trim()) ? 'unknown' : 'malformed', closest: closestControls(f, raw, count) };
}

/**
 * The controls whose ids are nearest to `raw` by edit distance of their keys, within half the key's
 * length (a wild guess helps nobody), ties in the catalogue's order; for words rather than an id
 * ("privileged access"), the controls whose titles have those words.
 */
export function closestControls(f: Framework, raw: string, count: number): Control[] {
  const wanted = idKey(f.id, raw);
  if (!wanted || raw.length > maxIdLength || count <= 0) return [];
  if (/[a-zäöüß]{3}/i.test(raw) && /\s/.test(raw.trim())) return searchControls(f, raw).slice(0, count);
  const bound = Math.max(2, Math.floor(wanted.length / 2));
  return [...keyIndex(f)]
    .map(([key, c], order) => ({ c, order, d: editDistance(wanted, key) }))
    .filter((x) => x.d <= bound)
    .sort((a, b) => a.d - b.d || a.order - b.order)
    .slice(0, count)
    .map((x) => x.c);
}

/** A control's title in `lang`, English where the catalogue has no other. */
export const controlTitle = (c: Control, lang = 'en'): string => (lang === 'de' && c.title.de) || c.title.en;

/** The catalogues' names are long ("ISO/IEC 27001:2022 Annex A"); lenses, tables and options have room for short ones. */
const shortNames: Record<FrameworkId, string> = {
  'iso27001': 'ISO 27001', 'soc2': 'SOC 2', 'bsi-grundschutz': 'BSI IT-Grundschutz', 'nist-800-53': 'NIST SP 800-53',
  'tisax': 'TISAX', 'c5': 'BSI C5', 'scc-annex-ii': 'SCC Annex II',
};
export const shortName = (id: FrameworkId): string => shortNames[id];

/** A framework's name in `lang`, English where the catalogue has no other. */
export const frameworkName = (f: Framework, lang = 'en'): string => (lang === 'de' && f.name.de) || f.name.en;

/** A control as search sees it: its id key and the words of its titles, lower case. */
interface Searchable { control: Control; key: string; words: string[] }

const searchIndexes = new Map<string, Searchable[]>();
/** Each framework's search index, built on first use; withdrawn controls are left out. */
function searchIndex(f: Framework): Searchable[] {
  let index = searchIndexes.get(f.id);
  if (!index) {
    index = f.controls.filter((c) => !c.withdrawn).map((control) => ({
      control,
      key: idKey(f.id, control.id),
      words: `${control.title.en} ${control.title.de ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    }));
    searchIndexes.set(f.id, index);
  }
  return index;
}

/**
 * The controls a query finds, in catalogue order: those whose id starts like the query ("A.8.2",
 * "8.2", "ac-2"), then those whose titles have a word starting with each word of the query
 * ("privileged", "priv acc"). An empty query finds every control that is not withdrawn.
 */
export function searchControls(f: Framework, query: string): Control[] {
  const index = searchIndex(f);
  const q = query.trim();
  if (!q) return index.map((s) => s.control);
  const key = idKey(f.id, q);
  const byId = key ? index.filter((s) => s.key.startsWith(key)) : [];
  const terms = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const byTitle = index.filter((s) => !byId.includes(s) && terms.every((t) => s.words.some((w) => w.startsWith(t))));
  return [...byId, ...byTitle].map((s) => s.control);
}
