/**
 * What fixes write where only the author knows the answer: TODO, which the placeholder-text rule
 * flags until it is replaced, so that nothing unfinished reaches the published page unnoticed.
 */
import { get, items, str, type TomModel } from '../model';

export const placeholder = 'TODO';

/** `document.languages`, the languages every text must exist in. */
export const publishedLanguages = (model: TomModel): string[] =>
  items(model.doc, get(model.doc, model.meta, 'languages')).map(str).filter((l): l is string => !!l);

/** A new text to fill in: TODO, or {en: TODO, de: TODO} when the document is published in several languages. */
export function textPlaceholder(model: TomModel): string {
  const languages = publishedLanguages(model);
  return languages.length ? `{${languages.map((l) => `${l}: ${placeholder}`).join(', ')}}` : placeholder;
}
