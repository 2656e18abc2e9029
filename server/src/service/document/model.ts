/**
 * The parts of a TOM document that rules, completions and symbols care about, located in the YAML
 * AST (so every finding can point at the node itself). Built once per document version.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { deref } from './parse';
import type { Localized } from '../types';

export interface Section {
  map: YAMLMap;
  type?: Scalar;
  measures: Measure[];
  /** A syntax error lies in the section: a measure the parser lost is missing from `measures`. */
  broken?: boolean;
}

export interface Measure {
  map: YAMLMap;
  section: Section;
  id?: Scalar;
  /** Its own texts (title, description, evidence titles), also in the model's `texts`. */
  texts: TextField[];
  /** Its `cia` list's items as written (undefined for an item that is not a string). */
  cia: (string | undefined)[];
}

/** A text field (plain string or language map) together with the key that names it. */
export interface TextField {
  key: Scalar;
  value: Node;
}

export interface TomModel {
  doc: Document.Parsed;
  root?: YAMLMap;
  meta?: YAMLMap;
  scopes?: YAMLMap;
  controlsKey?: Scalar;
  sections: Section[];
  measures: Measure[];
  subprocessors: YAMLMap[];
  certifications: YAMLMap[];
  commitments?: YAMLMap;
  texts: TextField[];
  /** The texts outside the measures (the document's, the sections', ...): those the rules on one measure still read once per check. */
  otherTexts: TextField[];
  /** Every scope name used in a measure's `scope` list. */
  scopeRefs: Scalar[];
}

