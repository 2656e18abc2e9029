import { closestName } from '../util/closest';
import { finding } from './findings';
import { str } from '../document/model';
import { rangeOf, type Rule } from './rule';

/** A measure names a scope that `scopes` does not define. */
export const undefinedScope: Rule = {
  id: 'undefined-scope',
  check({ model, text, add }) {
    const defined = (model.scopes?.items ?? []).map((p) => str(p.key)).filter((k): k is string => !!k);
    for (const ref of model.scopeRefs) {
      const name = str(ref);
      if (name === undefined || defined.includes(name)) continue;
      const meant = closestName(name, defined);
      add(finding('undefined-scope', rangeOf(text, ref), meant
        ? `Scope "${name}" is not defined under scopes: did you mean "${meant}"?`
        : `Scope "${name}" is not defined: add it under scopes (${name}: {title: ...}) or remove it from this list.`,
        meant ? { replacement: meant } : undefined));
    }
  },
};
