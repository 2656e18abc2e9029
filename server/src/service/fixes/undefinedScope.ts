/** undefined-scope: the defined scope that was meant. */
import type { UndefinedScopeData } from '../rules/undefinedScope';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixUndefinedScope: FixBuilder<UndefinedScopeData> = ({ data, target }) => {
  const name = data?.replacement;
  const edit = name && target ? replaceScalar(target, name) : undefined;
  // Renaming to a scope the list names already would repeat it, which the schema flags: the
  // verification every fix goes through withdraws the fix then, and the entry is the author's to delete.
  return edit ? [{ title: { en: `Change to scope "${name}"`, de: `In den Geltungsbereich „${name}“ ändern` }, edits: [edit], preferred: true, safe: true }] : [];
};
