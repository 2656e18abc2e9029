/**
 * Certification standards whose earlier editions no longer give valid certificates, from
 * certifications.json (each entry with its source and the date it was checked).
 */
import data from './certifications.json';

export interface WithdrawnEdition {
  standard: string;
  edition: string;
  currentEdition: string;
  /** The document that set the transition, to name in a message. */
  reference: string;
  /** The last day certificates to this edition were valid (YYYY-MM-DD). */
  invalidAfter: string;
}

/** The name's standard and edition ("ISO 27001:2013"), when the edition's certificates are no longer valid after a transition. */
export function withdrawnEdition(name: string): WithdrawnEdition | undefined {
  const written = name.trim().replace(/\s+/g, ' ').toLowerCase();
  for (const entry of data) {
    for (const alias of entry.names) {
      const edition = new RegExp(`^${escape(alias.toLowerCase())} ?: ?(\\d{4})\\b`).exec(written)?.[1];
      const withdrawn = entry.withdrawn.find((w) => w.edition === edition);
      if (withdrawn) return { standard: entry.standard, edition: withdrawn.edition, currentEdition: entry.currentEdition, reference: entry.reference, invalidAfter: withdrawn.invalidAfter };
    }
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
