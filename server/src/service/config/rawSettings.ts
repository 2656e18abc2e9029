/**
 * Settings as a person writes them (the editor's `tom.*` settings, a `.tom-studio.yaml`) → the
 * service's settings: only the keys that are present and valid. A bad value is left out, so that the
 * default or a weaker layer applies; it never breaks analysis (the config file also reports it).
 */
import { isRuleId } from '../rules';
import { isSeveritySetting } from '../rules/findings';
import { locales, type Locale, type RuleId, type Settings, type SeveritySetting } from '../types';
import { isDate } from '../util/dates';

/** The keys both places share, with the same names (`tom.maxFileSizeMB` ↔ `maxFileSizeMB:`). */
export interface RawSettings {
  rules?: unknown;
  staleReviewMonths?: unknown;
  maxFileSizeMB?: unknown;
  schemas?: unknown;
  locale?: unknown;
  today?: unknown;
}

/** A profile entry (glob → file as written) → the glob and schema URI to use, or undefined to leave it out. */
export type ProfileResolver = (glob: string, file: string) => [string, string] | undefined;

const entries = (v: unknown): [string, unknown][] => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : []);

export function settingsFromRaw(raw: RawSettings | null | undefined, profile: ProfileResolver): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (!raw || typeof raw !== 'object') return out;
  if (raw.rules !== undefined) {
    const rules: Partial<Record<RuleId, SeveritySetting>> = {};
    for (const [id, severity] of entries(raw.rules)) if (isRuleId(id) && isSeveritySetting(severity)) rules[id] = severity;
    out.rules = rules;
  }
  const months = raw.staleReviewMonths;
  if (typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 120) out.staleReviewMonths = months;
  const mb = raw.maxFileSizeMB;
  if (typeof mb === 'number' && mb > 0 && mb <= 100) out.maxFileSize = Math.round(mb * 1024 * 1024);
  if (raw.schemas !== undefined) {
    const schemas: Record<string, string> = {};
    for (const [glob, file] of entries(raw.schemas)) {
      const resolved = typeof file === 'string' && file ? profile(glob, file) : undefined;
      if (resolved) schemas[resolved[0]] = resolved[1];
    }
    out.schemas = schemas;
  }
  if (locales.includes(raw.locale as Locale)) out.locale = raw.locale as Locale;
  if (typeof raw.today === 'string' && isDate(raw.today)) out.today = raw.today;
  return out;
}
