import { finding } from '../findings';
import { nextFreeId, sectionPrefix } from '../ids';
import { str, type Measure } from '../model';
import { rangeOf, type Rule } from './rule';

/** A measure id used more than once: every place is reported, each naming the others. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  check({ model, text, add }) {
    const byId = new Map<string, Measure[]>();
    for (const m of model.measures) {
      const id = str(m.id);
      if (id) byId.set(id, [...(byId.get(id) ?? []), m]);
    }
    for (const [id, measures] of byId) {
      if (measures.length < 2) continue;
      for (const m of measures) {
        const others = measures.filter((o) => o !== m).map((o) => rangeOf(text, o.id!).start.line + 1);
        const suggestion = nextFreeId(model, sectionPrefix(m.section));
        add(finding('duplicate-id', rangeOf(text, m.id!),
          `Measure id ${id} is also used on line ${others.join(', ')}: ids must be unique; give one of them a new id such as ${suggestion}.`,
          { replacement: suggestion }));
      }
    }
  },
};
