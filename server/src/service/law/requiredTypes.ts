/** Which control types a document must cover, by the organisation's role (FORMAT.md, missing-control-type). */
import { controlTypes } from '../catalogue/controlTypes';

const art32 = controlTypes.slice(0, 8).map((t) => t.id);

export function requiredControlTypes(role: string | undefined): string[] {
  switch (role) {
    case 'processor':
    case 'sub-processor':
      return [...art32, 'evaluation'];
    case 'controller':
    case 'joint-controller':
      return [...art32, 'evaluation', 'privacy-by-default'];
    default:
      return [];
  }
}
