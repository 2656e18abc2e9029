import { isDate } from '../util/dates';
import { finding } from './findings';
import { get, measureName, str } from '../document/model';
import { defineRule, rangeOf } from './rule';

/** A due date in the past for a measure that is not implemented yet. */
export const overdue = defineRule({
  id: 'overdue',
  severity: 'warning',
  summary: {
    en: 'a `due` date in the past for a measure that is not implemented',
    de: 'ein vergangenes `due`-Datum bei einer nicht umgesetzten Maßnahme',
  },
  docs: { finds: '`due` before today for a measure that is `planned` or `partial`', pointsAt: 'the `due` value' },
  scope: 'measure',
  suppressible: true,
  check({ model, text, today, add }) {
    for (const m of model.measures) {
      const status = str(get(model.doc, m.map, 'status')) ?? 'implemented';
      const due = get(model.doc, m.map, 'due');
      const value = str(due);
      if (status === 'implemented' || status === 'not-applicable' || !value || !isDate(value) || value >= today) continue;
      const name = measureName(m);
      add(finding('overdue', rangeOf(text, due!), {
        en: `${name.en} was due on ${value} and is still ${status}: implement it and set status: implemented, or agree a new due date.`,
        de: `${name.de} war am ${value} fällig und ist noch ${status}: setzen Sie sie um und schreiben Sie status: implemented, oder vereinbaren Sie ein neues Fälligkeitsdatum.`,
      }));
    }
  },
});
