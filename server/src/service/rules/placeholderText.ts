import { finding } from './findings';
import { scanTexts } from '../document/textScan';
import { spanAt, type Rule } from './rule';

const placeholders = [/\b(?:TODO|TBD|FIXME)\b/gi, /\blorem ipsum\b/gi, /\?\?\?/g, /\bxxx\b/gi];

/** Unfinished text that must not reach the published page. */
export const placeholderText: Rule = {
  id: 'placeholder-text',
  check({ model, text, add }) {
    for (const m of scanTexts(model, text.getText(), placeholders)) {
      add(finding('placeholder-text', spanAt(text, m.offset, m.text.length), `"${m.text}" is a placeholder: write the real text before publishing.`));
    }
  },
};
