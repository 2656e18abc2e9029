import { finding } from './findings';
import { get, str } from '../document/model';
import { fixDueDate } from '../fixes/dueDateMissing';
import { defineRule, rangeOf } from './rule';

/** `planned` or `partial` needs a `due` date. */
export const dueDateMissing = defineRule({
  id: 'due-date-missing',
  severity: 'warning',
  summary: {
    en: 'a `planned` or `partial` measure without `due`',
    de: 'eine Maßnahme mit `planned` oder `partial` ohne `due`',
  },
  docs: { finds: '`planned` or `partial` without `due`', pointsAt: 'the `status` value' },
  scope: 'measure',
  suppressible: true,
  fixes: fixDueDate,
  check({ model, text, add }) {
    for (const m of model.measures) {
      const status = get(model.doc, m.map, 'status');
      const value = str(status);
      if ((value === 'planned' || value === 'partial') && !get(model.doc, m.map, 'due')) {
        add(finding('due-date-missing', rangeOf(text, status!), {
          en: `A ${value} measure needs a due date: add due: YYYY-MM-DD.`,
          de: `Eine Maßnahme mit status: ${value} braucht ein Fälligkeitsdatum: ergänzen Sie due: JJJJ-MM-TT.`,
        }));
      }
    }
  },
});
