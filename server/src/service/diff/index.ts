/**
 * `diffTom(before, after)`: what changed between two versions of a TOM document, by measure id and
 * section type rather than by line, with the changes that weaken the document's promises flagged.
 * Either version may be missing: a new document, or one that was deleted.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from '../types';
import { parseTom } from '../document/parse';
import { compare } from './compare';
import { snapshot } from './snapshot';
import type { DocumentDiff } from './types';

export type * from './types';
export { renderMarkdown, type FileDiff } from './markdown';

/** The version's data, and a note when YAML errors leave it incomplete. */
function read(text: string, which: string): { data: unknown; problems: string[] } {
  const parsed = parseTom(TextDocument.create(`tom-diff:${which}`, 'tom', 0, text), defaultSettings.maxFileSize);
  const errors = parsed.findings; // only what stops parsing: YAML syntax, size
  const problems = errors.slice(0, 1).map((f) =>
    `the ${which} version has ${errors.length === 1 ? 'a YAML error' : `${errors.length} YAML errors`} (line ${f.range.start.line + 1}: ${f.message}); this summary may be incomplete`);
  return { data: parsed.data, problems };
}

export function diffTom(before: string | undefined, after: string | undefined): DocumentDiff {
  if (before === undefined && after === undefined) return { status: 'unchanged', changes: [], problems: [] };
  if (after === undefined) {
    return { status: 'removed', changes: [{ area: 'document', action: 'removed', key: '', fields: [], weakening: ['the whole document is deleted'] }], problems: [] };
  }
  const old = before === undefined ? { data: undefined, problems: [] } : read(before, 'old');
  const now = read(after, 'new');
  const changes = compare(snapshot(old.data), snapshot(now.data));
  // a new document weakens nothing: `check` judges its content
  if (before === undefined) for (const c of changes) c.weakening = [];
  const status = before === undefined ? 'added' : before === after ? 'unchanged' : 'changed';
  return { status, changes, problems: [...old.problems, ...now.problems] };
}
