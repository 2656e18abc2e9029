/**
 * `schema` findings for a missing required key: a generated id, `tom: 1`, and for keys only the
 * author can answer a placeholder (title) or the choices (kind, cia) to pick from.
 */
import type { Pair } from 'yaml';
import { expectedCia } from './ciaOrder';
import { nextFreeId, sectionPrefix } from '../document/measureIds';
import { pairOf } from '../document/model';
import { mapAt } from './nodeChain';
import { fillingValues, placeholder, textPlaceholder } from './placeholders';
import { insertPairs } from './textEdits';
import type { SchemaData } from '../rules/schema';
import type { FixBuilder, FixDraft } from './types';

export const fixRequiredKey: FixBuilder<Extract<SchemaData, { kind: 'missing-key' }>> = ({ data, model, text, style, from, target, today }) => {
  const key = data?.missingKey;
  const map = mapAt(model.doc, target, from);
  if (!key || !map) return [];
  const measure = model.measures.find((m) => m.map === map);
  const add = (value: string, draft: Omit<FixDraft, 'edits'>, where: 'first' | 'last' | Pair = 'last'): FixDraft[] => {
    const edit = insertPairs(text, style, map, [[key, value]], where);
    return edit ? [{ ...draft, edits: [edit] }] : [];
  };
  if (key === 'tom' && map === model.root) return add('1', { title: { en: 'Add tom: 1 (the format version)', de: 'tom: 1 ergänzen (die Formatversion)' }, preferred: true, safe: true }, 'first');
  // any other key: what its schema says the value may be
  if (!measure) return data?.filling ? fillingValues(data.filling, today).flatMap(({ value, note, ...draft }) => add(value, { title: { en: `Add ${key}: ${value}${note.en}`, de: `${key}: ${value} ergänzen${note.de}` }, ...draft })) : [];
  switch (key) {
    case 'id': {
      const id = nextFreeId(model, sectionPrefix(measure.section));
      return add(id, { title: { en: `Add id: ${id} (the next free id)`, de: `id: ${id} ergänzen (die nächste freie ID)` }, preferred: true, safe: true }, 'first');
    }
    case 'title':
      return add(textPlaceholder(model), { title: { en: `Add title: ${placeholder} (to fill in)`, de: `title: ${placeholder} ergänzen (auszufüllen)` }, preferred: true, creates: ['placeholder-text'] }, pairOf(map, 'id') ?? 'last');
    case 'kind':
      return ['technical', 'organizational'].flatMap((kind) => add(kind, { title: { en: `Add kind: ${kind}`, de: `kind: ${kind} ergänzen` } }));
    case 'cia': {
      const { list, title } = expectedCia(measure);
      return add(list, { title });
    }
    default:
      return [];
  }
};
