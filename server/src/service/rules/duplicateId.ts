import { finding } from '../findings';
import { nextFreeId, sectionPrefix } from '../ids';
import { str, type Measure, type Section } from '../model';
import { rangeOf, type Rule } from './rule';

/** At most this many other lines are named in one message: a pasted block can repeat an id thousands of times. */
const namedLines = 5;

/** A measure id used more than once: every place is reported, each naming the others. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  check({ model, text, add }) {
    const byId = new Map<string, Measure[]>();
    for (const m of model.measures) {
      const id = str(m.id);
      if (!id) continue;
      const same = byId.get(id);
      if (same) same.push(m);
      else byId.set(id, [m]);
    }
    // The suggestion depends only on the section, and computing it scans every measure: once per section.
    const suggestions = new Map<Section, string>();
    const suggestionFor = (s: Section) => suggestions.get(s) ?? suggestions.set(s, nextFreeId(model, sectionPrefix(s))).get(s)!;
    for (const [id, measures] of byId) {
      if (measures.length < 2) continue;
      const lines = measures.map((m) => rangeOf(text, m.id!).start.line + 1);
      measures.forEach((m, i) => {
        const others = lines.slice(0, namedLines + 1).filter((_, j) => j !== i).slice(0, namedLines);
        const more = lines.length - 1 - others.length;
        const named = more > 0 ? `${others.join(', ')} and ${more} more lines` : others.join(', ');
        const suggestion = suggestionFor(m.section);
        add(finding('duplicate-id', rangeOf(text, m.id!),
          `Measure id ${id} is also used on line ${named}: ids must be unique; give one of them a new id such as ${suggestion}.`,
          { replacement: suggestion }));
      });
    }
  },
};
