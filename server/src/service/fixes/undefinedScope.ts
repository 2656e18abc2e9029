/** undefined-scope: the defined scope that was meant. */
import { isSeq } from 'yaml';
import { str } from '../document/model';
import type { UndefinedScopeData } from '../rules/undefinedScope';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixUndefinedScope: FixBuilder<UndefinedScopeData> = ({ data, target }) => {
  const name = data?.replacement;
  const step = target?.at(-1);
  if (!name || !step) return [];
  const edit = replaceScalar(target!, name);
  // Renaming to a scope the list names already would repeat it: then the fix is to delete this entry by hand.
  if (!edit || (isSeq(step.parent) && step.parent.items.some((i) => str(i) === name))) return [];
  return [{ title: { en: `Change to scope "${name}"`, de: `In den Geltungsbereich „${name}“ ändern` }, edits: [edit], preferred: true, safe: true }];
};
