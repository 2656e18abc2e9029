/**
 * A stable name for the node at a place in a document: the keys and list entries that lead to it,
 * with list entries named by their `id`, `type` or `name` where they have one
 * (`controls[encryption].measures[EN-01].cia[1]`). Unlike a line number it survives edits elsewhere
 * in the file, so that CI reports recognise the same finding from one run to the next.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { get, str } from './model';

const namingKeys = ['id', 'type', 'name'];

/** Half-open: a block map's range runs up to the next key, whose finding must not land inside it. */
const contains = (node: Node, offset: number): boolean =>
  !!node.range && node.range[0] <= offset && offset < node.range[1];

/** With `nameEntries` false, list entries are named by index only (`controls[3]`), so that renaming an id or type keeps the path. */
export function keyPathAt(doc: Document.Parsed, offset: number, nameEntries = true): string {
  let path = '';
  let node = doc.contents as Node | null;
  while (node) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) && contains(p.key, offset)) || (p.value && contains(p.value as Node, offset)));
      if (!pair) break;
      path += `${path ? '.' : ''}${String(isScalar(pair.key) ? pair.key.value : '?')}`;
      // a finding on the key itself (an unknown or duplicate key) ends here
      node = isScalar(pair.key) && contains(pair.key, offset) ? null : (pair.value as Node | null);
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item as Node, offset));
      if (index < 0) break;
      const item = node.items[index] as Node;
      const name = !nameEntries ? undefined : namingKeys.map((k) => str(get(doc, item, k))).find((n) => n !== undefined);
      path += `[${name ?? index}]`;
      node = item;
    } else break;
  }
  return path;
}
