/** What every rule module gets, and the shape it exports. */
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isCollection, isPair, type Node } from 'yaml';
import type { FindingSink } from '../findings';
import type { TomModel } from '../model';
import type { RuleId, Settings } from '../types';

export interface RuleContext {
  model: TomModel;
  text: TextDocument;
  /** Today, YYYY-MM-DD, from the host (tests fix it). */
  today: string;
  settings: Settings;
  add: FindingSink;
}

export interface Rule {
  id: RuleId;
  check(ctx: RuleContext): void;
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

/** The range of `length` characters at `offset`. */
export function spanAt(text: TextDocument, offset: number, length: number): Range {
  return { start: text.positionAt(offset), end: text.positionAt(offset + length) };
}
