import { finding } from './findings';
import { nextFreeId, sectionPrefix } from '../document/measureIds';
import { str, type Section } from '../document/model';
import { groupBy, otherLines, rangeOf, type Rule } from './rule';

/** A measure id used more than once: every place is reported, each naming the others. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  check({ model, text, add }) {
    // The suggestion depends only on the section, and computing it scans every measure: once per section.
    const suggestions = new Map<Section, string>();
    const suggestionFor = (s: Section) => suggestions.get(s) ?? suggestions.set(s, nextFreeId(model, sectionPrefix(s))).get(s)!;
    for (const [id, measures] of groupBy(model.measures, (m) => str(m.id) || undefined)) {
      if (measures.length < 2) continue;
      const lines = measures.map((m) => rangeOf(text, m.id!).start.line + 1);
      measures.forEach((m, i) => {
        const suggestion = suggestionFor(m.section);
        add(finding('duplicate-id', rangeOf(text, m.id!),
          `Measure id ${id} is also used on line ${otherLines(lines, i)}: ids must be unique; give one of them a new id such as ${suggestion}.`,
          { replacement: suggestion }));
      });
    }
  },
};
