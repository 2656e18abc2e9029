/**
 * CIA tags (cia-order, and the `schema` findings on a cia list: lower case, repeats): the list
 * rewritten upper-cased, without repeats, in the order C, I, A, in its own flow or block layout.
 */
import { isSeq, type Node, type Scalar, type YAMLSeq } from 'yaml';
import { ciaOrder, controlType } from '../catalogue/controlTypes';
import { str, type Measure } from '../document/model';
import type { NodeChain } from './nodeChain';
import { beginsLine, column, renderScalar, spaces } from './textEdits';
import type { Localized } from '../types';
import type { Edit, FixBuilder } from './types';

/** The `cia` list the located node is (cia-order) or belongs to (a tag). */
export function ciaList(target: NodeChain | undefined): YAMLSeq | undefined {
  if (!target) return undefined;
  for (let i = target.length - 1; i >= Math.max(0, target.length - 2); i--) {
    const step = target[i];
    if (isSeq(step.node) && step.pair && str(step.pair.key) === 'cia') return step.node;
  }
  return undefined;
}

/** The canonical tags of a list, or undefined when an item is not a tag in any case. */
function canonicalTags(seq: YAMLSeq): string[] | undefined {
  const upper = seq.items.map((i) => str(i)?.toUpperCase());
  if (upper.some((t) => !t || !ciaOrder.includes(t as never))) return undefined;
  return ciaOrder.filter((t) => upper.includes(t));
}

function rewrite(text: string, eol: string, seq: YAMLSeq, tags: string[]): Edit | undefined {
  const [start, end] = seq.range ?? [0, 0];
  const items = seq.items as Scalar[];
  // the items are strings (canonicalTags); a comment anywhere in the list shows as `#` in its text
  if (seq.anchor || items.some((i) => i.anchor) || text.slice(start, end).includes('#')) return undefined;
  const like = items[0] as Node;
  if (seq.flow) {
    const first = items[0].range![0];
    const pad = text.slice(start + 1, first);
    const sep = items.length > 1 ? text.slice(items[0].range![1], items[1].range![0]) : ', ';
    if (/[\r\n]/.test(pad + sep)) return undefined; // a list over several lines keeps its layout only if left alone
    return { from: start, to: end, text: `[${pad}${tags.map((t) => renderScalar(t, like, true)).join(sep)}${pad}]` };
  }
  // Block: one "- X" line per tag at the items' indentation.
  const firstItem = items[0].range![0];
  if (!beginsLine(text, start)) return undefined;
  const dash = text.slice(start, firstItem); // "- "
  const indent = spaces(column(text, start));
  const last = items[items.length - 1].range![1];
  return { from: start, to: last, text: tags.map((t) => dash + renderScalar(t, like, false)).join(eol + indent) };
}

export const fixCia: FixBuilder = ({ text, style, target }) => {
  const seq = ciaList(target);
  const tags = seq && canonicalTags(seq);
  const edit = seq && tags?.length ? rewrite(text, style.eol, seq, tags) : undefined;
  return edit ? [{ title: { en: `Write the CIA tags as [${tags!.join(', ')}]`, de: `CIA-Kennzeichen als [${tags!.join(', ')}] schreiben` }, edits: [edit], preferred: true, safe: true }] : [];
};

/**
 * What a measure without CIA tags is offered: the tags its section's control type is expected to
 * protect (all three where the type is unknown or missing), as a flow list, and the fix's title.
 */
export function expectedCia(measure: Measure | undefined): { list: string; title: Localized } {
  const type = controlType(str(measure?.section.type) ?? '');
  const list = `[${(type?.expectedCia ?? ciaOrder).join(', ')}]`;
  return {
    list,
    title: { en: `Add cia: ${list}${type ? ` (expected for ${type.en})` : ''}`, de: `cia: ${list} ergänzen${type ? ` (erwartet für ${type.de})` : ''}` },
  };
}

/**
 * An empty `cia: []`: the expected tags, for the author to confirm; not safe, since only the author
 * knows the measure.
 */
export const fixEmptyCia: FixBuilder = ({ model, target }) => {
  const seq = ciaList(target);
  if (!seq?.flow || seq.items.length || !seq.range || seq.anchor) return []; // an alias would change too
  const { list, title } = expectedCia(model.measures.find((m) => target!.some((step) => step.node === m.map)));
  return [{ title, edits: [{ from: seq.range[0], to: seq.range[1], text: list }], preferred: true }];
};
