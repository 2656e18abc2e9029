/**
 * duplicate-id: the next free id for the second and later uses of an id. Renaming the first use is
 * offered too, but only the later ones are preferred and safe: the first is the one others cite.
 */
import { str } from '../document/model';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixDuplicateId: FixBuilder = ({ finding, target, model }) => {
  const id = finding.data?.replacement;
  const node = target?.at(-1)?.node;
  if (typeof id !== 'string' || !node) return [];
  const edit = replaceScalar(target!, id);
  const first = model.measures.find((m) => str(m.id) === str(node))?.id === node;
  return edit ? [{ title: `Change the id to ${id} (the next free id)`, edits: [edit], preferred: !first, safe: !first }] : [];
};
