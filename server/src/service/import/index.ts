/**
 * Importing an existing TOM page (plain text, Markdown or HTML; Word and PDF arrive here as HTML
 * and text, converted by server/src/readers) as a TOM document. Pure: the text comes in, YAML and
 * a report go out; the CLI and the language server read and write the files. One pipeline:
 *
 *   1. read      lines.ts, html.ts   the text → lines with their structure and source line
 *   2. classify  build.ts (+ headings, content, metadata, prose, tables)  title, categories, measures, metadata, other
 *   3. build     build.ts            groups → sections by control type, ids, kinds, CIA tags, scopes
 *   4. write     writer.ts           the draft → YAML as a person writes it
 *   5. report    report.ts           what was made, not placed, left to fill, and guessed (with lines)
 *
 * It never throws: any text gives a document and a report.
 */
import { buildDraft } from './build';
import type { DocumentDraft } from './draft';
import { detectFormat, logicalLines, type Line, type SourceFormat } from './lines';
import { detectLanguage } from './language';
import { formatReport, reportOf, type ImportReport } from './report';
import { writeYaml } from './writer';

export { formatReport, type ImportReport, type Placeholder } from './report';
export type { SourceFormat } from './lines';

export const roles = ['controller', 'processor', 'sub-processor', 'joint-controller'] as const;

export interface ImportOptions {
  /** The file's name: its extension tells the format. */
  fileName?: string;
  format?: SourceFormat;
  /** The document language; detected from the words when not given. */
  language?: string;
  organization?: string;
  role?: string;
  /** What the text was converted from, for the report: "Word", "PDF". */
  sourceKind?: string;
}

export interface ImportResult {
  yaml: string;
  report: ImportReport;
  /** The report as text, for the command line and the editor. */
  message: string;
}

export function importTom(source: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(options.fileName, source);
  const lines = logicalLines(source, format);
  const draft = buildSafely(lines);
  const language = options.language ?? detectLanguage(lines.map((l) => l.text).join(' '));
  // What the caller states wins over what the text suggests; guesses it overrides are not reported.
  draft.guesses = draft.guesses.filter((g) => !(options.organization && g.text.startsWith('organization:')) && !(options.role && g.text.startsWith('role:')));
  const guessed = options.language ? [] : [{ text: `language: ${language}, from the words` }];
  const meta = {
    organization: options.organization ?? draft.organization?.name, role: options.role ?? draft.role, language,
    source: `${options.fileName ?? 'the text'} (${options.sourceKind ?? format})`,
  };
  const yaml = writeYaml(draft, { ...meta, organizationFromText: !options.organization });
  const report = reportOf(draft, meta, guessed);
  return { yaml, report, message: formatReport(report) };
}

/**
 * The draft, or, should a line ever trip the importer up, a document that keeps every line under
 * `x-unmapped` and says so: an import gives a document and a report whatever the input.
 */
function buildSafely(lines: Line[]): DocumentDraft {
  try {
    return buildDraft(lines);
  } catch (e) {
    return {
      summary: [], references: [], scopes: [], sections: [], subprocessorGroups: [], commitments: [],
      unmapped: lines.map((l) => ({ line: l.line, text: l.source })),
      guesses: [{ line: 1, text: `nothing was read as measures: the importer stopped at an unexpected input (${(e as Error).message}); please report it` }],
    };
  }
}
