/**
 * The measures under the 17 headings of Annex II of the SCC (`render --template scc-annex-ii`): a
 * measure stands under each heading its `scc-annex-ii` mappings name, or, when it names none, under
 * the headings its control type suggests (frameworks/suggestions.json).
 */
import { str, type Measure, type TomModel } from '../document/model';
import { framework, type Control } from './catalogues';
import { documentMappings } from './mappings';
import { typeSuggestions } from './suggestions';

export interface AnnexHeading {
  heading: Control;
  measures: Measure[];
}

export function annexIIHeadings(model: TomModel): AnnexHeading[] {
  const own = new Map<Measure, string[]>();
  for (const ref of documentMappings(model).refs) {
    if (ref.framework !== 'scc-annex-ii' || !ref.control) continue;
    own.set(ref.measure, [...(own.get(ref.measure) ?? []), ref.control.id]);
  }
  const headingsOf = (m: Measure) => own.get(m) ?? typeSuggestions(str(m.section.type))['scc-annex-ii'] ?? [];
  return framework('scc-annex-ii')!.controls.map((heading) => ({
    heading,
    measures: model.measures.filter((m) => headingsOf(m).includes(heading.id)),
  }));
}
