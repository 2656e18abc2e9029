/**
 * What the cursor is on: the scalar under an offset and its path from the root (keys and sequence
 * indexes, as in a JSON path), so that hover and navigation can ask "is this a measure's scope list?"
 * without walking the AST themselves. Aliases are not followed: their target lives elsewhere.
 */
import { isMap, isScalar, isSeq, visit, type Document, type Node, type Scalar } from 'yaml';

export type Path = (string | number)[];

export interface CursorScalar {
  /** The scalar under the cursor. */
  node: Scalar;
  /** Keys and indexes from the root to the value (or, for a key, to the value the key names). */
  path: Path;
  isKey: boolean;
}

/** True when `offset` touches the node, its end included (the cursor just after a word is on it). */
const touches = (node: { range?: [number, number, number?] | null } | null | undefined, offset: number) =>
  !!node?.range && node.range[0] <= offset && offset <= node.range[1];

export function scalarAt(doc: Document, offset: number): CursorScalar | undefined {
  const path: Path = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isScalar(node)) return touches(node, offset) ? { node, path, isKey: false } : undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => touches(p.key as Node, offset) || touches(p.value as Node, offset));
      if (!pair) return undefined;
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string' && typeof key !== 'number') return undefined;
      path.push(key);
      if (touches(pair.key as Node, offset)) return isScalar(pair.key) ? { node: pair.key, path, isKey: true } : undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((i) => touches(i as Node, offset));
      if (index < 0) return undefined;
      path.push(index);
      node = node.items[index];
    } else {
      return undefined;
    }
  }
}

/** Matches a path against a pattern where `*` stands for any one key and `#` for any index. */
export function pathIs(path: Path, ...pattern: string[]): boolean {
  return path.length === pattern.length &&
    pattern.every((p, i) => (p === '#' ? typeof path[i] === 'number' : p === '*' ? typeof path[i] === 'string' : p === path[i]));
}

/** Every string scalar of the document, keys included, in source order. */
export function stringScalars(doc: Document): Scalar<string>[] {
  const found: Scalar<string>[] = [];
  visit(doc, { Scalar(_, node) { if (typeof node.value === 'string') found.push(node as Scalar<string>); } });
  return found;
}

/**
 * The offsets of a scalar's own characters: inside the quotes of a quoted scalar. Undefined for block
 * scalars and for quoted scalars with escapes, whose source is not their value.
 */
export function nameSpan(source: string, node: Scalar): [number, number] | undefined {
  if (!node.range || typeof node.value !== 'string') return undefined;
  const [start, end] = node.range;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  if (!quoted && node.type !== 'PLAIN') return undefined;
  const span: [number, number] = quoted ? [start + 1, end - 1] : [start, end];
  return source.slice(span[0], span[1]) === node.value ? span : undefined;
}

/** Where a node's text really ends: block nodes' ranges run on over the line break and blank lines after them. */
export function contentEnd(source: string, end: number, start = 0): number {
  while (end > start && /\s/.test(source[end - 1])) end--;
  return end;
}
