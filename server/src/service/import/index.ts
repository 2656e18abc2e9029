/**
 * Importing an existing TOM page (plain text, Markdown or HTML) as a TOM document. Pure: the text
 * comes in, YAML and a report go out; the CLI and the language server read and write the files.
 */
import { buildDraft } from './build';
import { detectFormat, logicalLines, type SourceFormat } from './lines';
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
  const draft = buildDraft(lines);
  const guessed: string[] = [];
  const language = options.language ?? detectLanguage(lines.map((l) => l.text).join(' '));
  if (!options.language) guessed.push(`language: ${language}, from the words`);
  const role = options.role ?? draft.role;
  if (!options.role && draft.role) guessed.push(`role: ${draft.role}, from the title or introduction`);
  const meta = { organization: options.organization, role, language, source: `${options.fileName ?? 'the text'} (${format})` };
  const yaml = writeYaml(draft, meta);
  const report = reportOf(draft, meta, guessed);
  return { yaml, report, message: formatReport(report) };
}
