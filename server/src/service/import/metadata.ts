/**
 * What a TOM page says about itself: the organisation, its role, and lines that are no measure
 * (contact data, links, signatures, legal boilerplate). Each found value keeps its line so that
 * the report can say where it was guessed from.
 */
import type { Line } from './lines';

export type Role = 'controller' | 'processor' | 'sub-processor' | 'joint-controller';

const legalForm = String.raw`(?:GmbH & Co\. KG|gGmbH|GmbH|AG|SE|OHG|KG|KGaA|UG(?: \(haftungsbeschränkt\))?|e\.\s?V\.|eG|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|B\.V\.|N\.V\.|S\.A\.|SAS|S\.r\.l\.|plc|LLP)`;
/** One to five capitalised words before a legal form: "Nordwind Hosting GmbH", "Cobalt Forms B.V.". */
const named = new RegExp(String.raw`((?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){1,5})${legalForm}(?=$|[\s,;:)"“”])`, 'u');
const articles = /^(?:(?:Die|Der|Das|The|Des|Dem)\s+)+/;

/** "Die Nordwind Hosting GmbH als Auftragsverarbeiter …" → "Nordwind Hosting GmbH". */
export function organizationIn(text: string): string | undefined {
  if (text.length > 400) return undefined; // a name stands in a short line; long ones would cost the regex dearly
  const m = named.exec(text);
  if (!m) return undefined;
  return m[0].replace(articles, '').trim() || undefined;
}

/** Lines that name the organisation and its role: "Auftragsverarbeiter: Lindenblatt Software AG", "Data importer: …". */
const roleLabels: [RegExp, Role | undefined][] = [
  [/^(?:auftragsverarbeiter|auftragnehmer|processor|data importer|dienstleister|service provider)$/i, 'processor'],
  [/^(?:unterauftragsverarbeiter|sub-?processor)$/i, 'sub-processor'],
  [/^(?:verantwortliche[r]?|verantwortliche stelle|controller)$/i, 'controller'],
  [/^(?:unternehmen|firma|organisation|organization|company|anbieter|provider|author|herausgeber|publisher|betreiber)$/i, undefined],
];

export function labelledOrganization(text: string): { organization: string; role?: Role } | undefined {
  const m = /^([\p{L} -]{3,40}?)\s*:\s*(\S.{1,100})$/u.exec(text);
  if (!m) return undefined;
  const label = roleLabels.find(([re]) => re.test(m[1].trim()));
  if (!label) return undefined;
  let organization = m[2].replace(/\s*\(.*\)\s*$/, '').trim().replace(/[,;]$/, '');
  // "Ltd." and "e. V." end with their dot; a sentence's full stop goes.
  if (organization.endsWith('.') && !new RegExp(`${legalForm}$`).test(organization)) organization = organization.slice(0, -1);
  return { organization, role: label[1] };
}

/** The role the title or introduction names ("Technical and Organizational Measures as Processor"). */
export function roleIn(text: string): Role | undefined {
  if (/sub-?processor|(?:sub|unter)auftragsverarbeiter/i.test(text)) return 'sub-processor';
  if (/joint controller|gemeinsam verantwortlich/i.test(text)) return 'joint-controller';
  if (/processor|auftragsverarbeit|auftragnehmer/i.test(text)) return 'processor';
  if (/\bcontroller\b|verantwortliche[rn]?\b/i.test(text)) return 'controller';
  return undefined;
}

/** Headings after which a page has no more measures: contact, links, imprint, signatures. */
const closing = /^(?:kontakt|contact(?: us)?|ansprechpartner|useful links|nützliche links|links|weitere informationen|further information|more information|impressum|imprint|legal notice|questions|fragen|kind regards|best regards|regards|sincerely|mit freundlichen grüßen|freundliche grüße|gez\.|signed|unterschrift|signature)\b/i;

/** A line that is contact data, a signature or boilerplate, never a measure. */
export function isBoilerplate(l: Line): boolean {
  const t = l.text;
  if (t.length > 400) return false; // contact data and signatures are short lines
  return closing.test(t)
    || t.includes('@') && /[\w.+-]+@[\w-]+\.[\w.]+/.test(t) && t.split(/\s+/).length < 25
    || /^(?:tel(?:efon)?|phone|fax|e-?mail|web|www|ust-?id|vat|hrb|amtsgericht|registered|kvk|sitz)\b/i.test(t)
    || /©|\(c\)\s*\d{4}|all rights reserved|alle rechte vorbehalten/i.test(t)
    || /^[\p{Lu}][\p{L}-]+(?: [\p{L}-]+)?, (?:den )?\d{1,2}\.\s?\d{1,2}\.\s?\d{4}/u.test(t);
}

/** A heading that ends the measures: "Kontakt", "Useful links", "Kind regards,". */
export const isClosingHeading = (text: string): boolean => closing.test(text.trim());
