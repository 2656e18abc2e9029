import { finding } from './findings';
import { scanTexts } from '../document/textScan';
import { defineRule, spanAt } from './rule';

const placeholders = [/\b(?:TODO|TBD|FIXME)\b/gi, /\blorem ipsum\b/gi, /\?\?\?/g, /\bxxx\b/gi];

/** Unfinished text that must not reach the published page. */
export const placeholderText = defineRule({
  id: 'placeholder-text',
  severity: 'warning',
  summary: {
    en: 'TODO, TBD, FIXME, lorem ipsum, ??? or xxx in a text',
    de: 'TODO, TBD, FIXME, Lorem ipsum, ??? oder xxx in einem Text',
  },
  docs: { finds: 'TODO, TBD, FIXME, lorem ipsum, `???`, `xxx` in a text', pointsAt: 'the words themselves' },
  scope: 'measure',
  suppressible: true,
  check({ model, text, add }) {
    for (const m of scanTexts(model, text.getText(), placeholders)) {
      add(finding('placeholder-text', spanAt(text, m.offset, m.text.length), {
        en: `"${m.text}" is a placeholder: write the real text before publishing.`,
        de: `„${m.text}“ ist ein Platzhalter: schreiben Sie den eigentlichen Text, bevor Sie veröffentlichen.`,
      }));
    }
  },
});
