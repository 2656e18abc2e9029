import { isMap, isScalar } from 'yaml';
import { finding } from './findings';
import { get, publishedLanguages, str } from '../document/model';
import { fixTranslation } from '../fixes/missingTranslation';
import { defineRule, rangeOf } from './rule';

/** The languages to add, and the language a plain string is written in (`document.language`). */
export interface MissingTranslationData { missing: string[]; language: string | undefined }

/** With `document.languages`, every text must exist in each of them; a plain string counts as `document.language`. */
export const missingTranslation = defineRule({
  id: 'missing-translation',
  severity: 'warning',
  summary: {
    en: 'a text lacking one of `document.languages`',
    de: 'ein Text, dem eine der `document.languages` fehlt',
  },
  docs: { finds: 'a text lacking one of `document.languages`', pointsAt: 'the text' },
  scope: 'measure',
  suppressible: true,
  fixes: fixTranslation,
  check({ model, text, add }) {
    const languages = publishedLanguages(model);
    if (languages.length === 0) return;
    const language = str(get(model.doc, model.meta, 'language'));
    for (const field of model.texts) {
      const present = isScalar(field.value) ? [language] : isMap(field.value) ? field.value.items.map((p) => str(p.key)) : [];
      const missing = languages.filter((l) => !present.includes(l));
      if (missing.length === 0) continue;
      add(finding('missing-translation', rangeOf(text, field.value), {
        en: `${field.key.value} has no ${missing.join(', ')} text, but the document is published in ${languages.join(', ')}: add the translation.`,
        de: `${field.key.value} hat keinen Text für ${missing.join(', ')}, das Dokument erscheint aber in ${languages.join(', ')}: ergänzen Sie die Übersetzung.`,
      },
        { missing, language }));
    }
  },
});
