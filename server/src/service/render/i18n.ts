/**
 * The page's own words in English and German. Document texts come from the document; these are the
 * labels around them. Another language falls back to English for the labels only.
 */
import { isDate } from '../util/dates';
export type UiLanguage = 'en' | 'de';
export const uiLanguages: readonly UiLanguage[] = ['en', 'de'];

export const uiLanguage = (lang: string): UiLanguage => (lang.toLowerCase().startsWith('de') ? 'de' : 'en');

const en = {
  lastUpdated: 'Last updated',
  version: 'Version',
  role: 'Role',
  organization: 'Organisation',
  roles: { controller: 'Controller', processor: 'Processor', 'sub-processor': 'Sub-processor', 'joint-controller': 'Joint controller' } as Record<string, string>,
  intro: (role: string) => `Technical and organisational measures according to Art. 32 GDPR. Role of the organisation: ${role}.`,
  legendTitle: 'Legend',
  cia: { C: 'Confidentiality', I: 'Integrity', A: 'Availability' },
  kinds: { technical: 'Technical', organizational: 'Organisational' } as Record<string, string>,
  statuses: { implemented: 'Implemented', partial: 'Partially implemented', planned: 'Planned', 'not-applicable': 'Not applicable' } as Record<string, string>,
  due: 'due',
  scope: 'Applies to',
  measures: 'Measures',
  noMeasures: 'No measures in this section yet.',
  references: 'Further information',
  coverageTitle: 'CIA coverage',
  coverageIntro: 'Number of measures per control type that protect confidentiality (C), integrity (I) and availability (A). Bold: the goals the control type is expected to serve; a marked gap is such a goal that no measure addresses.',
  controlType: 'Control type',
  gap: 'gap',
  expected: 'expected',
  total: 'Total',
  subprocessorsTitle: 'Subprocessors',
  subprocessor: 'Name',
  purpose: 'Purpose',
  service: 'Service',
  locations: 'Locations',
  transferMechanism: 'Transfer mechanism',
  dataCategories: 'Data',
  none: '—',
  mechanisms: {
    adequacy: 'Adequacy decision (Art. 45)',
    scc: 'Standard contractual clauses (Art. 46)',
    bcr: 'Binding corporate rules (Art. 47)',
    dpf: 'EU-U.S. Data Privacy Framework',
    derogation: 'Derogation (Art. 49)',
  } as Record<string, string>,
  certificationsTitle: 'Certifications',
  holder: 'Holder',
  validUntil: 'valid until',
  commitmentsTitle: 'Commitments',
  commitments: {
    breachNotificationHours: (v: string) => `Personal data breaches are notified within ${v} hours.`,
    deletionHours: (v: string) => `Personal data is deleted within ${v} hours of a request.`,
    backupDeletionDays: (v: string) => `Deleted data leaves the backups within ${v} days.`,
    tlsMinVersion: (v: string) => `Data in transit is protected with TLS ${v} or newer.`,
    passwordMinLength: (v: string) => `Passwords have at least ${v} characters.`,
    accessReviewMonths: (v: string) => `Access rights are reviewed at least every ${v} months.`,
  } as Record<string, (v: string) => string>,
  contents: 'Contents',
  fallback: (shown: string, wanted: string) => `No ${wanted} text yet: shown in ${shown}`,
  untitled: 'Untitled',
  findingsTitle: 'Current findings',
  findingsNote: 'Shown in the preview only, never exported.',
  noFindings: 'No findings: the document passes every rule.',
  /** Singular and plural of each severity, for counts such as "1 error" and "2 errors". */
  severities: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], hint: ['hint', 'hints'] } as Record<string, [string, string]>,
  moreFindings: (n: number) => `… and ${n} more (see the Problems panel).`,
  line: 'line',
  language: 'Language',
  generated: 'Generated from the TOM source with TOM Studio.',
  annexTitle: 'Annex II to the Standard Contractual Clauses: technical and organisational measures',
  annexNote: 'The measures of this document under the headings of Annex II of the EU Standard Contractual Clauses (Commission Implementing Decision (EU) 2021/914). A measure is listed under every heading it serves.',
  annexNoMeasures: 'No measure is listed under this heading.',
  frameworksTitle: 'Framework coverage',
  frameworksNote: 'Controls with at least one mapped measure (the command tom-studio coverage lists them). Shown in the preview only.',
  framework: 'Framework',
  controlsCovered: 'Controls covered',
  template: 'Page',
  templateStandard: 'TOM',
  templateAnnex: 'SCC Annex II',
};

export type Labels = typeof en;

