/**
 * What the importer tells the author: what it made, what it could not place (now under
 * `x-unmapped`), which fields it left empty for them to fill (each an empty value that the
 * `schema` rule reports, so the editor points at every one), and what it guessed.
 */
import type { DocumentDraft } from './draft';
import type { DocumentMeta } from './writer';

export interface Placeholder {
  /** Where in the document: "document.organization", "PA-03 cia", "subprocessor Stripe Inc. locations". */
  field: string;
  /** The empty value written there: `""` or `[]`. */
  value: '""' | '[]';
  line?: number;
  why: string;
}

export interface ImportReport {
  source: string;
  language: string;
  counts: { sections: number; measures: number; subprocessors: number; commitments: number; scopes: number };
  unmapped: { line: number; text: string }[];
  placeholders: Placeholder[];
  /** What the importer decided from the words alone, each with its source line where it has one. */
  guessed: { line?: number; text: string }[];
}

export function reportOf(draft: DocumentDraft, meta: DocumentMeta, guessed: ImportReport['guessed']): ImportReport {
  const placeholders: Placeholder[] = [];
  const need = (field: string, value: Placeholder['value'], why: string, line?: number) => placeholders.push({ field, value, why, line });
  if (!draft.title) need('document.title', '""', 'no title line found');
  if (!meta.organization) need('document.organization', '""', 'the legal name (or pass --organization)');
  if (!meta.role) need('document.role', '""', 'controller, processor, sub-processor or joint-controller (or pass --role)');
  if (!draft.lastUpdated) need('document.lastUpdated', '""', 'no "Last updated"/"Stand" line found; the date as YYYY-MM-DD');
  for (const p of draft.subprocessorGroups.flatMap((g) => g.subprocessors)) {
    if (!p.name) need('subprocessor name', '""', 'the table row has no name', p.line);
    if (!p.purpose) need(`subprocessor ${p.name} purpose`, '""', 'the table row has no purpose', p.line);
    if (!p.locations.length) need(`subprocessor ${p.name} locations`, '[]', p.unknownLocations.length ? `no country recognised in "${p.unknownLocations.join(', ')}"` : 'no location in the table', p.line);
  }
  const measures = draft.sections.reduce((n, s) => n + s.measures.length, 0);
  return {
    source: meta.source,
    language: meta.language,
    counts: {
      sections: draft.sections.length, measures, subprocessors: draft.subprocessorGroups.reduce((n, g) => n + g.subprocessors.length, 0),
      commitments: draft.commitments.length, scopes: draft.scopes.length,
    },
    unmapped: draft.unmapped,
    placeholders,
    guessed: [...guessed, ...draft.guesses, ...kindGuesses(draft)],
  };
}

/** Kinds the source does not state ("Technische Maßnahmen" above a list) are guessed from the wording. */
function kindGuesses(draft: DocumentDraft): ImportReport['guessed'] {
  const guessed = draft.sections.flatMap((s) => s.measures).filter((m) => !m.kindStated);
  return guessed.length ? [{ text: `kind (technical/organizational) of ${guessed.length} measures, from their wording` }] : [];
}

/** The report as the CLI prints it and the editor shows it. */
export function formatReport(r: ImportReport): string {
  const c = r.counts;
  const out = [
    `Imported ${r.source}, language ${r.language}: ${c.sections} sections, ${c.measures} measures, ${c.scopes} scopes, ${c.subprocessors} subprocessors, ${c.commitments} commitments.`,
  ];
  if (r.unmapped.length) {
    out.push('', `Not mapped (kept under x-unmapped, with their line): ${r.unmapped.length}`);
    for (const u of r.unmapped) out.push(`  line ${u.line}: ${u.text.length > 100 ? `${u.text.slice(0, 99)}…` : u.text}`);
  }
  if (r.placeholders.length) {
    out.push('', `To fill (left empty as "" or []; \`tom-studio check\` reports each as a schema error): ${r.placeholders.length}`);
    for (const p of r.placeholders) out.push(`  ${p.field}: ${p.value}${p.line ? ` (line ${p.line})` : ''} — ${p.why}`);
  }
  if (r.guessed.length) {
    out.push('', 'Guessed, please review:');
    for (const g of r.guessed) out.push(`  ${g.line ? `line ${g.line}: ` : ''}${g.text}`);
  }
  return `${out.join('\n')}\n`;
}
