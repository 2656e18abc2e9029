/** unknown-control-type: the canonical id for a German or English name, a known variant or a typo. */
import { controlType } from '../catalogue/controlTypes';
import { str } from '../document/model';
import type { UnknownControlTypeData } from '../rules/unknownControlType';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixControlType: FixBuilder<UnknownControlTypeData> = ({ data, target, model }) => {
  const id = data?.replacement;
  if (!id || !target) return [];
  const edit = replaceScalar(target, id);
  if (!edit) return [];
  const taken = model.sections.some((s) => str(s.type) === id);
  return [taken
    ? { title: `Change to "${id}" (another section has this type already: merge the two)`, edits: [edit], creates: ['duplicate-control-type'] }
    : { title: `Change to "${id}" (${controlType(id)?.en})`, edits: [edit], preferred: true, safe: true }];
};
