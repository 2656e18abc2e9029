/** What every rule module gets, and the shape it exports. */
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Node } from 'yaml';
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

/** The range of a node's own text (without trailing comments). */
export function rangeOf(text: TextDocument, node: Node | { range?: [number, number, number?] | null }): Range {
  const [start, end] = node.range ?? [0, 0];
  return { start: text.positionAt(start), end: text.positionAt(end) };
}

/** The range of `length` characters at `offset`. */
export function spanAt(text: TextDocument, offset: number, length: number): Range {
  return { start: text.positionAt(offset), end: text.positionAt(offset + length) };
}
