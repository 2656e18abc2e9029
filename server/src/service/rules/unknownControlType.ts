import { closestControlType, controlType, controlTypes } from '../catalogue/controlTypes';
import { finding } from './findings';
import { rangeOf, type Rule } from './rule';

/** A section `type` that is not an id; names the id meant by a German/English name or a typo. */
export const unknownControlType: Rule = {
  id: 'unknown-control-type',
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
};
