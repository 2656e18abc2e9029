import { isThirdCountry } from '../law/countries';
import { finding } from './findings';
import { get, items, str } from '../document/model';
import { fixTransferMechanism } from '../fixes/thirdCountryTransfer';
import { defineRule, rangeOf } from './rule';

/** The location's country code (the US has a further mechanism, the Data Privacy Framework). */
export interface ThirdCountryTransferData { location: string }

/** A subprocessor location outside the EEA and without adequacy, with no `transferMechanism`. */
export const thirdCountryTransfer = defineRule({
  id: 'third-country-transfer',
  severity: 'warning',
  summary: {
    en: 'a subprocessor in a third country without an adequacy decision and without `transferMechanism`',
    de: 'ein Unterauftragsverarbeiter in einem Drittland ohne Angemessenheitsbeschluss und ohne `transferMechanism`',
  },
  docs: { finds: 'a subprocessor location outside the EU/EEA without an adequacy decision, with no `transferMechanism`', pointsAt: 'the location code' },
  scope: 'document',
  suppressible: true,
  fixes: fixTransferMechanism,
  check({ model, text, add }) {
    for (const sp of model.subprocessors) {
      if (get(model.doc, sp, 'transferMechanism')) continue;
      const name = str(get(model.doc, sp, 'name')) ?? 'This subprocessor';
      for (const loc of items(model.doc, get(model.doc, sp, 'locations'))) {
        const code = str(loc);
        if (!code || !/^[A-Z]{2}$/.test(code) || !isThirdCountry(code)) continue;
        const advice = code === 'US'
          ? 'add transferMechanism: dpf (if the recipient is certified under the EU-U.S. Data Privacy Framework) or scc'
          : 'add transferMechanism: scc (or bcr, derogation)';
        add(finding('third-country-transfer', rangeOf(text, loc),
          `${name} processes data in ${code}, a third country without an EU adequacy decision: ${advice}.`, { location: code }));
      }
    }
  },
});