/** The value node under `key` in a map, aliases resolved and merge keys (`<<`) followed, as validation sees it. */
export function get(doc: Document, map: unknown, key: string, depth = 0): Node | undefined {
  const p = pairOf(map, key);
  if (p) return (deref(doc, p.value) as Node | undefined) ?? undefined;
  if (!isMap(map) || depth > 8) return undefined; // merge chains are short; the bound stops cycles
  for (const merge of indexOf(map).merges) {
    const from = deref(doc, merge.value);
    for (const source of isSeq(from) ? from.items.map((i) => deref(doc, i)) : [from]) {
      const found = get(doc, source, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** The map's own pair for `key` (merge keys not followed: for edits, which must touch the map itself). */
export function pairOf(map: unknown, key: string): Pair<Scalar, unknown> | undefined {
  return isMap(map) ? indexOf(map).pairs.get(key) : undefined;
}

/**
 * A map's own pairs by key (the first of duplicates, which are a syntax error anyway) and its merge
 * pairs. Rules ask every measure for several keys; the index turns each ask into one lookup. Built on
 * the first ask; the AST is never changed after parsing, so it stays true.
 */
interface MapIndex { pairs: Map<unknown, Pair<Scalar, unknown>>; merges: Pair[] }
const indexes = new WeakMap<YAMLMap, MapIndex>();

function indexOf(map: YAMLMap): MapIndex {
  let index = indexes.get(map);
  if (index) return index;
  index = { pairs: new Map(), merges: [] };
  for (const p of map.items) {
    if (!isScalar(p.key)) continue;
    if (!index.pairs.has(p.key.value)) index.pairs.set(p.key.value, p as Pair<Scalar, unknown>);
    if (p.key.source === '<<') index.merges.push(p);
  }
  indexes.set(map, index);
  return index;
}

/** A scalar's string value, or undefined for anything else. */
export function str(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** `document.languages`, the languages every text must exist in (empty when the key is absent). */
export const publishedLanguages = (model: TomModel): string[] =>
  items(model.doc, get(model.doc, model.meta, 'languages')).map(str).filter((l): l is string => !!l);

/** "Measure PA-01", or "This measure" while it has no id yet. */
/** "Measure PA-01" in each language the server speaks, for a message. */
export const measureName = (m: Measure): Localized => {
  const id = str(m.id);
  return id ? { en: `Measure ${id}`, de: `Maßnahme ${id}` } : { en: 'This measure', de: 'Diese Maßnahme' };
};

/** The nodes of a sequence (aliases resolved); empty for anything else. */
export function items(doc: Document, node: unknown): Node[] {
  return isSeq(node) ? node.items.map((i) => deref(doc, i) as Node) : [];
}

export function maps(doc: Document, node: unknown): YAMLMap[] {
  return items(doc, node).filter(isMap) as YAMLMap[];
}

/** Where each kind of object keeps its texts (FORMAT.md: every field typed "text"). */
const textKeys = {
  document: ['title', 'summary'],
  reference: ['title'],
  scope: ['title', 'description'],
  section: ['title', 'description'],
  measure: ['title', 'description'],
  subprocessor: ['purpose', 'service'],
  certification: ['scope'],
};

/** Adds the texts under `keys` of `map`: to a measure's own list `to`, or, without one, to the model's texts outside the measures. */
type AddTexts = (map: unknown, keys: string[], to?: TextField[]) => void;

/** What is read of one measure: its id, texts, scope references and CIA tags. */
interface ReadMeasure { id?: Scalar; texts: TextField[]; scopeRefs: Scalar[]; cia: (string | undefined)[] }

/**
 * What is read of each measure, kept with its map: a measure an edit did not change keeps its
 * node (document/parsedParts.ts), and so what was read of it; the rules on the whole document read
 * ids, tags and references from the model instead of the YAML. The AST is never changed after
 * parsing (ranges move, which nothing here holds), and a text parsed whole has new nodes.
 */
const readMeasures = new WeakMap<YAMLMap, ReadMeasure>();

function readMeasure(doc: Document, map: YAMLMap, addTexts: AddTexts): ReadMeasure {
  let read = readMeasures.get(map);
  if (read) return read;
  const id = get(doc, map, 'id');
  read = { id: isScalar(id) ? id : undefined, texts: [], scopeRefs: [], cia: items(doc, get(doc, map, 'cia')).map(str) };
  addTexts(map, textKeys.measure, read.texts);
  for (const ref of items(doc, get(doc, map, 'scope'))) if (isScalar(ref)) read.scopeRefs.push(ref);
  for (const e of maps(doc, get(doc, map, 'evidence'))) addTexts(e, textKeys.reference, read.texts);
  readMeasures.set(map, read);
  return read;
}

export function buildModel(doc: Document.Parsed): TomModel {
  const root = isMap(doc.contents) ? doc.contents : undefined;
  const model: TomModel = { doc, root, sections: [], measures: [], subprocessors: [], certifications: [], texts: [], otherTexts: [], scopeRefs: [] };
  if (!root) return model;
  const addTexts: AddTexts = (map, keys, to) => {
    for (const k of keys) {
      const p = pairOf(map, k);
      const value = p && deref(doc, p.value);
      if (!p || !value || !(isScalar(value) || isMap(value))) continue;
      const text = { key: p.key, value: value as Node };
      if (to) {
        to.push(text);
      } else {
        model.texts.push(text);
        model.otherTexts.push(text);
      }
    }
  };
  const meta = get(doc, root, 'document');
  if (isMap(meta)) {
    model.meta = meta;
    addTexts(meta, textKeys.document);
    for (const r of maps(doc, get(doc, meta, 'references'))) addTexts(r, textKeys.reference);
  }
  const scopes = get(doc, root, 'scopes');
  if (isMap(scopes)) {
    model.scopes = scopes;
    for (const p of scopes.items) addTexts(deref(doc, p.value), textKeys.scope);
  }
  const controls = pairOf(root, 'controls');
  model.controlsKey = controls?.key;
  for (const m of maps(doc, controls && deref(doc, controls.value))) {
    const type = get(doc, m, 'type');
    const section: Section = { map: m, type: isScalar(type) ? type : undefined, measures: [] };
    addTexts(m, textKeys.section);
    for (const mm of maps(doc, get(doc, m, 'measures'))) {
      const read = readMeasure(doc, mm, addTexts);
      const measure: Measure = { map: mm, section, id: read.id, texts: read.texts, cia: read.cia };
      section.measures.push(measure);
      model.measures.push(measure);
      for (const t of read.texts) model.texts.push(t);
      for (const ref of read.scopeRefs) model.scopeRefs.push(ref);
    }
    model.sections.push(section);
  }
  model.subprocessors = maps(doc, get(doc, root, 'subprocessors'));
  for (const s of model.subprocessors) addTexts(s, textKeys.subprocessor);
  model.certifications = maps(doc, get(doc, root, 'certifications'));
  for (const c of model.certifications) addTexts(c, textKeys.certification);
  const commitments = get(doc, root, 'commitments');
  if (isMap(commitments)) model.commitments = commitments;
  return model;
}

/** The model of a text without YAML (blank, or comments only): what completion and the skeleton fix start from. */
export const emptyModel = buildModel(parseDocument(''));

