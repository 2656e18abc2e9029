/**
 * The 14 control types, read from the published JSON Schema so that the table lives in one place:
 * ids, English and German names, GDPR reference, expected CIA tags and the common variants that
 * people write instead of the id ("Access Control", "Zutrittskontrolle"), and the names that mean
 * one of several types ("Access Control": premises, systems or data?).
 */
import schema from '../../../schemas/tom.schema.json';
import { editDistance, isNear } from './closest';

export type Cia = 'C' | 'I' | 'A';
export const ciaOrder: readonly Cia[] = ['C', 'I', 'A'];

export interface ControlType {
  id: string;
  en: string;
  de: string;
  reference: string;
  expectedCia: Cia[];
  aliases: string[];
  markdown: string;
}

interface SchemaConst {
  const: string;
  markdownDescription: string;
  'x-names': { en: string; de: string };
  'x-reference': string;
  'x-expectedCia': Cia[];
  'x-aliases': string[];
}

export const controlTypes: readonly ControlType[] = (schema.$defs.controlType.oneOf as SchemaConst[]).map((c) => ({
  id: c.const,
  en: c['x-names'].en,
  de: c['x-names'].de,
  reference: c['x-reference'],
  expectedCia: c['x-expectedCia'],
  aliases: c['x-aliases'],
  markdown: c.markdownDescription,
}));

/** A name that several control types go by; the first type is the one the name most often means. */
export interface AmbiguousName {
  names: string[];
  types: string[];
  /** Why the name is ambiguous, for the editor's and the importer's messages. */
  why: string;
}

export const ambiguousNames: readonly AmbiguousName[] = schema.$defs.controlType['x-ambiguousNames'];

const byId = new Map(controlTypes.map((t) => [t.id, t]));
export const controlType = (id: string): ControlType | undefined => byId.get(id);

/** Lower-case, without diacritics, separators folded, so that "Zutritts-Kontrolle" meets "zutrittskontrolle". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Every name of every type, folded once. */
let foldedNames: { type: ControlType; name: string }[] | undefined;

/**
 * The control type a free-form name means: an id, an English or German name, a known variant, or a
 * near-miss of any of these (typos up to a quarter of the word). Undefined when nothing is close.
 */
export function closestControlType(name: string): ControlType | undefined {
  const wanted = fold(name);
  if (!wanted || wanted.length > 120) return undefined;
  let best: { type: ControlType; distance: number } | undefined;
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  for (const { type, name } of (foldedNames ??= controlTypes.flatMap((t) => [t.id, t.en, t.de, ...t.aliases].map((n) => ({ type: t, name: fold(n) }))))) {
    // The difference in length is the least distance: a name that cannot be near is not measured.
    if (Math.abs(name.length - wanted.length) > allowed) continue;
    const distance = editDistance(wanted, name);
    if (!best || distance < best.distance) best = { type, distance };
  }
  return best && isNear(best.distance, wanted) ? best.type : undefined;
}

/**
 * Every control type a free-form name may mean, most likely first: all candidates of an ambiguous
 * name ("Access Control" → physical-access, system-access, data-access), else the closest type.
 */
export function candidateControlTypes(name: string): ControlType[] {
  const wanted = fold(name);
  const ambiguous = ambiguousNames.find((a) => a.names.some((n) => fold(n) === wanted));
  if (ambiguous) return ambiguous.types.map((id) => byId.get(id)).filter((t): t is ControlType => t !== undefined);
  const closest = closestControlType(name);
  return closest ? [closest] : [];
}
