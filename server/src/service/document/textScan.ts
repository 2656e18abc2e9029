/**
 * Searching the texts of a document in their source, so that a match has its exact place even inside
 * a folded block or a language map.
 */
import { isMap, isScalar, type Scalar } from 'yaml';
import type { TextField, TomModel } from './model';

/** The string scalars of a text field: the plain string, or each language's string. */
function textScalars(field: TextField): Scalar[] {
  if (isScalar(field.value)) return typeof field.value.value === 'string' ? [field.value] : [];
  if (isMap(field.value)) return field.value.items.map((p) => p.value).filter((v): v is Scalar => isScalar(v) && typeof v.value === 'string');
  return [];
}

export interface TextMatch { offset: number; text: string; pattern: number }

/**
 * One case-insensitive regex that matches wherever any of the patterns could (ignoring case only
 * widens a pattern), so that the many texts that match none are passed over with one test.
 */
const prefilters = new WeakMap<readonly RegExp[], RegExp>();
function prefilter(patterns: readonly RegExp[]): RegExp {
  let any = prefilters.get(patterns);
  if (!any) prefilters.set(patterns, (any = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'i')));
  return any;
}

/** The source of every text of the document (each language of a language map on its own), with its offset. */
export function* textSources(model: TomModel, source: string): Generator<{ start: number; slice: string }> {
  for (const field of model.texts) {
    for (const scalar of textScalars(field)) {
      const [start, end] = scalar.range ?? [0, 0];
      yield { start, slice: source.slice(start, end) };
    }
  }
}

/** Every match of each pattern (all need the `g` flag) in the source of every text of the document. */
export function* scanTexts(model: TomModel, source: string, patterns: readonly RegExp[]): Generator<TextMatch> {
  const any = prefilter(patterns);
  for (const { start, slice } of textSources(model, source)) {
    if (!any.test(slice)) continue;
    for (let i = 0; i < patterns.length; i++) {
      for (const m of slice.matchAll(patterns[i])) yield { offset: start + (m.index ?? 0), text: m[0], pattern: i };
    }
  }
}
