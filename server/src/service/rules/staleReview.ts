import { isDate, monthsBefore } from '../util/dates';
import { finding } from './findings';
import { get, measureName, str } from '../document/model';
import { defineRule, rangeOf } from './rule';

/** `document.lastUpdated` or a measure's `reviewed` older than the configured months (default 12). */
export const staleReview = defineRule({
  id: 'stale-review',
  severity: 'warning',
  summary: {
    en: '`reviewed` or `document.lastUpdated` older than `tom.staleReviewMonths` months',
    de: '`reviewed` oder `document.lastUpdated` älter als `tom.staleReviewMonths` Monate',
  },
  docs: { finds: "`document.lastUpdated` or a measure's `reviewed` more than 12 months (setting `tom.staleReviewMonths`) before today", pointsAt: 'the date' },
  scope: 'document',
  suppressible: true,
  check({ model, text, today, settings, add }) {
    const months = settings.staleReviewMonths;
    const cutoff = monthsBefore(today, months);
    const check = (node: unknown, what: string) => {
      const value = str(node);
      if (!value || !isDate(value) || value >= cutoff) return;
      add(finding('stale-review', rangeOf(text, node as never),
        `${what} ${value}, more than ${months} months ago: review it and update the date (Art. 32(1)(d) GDPR asks for regular evaluation).`));
    };
    check(get(model.doc, model.meta, 'lastUpdated'), 'The document was last updated on');
    for (const m of model.measures) check(get(model.doc, m.map, 'reviewed'), `${measureName(m)} was last reviewed on`);
  },
});
