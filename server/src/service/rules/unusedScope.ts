import { finding } from './findings';
import { str } from '../document/model';
import { rangeOf, type Rule } from './rule';

/** A scope that no measure names. */
export const unusedScope: Rule = {
  id: 'unused-scope',
  check({ model, text, add }) {
    const used = new Set(model.scopeRefs.map(str));
    for (const p of model.scopes?.items ?? []) {
      const name = str(p.key);
      if (name === undefined || used.has(name)) continue;
      add(finding('unused-scope', rangeOf(text, p.key as never), `Scope "${name}" is not used by any measure: name it in a measure's scope list, or remove it.`, { scope: name }));
    }
  },
};
