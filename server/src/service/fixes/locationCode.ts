/** location-code: a country name replaced by its ISO 3166 code ("Germany" → DE). The same place, so safe. */
import type { LocationCodeData } from '../rules/locationCode';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixLocationCode: FixBuilder<LocationCodeData> = ({ data, target }) => {
  const code = data?.replacement;
  const edit = code && target ? replaceScalar(target, code) : undefined;
  return edit ? [{ title: { en: `Write the ISO 3166 code ${code}`, de: `Den ISO-3166-Code ${code} schreiben` }, edits: [edit], preferred: true, safe: true }] : [];
};
