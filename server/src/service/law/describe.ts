/** What the law says about data going to a location, in words a reader of a hover or finding gets. */
import type { Locale, Localized } from '../types';
import { country, legalStatus, type AdequacyDecision, type AdequacyScope } from './countries';

const longDate = (iso: string, locale: Locale): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "India (IN)" / "Indien (IN)"; the code alone for one the list lacks. */
export function placeName(code: string): Localized {
  if (code === 'EU') return { en: 'the EU', de: 'die EU' };
  const c = country(code);
  return c ? { en: `${c.en} (${code})`, de: `${c.de} (${code})` } : { en: code, de: code };
}

const scopeWords: Record<AdequacyScope, Localized> = {
  'full': { en: 'it covers all transfers to the country', de: 'er gilt für alle Übermittlungen in das Land' },
  'commercial': { en: 'it covers only organisations subject to PIPEDA (commercial activities)', de: 'er gilt nur für Organisationen, die dem PIPEDA unterliegen (kommerzielle Tätigkeit)' },
  'private-sector': { en: 'it covers only the private sector (business operators under the APPI)', de: 'er gilt nur für den privaten Sektor (Unternehmen, die dem APPI unterliegen)' },
  'certified': { en: 'it covers only organisations certified under the EU-U.S. Data Privacy Framework (transferMechanism: dpf)', de: 'er gilt nur für Organisationen, die nach dem EU-U.S. Data Privacy Framework zertifiziert sind (transferMechanism: dpf)' },
  'international-organisation': { en: 'it covers the international organisation', de: 'er gilt für die internationale Organisation' },
};

/**
 * The act as the Official Journal names it in German: "Commission Implementing Decision (EU) 2026/179"
 * is the "Durchführungsbeschluss (EU) 2026/179 der Kommission", a "Commission Decision 2000/518/EC"
 * the "Entscheidung 2000/518/EG der Kommission".
 */
function germanAct(act: string): string {
  const numbered = /^Commission (Implementing Decision|Decision) (.+)$/.exec(act);
  if (!numbered) return act;
  const [, kind, rest] = numbered;
  const number = rest.replace(/\/EC$/, '/EG');
  if (kind === 'Decision') return `Entscheidung ${number} der Kommission`;
  // (the one act without a number, the European Patent Organisation's, has no location code: no message names it)
  return `Durchführungsbeschluss ${number} der Kommission`;
}

/** "Commission Implementing Decision (EU) 2026/179 of 26 January 2026". */
export function decisionName(d: AdequacyDecision, locale: Locale): string {
  const name = `${locale === 'de' ? germanAct(d.act) : d.act} ${locale === 'de' ? 'vom' : 'of'} ${longDate(d.date, locale)}`;
  if (!d.renewed) return name;
  const until = d.validUntil ? (locale === 'de' ? ` bis ${longDate(d.validUntil, locale)}` : ` until ${longDate(d.validUntil, locale)}`) : '';
  return `${name}, ${locale === 'de' ? 'verlängert am' : 'renewed on'} ${longDate(d.renewed, locale)}${until}`;
}

/** One paragraph per language: EEA, adequacy decision (act, date, scope) or third country. */
export function describeLocation(code: string): Localized {
  const place = placeName(code);
  const status = legalStatus(code);
  switch (status.kind) {
    case 'eea': {
      const { entry } = status;
      const where: Localized = entry.status === 'eea'
        ? { en: 'a member of the EEA, where the GDPR applies', de: 'Mitglied des EWR, in dem die DSGVO gilt' }
        : entry.status === 'eu-territory'
          ? { en: `EU territory (${entry.note}; ${entry.source})`, de: `Gebiet der EU (${entry.source})` }
          : { en: 'in the EU', de: 'in der EU' };
      return {
        en: `${place.en} is ${where.en}: no transfer to a third country (Chapter V GDPR), no transfer mechanism needed.`,
        de: `${place.de}: ${where.de}; keine Übermittlung in ein Drittland (Kapitel V DSGVO), kein Übermittlungsinstrument nötig.`,
      };
    }
    case 'adequate': {
      const d = status.decision;
      return {
        en: `${place.en} has an EU adequacy decision (Art. 45 GDPR): ${decisionName(d, 'en')}; ${scopeWords[d.scope].en}.`,
        de: `Für ${place.de} gibt es einen Angemessenheitsbeschluss der EU (Art. 45 DSGVO): ${decisionName(d, 'de')}; ${scopeWords[d.scope].de}.`,
      };
    }
    default:
      return {
        en: `${place.en} is a third country without an EU adequacy decision: a transfer needs appropriate safeguards such as standard contractual clauses (Art. 46(2)(c) GDPR) or binding corporate rules (Art. 47), or a derogation (Art. 49).`,
        de: `${place.de} ist ein Drittland ohne Angemessenheitsbeschluss der EU: eine Übermittlung braucht geeignete Garantien wie Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO) oder verbindliche interne Datenschutzvorschriften (Art. 47) oder eine Ausnahme (Art. 49).`,
      };
  }
}
