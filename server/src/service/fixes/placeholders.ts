/**
 * What fixes write where only the author knows the answer: TODO, which the placeholder-text rule
 * flags until it is replaced, so that nothing unfinished reaches the published page unnoticed.
 */
import { publishedLanguages, type TomModel } from '../document/model';

export const placeholder = 'TODO';

/** A new text to fill in: TODO, or {en: TODO, de: TODO} when the document is published in several languages. */
export function textPlaceholder(model: TomModel): string {
  const languages = publishedLanguages(model);
  return languages.length ? `{${languages.map((l) => `${l}: ${placeholder}`).join(', ')}}` : placeholder;
}
