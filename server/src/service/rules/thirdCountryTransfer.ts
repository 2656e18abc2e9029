import { isThirdCountry } from '../law/countries';
import { finding } from './findings';
import { get, items, str } from '../document/model';
import { rangeOf, type Rule } from './rule';

/** A subprocessor location outside the EEA and without adequacy, with no `transferMechanism`. */
export const thirdCountryTransfer: Rule = {
  id: 'third-country-transfer',
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
};
