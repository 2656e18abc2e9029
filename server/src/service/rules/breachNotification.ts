import { isScalar } from 'yaml';
import { finding } from './findings';
import { get } from '../document/model';
import { defineRule, rangeOf } from './rule';

/** Art. 33 GDPR: a breach is notified to the authority within 72 hours. */
export const breachNotification = defineRule({
  id: 'breach-notification',
  severity: 'error',
  summary: {
    en: '`breachNotificationHours` above 72 (Art. 33 GDPR)',
    de: '`breachNotificationHours` über 72 (Art. 33 DSGVO)',
  },
  docs: { finds: '`breachNotificationHours` above 72 (Art. 33 GDPR)', pointsAt: 'the number' },
  scope: 'document',
  suppressible: true,
  check({ model, text, add }) {
    const hours = get(model.doc, model.commitments, 'breachNotificationHours');
    if (isScalar(hours) && typeof hours.value === 'number' && hours.value > 72) {
      add(finding('breach-notification', rangeOf(text, hours), `${hours.value} hours is longer than the 72 hours Art. 33 GDPR allows for notifying a breach: promise 72 hours or less.`));
    }
  },
});
