/**
 * "Add suggested ISO 27001 mappings": for the measure at the cursor, the suggested control ids of a
 * framework that its `mappings` lack, added with one minimal edit: a `mappings` key when the measure
 * has none, a framework key in its `mappings`, or the missing ids at the end of the framework's list,
 * each in the style the measure is written in (block or flow). Not tied to a finding: a measure
 * without mappings is no fault, so this is offered wherever the cursor is in a measure.
 */
import { isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { frameworkIds, shortName, type FrameworkId } from '../frameworks/catalogues';
import { documentMappings, mappingsMap } from '../frameworks/mappings';
import { suggestedMappings } from '../frameworks/suggestions';
import { lineStart } from '../document/lines';
import { get, pairOf, type Measure, type TomModel } from '../document/model';
import { beginsLine, column, endOfLastLine, insertPairs, renderScalar, spaces, type SourceStyle } from './textEdits';
import type { Edit } from './types';
import type { Localized } from '../types';

export interface SuggestionFix {
  framework: FrameworkId;
  ids: string[];
  title: Localized;
  edit: Edit;
}

/** The measure whose map holds `offset`: the innermost, as measures do not nest. */
function measureAt(model: TomModel, offset: number): Measure | undefined {
  return model.measures.find((m) => m.map.range && m.map.range[0] <= offset && offset <= m.map.range[1]);
}

const flowList = (ids: string[]) => `[${ids.map((id) => renderScalar(id, null, true)).join(', ')}]`;

/** The ids appended to an existing list: `, X` before a flow list's `]`, or `- X` lines under a block list. */
function appendItems(text: string, style: SourceStyle, list: YAMLSeq, ids: string[]): Edit | undefined {
  const last = list.items[list.items.length - 1] as Node | undefined;
  if (!last?.range || list.anchor) return undefined;
  if (list.flow) return { from: last.range[1], to: last.range[1], text: ids.map((id) => `, ${renderScalar(id, null, true)}`).join('') };
  const first = list.items[0] as Node;
  const dash = text.lastIndexOf('-', first.range![0]);
  if (dash < 0 || !beginsLine(text, dash)) return undefined;
  const at = endOfLastLine(text, last.range[1]);
  const indent = spaces(column(text, dash));
  return { from: at, to: at, text: ids.map((id) => `${style.eol}${indent}- ${renderScalar(id, null, false)}`).join('') };
}

/** The framework's ids as a new entry of the measure's `mappings`, or as a new `mappings` key. */
function addFramework(text: string, style: SourceStyle, measure: Measure, mappings: YAMLMap | undefined, framework: FrameworkId, ids: string[]): Edit | undefined {
  if (mappings) return insertPairs(text, style, mappings, [[framework, flowList(ids)]]);
  const map = measure.map;
  if (map.flow) return insertPairs(text, style, map, [['mappings', `{${framework}: ${flowList(ids)}}`]]);
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return undefined;
  const indent = spaces(first.range[0] - lineStart(text, first.range[0]) + style.unit);
  return insertPairs(text, style, map, [['mappings', `${style.eol}${indent}${framework}: ${flowList(ids)}`]]);
}

/** The fixes for the measure at `offset`, one per framework with suggested ids the measure lacks. */
export function suggestedMappingFixes(model: TomModel, text: string, style: SourceStyle, offset: number): SuggestionFix[] {
  const measure = measureAt(model, offset);
  if (!measure) return [];
  const suggested = suggestedMappings(model, measure);
  const mappings = mappingsMap(model, measure);
  if (!mappings && pairOf(measure.map, 'mappings')) return []; // `mappings:` with no map yet, or an alias
  const present = new Set(documentMappings(model).refs.filter((r) => r.measure === measure).map((r) => `${r.framework}\u0000${r.control?.id ?? r.raw}`));
  return frameworkIds.flatMap((framework) => {
    const ids = (suggested[framework] ?? []).filter((id) => !present.has(`${framework}\u0000${id}`));
    if (ids.length === 0) return [];
    const list = mappings && get(model.doc, mappings, framework);
    const edit = isSeq(list) && list.items.length ? appendItems(text, style, list, ids)
      : list === undefined ? addFramework(text, style, measure, mappings, framework, ids) : undefined;
    return edit ? [{ framework, ids, edit, title: {
      en: `Add suggested ${shortName(framework)} mappings (${ids.join(', ')})`,
      de: `Vorgeschlagene Zuordnungen zu ${shortName(framework)} ergänzen (${ids.join(', ')})`,
    } }] : [];
  });
}
