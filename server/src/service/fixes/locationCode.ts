/** location-code: a country name replaced by its ISO 3166 code ("Germany" → DE). The same place, so safe. */
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixLocationCode: FixBuilder = ({ finding, target }) => {
  const code = finding.data?.replacement;
  const edit = typeof code === 'string' && target ? replaceScalar(target, code) : undefined;
  return edit ? [{ title: `Write the ISO 3166 code ${code}`, edits: [edit], preferred: true, safe: true }] : [];
};
