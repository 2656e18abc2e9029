import { finding } from '../findings';
import { get } from '../model';
import { rangeOf, type Rule } from './rule';

/** Art. 33 GDPR: a breach is notified to the authority within 72 hours. */
export const breachNotification: Rule = {
  id: 'breach-notification',
  check({ model, text, add }) {
    const node = get(model.doc, model.commitments, 'breachNotificationHours');
    const hours = node && 'value' in node ? (node as { value: unknown }).value : undefined;
    if (typeof hours === 'number' && hours > 72) {
      add(finding('breach-notification', rangeOf(text, node!), `${hours} hours is longer than the 72 hours Art. 33 GDPR allows for notifying a breach: promise 72 hours or less.`));
    }
  },
};
