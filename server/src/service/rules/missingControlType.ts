import { closestControlTypes, controlType } from '../catalogue/controlTypes';
import { finding } from './findings';
import { get, str } from '../document/model';
import { requiredControlTypes } from '../law/requiredTypes';
import { fixMissingControlType } from '../fixes/missingControlType';
import { labels } from '../render/i18n';
import { germanCitation } from '../util/citation';
import { defineRule, rangeOf } from './rule';

/** The control type ids the role needs and no section covers, in the order of the control-type table. */
export interface MissingControlTypeData { types: string[] }

/** "a, b and c": two items or more (one is named in a sentence of its own) */
const list = (items: string[], and: string) => `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/**
 * The control types the role needs but no section covers: one finding on the `controls` key naming
 * them all, so that the Problems panel shows one line, not one per type. A section written with a name instead of the id ("Zutrittskontrolle") covers the type it means:
 * unknown-control-type already says so, with the fix, and a second finding would only repeat it.
 */
export const missingControlType = defineRule({
  id: 'missing-control-type',
  severity: 'warning',
  summary: {
    en: "a control type missing that the document's role needs",
    de: 'ein Kontrolltyp fehlt, den die Rolle des Dokuments verlangt',
  },
  docs: { finds: "a control type the role needs: processor and sub-processor: the first eight of FORMAT.md's table plus `evaluation`; controller and joint-controller: the same plus `privacy-by-default`", pointsAt: 'the `controls` key, one finding naming every missing type' },
  scope: 'document',
  suppressible: true,
  fixes: fixMissingControlType,
  // Adding one of several sections narrows the finding to the others: a finding about other types.
  identity: (path, data) => `${path}\u0000${data?.types.join() ?? ''}`,
  check({ model, text, add }) {
    const role = str(get(model.doc, model.meta, 'role'));
    const anchor = model.controlsKey;
    if (!anchor) return; // a missing `controls` is a schema error
    const present = new Set(model.sections.map((s) => str(s.type)).flatMap((t) => (t && !controlType(t) ? closestControlTypes(t).map((c) => c.id) : [t])));
    const types = requiredControlTypes(role).filter((id) => !present.has(id));
    if (types.length === 0) return;
    const missing = types.map((id) => controlType(id)!);
    const ids = types.join(', ');
    const roleDe = labels.de.roles[role!] ?? role;
    add(finding('missing-control-type', rangeOf(text, anchor), missing.length === 1
      ? {
        en: `A ${role} should document ${missing[0].en} (${missing[0].de}, ${missing[0].reference} GDPR): add a section with type: ${ids}.`,
        de: `Für die Rolle „${roleDe}“ fehlt der Kontrolltyp ${missing[0].de} (${germanCitation(missing[0].reference)} DSGVO): ergänzen Sie einen Abschnitt mit type: ${ids}.`,
      }
      : {
        en: `A ${role} should document ${missing.length} control types that no section covers: ${list(missing.map((t) => `${t.en} (${t.de}, ${t.reference} GDPR)`), 'and')}. Add a section for each, with type: ${ids}.`,
        de: `Für die Rolle „${roleDe}“ fehlen ${missing.length} Kontrolltypen: ${list(missing.map((t) => `${t.de} (${germanCitation(t.reference)} DSGVO)`), 'und')}. Ergänzen Sie je einen Abschnitt mit type: ${ids}.`,
      }, { types }));
  },
});
