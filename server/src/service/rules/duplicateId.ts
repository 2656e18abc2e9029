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
    // the repeated ids first, with a set: grouping every measure would make a list for each
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const m of model.measures) {
      const id = str(m.id);
      if (id) (seen.has(id) ? repeated : seen).add(id);
    }
    if (repeated.size === 0) return;
    for (const [id, measures] of groupBy(model.measures, (m) => { const id = str(m.id); return id && repeated.has(id) ? id : undefined; })) {
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
