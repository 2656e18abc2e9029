/** unknown-mapping: the nearest id of the framework's catalogue, in place of the one written. */
import type { UnknownMappingData } from '../rules/unknownMapping';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixUnknownMapping: FixBuilder<UnknownMappingData> = ({ data, target }) => {
  const id = data?.replacement;
  if (!id || !target) return [];
  const edit = replaceScalar(target, id);
  // Not safe: the nearest id is a guess at what the author meant, which only the author can confirm.
  return edit ? [{ title: { en: `Change to "${id}"`, de: `In „${id}“ ändern` }, edits: [edit], preferred: true }] : [];
};
