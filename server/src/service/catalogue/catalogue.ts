/**
 * A built-in catalogue of common measures (catalogue.json: titles in English and German, control
 * type, CIA tags, kind), offered when the user starts a new measure so that a typical TOM is written
 * in minutes and reads the same way everywhere. The entries are deliberately generic: the author
 * adapts the title and adds a description.
 */
import entries from './catalogue.json';
import type { Cia } from './controlTypes';

export interface CatalogueMeasure {
  type: string;
  kind: 'technical' | 'organizational';
  cia: Cia[];
  title: { en: string; de: string };
  /** Suggested framework control ids (frameworks/suggestions.ts). */
  mappings?: Partial<Record<string, string[]>>;
  /**
   * The roles whose duty the measure is, where it is not everyone's: notifying the authority is the
   * controller's (Art. 33(1) GDPR), notifying the controller the processor's (Art. 33(2)).
   */
  roles?: string[];
}

export const catalogue: readonly CatalogueMeasure[] = entries as CatalogueMeasure[];

/** The measures that fit a document of this role (all of them when the role is not given yet). */
export const catalogueFor = (role: string | undefined): CatalogueMeasure[] =>
  catalogue.filter((m) => !role || !m.roles || m.roles.includes(role));

/** A YAML scalar for `s`: plain where YAML reads it back as the same string, else double-quoted. */
export function yamlScalar(s: string): string {
  return /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#,[\]{}]|\s$/.test(s) || /^(true|false|null|~|[\d.+-].*)$/i.test(s) ? JSON.stringify(s) : s;
}

/**
 * The title as the document wants it: both languages as a language map when the document is
 * published in English and German, else the string in its language (English for languages the
 * catalogue lacks).
 */
function titleText(m: CatalogueMeasure, language: string, languages: readonly string[]): string {
  const both = languages.filter((l): l is 'en' | 'de' => l === 'en' || l === 'de');
  if (both.length === 2) return `{${both.map((l) => `${l}: ${yamlScalar(m.title[l])}`).join(', ')}}`;
  return yamlScalar(catalogueTitle(m, language));
}

/** The title in the document's language: German for `de`, else English (the catalogue has no other). */
export const catalogueTitle = (m: CatalogueMeasure, language: string): string => (language === 'de' ? m.title.de : m.title.en);

/** The measure as YAML lines: the first follows the item's `- `, the others are indented to `col`. */
export function measureYaml(m: CatalogueMeasure, id: string, col: number, language: string, languages: readonly string[]): string {
  const indent = ' '.repeat(col);
  return [`id: ${id}`, `title: ${titleText(m, language, languages)}`, `cia: [${m.cia.join(', ')}]`, `kind: ${m.kind}`].join(`\n${indent}`);
}
