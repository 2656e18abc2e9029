import { finding } from '../findings';
import { str, type Section } from '../model';
import { rangeOf, type Rule } from './rule';

/** A control type used by two sections: both places are reported. */
export const duplicateControlType: Rule = {
  id: 'duplicate-control-type',
  check({ model, text, add }) {
    const byType = new Map<string, Section[]>();
    for (const s of model.sections) {
      const t = str(s.type);
      if (t) byType.set(t, [...(byType.get(t) ?? []), s]);
    }
    for (const [type, sections] of byType) {
      if (sections.length < 2) continue;
      for (const s of sections) {
        const others = sections.filter((o) => o !== s).map((o) => rangeOf(text, o.type!).start.line + 1);
        add(finding('duplicate-control-type', rangeOf(text, s.type!),
          `Control type ${type} has another section on line ${others.join(', ')}: merge the two sections into one.`));
      }
    }
  },
};
