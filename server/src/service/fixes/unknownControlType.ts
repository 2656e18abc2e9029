/** unknown-control-type: the canonical id for a German or English name, a known variant or a typo; each candidate of an ambiguous name. */
import { controlType } from '../catalogue/controlTypes';
import { str } from '../document/model';
import type { UnknownControlTypeData } from '../rules/unknownControlType';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixControlType: FixBuilder<UnknownControlTypeData> = ({ data, target, model }) => {
  const ids = data?.replacements;
  if (!ids || !target) return [];
  // only one candidate is a mechanical fix; among several the author must choose
  const sure = ids.length === 1;
  return ids.flatMap((id) => {
    const edit = replaceScalar(target, id);
    if (!edit) return [];
    const taken = model.sections.some((s) => str(s.type) === id);
    return [taken
      ? { title: { en: `Change to "${id}" (another section has this type already: merge the two)`, de: `In „${id}“ ändern (ein anderer Abschnitt hat diesen Typ bereits: beide zusammenführen)` }, edits: [edit], creates: ['duplicate-control-type' as const] }
      // choosing one candidate leaves the others uncovered: missing-control-type may name them then
      : { title: { en: `Change to "${id}" (${controlType(id)?.en})`, de: `In „${id}“ ändern (${controlType(id)?.de})` }, edits: [edit], preferred: sure, safe: sure, ...(sure ? {} : { creates: ['missing-control-type' as const] }) }];
  });
};
