import { isScalar, type Scalar } from 'yaml';
import { get, pairOf, str } from '../document/model';
import { finding } from './findings';
import { defineRule, rangeOf } from './rule';

/** Art. 33(1) GDPR: the controller notifies the supervisory authority within 72 hours of becoming aware. */
const authorityHours = 72;

const hoursAt = (node: unknown): number | undefined =>
  isScalar(node) && typeof node.value === 'number' ? node.value : undefined;

/**
 * Breach notification by role. A controller promises the authority at most 72 hours (Art. 33(1)).
 * A processor notifies the controller "without undue delay" (Art. 33(2)): it has no hours of its own,
 * but promising 72 or more uses up the controller's whole window (EDPB Guidelines 9/2022; agreements
 * usually ask for 24 to 48 hours). A processor does not notify the authority at all.
 */
export const breachNotification = defineRule({
  id: 'breach-notification',
  severity: 'warning',
  summary: {
    en: 'a breach notification promise that does not fit the role: a controller above 72 hours (Art. 33(1) GDPR), a processor at 72 hours or more (Art. 33(2))',
    de: 'eine Zusage zur Meldung von Datenschutzverletzungen, die nicht zur Rolle passt: ein Verantwortlicher über 72 Stunden (Art. 33 Abs. 1 DSGVO), ein Auftragsverarbeiter ab 72 Stunden (Art. 33 Abs. 2)',
  },
  docs: {
    finds: 'a controller notifying the authority later than 72 hours (Art. 33(1) GDPR); a processor notifying the controller after 72 hours or more (Art. 33(2)); a processor promising to notify the authority',
    pointsAt: 'the number (the key for the last)',
  },
  scope: 'document',
  suppressible: true,
  check({ model, text, add }) {
    const { doc, commitments } = model;
    const role = str(get(doc, model.meta, 'role'));
    const isProcessor = role === 'processor' || role === 'sub-processor';
    const general = get(doc, commitments, 'breachNotificationHours');
    const toController = get(doc, commitments, 'controllerNotificationHours');
    const toAuthority = get(doc, commitments, 'authorityNotificationHours');
    if (isProcessor) {
      const node = toController ?? general;
      const hours = hoursAt(node);
      if (hours !== undefined && hours >= authorityHours) {
        add(finding('breach-notification', rangeOf(text, node as Scalar), {
            en: `A processor notifies the controller without undue delay (Art. 33(2) GDPR); ${hours} hours uses up the controller's whole 72 hours for notifying the authority (Art. 33(1); EDPB Guidelines 9/2022): promise less, typically 24 to 48 hours.`,
            de: `Ein Auftragsverarbeiter meldet dem Verantwortlichen unverzüglich (Art. 33 Abs. 2 DSGVO); ${hours} Stunden verbrauchen die ganzen 72 Stunden, die der Verantwortliche für die Meldung an die Aufsichtsbehörde hat (Art. 33 Abs. 1; EDSA-Leitlinien 9/2022): sagen Sie weniger zu, üblich sind 24 bis 48 Stunden.`,
        }));
      }
      if (toAuthority) {
        // the key is what is wrong (the message says which key to write); a merged-in one has no key here
        const key = pairOf(commitments, 'authorityNotificationHours')?.key ?? toAuthority;
        add(finding('breach-notification', rangeOf(text, key), {
          en: 'A processor does not notify the supervisory authority: the controller does (Art. 33(1) GDPR), after the processor has notified it (Art. 33(2)): write controllerNotificationHours instead.',
          de: 'Ein Auftragsverarbeiter meldet nicht an die Aufsichtsbehörde: das tut der Verantwortliche (Art. 33 Abs. 1 DSGVO), nachdem der Auftragsverarbeiter ihn informiert hat (Art. 33 Abs. 2): schreiben Sie stattdessen controllerNotificationHours.',
        }));
      }
      return;
    }
    const node = toAuthority ?? general;
    const hours = hoursAt(node);
    if (hours !== undefined && hours > authorityHours) {
      add(finding('breach-notification', rangeOf(text, node as Scalar), {
        en: `The controller notifies the supervisory authority within 72 hours of becoming aware of a breach (Art. 33(1) GDPR), later only with reasons for the delay: promise 72 hours or less instead of ${hours}.`,
        de: `Der Verantwortliche meldet eine Verletzung binnen 72 Stunden, nachdem sie ihm bekannt wurde, an die Aufsichtsbehörde (Art. 33 Abs. 1 DSGVO), später nur mit einer Begründung der Verzögerung: sagen Sie 72 Stunden oder weniger statt ${hours} zu.`,
      }));
    }
  },
});
