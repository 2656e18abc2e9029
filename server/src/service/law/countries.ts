/**
 * Where personal data may go (Chapter V GDPR): the countries (ISO 3166-1 alpha-2), the EU/EEA and the
 * EU's territories with their own codes, and the Commission's adequacy decisions (Art. 45). The facts
 * live in the JSON files beside this module, each entry with its source and the date it was checked;
 * this module only answers questions about them.
 */
import { fold } from '../catalogue/controlTypes';
import adequacyEntries from './adequacy.json';
import countryEntries from './countries.json';
import eeaEntries from './eea.json';

export interface Sourced { source: string; asOf: string }

export interface Country extends Sourced { code: string; en: string; de: string; aliases?: string[] }

export interface EeaEntry extends Sourced { code: string; status: 'eu' | 'eea' | 'eu-territory'; partOf?: string; note?: string }

/**
 * What an adequacy decision covers: the whole country; only commercial organisations (Canada,
 * PIPEDA); only the private sector (Japan); only certified organisations (US, Data Privacy
 * Framework); an international organisation (no country code).
 */
export type AdequacyScope = 'full' | 'commercial' | 'private-sector' | 'certified' | 'international-organisation';

export interface AdequacyDecision extends Sourced {
  country?: string;
  organisation?: string;
  act: string;
  date: string;
  /** When a decision with a time limit was renewed, and until when it now applies (the UK's). */
  renewed?: string;
  validUntil?: string;
  scope: AdequacyScope;
  note?: string;
}

export const countries: readonly Country[] = countryEntries as Country[];
export const eeaTerritories: readonly EeaEntry[] = eeaEntries as EeaEntry[];
export const adequacyDecisions: readonly AdequacyDecision[] = adequacyEntries as AdequacyDecision[];

const countryByCode = new Map(countries.map((c) => [c.code, c]));
const eeaByCode = new Map(eeaTerritories.map((e) => [e.code, e]));
const decisionByCode = new Map(adequacyDecisions.filter((d) => d.country).map((d) => [d.country!, d]));

/**
 * Codes people write that are not ISO 3166-1 alpha-2 but mean one country beyond doubt: EU texts
 * write Greece as EL, and UK is exceptionally reserved in ISO 3166 for the United Kingdom (GB).
 * They are accepted as written.
 */
const codeAliases: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** Every name and alias, folded, → code ("vereinigte staaten" → US). */
const codeByName = new Map<string, string>();
for (const c of countries) for (const name of [c.en, c.de, ...(c.aliases ?? [])]) codeByName.set(fold(name), c.code);
codeByName.set(fold('European Union'), 'EU');
codeByName.set(fold('Europäische Union'), 'EU');

/** How a location was written, and the code it stands for. */
export type Location =
  | { kind: 'code'; code: string }
  | { kind: 'name'; code: string }
  | { kind: 'unknown' };

export function readLocation(written: string): Location {
  if (written === 'EU' || countryByCode.has(written)) return { kind: 'code', code: written };
  if (codeAliases[written]) return { kind: 'code', code: codeAliases[written] };
  const code = written.length <= 120 ? codeByName.get(fold(written)) : undefined;
  return code ? { kind: 'name', code } : { kind: 'unknown' };
}

export const country = (code: string): Country | undefined => countryByCode.get(code);

/** What the law says about data going to a place. */
export type LegalStatus =
  | { kind: 'eea'; entry: EeaEntry }
  | { kind: 'adequate'; decision: AdequacyDecision }
  | { kind: 'third-country' };

export function legalStatus(code: string): LegalStatus {
  const entry = eeaByCode.get(code);
  if (entry) return { kind: 'eea', entry };
  const decision = decisionByCode.get(code);
  return decision ? { kind: 'adequate', decision } : { kind: 'third-country' };
}

/** Inside the EU/EEA: no transfer in the sense of Chapter V. */
export const eea: ReadonlySet<string> = new Set(eeaTerritories.map((e) => e.code));

/** Codes whose adequacy decision covers an ordinary company without more (the US only with `dpf`). */
export const adequate: ReadonlySet<string> = new Set(adequacyDecisions.filter((d) => d.country && d.scope !== 'certified').map((d) => d.country!));
