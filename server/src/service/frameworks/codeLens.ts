/** The code lens over a measure's `mappings`: "serves 3 frameworks: ISO 27001, NIST SP 800-53, SCC Annex II". */
import type { CodeLens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { plural } from '../document/labels';
import type { TomModel } from '../document/model';
import { rangeOf } from '../rules/rule';
import { shortName } from './catalogues';
import { frameworksOf, mappingsKey } from './mappings';

export function mappingLenses(text: TextDocument, model: TomModel): CodeLens[] {
  return model.measures.flatMap((measure) => {
    const key = mappingsKey(measure);
    if (!key) return [];
    const names = frameworksOf(model, measure).map(shortName);
    const title = names.length ? `serves ${plural(names.length, 'framework')}: ${names.join(', ')}` : 'serves no framework yet';
    // An empty command id makes the lens plain text: there is nothing to run.
    return [{ range: rangeOf(text, key), command: { title, command: '' } }];
  });
}
