/**
 * Suggested mappings (data: frameworks/suggestions.json per control type, catalogue.json per
 * catalogue measure). A measure whose title is a catalogue measure's gets that measure's mappings;
 * any other gets its control type's. They feed the quick-fix "Add suggested … mappings" and place
 * measures without their own `scc-annex-ii` ids under the Annex II headings.
 */
import { catalogue } from '../catalogue/catalogue';
import { get, str, type Measure, type TomModel } from '../document/model';
import { textLabel } from '../document/labels';
import { fold } from '../catalogue/controlTypes';
import data from './suggestions.json';
import type { FrameworkId } from './catalogues';

export type Suggested = Partial<Record<FrameworkId, string[]>>;

const byType = data.controlTypes as Record<string, Suggested>;

/** Catalogue measures by their folded English and German titles. */
const byTitle = new Map<string, Suggested>();
for (const m of catalogue) {
  if (!m.mappings) continue;
  byTitle.set(fold(m.title.en), m.mappings);
  byTitle.set(fold(m.title.de), m.mappings);
}

/** The mappings suggested for a measure: its catalogue entry's, else its control type's. */
export function suggestedMappings(model: TomModel, measure: Measure): Suggested {
  const title = get(model.doc, measure.map, 'title');
  const titles = [textLabel(model, title), str(get(model.doc, title, 'en')), str(get(model.doc, title, 'de'))];
  for (const t of titles) {
    const hit = t && byTitle.get(fold(t));
    if (hit) return hit;
  }
  return byType[str(measure.section.type) ?? ''] ?? {};
}

/** The control type's suggestions alone (the Annex II template's fallback for a measure without its own). */
export const typeSuggestions = (type: string | undefined): Suggested => byType[type ?? ''] ?? {};
