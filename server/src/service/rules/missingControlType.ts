import { closestControlTypes, controlType } from '../catalogue/controlTypes';
import { finding } from './findings';
import { get, str } from '../document/model';
import { requiredControlTypes } from '../law/requiredTypes';
import { rangeOf, type Rule } from './rule';

/**
 * A control type the role needs but no section covers; reported on the `controls` key, one finding per
 * type. A section written with a name instead of the id ("Zutrittskontrolle") covers the type it means:
 * unknown-control-type already says so, with the fix, and a second finding would only repeat it.
 */
export const missingControlType: Rule = {
  id: 'missing-control-type',
  check({ model, text, add }) {
    const role = str(get(model.doc, model.meta, 'role'));
    const anchor = model.controlsKey;
    if (!anchor) return; // a missing `controls` is a schema error
    const present = new Set(model.sections.map((s) => str(s.type)).flatMap((t) => (t && !controlType(t) ? closestControlTypes(t).map((c) => c.id) : [t])));
    for (const id of requiredControlTypes(role)) {
      if (present.has(id)) continue;
      const t = controlType(id)!;
      add(finding('missing-control-type', rangeOf(text, anchor),
        `A ${role} must document ${t.en} (${t.de}, ${t.reference} GDPR): add a section with type: ${id}.`, { type: id }));
    }
  },
};
