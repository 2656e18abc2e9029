/**
 * The 14 control types, read from the published JSON Schema so that the table lives in one place:
 * ids, English and German names, GDPR reference, expected CIA tags and the common variants that
 * people write instead of the id ("Access Control", "Zutrittskontrolle"), and the names that mean
 * one of several types ("Access Control": premises, systems or data?).
 */
import schema from '../../../../schemas/tom.schema.json';
import { editDistance, isNear } from '../util/closest';
import type { Locale, Localized } from '../types';

export type Cia = 'C' | 'I' | 'A';
export const ciaOrder: readonly Cia[] = ['C', 'I', 'A'];

export interface ControlType {
  id: string;
  en: string;
  de: string;
  reference: string;
  expectedCia: Cia[];
  aliases: string[];
  /** What the type covers, for hovers and completions. */
  markdown: Localized;
}

interface SchemaConst {
  const: string;
  markdownDescription: string;
  'x-de': { markdownDescription: string };
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
  markdown: { en: c.markdownDescription, de: c['x-de'].markdownDescription },
}));

/** "Art. 32(1)(b) GDPR" / "Art. 32 Abs. 1 lit. b DSGVO": a type's article as a reader in `locale` cites it. */
export const citation = (reference: string, locale: Locale): string =>
  locale === 'de' ? `${reference.replace(/\((\d+)\)\(([a-z])\)/, ' Abs. $1 lit. $2').replace(/\((\d+)\)/, ' Abs. $1')} DSGVO` : `${reference} GDPR`;

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

/** Answers kept by name: two rules ask for every unknown section type on every check. */
const closest = new Map<string, ControlType[]>();
/** Every name of every type, folded once. */
let foldedNames: { type: ControlType; name: string }[] | undefined;

/**
 * The control types a free-form name may mean, most likely first: every candidate of a name the
 * schema lists as ambiguous (`x-ambiguousNames`: "Access Control" is physical, system or data
 * access); else the types whose id, English or German name or known variant is nearest (typos up to
 * a quarter of the word), several when they are equally near, in table order; empty when nothing is
 * close. The editor's unknown-control-type and the importer's headings both ask here.
 */
export function closestControlTypes(name: string): ControlType[] {
  const hit = closest.get(name);
  if (hit) return hit;
  if (closest.size > 1000) closest.clear(); // bounded: a pasted document may name thousands of types
  const types = nearestTypes(name);
  closest.set(name, types);
  return types;
}

function nearestTypes(name: string): ControlType[] {
  const wanted = fold(name);
  if (!wanted || wanted.length > 120) return [];
  const ambiguous = ambiguousNames.find((a) => a.names.some((n) => fold(n) === wanted));
  if (ambiguous) return ambiguous.types.map((id) => byId.get(id)).filter((t): t is ControlType => t !== undefined);
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  const best = new Map<ControlType, number>();
  for (const { type, name: known } of (foldedNames ??= controlTypes.flatMap((t) => [t.id, t.en, t.de, ...t.aliases].map((n) => ({ type: t, name: fold(n) }))))) {
    // The difference in length is the least distance: a name that cannot be near is not measured.
    if (Math.abs(known.length - wanted.length) > allowed) continue;
    const distance = editDistance(wanted, known);
    if (distance < (best.get(type) ?? Infinity)) best.set(type, distance);
  }
  const least = Math.min(...best.values());
  return isNear(least, wanted) ? controlTypes.filter((t) => best.get(t) === least) : [];
}

/** The one control type a name most likely means (the first of several). */
export const closestControlType = (name: string): ControlType | undefined => closestControlTypes(name)[0];
