/** The code lens over a measure's `mappings`: "serves 3 frameworks: ISO 27001, NIST SP 800-53, SCC Annex II", in the user's language. */
import type { CodeLens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { plural } from '../document/labels';
import type { TomModel } from '../document/model';
import { rangeOf } from '../rules/rule';
import type { Locale, Localized } from '../types';
import { shortName } from './catalogues';
import { frameworksOf, mappingsKey } from './mappings';

/** "serves 3 frameworks: …" / "3 Rahmenwerken zugeordnet: …". */
function serves(names: string[]): Localized {
  if (names.length === 0) return { en: 'serves no framework yet', de: 'noch keinem Rahmenwerk zugeordnet' };
  const list = names.join(', ');
  return { en: `serves ${plural(names.length, 'framework')}: ${list}`, de: `${names.length} ${names.length === 1 ? 'Rahmenwerk' : 'Rahmenwerken'} zugeordnet: ${list}` };
}

export function mappingLenses(text: TextDocument, model: TomModel, locale: Locale = 'en'): CodeLens[] {
  return model.measures.flatMap((measure) => {
    const key = mappingsKey(measure);
    if (!key) return [];
    const names = frameworksOf(model, measure).map(shortName);
    const title = serves(names)[locale];
    // An empty command id makes the lens plain text: there is nothing to run.
    return [{ range: rangeOf(text, key), command: { title, command: '' } }];
  });
}
