import { closestName } from '../util/closest';
import { finding } from './findings';
import { str } from '../document/model';
import { fixUndefinedScope } from '../fixes/undefinedScope';
import { defineRule, rangeOf } from './rule';

/** The defined scope the name is closest to, when there is one. */
export interface UndefinedScopeData { replacement: string }

/** A measure names a scope that `scopes` does not define. */
export const undefinedScope = defineRule({
  id: 'undefined-scope',
  severity: 'error',
  summary: {
    en: 'a scope name that `scopes` does not define',
    de: 'ein Geltungsbereich, den `scopes` nicht definiert',
  },
  docs: { finds: 'a scope name that `scopes` does not define', pointsAt: "the name in the measure's `scope` list" },
  scope: 'document',
  suppressible: true,
  fixes: fixUndefinedScope,
  check({ model, text, add }) {
    const defined = (model.scopes?.items ?? []).map((p) => str(p.key)).filter((k): k is string => !!k);
    for (const ref of model.scopeRefs) {
      const name = str(ref);
      if (name === undefined || defined.includes(name)) continue;
      const meant = closestName(name, defined);
      add(finding('undefined-scope', rangeOf(text, ref), meant
        ? {
          en: `Scope "${name}" is not defined under scopes: did you mean "${meant}"?`,
          de: `Der Geltungsbereich „${name}“ ist unter scopes nicht definiert: meinten Sie „${meant}“?`,
        }
        : {
          en: `Scope "${name}" is not defined: add it under scopes (${name}: {title: ...}) or remove it from this list.`,
          de: `Der Geltungsbereich „${name}“ ist nicht definiert: ergänzen Sie ihn unter scopes (${name}: {title: ...}) oder entfernen Sie ihn aus dieser Liste.`,
        },
        meant ? { replacement: meant } : undefined));
    }
  },
});
