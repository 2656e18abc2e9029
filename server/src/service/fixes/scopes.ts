/** undefined-scope: the defined scope that was meant; unused-scope: remove the scope. */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { pairOf, str } from '../document/model';
import { removePair, replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixUndefinedScope: FixBuilder = ({ finding, target }) => {
  const name = finding.data?.replacement;
  const step = target?.at(-1);
  if (typeof name !== 'string' || !step) return [];
  const edit = replaceScalar(target!, name);
  // Renaming to a scope the list names already would repeat it: then the fix is to delete this entry by hand.
  if (!edit || (isSeq(step.parent) && step.parent.items.some((i) => str(i) === name))) return [];
  return [{ title: `Change to scope "${name}"`, edits: [edit], preferred: true, safe: true }];
};

export const fixUnusedScope: FixBuilder = ({ target, text, model }) => {
  const step = target?.at(-1);
  const scopes = step?.parent;
  if (!step?.isKey || !step.pair || !isMap(scopes) || scopes !== model.scopes) return [];
  const name = str(step.node);
  // The last scope takes `scopes:` with it: an empty `scopes:` would be a schema error.
  const only = scopes.items.length === 1;
  const scopesPair = only ? pairOf(model.root, 'scopes') : undefined;
  const edit = only ? scopesPair && removePair(text, model.root as YAMLMap, scopesPair) : removePair(text, scopes, step.pair);
  return edit ? [{ title: `Remove the unused scope "${name}"`, edits: [edit], preferred: true }] : [];
};
