import { finding } from './findings';
import { nextFreeId, sectionPrefix } from '../document/measureIds';
import { str, type Section } from '../document/model';
import { fixDuplicateId } from '../fixes/duplicateId';
import { defineRule, groupBy, otherLines, rangeOf } from './rule';

/** The fix's suggestion: the next free id of the measure's section. */
export interface DuplicateIdData { replacement: string }

/** A measure id used more than once: every place is reported, each naming the others. */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  summary: {
    en: 'a measure id used twice',
    de: 'eine Maßnahmen-ID, die zweimal vorkommt',
  },
  docs: { finds: 'a measure id used twice', pointsAt: 'every place, each naming the other lines' },
  scope: 'document',
  suppressible: true,
  fixes: fixDuplicateId,
  check({ model, text, add }) {
    // The suggestion depends only on the section, and computing it scans every measure: once per section.
    const suggestions = new Map<Section, string>();
    const suggestionFor = (s: Section) => suggestions.get(s) ?? suggestions.set(s, nextFreeId(model, sectionPrefix(s))).get(s)!;
    for (const [id, measures] of groupBy(model.measures, (m) => str(m.id) || undefined)) {
      if (measures.length < 2) continue;
      const lines = measures.map((m) => rangeOf(text, m.id!).start.line + 1);
      measures.forEach((m, i) => {
        const suggestion = suggestionFor(m.section);
        const others = otherLines(lines, i);
        add(finding('duplicate-id', rangeOf(text, m.id!), {
          en: `Measure id ${id} is also used on line ${others.en}: ids must be unique; give one of them a new id such as ${suggestion}.`,
          de: `Die Maßnahmen-ID ${id} steht auch in Zeile ${others.de}: IDs müssen eindeutig sein; geben Sie einer der Maßnahmen eine neue ID wie ${suggestion}.`,
        }, { replacement: suggestion }));
      });
    }
  },
});
