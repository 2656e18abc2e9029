import { finding } from './findings';
import { str } from '../document/model';
import { fixUnusedScope } from '../fixes/unusedScope';
import { defineRule, rangeOf } from './rule';

/** A scope that no measure names. */
export const unusedScope = defineRule({
  id: 'unused-scope',
  severity: 'hint',
  summary: {
    en: 'a scope that no measure uses',
    de: 'ein Geltungsbereich, den keine Maßnahme nutzt',
  },
  docs: { finds: 'a scope that no measure names', pointsAt: "the scope's key" },
  scope: 'document',
  suppressible: true,
  fixes: fixUnusedScope,
  check({ model, text, add }) {
    const used = new Set(model.scopeRefs.map(str));
    for (const p of model.scopes?.items ?? []) {
      const name = str(p.key);
      if (name === undefined || used.has(name)) continue;
      add(finding('unused-scope', rangeOf(text, p.key as never), {
        en: `Scope "${name}" is not used by any measure: name it in a measure's scope list, or remove it.`,
        de: `Den Geltungsbereich „${name}“ nutzt keine Maßnahme: nennen Sie ihn in der scope-Liste einer Maßnahme oder entfernen Sie ihn.`,
      }));
    }
  },
});
