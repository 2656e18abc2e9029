import { fixControlType } from '../fixes/unknownControlType';
import { closestControlTypes, controlType, controlTypes } from '../catalogue/controlTypes';
import { finding } from './findings';
import { defineRule, rangeOf } from './rule';

/** The control-type ids the name may mean: one for a name or typo, several for an ambiguous name. */
export interface UnknownControlTypeData { replacements: string[] }

/**
 * A section `type` that is not an id; names the id meant by a German/English name or a typo, and
 * every defensible id when the name is ambiguous ("Access control") rather than picking one.
 */
export const unknownControlType = defineRule({
  id: 'unknown-control-type',
  severity: 'error',
  summary: {
    en: 'a section `type` that is not one of the 14 control type ids',
    de: 'ein Abschnitts-`type`, der keine der 14 Kontrolltyp-IDs ist',
  },
  docs: { finds: 'a `type` that is not a control-type id; names the id meant by a German/English name, a common variant, a § 64(3) BDSG name or a typo, and every defensible id for an ambiguous name ("Access control": physical, system or data access)', pointsAt: 'the type value' },
  scope: 'section',
  suppressible: true,
  fixes: fixControlType,
  check({ model, text, add }) {
    for (const section of model.sections) {
      const node = section.type;
      if (!node || typeof node.value !== 'string' || controlType(node.value)) continue;
      const meant = closestControlTypes(node.value);
      const named = meant.map((t) => `"${t.id}" (${t.en} / ${t.de})`);
      const message = meant.length === 1
        ? { en: `"${node.value}" is not a control type id: use ${named[0]}.`, de: `„${node.value}“ ist keine Kennung einer Kontrollart: verwenden Sie ${named[0]}.` }
        : meant.length > 1
          ? {
            en: `"${node.value}" is not a control type id and may mean ${named.slice(0, -1).join(', ')} or ${named.at(-1)}: choose the one the measures implement.`,
            de: `„${node.value}“ ist keine Kennung einer Kontrollart und kann ${named.slice(0, -1).join(', ')} oder ${named.at(-1)} bedeuten: wählen Sie die, die die Maßnahmen umsetzen.`,
          }
          : {
            en: `"${node.value}" is not a control type: use one of ${controlTypes.map((t) => t.id).join(', ')}.`,
            de: `„${node.value}“ ist keine Kontrollart: verwenden Sie eine von ${controlTypes.map((t) => t.id).join(', ')}.`,
          };
      add(finding('unknown-control-type', rangeOf(text, node), message, meant.length ? { replacements: meant.map((t) => t.id) } : undefined));
    }
  },
});
