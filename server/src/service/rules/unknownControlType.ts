import { closestControlType, controlType, controlTypes } from '../catalogue/controlTypes';
import { finding } from './findings';
import { fixControlType } from '../fixes/unknownControlType';
import { defineRule, rangeOf } from './rule';

/** The id meant by a name or typo, when there is one. */
export interface UnknownControlTypeData { replacement: string }

/** A section `type` that is not an id; names the id meant by a German/English name or a typo. */
export const unknownControlType = defineRule({
  id: 'unknown-control-type',
  severity: 'error',
  summary: {
    en: 'a section `type` that is not one of the 14 control type ids',
    de: 'ein Abschnitts-`type`, der keine der 14 Kontrolltyp-IDs ist',
  },
  docs: { finds: 'a `type` that is not a control-type id; names the id meant by a German/English name, a common variant or a typo', pointsAt: 'the type value' },
  scope: 'section',
  suppressible: true,
  fixes: fixControlType,
  check({ model, text, add }) {
    for (const section of model.sections) {
      const node = section.type;
      if (!node || typeof node.value !== 'string' || controlType(node.value)) continue;
      const meant = closestControlType(node.value);
      const message = meant
        ? `"${node.value}" is not a control type id: use "${meant.id}" (${meant.en} / ${meant.de}).`
        : `"${node.value}" is not a control type: use one of ${controlTypes.map((t) => t.id).join(', ')}.`;
      add(finding('unknown-control-type', rangeOf(text, node), message, meant ? { replacement: meant.id } : undefined));
    }
  },
});
