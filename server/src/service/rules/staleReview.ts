import { isDate, monthsBefore } from '../util/dates';
import { finding } from './findings';
import { get, measureName, str } from '../document/model';
import { defineRule, rangeOf } from './rule';
import type { Localized } from '../types';

/** `document.lastUpdated` or a measure's `reviewed` older than the configured months (default 12). */
export const staleReview = defineRule({
  id: 'stale-review',
  severity: 'warning',
  summary: {
    en: '`reviewed` or `document.lastUpdated` older than `tom.staleReviewMonths` months',
    de: '`reviewed` oder `document.lastUpdated` älter als `tom.staleReviewMonths` Monate',
  },
  docs: { finds: "`document.lastUpdated` or a measure's `reviewed` more than 12 months (setting `tom.staleReviewMonths`) before today", pointsAt: 'the date' },
  scope: 'measure',
  suppressible: true,
  check({ model, text, today, settings, add }) {
    const months = settings.staleReviewMonths;
    const cutoff = monthsBefore(today, months);
    const check = (node: unknown, what: (date: string) => Localized) => {
      const value = str(node);
      if (!value || !isDate(value) || value >= cutoff) return;
      const said = what(value);
      add(finding('stale-review', rangeOf(text, node as never), {
        en: `${said.en}, more than ${months === 1 ? 'a month' : `${months} months`} ago: review it and update the date (Art. 32(1)(d) GDPR asks for regular evaluation).`,
        de: `${said.de}, vor mehr als ${months === 1 ? 'einem Monat' : `${months} Monaten`}: prüfen Sie erneut und aktualisieren Sie das Datum (Art. 32 Abs. 1 lit. d DSGVO verlangt eine regelmäßige Überprüfung).`,
      }));
    };
    check(get(model.doc, model.meta, 'lastUpdated'), (date) => ({ en: `The document was last updated on ${date}`, de: `Das Dokument wurde zuletzt am ${date} aktualisiert` }));
    for (const m of model.measures) {
      const name = measureName(m);
      check(get(model.doc, m.map, 'reviewed'), (date) => ({ en: `${name.en} was last reviewed on ${date}`, de: `${name.de} wurde zuletzt am ${date} überprüft` }));
    }
  },
});
