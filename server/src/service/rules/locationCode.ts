import { fixLocationCode } from '../fixes/locationCode';
import { placeName } from '../law/describe';
import { finding } from './findings';
import { defineRule, rangeOf } from './rule';
import { transfers } from './transfers';

/** The ISO 3166 code of the country name written. */
export interface LocationCodeData { replacement: string }

/**
 * A location written as a country name ("Germany", "Vereinigte Staaten") is understood, and offered
 * as its ISO 3166 code; a location the tools cannot place is named, since no transfer rule can judge it.
 */
export const locationCode = defineRule({
  id: 'location-code',
  severity: 'info',
  summary: {
    en: 'a subprocessor location written as a country name, or one the tools do not know',
    de: 'ein Ort eines Unterauftragsverarbeiters, der als Ländername geschrieben ist oder unbekannt ist',
  },
  docs: { finds: 'a location written as a country name (fix: the code), or one that is neither a code nor a known name', pointsAt: 'the location' },
  scope: 'document',
  suppressible: true,
  fixes: fixLocationCode,
  check({ model, text, add }) {
    for (const t of transfers(model)) {
      if (t.location.kind === 'code') continue;
      if (t.location.kind === 'name') {
        const place = placeName(t.location.code);
        add(finding('location-code', rangeOf(text, t.node), {
          en: `"${t.written}" is ${place.en}: write its ISO 3166 code ${t.location.code}, as docs/format.md asks for locations.`,
          de: `„${t.written}“ ist ${place.de}: schreiben Sie den ISO-3166-Code ${t.location.code}, wie docs/format.md es für Orte vorsieht.`,
        }, { replacement: t.location.code }));
      } else {
        add(finding('location-code', rangeOf(text, t.node), {
          en: `"${t.written}" is neither an ISO 3166 alpha-2 code nor a country name the tools know: write the country's code (DE, US, …) or EU, so that transfers to it can be checked (Chapter V GDPR).`,
          de: `„${t.written}“ ist weder ein ISO-3166-Alpha-2-Code noch ein bekannter Ländername: schreiben Sie den Code des Landes (DE, US, …) oder EU, damit Übermittlungen dorthin geprüft werden können (Kapitel V DSGVO).`,
        }));
      }
    }
  },
});
