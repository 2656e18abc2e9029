import { controlType } from '../catalogue/controlTypes';
import { finding } from './findings';
import { str } from '../document/model';
import { defineRule, rangeOf } from './rule';

/** A section where no measure carries one of the control type's expected CIA tags. */
export const ciaCoverage = defineRule({
  id: 'cia-coverage',
  severity: 'info',
  summary: {
    en: 'a section none of whose measures carries its expected CIA tag(s)',
    de: 'ein Abschnitt, in dem keine Maßnahme das erwartete CIA-Kennzeichen trägt',
  },
  docs: { finds: "a section none of whose measures carries one of the type's expected tags", pointsAt: "the section's `type` value, naming the missing tags" },
  scope: 'section',
  suppressible: true,
  check({ model, text, add }) {
    for (const s of model.sections) {
      const type = controlType(str(s.type) ?? '');
      // a measure the parser lost may carry the tags: the syntax error is the one finding there
      if (!type || s.broken) continue;
      const carried = new Set(s.measures.flatMap((m) => m.cia));
      const missing = type.expectedCia.filter((tag) => !carried.has(tag));
      if (missing.length === 0) continue;
      const several = missing.length > 1;
      add(finding('cia-coverage', rangeOf(text, s.type!), {
        en: `No measure of ${type.en} carries ${missing.join(', ')}, which this control type is expected to protect: tag the measures that do, or add one.`,
        de: `Keine Maßnahme im Abschnitt „${type.de}“ trägt ${several ? 'die CIA-Kennzeichen' : 'das CIA-Kennzeichen'} ${missing.join(', ')}, ${several ? 'deren Schutzziele' : 'dessen Schutzziel'} dieser Kontrolltyp abdecken soll: kennzeichnen Sie die passenden Maßnahmen oder ergänzen Sie eine.`,
      }));
    }
  },
});
