/**
 * The shape of a rule module: everything about one rule in one place. The rule list, the `RuleId`
 * type, the fix table, the manifest's `tom.rules` setting, its texts, the table in docs/rules.md and
 * the SARIF rule metadata are all derived from these declarations (rules/index.ts; the files that
 * cannot import code are written by server/generate.mjs, which also writes the list, rules/list.ts).
 */
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isCollection, isPair, type Node } from 'yaml';
import type { FindingSink } from './findings';
import type { TomModel } from '../document/model';
import type { FixBuilder } from '../fixes/types';
import type { Localized, Settings, Severity } from '../types';

export interface RuleContext {
  model: TomModel;
  text: TextDocument;
  /** Today, YYYY-MM-DD, from the host (tests fix it). */
  today: string;
  settings: Settings;
  add: FindingSink;
}

/**
 * What a check looks at, so that a document can be re-checked in part (rules/byPart.ts): `measure` —
 * its findings inside a measure depend only on that measure (and on today, the settings and
 * `document.language(s)`), while what it finds outside measures comes from a run on the document
 * without them; `section` — each section with its measures; `document` — anything anywhere (other
 * sections, `scopes`, the commitments).
 */
export type RuleScope = 'measure' | 'section' | 'document';

/** One rule, declared once. `Data` is what its findings carry for its fixes. */
export interface RuleModule<Id extends string = string, Data = unknown> {
  id: Id;
  severity: Severity;
  /** One line of Markdown saying what the rule finds (settings, docs/rules.md, SARIF, hover). */
  summary: Localized;
  /** docs/rules.md's table: what exactly it finds and where it points (English, like the docs). */
  docs: { finds: string; pointsAt: string };
  scope: RuleScope;
  /** False for findings no `# tom-ignore` may silence. */
  suppressible: boolean;
  /**
   * The check of a parsed document. Absent for the rules whose findings come from where the text is
   * read: `yaml-syntax` and `file-too-large` (document/parse.ts), `schema` (schema/), and
   * `suppression-reason` (rules/suppressions.ts).
   */
  check?(ctx: RuleContext): void;
  /** The quick-fixes of one finding, each marked preferred and safe (for fix-all) or not; the tom-ignore fix is added by the engine. */
  fixes?: FixBuilder<Data>;
  /**
   * What makes a finding the same one after an edit, when its key path (the default) is not: a fix
   * may change the path itself. Gets the key path of the finding's start.
   */
  identity?(path: string, data: Data | undefined): string;
}

/** A rule module with its id kept as a literal type, so that `RuleId` can be derived from the list of modules. */
export function defineRule<const Id extends string, Data = undefined>(rule: RuleModule<Id, Data>): RuleModule<Id, Data> {
  return rule;
}

/**
 * The range of a node's own text. A block collection's range runs to the start of the next line;
 * it ends here at its last item instead, so that a finding never covers more than the node.
 */
export function rangeOf(text: TextDocument, node: Node | { range?: [number, number, number?] | null }): Range {
  const [start] = node.range ?? [0, 0];
  return { start: text.positionAt(start), end: text.positionAt(endOf(node)) };
}

function endOf(node: unknown): number {
  let current = node as { range?: [number, number, number?] | null; items?: unknown[]; flow?: boolean } | null;
  // follow the last item down while it is a block collection (bounded: documents nest < 100 levels)
  for (let depth = 0; depth < 100 && current; depth++) {
    const items = isCollection(current) && !current.flow ? current.items : undefined;
    const last = items?.[items.length - 1];
    if (!last) break;
    current = (isPair(last) ? (last.value ?? last.key) : last) as typeof current;
  }
  return current?.range?.[1] ?? (node as { range?: number[] }).range?.[1] ?? 0;
}

/** Items grouped by their name (those without one left out), in the order the names first appear. */
export function groupBy<T>(items: readonly T[], name: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = name(item);
    if (key === undefined) continue;
    const same = groups.get(key);
    if (same) same.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** At most this many other lines are named in one message: a pasted block can repeat a name thousands of times. */
const namedLines = 5;

/** The other places of a repeated name, for the `i`th place: "15, 19" or "15, 19, 23, 27, 31 and 4994 more lines". */
export function otherLines(lines: readonly number[], i: number): Localized {
  const others = lines.slice(0, namedLines + 1).filter((_, j) => j !== i).slice(0, namedLines).join(', ');
  const more = lines.length - 1 - namedLines;
  return more > 0 ? { en: `${others} and ${more} more lines`, de: `${others} und ${more} weiteren Zeilen` } : { en: others, de: others };
}

/** The range of `length` characters at `offset`. */
export function spanAt(text: TextDocument, offset: number, length: number): Range {
  return { start: text.positionAt(offset), end: text.positionAt(offset + length) };
}
