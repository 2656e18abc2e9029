/** unused-scope: remove the scope (and `scopes:` with its last one). */
import { isMap, type YAMLMap } from 'yaml';
import { pairOf, str } from '../document/model';
import { removePair } from './textEdits';
import type { FixBuilder } from './types';

export const fixUnusedScope: FixBuilder = ({ target, text, model }) => {
  const step = target?.at(-1);
  const scopes = step?.parent;
  if (!step?.isKey || !step.pair || !isMap(scopes) || scopes !== model.scopes) return [];
  const name = str(step.node);
  // The last scope takes `scopes:` with it: an empty `scopes:` would be a schema error.
  const only = scopes.items.length === 1;
  const scopesPair = only ? pairOf(model.root, 'scopes') : undefined;
  const edit = only ? scopesPair && removePair(text, model.root as YAMLMap, scopesPair) : removePair(text, scopes, step.pair);
  return edit ? [{ title: { en: `Remove the unused scope "${name}"`, de: `Nicht verwendeten Geltungsbereich „${name}“ entfernen` }, edits: [edit], preferred: true }] : [];
};
