import { finding } from './findings';
import { get, str } from '../document/model';
import { rangeOf, type Rule } from './rule';

/** `planned` or `partial` needs a `due` date. */
export const dueDateMissing: Rule = {
  id: 'due-date-missing',
  check({ model, text, add }) {
    for (const m of model.measures) {
      const status = get(model.doc, m.map, 'status');
      const value = str(status);
      if ((value === 'planned' || value === 'partial') && !get(model.doc, m.map, 'due')) {
        add(finding('due-date-missing', rangeOf(text, status!), `A ${value} measure needs a due date: add due: YYYY-MM-DD.`, { status: value }));
      }
    }
  },
};
