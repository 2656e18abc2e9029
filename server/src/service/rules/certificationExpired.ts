import { isScalar } from 'yaml';
import { finding, lspSeverity } from './findings';
import { get, str } from '../document/model';
import { withdrawnEdition } from '../law/certifications';
import { formatDate } from '../render/i18n';
import { daysBetween, isDate } from '../util/dates';
import { defineRule, rangeOf } from './rule';

/** How long before `validUntil` the renewal is worth a note. */
const noticeDays = 90;

/**
 * A certification that no longer holds: its `validUntil` has passed, or its name cites an edition whose
 * certificates lost their validity when the transition to the next edition ended (law/certifications.json).
 * An auditor reads the certifications as evidence (Art. 32(1)(d), Art. 42 GDPR): an expired one is none.
 */
export const certificationExpired = defineRule({
  id: 'certification-expired',
  severity: 'warning',
  summary: {
    en: 'a certification past its `validUntil`, or of an edition whose certificates are no longer valid',
    de: 'eine Zertifizierung nach ihrem `validUntil` oder nach einer Ausgabe, deren Zertifikate nicht mehr gelten',
  },
  docs: {
    finds: '`validUntil` before today; a name citing a withdrawn edition, e.g. ISO/IEC 27001:2013 (certificates invalid after 31 October 2025); as `info`, `validUntil` within 90 days',
    pointsAt: 'the `validUntil` date; the name',
  },
  scope: 'document',
  suppressible: true,
  check({ model, text, today, add }) {
    for (const cert of model.certifications) {
      const nameNode = get(model.doc, cert, 'name');
      const name = str(nameNode);
      const edition = name ? withdrawnEdition(name) : undefined;
      if (edition && today > edition.invalidAfter) {
        const cited = `${edition.standard}:${edition.edition}`;
        const current = `${edition.standard}:${edition.currentEdition}`;
        add(finding('certification-expired', rangeOf(text, nameNode as never), {
          en: `Certificates to ${cited} are no longer valid: the transition to ${current} ended on ${formatDate(edition.invalidAfter, 'en')} (${edition.reference}). Name the ${edition.currentEdition} edition once certified to it, or remove the certification.`,
          de: `Zertifikate nach ${cited} gelten nicht mehr: die Übergangsfrist zu ${current} endete am ${formatDate(edition.invalidAfter, 'de')} (${edition.reference}). Nennen Sie die Ausgabe ${edition.currentEdition}, sobald Sie danach zertifiziert sind, oder entfernen Sie die Zertifizierung.`,
        }));
      }
      const until = get(model.doc, cert, 'validUntil');
      const date = isScalar(until) ? str(until) : undefined;
      if (!date || !isDate(date)) continue;
      const left = daysBetween(today, date);
      const what = name ?? 'This certification';
      if (left < 0) {
        add(finding('certification-expired', rangeOf(text, until as never), {
          en: `${what} expired on ${formatDate(date, 'en')}: renew the certificate and update validUntil, or remove the certification.`,
          de: `${name ?? 'Diese Zertifizierung'} ist am ${formatDate(date, 'de')} abgelaufen: erneuern Sie das Zertifikat und aktualisieren Sie validUntil, oder entfernen Sie die Zertifizierung.`,
        }));
      } else if (left <= noticeDays) {
        add({
          ...finding('certification-expired', rangeOf(text, until as never), {
            en: `${what} expires on ${formatDate(date, 'en')}, in ${left} days: plan the renewal audit now.`,
            de: `${name ?? 'Diese Zertifizierung'} läuft am ${formatDate(date, 'de')} ab, in ${left} Tagen: planen Sie jetzt das Rezertifizierungsaudit.`,
          }),
          severity: lspSeverity.info,
        });
      }
    }
  },
});
