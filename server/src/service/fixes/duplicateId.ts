/**
 * duplicate-id: the next free id for the second and later uses of an id. Renaming the first use is
 * offered too, but only the later ones are preferred and safe: the first is the one others cite.
 */
import { str } from '../document/model';
import type { DuplicateIdData } from '../rules/duplicateId';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixDuplicateId: FixBuilder<DuplicateIdData> = ({ data, target, model }) => {
  const id = data?.replacement;
  const node = target?.at(-1)?.node;
  if (!id || !node) return [];
  const edit = replaceScalar(target!, id);
  const first = model.measures.find((m) => str(m.id) === str(node))?.id === node;
  return edit ? [{ title: { en: `Change the id to ${id} (the next free id)`, de: `ID in ${id} ändern (die nächste freie ID)` }, edits: [edit], preferred: !first, safe: !first }] : [];
};
