/**
 * The two kinds of names a TOM document defines and refers to: scope ids (defined as keys of
 * `scopes`, referred to in measures' `scope` lists) and measure ids (defined at `id:`, referred to
 * anywhere the id is a whole scalar, e.g. in x- extensions or mappings). Definition, references and
 * rename are all built on `identifierAt`.
 */
import type { Document, Scalar } from 'yaml';
import type { Analysis } from './analysis';
import { scalarAt, pathIs, stringScalars, type CursorScalar } from './scalars';
import { str, type TomModel } from './model';

export type IdentifierKind = 'scope' | 'measure';

export interface Identifier {
  kind: IdentifierKind;
  name: string;
  /** Where the name is defined: a key of `scopes`, or a measure's `id` value (twice for a duplicate id). */
  definitions: Scalar[];
  /** Every other place that names it. */
  references: Scalar[];
  /** The scalar under the cursor. */
  at: Scalar;
}

export const idPatterns: Record<IdentifierKind, RegExp> = {
  scope: /^[a-z][a-z0-9-]*$/,
  measure: /^[A-Z]{2,5}-[0-9]{2,4}$/,
};

export const scopeDefinitions = (model: TomModel): Scalar[] =>
  (model.scopes?.items ?? []).map((p) => p.key).filter((k): k is Scalar => str(k) !== undefined);

export const measureIdNodes = (model: TomModel): Scalar[] => model.measures.flatMap((m) => (str(m.id) ? [m.id!] : []));

/** All places of the identifier named `name`. */
function occurrences(model: TomModel, kind: IdentifierKind, name: string): Omit<Identifier, 'at'> {
  if (kind === 'scope') {
    return {
      kind, name,
      definitions: scopeDefinitions(model).filter((k) => str(k) === name),
      references: model.scopeRefs.filter((r) => str(r) === name),
    };
  }
  const definitions = measureIdNodes(model).filter((n) => str(n) === name);
  const references = scalarsNamed(model.doc, name).filter((s) => !definitions.includes(s));
  return { kind, name, definitions, references };
}

/**
 * The string scalars of each document by value, in source order: built on the first measure id asked
 * about and kept with the document, which never changes after parsing. Hover, definition and
 * references then look one name up instead of going through every scalar (~10 ms on 10,000 measures).
 */
const scalarIndexes = new WeakMap<Document, Map<string, Scalar<string>[]>>();

function scalarsNamed(doc: Document, name: string): Scalar<string>[] {
  let index = scalarIndexes.get(doc);
  if (!index) {
    index = new Map();
    for (const s of stringScalars(doc)) {
      const named = index.get(s.value);
      if (named) named.push(s);
      else index.set(s.value, [s]);
    }
    scalarIndexes.set(doc, index);
  }
  return index.get(name) ?? [];
}

/** The scope id or measure id under the cursor, with all its places; undefined for anything else. */
export function identifierAt(analysis: Analysis, offset: number): Identifier | undefined {
  const model = analysis.model;
  const here = model && scalarAt(model.doc, offset);
  return model && here && identifierOf(model, here);
}

/** The scope id or measure id that the located scalar is, for a caller that has located it already. */
export function identifierOf(model: TomModel, here: CursorScalar): Identifier | undefined {
  const name = str(here.node);
  if (name === undefined) return undefined;
  const { path, isKey } = here;
  let kind: IdentifierKind | undefined;
  if ((isKey && pathIs(path, 'scopes', '*')) || (!isKey && pathIs(path, 'controls', '#', 'measures', '#', 'scope', '#'))) kind = 'scope';
  else if (measureIdNodes(model).some((n) => str(n) === name)) kind = 'measure';
  return kind && { ...occurrences(model, kind, name), at: here.node };
}
