/**
 * One version of a TOM document reduced to what a reviewer compares: every section, measure, scope,
 * subprocessor, certification and commitment under its key (measure id, control type, name), with
 * field values normalised so that equal promises compare equal however they are written.
 */

/** A field's value: a word or number, a list (CIA tags, locations), or a text by language. */
export type Value = string | string[] | { [language: string]: string } | undefined;

export interface Entity {
  /** What identifies it across versions: measure id, control type, scope id, name, commitment key. */
  key: string;
  /** The compared fields, in the order a reviewer reads them. */
  fields: Record<string, Value>;
}

export interface Measure extends Entity {
  /** The control type of its section. */
  section: string;
}

export interface Snapshot {
  /** The language of plain-string texts. */
  language: string;
  sections: Entity[];
  measures: Measure[];
  scopes: Entity[];
  subprocessors: Entity[];
  certifications: Entity[];
  commitments: Entity[];
}

type Data = Record<string, unknown>;

const record = (v: unknown): Data => (v && typeof v === 'object' && !Array.isArray(v) ? v as Data : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const scalar = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
const words = (v: unknown): string[] => list(v).map(scalar).filter((s): s is string => s !== undefined);

/** A text (plain string or language map) as a language map, so that both spellings compare. */
function text(v: unknown, language: string): Value {
  if (typeof v === 'string') return { [language]: v };
  const entries = Object.entries(record(v)).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * Entities keyed by `keyOf`; a key seen twice (an error `check` reports) gets a numbered suffix so
 * that neither entry is lost.
 */
function keyed<I, T extends Entity>(items: I[], keyOf: (i: I) => string | undefined, build: (i: I, key: string) => T): T[] {
  const out: T[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.push(build(item, n === 1 ? key : `${key} (${n})`));
  }
  return out;
}

const maps = (v: unknown): Data[] => list(v).map(record);

export function snapshot(data: unknown): Snapshot {
  const root = record(data);
  const language = scalar(record(root.document).language) ?? 'en';
  const sections = maps(root.controls);
  const measures = sections.flatMap((s) => maps(s.measures).map((m) => ({ section: scalar(s.type) ?? '', m })));
  return {
    language,
    sections: keyed(sections, (s) => scalar(s.type), (s, key) => ({
      key,
      fields: { title: text(s.title, language), description: text(s.description, language) },
    })),
    measures: keyed(measures, ({ m }) => scalar(m.id), ({ section, m }, key) => ({
      key,
      section,
      fields: {
        title: text(m.title, language),
        description: text(m.description, language),
        cia: words(m.cia),
        kind: scalar(m.kind),
        // FORMAT.md: a measure without status is implemented
        status: scalar(m.status) ?? 'implemented',
        scope: words(m.scope),
        due: scalar(m.due),
      },
    })),
    scopes: Object.entries(record(root.scopes)).map(([key, s]) => ({
      key,
      fields: { title: text(record(s).title, language), description: text(record(s).description, language) },
    })),
    subprocessors: keyed(maps(root.subprocessors), (s) => scalar(s.name), (s, key) => ({
      key,
      fields: {
        purpose: text(s.purpose, language),
        service: text(s.service, language),
        locations: words(s.locations),
        transferMechanism: scalar(s.transferMechanism),
        dataCategories: words(s.dataCategories),
      },
    })),
    certifications: keyed(maps(root.certifications), (c) => scalar(c.name), (c, key) => ({
      key,
      fields: { holder: scalar(c.holder), validUntil: scalar(c.validUntil), scope: text(c.scope, language) },
    })),
    commitments: Object.entries(record(root.commitments)).map(([key, v]) => ({ key, fields: { value: scalar(v) } })),
  };
}
