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
import { column, endOfLastLine } from './textEdits';
import type { FixBuilder } from './types';

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

export const fixMissingControlType: FixBuilder = ({ finding, target, model, text, style }) => {
  const id = finding.data?.type;
  const type = typeof id === 'string' ? controlType(id) : undefined;
  const controls = target?.at(-1)?.pair?.value;
  if (!type || !isSeq(controls) || controls.anchor || !controls.range) return [];
  const measure: [string, string][] = [
    ['id', nextFreeId(model, typePrefix(type.id))],
    ['title', textPlaceholder(model)],
    ['cia', `[${type.expectedCia.join(', ')}]`],
    ['kind', organizational.has(type.id) ? 'organizational' : 'technical'],
  ];
  let insert: { at: number; text: string } | undefined;
  if (controls.flow) {
    const section = `{type: ${type.id}, measures: [{${measure.map(([k, v]) => `${k}: ${v}`).join(', ')}}]}`;
    const last = controls.items.at(-1) as Node | undefined;
    insert = last?.range ? { at: last.range[1], text: `, ${section}` } : { at: text.indexOf('[', controls.range[0]) + 1, text: section };
  } else {
    const l = layout(text, controls, model.doc, style.unit);
    if (!l) return [];
    const line = (col: number, s: string) => style.eol + ' '.repeat(col) + s;
    const dash = (dashCol: number, keyCol: number) => `-${' '.repeat(Math.max(1, keyCol - dashCol - 1))}`;
    insert = {
      at: endOfLastLine(text, controls.range[1]),
      text: line(l.sectionDash, `${dash(l.sectionDash, l.sectionKey)}type: ${type.id}`) +
        line(l.sectionKey, 'measures:') +
        measure.map(([k, v], i) => line(i === 0 ? l.measureDash : l.measureKey, `${i === 0 ? dash(l.measureDash, l.measureKey) : ''}${k}: ${v}`)).join(''),
    };
  }
  return [{
    title: `Add a ${type.id} section (${type.en}) with a measure to fill in`,
    edits: [{ from: insert.at, to: insert.at, text: insert.text }],
    preferred: true,
    creates: ['placeholder-text'],
  }];
};