const de: Labels = {
  lastUpdated: 'Stand',
  version: 'Version',
  role: 'Rolle',
  organization: 'Organisation',
  roles: { controller: 'Verantwortlicher', processor: 'Auftragsverarbeiter', 'sub-processor': 'Unterauftragsverarbeiter', 'joint-controller': 'Gemeinsam Verantwortlicher' },
  intro: (role) => `Technische und organisatorische Maßnahmen nach Art. 32 DSGVO. Rolle der Organisation: ${role}.`,
  legendTitle: 'Legende',
  cia: { C: 'Vertraulichkeit', I: 'Integrität', A: 'Verfügbarkeit' },
  kinds: { technical: 'Technisch', organizational: 'Organisatorisch' },
  statuses: { implemented: 'Umgesetzt', partial: 'Teilweise umgesetzt', planned: 'Geplant', 'not-applicable': 'Nicht anwendbar' },
  due: 'fällig',
  scope: 'Gilt für',
  measures: 'Maßnahmen',
  noMeasures: 'Dieser Abschnitt enthält noch keine Maßnahmen.',
  references: 'Weitere Informationen',
  coverageTitle: 'Abdeckung der Schutzziele',
  coverageIntro: 'Anzahl der Maßnahmen je Kontrollart, die Vertraulichkeit (C), Integrität (I) und Verfügbarkeit (A) schützen. Fett: die Schutzziele, denen die Kontrollart dienen soll; eine markierte Lücke ist ein solches Schutzziel, das keine Maßnahme abdeckt.',
  controlType: 'Kontrollart',
  gap: 'Lücke',
  expected: 'erwartet',
  total: 'Summe',
  subprocessorsTitle: 'Unterauftragsverarbeiter',
  subprocessor: 'Name',
  purpose: 'Zweck',
  service: 'Leistung',
  locations: 'Standorte',
  transferMechanism: 'Grundlage der Übermittlung',
  dataCategories: 'Daten',
  none: '—',
  mechanisms: {
    adequacy: 'Angemessenheitsbeschluss (Art. 45)',
    scc: 'Standardvertragsklauseln (Art. 46)',
    bcr: 'Verbindliche interne Datenschutzvorschriften (Art. 47)',
    dpf: 'EU-US Data Privacy Framework',
    derogation: 'Ausnahme (Art. 49)',
  },
  certificationsTitle: 'Zertifizierungen',
  holder: 'Inhaber',
  validUntil: 'gültig bis',
  commitmentsTitle: 'Zusagen',
  commitments: {
    breachNotificationHours: (v) => `Verletzungen des Schutzes personenbezogener Daten werden innerhalb von ${v} Stunden gemeldet.`,
    deletionHours: (v) => `Personenbezogene Daten werden innerhalb von ${v} Stunden nach einer Anfrage gelöscht.`,
    backupDeletionDays: (v) => `Gelöschte Daten verlassen die Sicherungen innerhalb von ${v} Tagen.`,
    tlsMinVersion: (v) => `Daten werden bei der Übertragung mit TLS ${v} oder neuer geschützt.`,
    passwordMinLength: (v) => `Passwörter haben mindestens ${v} Zeichen.`,
    accessReviewMonths: (v) => `Zugriffsrechte werden mindestens alle ${v} Monate überprüft.`,
  },
  contents: 'Inhalt',
  fallback: (shown, wanted) => `Noch kein Text auf ${wanted}: angezeigt auf ${shown}`,
  untitled: 'Ohne Titel',
  findingsTitle: 'Aktuelle Befunde',
  findingsNote: 'Nur in der Vorschau sichtbar, nie im Export.',
  noFindings: 'Keine Befunde: das Dokument erfüllt alle Regeln.',
  severities: { error: ['Fehler', 'Fehler'], warning: ['Warnung', 'Warnungen'], info: ['Hinweis', 'Hinweise'], hint: ['Tipp', 'Tipps'] },
  moreFindings: (n) => `… und ${n} weitere (siehe Fenster „Probleme“).`,
  line: 'Zeile',
  language: 'Sprache',
  generated: 'Aus der TOM-Quelle erzeugt mit TOM Studio.',
  annexTitle: 'Anhang II zu den Standardvertragsklauseln: technische und organisatorische Maßnahmen',
  annexNote: 'Die Maßnahmen dieses Dokuments unter den Überschriften von Anhang II der EU-Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914 der Kommission). Eine Maßnahme steht unter jeder Überschrift, der sie dient.',
  annexNoMeasures: 'Unter dieser Überschrift ist keine Maßnahme aufgeführt.',
  frameworksTitle: 'Abdeckung der Rahmenwerke',
  frameworksNote: 'Anforderungen mit mindestens einer zugeordneten Maßnahme (der Befehl tom-studio coverage listet sie auf). Nur in der Vorschau.',
  framework: 'Rahmenwerk',
  controlsCovered: 'Abgedeckte Anforderungen',
  template: 'Seite',
  templateStandard: 'TOM',
  templateAnnex: 'SCC Anhang II',
};

export const labels: Record<UiLanguage, Labels> = { en, de };

/** A language tag's name in the page's language ("de" → "German" / "Deutsch"), or the tag itself. */
export function languageName(tag: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A country code's name ("US" → "United States" / "Vereinigte Staaten"); `EU` is the European Union. */
export function regionName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A YYYY-MM-DD date as people in that language write it ("23 January 2025" / "23. Januar 2025"). */
export function formatDate(date: string, lang: UiLanguage): string {
  if (!isDate(date)) return date;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
