import { ciaOrder } from '../catalogue/controlTypes';
import { finding } from './findings';
import { get, items, str } from '../document/model';
import { fixCia } from '../fixes/ciaOrder';
import { defineRule, rangeOf } from './rule';

/** Valid CIA tags written out of the canonical order C, I, A (lower case and repeats are `schema` errors). */
export const ciaOrderRule = defineRule({
  id: 'cia-order',
  severity: 'hint',
  summary: {
    en: 'CIA tags not in the order C, I, A',
    de: 'CIA-Kennzeichen nicht in der Reihenfolge C, I, A',
  },
  docs: { finds: 'valid tags not in the order C, I, A', pointsAt: 'the `cia` list' },
  scope: 'measure',
  suppressible: true,
  fixes: fixCia,
  check({ model, text, add }) {
    for (const m of model.measures) {
      const list = get(model.doc, m.map, 'cia');
      const tags = items(model.doc, list).map(str);
      if (!list || tags.some((t) => !t || !ciaOrder.includes(t as never)) || new Set(tags).size !== tags.length) continue;
      const sorted = [...tags].sort((a, b) => ciaOrder.indexOf(a as never) - ciaOrder.indexOf(b as never));
      if (sorted.join() === tags.join()) continue;
      add(finding('cia-order', rangeOf(text, list), {
        en: `CIA tags are written in the order C, I, A: write [${sorted.join(', ')}].`,
        de: `CIA-Kennzeichen stehen in der Reihenfolge C, I, A: schreiben Sie [${sorted.join(', ')}].`,
      }));
    }
  },
});
