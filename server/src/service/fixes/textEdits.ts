/**
 * Small text edits computed from node ranges, in the file's own style: its line ending, its
 * indentation, flow or block collections, the quoting of the value being replaced. Nothing here
 * re-serialises the document, so every byte outside an edit stays as the author wrote it.
 */
import { isCollection, isPair, isScalar, parse, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { lineEnd, lineStart } from '../document/lines';
import { inFlow, type NodeChain } from './nodeChain';
import type { Edit } from './types';

export interface SourceStyle {
  /** "\r\n" when the file uses CRLF, else "\n". */
  eol: string;
  /** Spaces per indentation level, from the file's shallowest indented line (2 when unknown). */
  unit: number;
}

export function sourceStyle(text: string): SourceStyle {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let unit = Infinity;
  for (const m of text.matchAll(/^( +)[^ #\r\n]/gm)) unit = Math.min(unit, m[1].length);
  return { eol, unit: Number.isFinite(unit) && unit <= 8 ? unit : 2 };
}

export const spaces = (n: number) => ' '.repeat(Math.max(0, n));

export const column = (text: string, offset: number) => offset - lineStart(text, offset);

/** The end of the last line holding the node's text (a block scalar's range ends after its line break). */
export function endOfLastLine(text: string, end: number): number {
  let p = end;
  while (p > 0 && (text[p - 1] === '\n' || text[p - 1] === '\r')) p--;
  return lineEnd(text, p);
}

/** True when only spaces and block sequence dashes stand before `offset` on its line. */
export function beginsLine(text: string, offset: number): boolean {
  return /^[ ]*(?:-[ ]+)*$/.test(text.slice(lineStart(text, offset), offset));
}

/** Where a pair's text ends: its value, or its key when the value is empty. */
export function pairEnd(pair: Pair): number {
  const key = (pair.key as Node | null)?.range?.[1] ?? 0;
  const value = (pair.value as Node | null)?.range?.[1] ?? 0;
  return Math.max(key, value);
}

const pairStart = (pair: Pair) => (pair.key as Node).range![0];

/** A plain scalar reads back as exactly this string (no number, no boolean, no flow indicators in flow context). */
export function isPlainSafe(value: string, inFlow: boolean): boolean {
  if (!value || value !== value.trim() || /[\r\n]/.test(value) || (inFlow && /[,[\]{}]/.test(value))) return false;
  try {
    return parse(value) === value;
  } catch {
    return false;
  }
}

/** A string written as YAML in the style of `like` (its quotes), quoted only where a plain scalar would mean something else. */
export function renderScalar(value: string, like?: Node | null, inFlow = false): string {
  const type = isScalar(like) ? like.type : undefined;
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (type === Scalar.QUOTE_DOUBLE || !isPlainSafe(value, inFlow)) return JSON.stringify(value);
  return value;
}

/** Whether an edit may change this node in place: not a block scalar (its range owns line breaks), no anchor (aliases would change too). */
export function isReplaceable(node: Node): boolean {
  if (node.anchor) return false;
  return !isScalar(node) || (node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL);
}

/** Replaces the located scalar by another string value, in its quoting style, quoted where its place needs it. */
export function replaceScalar(target: NodeChain, value: string): Edit | undefined {
  const { node } = target[target.length - 1];
  if (!node.range || !isReplaceable(node)) return undefined;
  return { from: node.range[0], to: node.range[1], text: renderScalar(value, node, inFlow(target)) };
}

/**
 * Inserts `key: value` entries into a map: first, after a given pair, or last. Block maps get one
 * line each at the keys' column; flow maps get `, key: value`. `values` must suit the map's style
 * (callers render flow values for flow maps).
 */
export function insertPairs(text: string, style: SourceStyle, map: YAMLMap, entries: [string, string][], where: 'first' | 'last' | Pair = 'last'): Edit | undefined {
  if (entries.length === 0 || !map.range || map.anchor) return undefined;
  const lines = entries.map(([k, v]) => `${k}:${v.startsWith(style.eol) ? '' : ' '}${v}`);
  const first = map.items[0];
  if (map.flow) {
    if (!first) {
      const open = text.indexOf('{', map.range[0]);
      return { from: open + 1, to: open + 1, text: lines.join(', ') };
    }
    if (where === 'first') return { from: pairStart(first), to: pairStart(first), text: `${lines.join(', ')}, ` };
    const after = where === 'last' ? map.items[map.items.length - 1] : where;
    return { from: pairEnd(after), to: pairEnd(after), text: `, ${lines.join(', ')}` };
  }
  if (!first || !isScalar(first.key) || !beginsLine(text, pairStart(first))) return undefined;
  const indent = spaces(column(text, pairStart(first)));
  if (where === 'first') return { from: pairStart(first), to: pairStart(first), text: lines.map((l) => l + style.eol + indent).join('') };
  const after = where === 'last' ? map.items[map.items.length - 1] : where;
  return linesAfter(text, after.value ?? after.key, pairEnd(after), lines.map((l) => style.eol + indent + l).join(''), style.eol);
}

/**
 * Inserts `lines` (each beginning with a line break) after a node ending at `end`: after its last
 * line of text, or, where it ends with a `|+` or `>+` text, below that text's blank lines, which are
 * part of its value.
 */
export function linesAfter(text: string, node: unknown, end: number, lines: string, eol: string): Edit {
  if (endsWithKeptBreaks(text, node) && text[end - 1] === '\n') return { from: end, to: end, text: lines.slice(eol.length) + eol };
  const at = endOfLastLine(text, end);
  return { from: at, to: at, text: lines };
}

/** The node's text ends with a block scalar with the keep indicator (`|+`, `>+`, `|2+`, `>+2`). */
function endsWithKeptBreaks(text: string, node: unknown): boolean {
  let last = node;
  while (isCollection(last) || isPair(last)) last = isPair(last) ? last.value ?? last.key : last.items.at(-1);
  if (!isScalar(last) || (last.type !== Scalar.BLOCK_FOLDED && last.type !== Scalar.BLOCK_LITERAL) || !last.range) return false;
  return /^[|>](?:[1-9]?\+|\+[1-9])/.test(text.slice(last.range[0], last.range[0] + 3));
}

/** Removes a pair from a map: its whole lines in a block map, the entry and one comma in a flow map. */
export function removePair(text: string, map: YAMLMap, pair: Pair): Edit | undefined {
  const index = map.items.indexOf(pair);
  if (index < 0 || !isScalar(pair.key) || map.anchor) return undefined;
  if (map.flow) {
    const next = map.items[index + 1];
    if (next) return { from: pairStart(pair), to: pairStart(next), text: '' };
    const prev = map.items[index - 1];
    return prev ? { from: pairEnd(prev), to: pairEnd(pair), text: '' } : { from: pairStart(pair), to: pairEnd(pair), text: '' };
  }
  if (!beginsLine(text, pairStart(pair)) || /-/.test(text.slice(lineStart(text, pairStart(pair)), pairStart(pair)))) return undefined;
  const end = endOfLastLine(text, pairEnd(pair));
  const afterBreak = text.startsWith('\r\n', end) ? end + 2 : text[end] === '\n' ? end + 1 : end;
  return { from: lineStart(text, pairStart(pair)), to: afterBreak, text: '' };
}

/** Applies non-overlapping edits to a text (in any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
