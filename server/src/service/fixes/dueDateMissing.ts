/**
 * due-date-missing: `due:` after `status:`, three months from today. A suggestion, not a decision: the
 * date is a commitment, so this fix never runs in fix-all or `check --fix` (docs/quick-fixes.md).
 */
import { isMap } from 'yaml';
import { monthsBefore } from '../util/dates';
import { insertPairs } from './textEdits';
import type { FixBuilder } from './types';

export const fixDueDate: FixBuilder = ({ target, text, style, today }) => {
  const status = target?.at(-1);
  if (!status?.pair || !isMap(status.parent) || status.isKey) return [];
  const due = monthsBefore(today, -3); // a negative count of months goes forward
  const edit = insertPairs(text, style, status.parent, [['due', due]], status.pair);
  return edit ? [{ title: { en: `Add due: ${due} (in three months; agree the real date)`, de: `due: ${due} ergänzen (in drei Monaten; den tatsächlichen Termin vereinbaren)` }, edits: [edit], preferred: true }] : [];
};
