/**
 * Searching the texts of a document in their source, so that a match has its exact place even inside
 * a folded block or a language map.
 */
import { isMap, isScalar, type Scalar } from 'yaml';
import type { TextField, TomModel } from './model';

/** The string scalars of a text field: the plain string, or each language's string. */
export function textScalars(field: TextField): Scalar[] {
  if (isScalar(field.value)) return typeof field.value.value === 'string' ? [field.value] : [];
  if (isMap(field.value)) return field.value.items.map((p) => p.value).filter((v): v is Scalar => isScalar(v) && typeof v.value === 'string');
  return [];
}

export interface TextMatch { offset: number; text: string; pattern: number }

/** Every match of each pattern (all need the `g` flag) in the source of every text of the document. */
export function* scanTexts(model: TomModel, source: string, patterns: RegExp[]): Generator<TextMatch> {
  for (const field of model.texts) {
    for (const scalar of textScalars(field)) {
      const [start, end] = scalar.range ?? [0, 0];
      const slice = source.slice(start, end);
      for (let i = 0; i < patterns.length; i++) {
        for (const m of slice.matchAll(patterns[i])) yield { offset: start + (m.index ?? 0), text: m[0], pattern: i };
      }
    }
  }
}
