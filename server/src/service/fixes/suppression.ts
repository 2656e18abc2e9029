/**
 * The last choice for every finding: `# tom-ignore rule-id: TODO say why this is acceptable` on the
 * line above the block entry (key or list item) that holds the finding. "TODO ..." is a reason as far
 * as suppression-reason is concerned, so nothing new is flagged, yet it reads as a blank to fill in;
 * a review can search for it.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { lineStart } from '../document/lines';
import { beginsLine, pairEnd } from './textEdits';
import type { FixBuilder } from './types';

export const suppressionReason = 'TODO say why this is acceptable';

/** The start of the deepest block entry around `offset` whose text begins its line: the line a tom-ignore comment goes above. */
function entryLineStart(doc: Document, text: string, offset: number): number | undefined {
  let found: number | undefined;
  let node = doc.contents as Node | null;
  while (node && (isMap(node) || isSeq(node)) && !node.flow) {
    let next: Node | null = null;
    for (const item of node.items as unknown[]) {
      const [start, end] = isMap(node)
        ? [((item as { key: Node }).key?.range?.[0]) ?? -1, pairEnd(item as never)]
        : ((item as Node).range ?? [-1, -1]);
      // a block value's range ends after its line break: an offset there starts the next line's entry
      if (start < 0 || offset < start || offset > end || (offset === end && text[end - 1] === '\n')) continue;
      if (beginsLine(text, start)) found = lineStart(text, start);
      next = isMap(node) ? ((item as { value: Node | null }).value) : (item as Node);
      break;
    }
    node = next && !isScalar(next) ? next : null;
  }
  return found;
}

export const fixSuppression: FixBuilder = ({ finding, model, text, style, from }) => {
  const at = entryLineStart(model.doc, text, from);
  if (at === undefined) return [];
  const indent = /^[ ]*/.exec(text.slice(at))![0];
  return [{
    title: { en: `Ignore ${finding.code} here (# tom-ignore with a reason to write)`, de: `${finding.code} hier ignorieren (# tom-ignore mit einer noch zu schreibenden Begründung)` },
    edits: [{ from: at, to: at, text: `${indent}# tom-ignore ${finding.code}: ${suppressionReason}${style.eol}` }],
  }];
};
