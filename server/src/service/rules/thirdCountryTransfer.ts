import { fixTransferMechanism } from '../fixes/thirdCountryTransfer';
import { decisionName, placeName } from '../law/describe';
import { finding } from './findings';
import { defineRule, rangeOf } from './rule';
import { needsMechanism, transfers } from './transfers';

/** The location's country code (the US has a further mechanism, the Data Privacy Framework). */
export interface ThirdCountryTransferData { location: string }

/**
 * A subprocessor location that is a transfer to a third country (Chapter V GDPR) with no mechanism:
 * outside the EU/EEA and its territories, and without an adequacy decision that covers a company
 * (the US decision covers only organisations certified under the Data Privacy Framework).
 */
export const thirdCountryTransfer = defineRule({
  id: 'third-country-transfer',
  severity: 'warning',
  summary: {
    en: 'a subprocessor location that is a transfer to a third country without a transfer mechanism (Chapter V GDPR)',
    de: 'ein Ort eines Unterauftragsverarbeiters, der eine Übermittlung in ein Drittland ohne Übermittlungsinstrument ist (Kapitel V DSGVO)',
  },
  docs: { finds: 'a subprocessor location that is a transfer to a third country (Chapter V GDPR) with no mechanism', pointsAt: 'the location' },
  scope: 'document',
  suppressible: true,
  fixes: fixTransferMechanism,
  check({ model, text, add }) {
    for (const t of transfers(model)) {
      if (t.mechanism || !needsMechanism(t) || t.location.kind === 'unknown') continue;
      const place = placeName(t.location.code);
      const decision = t.status?.kind === 'adequate' ? t.status.decision : undefined;
      const message = decision
        ? {
          en: `${t.name} processes data in ${place.en}: the adequacy decision (${decisionName(decision, 'en')}) covers only organisations certified under the EU-U.S. Data Privacy Framework: add transferMechanism: dpf if the recipient is certified, else scc (Art. 46(2)(c) GDPR).`,
          de: `${t.name} verarbeitet Daten in ${place.de}: der Angemessenheitsbeschluss (${decisionName(decision, 'de')}) gilt nur für Organisationen, die nach dem EU-U.S. Data Privacy Framework zertifiziert sind: ergänzen Sie transferMechanism: dpf, wenn der Empfänger zertifiziert ist, sonst scc (Art. 46 Abs. 2 lit. c DSGVO).`,
        }
        : {
          en: `${t.name} processes data in ${place.en}, a third country without an EU adequacy decision (Art. 45 GDPR): add transferMechanism: scc (Art. 46(2)(c)), bcr (Art. 47) or derogation (Art. 49).`,
          de: `${t.name} verarbeitet Daten in ${place.de}, einem Drittland ohne Angemessenheitsbeschluss der EU (Art. 45 DSGVO): ergänzen Sie transferMechanism: scc (Art. 46 Abs. 2 lit. c), bcr (Art. 47) oder derogation (Art. 49).`,
        };
      add(finding('third-country-transfer', rangeOf(text, t.node), message, { location: t.location.code }));
    }
  },
});
