/**
 * From a finding's range back to the YAML node it names, with the chain of collections and pairs
 * above it, so that a fix knows the map to insert into or the list to rewrite.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** One step from the root down: the node, the collection holding it, and its pair when it is a map key or value. */
export interface Step {
  node: Node;
  parent?: YAMLMap | YAMLSeq;
  pair?: Pair;
  /** True when `node` is the key of `pair`. */
  isKey?: boolean;
}

/** The chain from the document's root to a node; the last step is the node itself. */
export type NodeChain = Step[];

const children = (step: Step): Step[] => {
  const n = step.node;
  if (isMap(n)) {
    return n.items.flatMap((p) => [
      ...(isScalar(p.key) ? [{ node: p.key as Node, parent: n, pair: p, isKey: true }] : []),
      ...(p.value && typeof p.value === 'object' && 'range' in p.value ? [{ node: p.value as Node, parent: n, pair: p }] : []),
    ]);
  }
  if (isSeq(n)) return (n.items as unknown[]).filter((i): i is Node => !!i && typeof i === 'object' && !isPair(i) && 'range' in i).map((i) => ({ node: i, parent: n }));
  return [];
};

/** The deepest step at `offset` (descending only into nodes that contain it) that passes `test`. */
function deepest(doc: Document, offset: number, test: (step: Step) => boolean): NodeChain | undefined {
  const root = doc.contents as Node | null;
  if (!root?.range) return undefined;
  let found: NodeChain | undefined;
  const stack: NodeChain[] = [[{ node: root }]];
  while (stack.length) {
    const chain = stack.pop()!;
    const step = chain[chain.length - 1];
    const [start, end] = step.node.range ?? [0, 0];
    if (offset < start || offset > end) continue;
    if (test(step) && (!found || chain.length > found.length)) found = chain;
    for (const c of children(step)) stack.push([...chain, c]);
  }
  return found;
}

/** The deepest node whose own text is exactly [from, to), line breaks a block node's range ends with not counted. */
export function chainTo(doc: Document, from: number, to: number, text = ''): NodeChain | undefined {
  return deepest(doc, from, (s) => {
    const [start, end] = s.node.range!;
    return start === from && (end === to || (end > to && /^[\r\n]+$/.test(text.slice(to, end))));
  });
}

/** Where a map's first key starts (undefined for an empty map). */
export const firstKeyStart = (map: YAMLMap): number | undefined => (map.items[0]?.key as Node | undefined)?.range?.[0];

/**
 * The map a `required` finding is about: the value of the key the finding marks (its `target`), or
 * else the map whose first key starts where the finding does (a list item or the root, marked by its first line).
 */
export function mapAt(doc: Document, target: NodeChain | undefined, from: number): YAMLMap | undefined {
  const key = target?.at(-1);
  if (key?.isKey && isMap(key.pair?.value)) return key.pair.value;
  return deepest(doc, from, (s) => isMap(s.node) && firstKeyStart(s.node) === from)?.at(-1)?.node as YAMLMap | undefined;
}

/** True when the located node sits inside a flow collection (`[...]`, `{...}`), where `,[]{}` need quotes. */
export function inFlow(chain: NodeChain): boolean {
  return chain.some((s) => !!s.parent && (s.parent as { flow?: boolean }).flow === true);
}
