import { finding } from './findings';
import { str } from '../document/model';
import { defineRule, groupBy, otherLines, rangeOf } from './rule';

/** A control type used by two sections: both places are reported. */
export const duplicateControlType = defineRule({
  id: 'duplicate-control-type',
  severity: 'error',
  summary: {
    en: 'a control type used in two sections',
    de: 'ein Kontrolltyp in zwei Abschnitten',
  },
  docs: { finds: 'a control type used by two sections', pointsAt: 'every place' },
  scope: 'document',
  suppressible: true,
  check({ model, text, add }) {
    for (const [type, sections] of groupBy(model.sections, (s) => str(s.type) || undefined)) {
      if (sections.length < 2) continue;
      const lines = sections.map((s) => rangeOf(text, s.type!).start.line + 1);
      sections.forEach((s, i) => {
        const others = otherLines(lines, i);
        add(finding('duplicate-control-type', rangeOf(text, s.type!), {
          en: `Control type ${type} has another section on line ${others.en}: merge the two sections into one.`,
          de: `Der Kontrolltyp ${type} hat einen weiteren Abschnitt in Zeile ${others.de}: führen Sie die Abschnitte zu einem zusammen.`,
        }));
      });
    }
  },
});
