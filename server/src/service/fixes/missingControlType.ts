/**
 * missing-control-type: a section skeleton appended to `controls`, with one measure whose title is a
 * placeholder to fill. Indentation follows the existing sections and measures.
 */
import { isSeq, type Document, type Node, type YAMLSeq } from 'yaml';
import { controlType } from '../catalogue/controlTypes';
import { nextFreeId, typePrefix } from '../document/measureIds';
import { get, maps } from '../document/model';
import { firstKeyStart } from './nodeChain';
import { textPlaceholder } from './placeholders';
import { column, linesAfter } from './textEdits';
import type { MissingControlTypeData } from '../rules/missingControlType';
import type { Edit, FixBuilder, FixContext, FixDraft } from './types';
import type { Localized } from '../types';

/** Columns of a block section and its measures: the dashes and the keys after them. */
interface Layout { sectionDash: number; sectionKey: number; measureDash: number; measureKey: number }

function layout(text: string, controls: YAMLSeq, doc: Document, unit: number): Layout | undefined {
  const sections = maps(doc, controls).filter((m) => !m.flow && firstKeyStart(m) !== undefined);
  if (sections.length === 0) return undefined;
  const sectionDash = column(text, controls.range![0]);
  const sectionKey = column(text, firstKeyStart(sections[0])!);
  for (const s of sections) {
    const measures = get(doc, s, 'measures');
    const measure = isSeq(measures) && !measures.flow ? maps(doc, measures).find((m) => !m.flow && firstKeyStart(m) !== undefined) : undefined;
    if (measure) return { sectionDash, sectionKey, measureDash: column(text, measures!.range![0]), measureKey: column(text, firstKeyStart(measure)!) };
  }
  return { sectionDash, sectionKey, measureDash: sectionKey + unit, measureKey: sectionKey + unit + (sectionKey - sectionDash) };
}

const organizational = new Set(['order', 'evaluation', 'incident-response']);

type ControlType = NonNullable<ReturnType<typeof controlType>>;

/** New sections appended to `controls`, in its flow or block layout. */
function appendSections(ctx: FixContext, controls: YAMLSeq, types: ControlType[]): Edit | undefined {
  const { model, text, style } = ctx;
  const measure = (type: ControlType): [string, string][] => [
    ['id', nextFreeId(model, typePrefix(type.id))],
    ['title', textPlaceholder(model)],
    ['cia', `[${type.expectedCia.join(', ')}]`],
    ['kind', organizational.has(type.id) ? 'organizational' : 'technical'],
  ];
  const insert = (at: number, inserted: string): Edit => ({ from: at, to: at, text: inserted });
  if (controls.flow) {
    const sections = types.map((type) => `{type: ${type.id}, measures: [{${measure(type).map(([k, v]) => `${k}: ${v}`).join(', ')}}]}`).join(', ');
    const last = controls.items.at(-1) as Node | undefined;
    return last?.range ? insert(last.range[1], `, ${sections}`) : insert(controls.range![0] + 1, sections); // after the `[`
  }
  const l = layout(text, controls, model.doc, style.unit);
  if (!l) return undefined;
  const line = (col: number, s: string) => style.eol + ' '.repeat(col) + s;
  const dash = (dashCol: number, keyCol: number) => `-${' '.repeat(Math.max(1, keyCol - dashCol - 1))}`;
  const sections = types.map((type) => line(l.sectionDash, `${dash(l.sectionDash, l.sectionKey)}type: ${type.id}`) +
    line(l.sectionKey, 'measures:') +
    measure(type).map(([k, v], i) => line(i === 0 ? l.measureDash : l.measureKey, `${i === 0 ? dash(l.measureDash, l.measureKey) : ''}${k}: ${v}`)).join(''));
  return linesAfter(text, controls, controls.range![1], sections.join(''), style.eol);
}

/**
 * One fix per missing type, and, when several are missing, one that adds them all (preferred: it
 * resolves the finding; a single section leaves a finding naming the others).
 */
export const fixMissingControlType: FixBuilder<MissingControlTypeData> = (ctx) => {
  const types = (ctx.data?.types ?? []).map(controlType).filter((t): t is ControlType => !!t);
  const controls = ctx.target?.at(-1)?.pair?.value;
  if (types.length === 0 || !isSeq(controls) || controls.anchor || !controls.range) return [];
  const draft = (these: ControlType[], title: Localized, preferred: boolean): FixDraft[] => {
    const edit = appendSections(ctx, controls, these);
    return edit ? [{
      title,
      edits: [edit],
      preferred,
      // adding one of several types leaves the finding, narrowed to the others
      creates: these.length < types.length ? ['placeholder-text', 'missing-control-type'] : ['placeholder-text'],
    }] : [];
  };
  return [
    ...(types.length > 1 ? draft(types, {
      en: `Add all ${types.length} missing control sections, each with a measure to fill in`,
      de: `Alle ${types.length} fehlenden Kontrollbereiche ergänzen, jeweils mit einer auszufüllenden Maßnahme`,
    }, true) : []),
    ...types.flatMap((type) => draft([type], {
      en: `Add ${/^[aeiou]/.test(type.id) ? 'an' : 'a'} ${type.id} section (${type.en}) with a measure to fill in`,
      de: `Abschnitt ${type.id} (${type.de}) mit einer auszufüllenden Maßnahme ergänzen`,
    }, types.length === 1)),
  ];
};
