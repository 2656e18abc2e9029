/** Short human labels for parts of a document, as the outline and hovers show them. */
import { isMap, isScalar, type Node } from 'yaml';
import { controlType } from '../catalogue/controlTypes';
import { deref } from './parse';
import { get, str, type Measure, type Section, type TomModel } from './model';
import type { Locale } from '../types';

/** A text field as one line: the plain string, or the document language's entry of a language map, else the first. */
export function textLabel(model: TomModel, node: unknown): string | undefined {
  const value = deref(model.doc, node);
  if (isScalar(value)) return value.value === null || value.value === undefined ? undefined : oneLine(String(value.value));
  if (!isMap(value)) return undefined;
  const language = str(get(model.doc, model.meta, 'language'));
  const entries = value.items.filter((p) => isScalar(p.value) && typeof p.value.value === 'string');
  const chosen = entries.find((p) => str(p.key) === language) ?? entries[0];
  return chosen ? oneLine(String((chosen.value as Node & { value: string }).value)) : undefined;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "1 measure", "12 measures". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 measure", "12 measures" / "1 Maßnahme", "12 Maßnahmen": lenses, the outline and hovers count measures. */
export const measureCount = (n: number, locale: Locale): string =>
  locale === 'de' ? `${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}` : plural(n, 'measure');

/** "Physical access control — Access Control": the control type's name in `locale`, and the section's own title if it differs. */
export function sectionLabel(model: TomModel, section: Section, locale: Locale = 'en'): string {
  const type = str(section.type);
  const name = (type && controlType(type)?.[locale]) ?? type ?? (locale === 'de' ? 'Abschnitt' : 'Section');
  const title = textLabel(model, get(model.doc, section.map, 'title'));
  return title && title !== name ? `${name} — ${title}` : name;
}

/** "PA-01 Access to office premise with key token". */
export function measureLabel(model: TomModel, measure: Measure, locale: Locale = 'en'): string {
  const title = textLabel(model, get(model.doc, measure.map, 'title'));
  return [str(measure.id) ?? (locale === 'de' ? '(ohne ID)' : '(no id)'), title].filter(Boolean).join(' ');
}
