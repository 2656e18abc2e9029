/**
 * Two snapshots → the changes between them, matched by key (measure id, control type, name), never by
 * position: reordering is no change, and a measure keeps its identity when it moves to another
 * section or is renamed.
 */
import { controlType } from '../catalogue/controlTypes';
import type { Entity, Measure, Snapshot, Value } from './snapshot';
import type { Area, Change, FieldChange } from './types';
import { weakening } from './weakening';

const isText = (v: Value): v is Record<string, string> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A text in the document's language, else in the first language it has. */
export function textIn(v: Value, language: string): string | undefined {
  if (!isText(v)) return typeof v === 'string' ? v : undefined;
  return v[language] ?? Object.values(v)[0];
}

/** Lists are sets here (CIA tags, scopes, locations): only their members matter, not their order. */
function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return [...(a as string[] ?? [])].sort().join('\n') === [...(b as string[] ?? [])].sort().join('\n');
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const show = (v: Value): string | undefined => (Array.isArray(v) ? (v.length ? v.join(', ') : undefined) : typeof v === 'string' ? v : undefined);

/** The fields that differ; a text kept in other languages than the document's is compared per language. */
export function fieldChanges(before: Entity, after: Entity, language: string): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])) {
    const [b, a] = [before.fields[field], after.fields[field]];
    if (sameValue(b, a)) continue;
    if (isText(b) || isText(a)) {
      const languages = [...new Set([...Object.keys(isText(b) ? b : {}), ...Object.keys(isText(a) ? a : {})])];
      const single = languages.length === 1 && languages[0] === language;
      for (const l of languages) {
        const [tb, ta] = [isText(b) ? b[l] : undefined, isText(a) ? a[l] : undefined];
        if (tb !== ta) out.push({ field: single ? field : `${field} (${l})`, before: tb, after: ta });
      }
    } else out.push({ field, before: show(b), after: show(a) });
  }
  return out;
}

/** A section's own title, else its control type's name (in German for a German document). */
function sectionTitle(e: Entity, language: string): string | undefined {
  const type = controlType(e.key);
  return textIn(e.fields.title, language) ?? (type && (language === 'de' ? type.de : type.en));
}

/** Entities of one area, matched by key: added, removed, changed. */
function compareArea(area: Exclude<Area, 'document' | 'measure'>, before: Entity[], after: Entity[], language: string): Change[] {
  const old = new Map(before.map((e) => [e.key, e]));
  const keys = new Set(after.map((e) => e.key));
  const changes: Change[] = [];
  const title = (e: Entity) => (area === 'scope' ? textIn(e.fields.title, language) : area === 'section' ? sectionTitle(e, language) : undefined);
  for (const e of after) {
    const o = old.get(e.key);
    const fields = o ? fieldChanges(o, e, language) : [];
    if (o && fields.length === 0) continue;
    changes.push({ area, action: o ? 'changed' : 'added', key: e.key, title: title(e), fields, weakening: weakening[area](o, e) });
  }
  for (const o of before) {
    if (!keys.has(o.key)) changes.push({ area, action: 'removed', key: o.key, title: title(o), fields: [], weakening: weakening[area](o, undefined) });
  }
  return changes;
}

/** Everything about a measure but its id and section: what stays when it is renumbered or moved. */
const content = (m: Measure) => JSON.stringify(m.fields);

/**
 * Pairs measures that lost their id with new ids that carry the same content, or failing that the
 * same title: a renumbering, not a removal and an addition. Best effort: each is paired at most once,
 * in document order.
 */
function renumberings(removed: Measure[], added: Measure[], language: string): Map<Measure, Measure> {
  const pairs = new Map<Measure, Measure>();
  const taken = new Set<Measure>();
  const sameness = [(a: Measure, b: Measure) => content(a) === content(b),
    (a: Measure, b: Measure) => textIn(a.fields.title, language) !== undefined && textIn(a.fields.title, language) === textIn(b.fields.title, language)];
  for (const same of sameness) {
    for (const n of added) {
      if (pairs.has(n)) continue;
      const o = removed.find((r) => !taken.has(r) && same(r, n));
      if (o) {
        pairs.set(n, o);
        taken.add(o);
      }
    }
  }
  return pairs;
}

function compareMeasures(before: Measure[], after: Measure[], language: string): Change[] {
  const old = new Map(before.map((m) => [m.key, m]));
  const keys = new Set(after.map((m) => m.key));
  const renumbered = renumberings(before.filter((m) => !keys.has(m.key)), after.filter((m) => !old.has(m.key)), language);
  const paired = new Set(renumbered.values());
  const changes: Change[] = [];
  const title = (m: Measure) => textIn(m.fields.title, language);
  for (const m of after) {
    const o = old.get(m.key) ?? renumbered.get(m);
    if (!o) {
      changes.push({ area: 'measure', action: 'added', key: m.key, title: title(m), section: m.section, fields: [], weakening: [] });
      continue;
    }
    const fields = fieldChanges(o, m, language);
    const moved = o.section !== m.section;
    const renamed = o.key !== m.key;
    if (!fields.length && !moved && !renamed) continue;
    changes.push({
      area: 'measure',
      action: renamed ? 'renumbered' : moved ? 'moved' : 'changed',
      key: m.key,
      ...(renamed ? { previousKey: o.key } : {}),
      title: title(m),
      section: m.section,
      ...(moved ? { previousSection: o.section } : {}),
      fields,
      weakening: weakening.measure(o, m),
    });
  }
  for (const o of before) {
    if (keys.has(o.key) || paired.has(o)) continue;
    changes.push({ area: 'measure', action: 'removed', key: o.key, title: title(o), section: o.section, fields: [], weakening: weakening.measure(o, undefined) });
  }
  return changes;
}

/** All changes, area by area (sections, measures, scopes, subprocessors, certifications, commitments). */
export function compare(before: Snapshot, after: Snapshot): Change[] {
  const language = after.language;
  return [
    ...compareArea('section', before.sections, after.sections, language),
    ...compareMeasures(before.measures, after.measures, language),
    ...compareArea('scope', before.scopes, after.scopes, language),
    ...compareArea('subprocessor', before.subprocessors, after.subprocessors, language),
    ...compareArea('certification', before.certifications, after.certifications, language),
    ...compareArea('commitment', before.commitments, after.commitments, language),
  ];
}
