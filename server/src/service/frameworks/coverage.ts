/**
 * Coverage of a framework by a document's measures: for every control the framework counts, the
 * measures mapped to it (directly, or to one of its enhancements or requirements), and the controls no
 * measure covers — the draft of a Statement of Applicability. Shared by `tom-studio coverage` and the
 * preview, so that both show the same figures.
 */
import { textLabel } from '../document/labels';
import { get, str, type TomModel } from '../document/model';
import { framework, frameworkIds, topLevelControls, topLevelOf, type Control, type Framework, type FrameworkId } from './catalogues';
import { documentMappings } from './mappings';

export interface CoveringMeasure {
  id: string;
  title: string;
  status: string;
  /** The ids the measure is mapped with, as the catalogue writes them (`AC-2(1)` under AC-2). */
  via: string[];
}

export interface CoverageRow {
  control: Control;
  measures: CoveringMeasure[];
}

export interface Coverage {
  framework: Framework;
  rows: CoverageRow[];
  covered: number;
  total: number;
}

export function coverage(model: TomModel, frameworkId: FrameworkId): Coverage {
  const f = framework(frameworkId)!;
  const rows = new Map<Control, Map<unknown, CoveringMeasure>>(topLevelControls(f).map((c) => [c, new Map()]));
  for (const ref of documentMappings(model).refs) {
    if (ref.framework !== f.id || !ref.control) continue;
    const measures = rows.get(topLevelOf(f, ref.control));
    if (!measures) continue; // a withdrawn control: the finding-free id still covers nothing countable
    let entry = measures.get(ref.measure);
    if (!entry) {
      entry = {
        id: str(ref.measure.id) ?? '(no id)',
        title: textLabel(model, get(model.doc, ref.measure.map, 'title')) ?? '',
        status: str(get(model.doc, ref.measure.map, 'status')) ?? 'implemented',
        via: [],
      };
      measures.set(ref.measure, entry);
    }
    if (!entry.via.includes(ref.control.id)) entry.via.push(ref.control.id);
  }
  const list = [...rows].map(([control, measures]) => ({ control, measures: [...measures.values()] }));
  return { framework: f, rows: list, covered: list.filter((r) => r.measures.length > 0).length, total: list.length };
}

/** The frameworks the document maps to with at least one known id, in the format's order. */
export function frameworksUsed(model: TomModel): FrameworkId[] {
  const used = new Set(documentMappings(model).refs.filter((r) => r.control).map((r) => r.framework));
  return frameworkIds.filter((id) => used.has(id));
}

/** "23 of 93 (25%)". */
export const coverageFigure = (c: Coverage): string => `${c.covered} of ${c.total} (${c.total ? Math.round((100 * c.covered) / c.total) : 0}%)`;
