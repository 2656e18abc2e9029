/** One analysed version of a document: parsed text, model, and everything the features share. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, type TomModel } from './model';
import type { PartCache } from './parsedParts';
import { parseTom, type ParsedTom } from './parse';

/** The document as the editor or the CLI has it: anything with a uri, a version and its text. */
export interface SourceDocument {
  uri: string;
  version: number;
  getText(): string;
}

export interface Analysis extends ParsedTom {
  uri: string;
  version: number;
  /** Present when the text parsed into a YAML document (even with errors). */
  model?: TomModel;
  text: TextDocument;
  /** Offsets of the parser's findings (syntax errors, with a model): what the rules and the schema read there is their echo. */
  errorSpans: [number, number][];
}

/** With `parts`, the parts of the last version analysed are reused where their text is unchanged. */
export function analyse(source: SourceDocument, maxFileSize: number, parts?: PartCache): Analysis {
  const parsed = parseTom(textDocumentOf(source), maxFileSize, parts);
  const { text, findings, broken = [] } = parsed;
  const errorSpans = findings.map((f): [number, number] => [text.offsetAt(f.range.start), text.offsetAt(f.range.end)]);
  const model = parsed.yaml ? buildModel(parsed.yaml) : undefined;
  if (model) markBroken(model, [...broken, ...errorSpans]);
  return { ...parsed, uri: source.uri, version: source.version, model, errorSpans };
}

/** Marks the sections a syntax error lies in: a rule on all of a section's measures cannot judge those. */
function markBroken(model: TomModel, errors: readonly [number, number][]): void {
  if (errors.length === 0) return;
  for (const section of model.sections) {
    const [start, , end] = section.map.range ?? [0, 0, 0];
    section.broken = errors.some(([from, to]) => from < end && start <= to);
  }
}

/**
 * The editor's documents (vscode-languageserver-textdocument) keep their line offsets up to date edit
 * by edit, so they are used as they are: finding the lines of a large document anew costs a keystroke
 * ~10 ms at 10,000 measures. Any other source gets a TextDocument of its text.
 */
function textDocumentOf(source: SourceDocument): TextDocument {
  const editor = source as Partial<TextDocument>;
  if (typeof editor.positionAt === 'function' && typeof editor.offsetAt === 'function' && typeof editor.lineCount === 'number') return source as TextDocument;
  return TextDocument.create(source.uri, 'tom', source.version, source.getText());
}
