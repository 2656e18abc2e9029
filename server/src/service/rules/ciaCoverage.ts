import { controlType } from '../catalogue/controlTypes';
import { finding } from './findings';
import { get, items, str } from '../document/model';
import { rangeOf, type Rule } from './rule';

/** A section where no measure carries one of the control type's expected CIA tags. */
export const ciaCoverage: Rule = {
  id: 'cia-coverage',
  check({ model, text, add }) {
    for (const s of model.sections) {
      const type = controlType(str(s.type) ?? '');
      if (!type) continue;
      const carried = new Set(s.measures.flatMap((m) => items(model.doc, get(model.doc, m.map, 'cia')).map(str)));
      const missing = type.expectedCia.filter((tag) => !carried.has(tag));
      if (missing.length === 0) continue;
      add(finding('cia-coverage', rangeOf(text, s.type!),
        `No measure of ${type.en} carries ${missing.join(', ')}, which this control type is expected to protect: tag the measures that do, or add one.`,
        { missing }));
    }
  },
};
