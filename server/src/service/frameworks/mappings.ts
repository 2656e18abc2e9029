/**
 * The control ids a document's measures map to (`mappings: {iso27001: [A.8.2], ...}`), located in the
 * AST so that findings and hovers point at the id itself. Built once per model: the rule, coverage,
 * hover, code lens and exports all read the same list.
 */
import { isMap, isScalar, type Scalar, type YAMLMap } from 'yaml';
import { get, items, pairOf, str, type Measure, type TomModel } from '../document/model';
import { findControl, isFrameworkId, type Control, type FrameworkId } from './catalogues';

export interface MappingRef {
  measure: Measure;
  framework: FrameworkId;
  /** The id's scalar as written. */
  node: Scalar;
  raw: string;
  /** The control it names, when it names one. */
  control?: Control;
}

export interface DocumentMappings {
  refs: MappingRef[];
  /** framework → control id → the measures mapped to it, in document order, each once. */
  byControl: Map<FrameworkId, Map<string, Measure[]>>;
}

const cache = new WeakMap<TomModel, DocumentMappings>();

/** A measure's `mappings` map, when it has one. */
export const mappingsMap = (model: TomModel, measure: Measure): YAMLMap | undefined => {
  const node = get(model.doc, measure.map, 'mappings');
  return isMap(node) ? node : undefined;
};

/**
 * A measure's mapping ids, kept with its map: a measure an edit did not change keeps its node
 * (document/parsedParts.ts), and its ids need not be read and looked up again (model.ts says why
 * that is safe).
 */
const measureRefs = new WeakMap<YAMLMap, Omit<MappingRef, 'measure'>[]>();

function refsOf(model: TomModel, measure: Measure): Omit<MappingRef, 'measure'>[] {
  let refs = measureRefs.get(measure.map);
  if (refs) return refs;
  refs = [];
  for (const pair of mappingsMap(model, measure)?.items ?? []) {
    const framework = str(pair.key);
    if (!framework || !isFrameworkId(framework)) continue; // x- extensions and schema errors
    for (const node of items(model.doc, pair.value)) {
      const raw = str(node);
      if (raw === undefined || !isScalar(node)) continue;
      refs.push({ framework, node, raw, control: findControl(framework, raw) });
    }
  }
  measureRefs.set(measure.map, refs);
  return refs;
}

export function documentMappings(model: TomModel): DocumentMappings {
  let found = cache.get(model);
  if (found) return found;
  found = { refs: [], byControl: new Map() };
  for (const measure of model.measures) {
    for (const ref of refsOf(model, measure)) {
      const { framework, control } = ref;
      found.refs.push({ ...ref, measure });
      if (!control) continue;
      const controls = found.byControl.get(framework) ?? new Map<string, Measure[]>();
      found.byControl.set(framework, controls);
      const measures = controls.get(control.id) ?? [];
      if (!measures.includes(measure)) measures.push(measure);
      controls.set(control.id, measures);
    }
  }
  cache.set(model, found);
  return found;
}

/** The frameworks a measure's mappings name with at least one id, in the order written. */
export function frameworksOf(model: TomModel, measure: Measure): FrameworkId[] {
  const map = mappingsMap(model, measure);
  return (map?.items ?? []).flatMap((p) => {
    const f = str(p.key);
    return f && isFrameworkId(f) && items(model.doc, p.value).length > 0 ? [f] : [];
  });
}

/** The `mappings` key of a measure (code lens, quick-fix anchor). */
export const mappingsKey = (measure: Measure): Scalar | undefined => pairOf(measure.map, 'mappings')?.key;
