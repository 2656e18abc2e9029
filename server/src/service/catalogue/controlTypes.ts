/**
 * The 14 control types, read from the published JSON Schema so that the table lives in one place:
 * ids, English and German names, GDPR reference, expected CIA tags and the common variants that
 * people write instead of the id ("Access Control", "Zutrittskontrolle").
 */
import schema from '../../../../schemas/tom.schema.json';
import { editDistance, isNear } from '../util/closest';

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

const byId = new Map(controlTypes.map((t) => [t.id, t]));
export const controlType = (id: string): ControlType | undefined => byId.get(id);

/** Lower-case, without diacritics, separators folded, so that "Zutritts-Kontrolle" meets "zutrittskontrolle". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Answers kept by name: two rules ask for every unknown section type on every check. */
const closest = new Map<string, ControlType[]>();

/**
 * The control types a free-form name means: an id, an English or German name, a known variant, or a
 * near-miss of any of these (typos up to a quarter of the word). Several when the name is ambiguous
 * ("Access Control" is physical, system or data access; "Entry Control" physical access or input),
 * in table order; empty when nothing is close.
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
  let best: { types: ControlType[]; distance: number } | undefined;
  for (const type of controlTypes) {
    const distance = Math.min(...[type.id, type.en, type.de, ...type.aliases].map((c) => editDistance(wanted, fold(c))));
    if (!best || distance < best.distance) best = { types: [type], distance };
    else if (distance === best.distance) best.types.push(type);
  }
  return best && isNear(best.distance, wanted) ? best.types : [];
}

/** The one control type a name most likely means (the first of several): for the importer's headings. */
export const closestControlType = (name: string): ControlType | undefined => closestControlTypes(name)[0];
