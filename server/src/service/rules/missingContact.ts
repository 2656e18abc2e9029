import { get, str } from '../document/model';
import { finding } from './findings';
import { defineRule, rangeOf } from './rule';

/**
 * A processor's controllers need someone to reach: the processor notifies them of breaches (Art.
 * 33(2) GDPR) and assists them (Art. 28(3)(e), (f)). A processor document that names neither a
 * `contact` nor a data protection officer (`dpo`, Art. 37(7)) leaves them without one. A hint: the
 * contact may well be in the processing agreement.
 */
export const missingContact = defineRule({
  id: 'missing-contact',
  severity: 'hint',
  summary: {
    en: 'a processor document naming neither a contact nor a data protection officer',
    de: 'ein Dokument eines Auftragsverarbeiters, das weder einen Kontakt noch einen Datenschutzbeauftragten nennt',
  },
  docs: { finds: 'a processor or sub-processor document naming neither `document.contact` nor `document.dpo`', pointsAt: 'the `document` key' },
  scope: 'document',
  suppressible: true,
  check({ model, text, add }) {
    const role = str(get(model.doc, model.meta, 'role'));
    if (role !== 'processor' && role !== 'sub-processor') return;
    if (get(model.doc, model.meta, 'contact') || get(model.doc, model.meta, 'dpo')) return;
    const key = model.root?.items.find((p) => str(p.key) === 'document')?.key;
    if (!key) return;
    add(finding('missing-contact', rangeOf(text, key), {
      en: 'This processor names no contact: add document.contact, or document.dpo with the data protection officer\'s details (Art. 37(7) GDPR), so that controllers know whom to reach for breach notifications (Art. 33(2)) and assistance (Art. 28(3)).',
      de: 'Dieser Auftragsverarbeiter nennt keinen Kontakt: ergänzen Sie document.contact oder document.dpo mit den Kontaktdaten des Datenschutzbeauftragten (Art. 37 Abs. 7 DSGVO), damit Verantwortliche wissen, an wen sie sich für Meldungen von Verletzungen (Art. 33 Abs. 2) und Unterstützung (Art. 28 Abs. 3) wenden.',
    }));
  },
});
