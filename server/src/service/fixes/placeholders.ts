/**
 * What fixes write where only the author knows the answer: TODO, which the placeholder-text rule
 * flags until it is replaced, so that nothing unfinished reaches the published page unnoticed.
 */
import { publishedLanguages, type TomModel } from '../document/model';
import type { Filling } from '../rules/schema';
import type { FixDraft } from './types';
import type { Localized } from '../types';

export const placeholder = 'TODO';

/** A new text to fill in: TODO, or {en: TODO, de: TODO} when the document is published in several languages. */
export function textPlaceholder(model: TomModel): string {
  const languages = publishedLanguages(model);
  return languages.length ? `{${languages.map((l) => `${l}: ${placeholder}`).join(', ')}}` : placeholder;
}

/**
 * The values that fill what the author chooses: each allowed value (a choice: picking a role may
 * bring other rules to bear), today's date, or `TODO` to fill in; `note` ends the fix's title.
 */
export function fillingValues(filling: Filling, today: string): (Omit<FixDraft, 'edits' | 'title'> & { value: string; note: Localized })[] {
  if ('choices' in filling) return filling.choices.map((value) => ({ value, note: { en: '', de: '' }, choice: true }));
  if (filling.expects === 'date') return [{ value: today, note: { en: ' (today)', de: ' (heute)' } }];
  if (filling.expects === 'text') return [{ value: placeholder, note: { en: ' (to fill in)', de: ' (auszufüllen)' }, creates: ['placeholder-text'] }];
  return [];
}
