/**
 * The outline: sections (control type name and title) with their measures ("PA-01 Title"), and the
 * scopes, subprocessors, certifications and commitments as groups. Anything half-typed is shown as
 * far as it goes: a section without a type, a measure without an id.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { isMap, isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Analysis } from './analysis';
import { contentEnd } from './locate';
import { get, pairOf, type TomModel } from './model';
import { measureLabel, plural, sectionLabel, textLabel } from './labels';
import { rangeOf } from './rules/rule';

/** From the start of one node to the last character of another (not the line break or comments after it). */
function span(analysis: Analysis, from: Node | null | undefined, to: Node | null | undefined): Range {
  const start = from?.range?.[0] ?? 0;
  const end = contentEnd(analysis.text.getText(), Math.max(start, to?.range?.[1] ?? from?.range?.[1] ?? start), start);
  return { start: analysis.text.positionAt(start), end: analysis.text.positionAt(end) };
}

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range, children?: DocumentSymbol[], detail?: string): DocumentSymbol {
  return { name: name || '(unnamed)', kind, range, selectionRange, ...(detail ? { detail } : {}), ...(children ? { children } : {}) };
}

/** A top-level key with its children: `scopes`, `subprocessors`... */
function group(analysis: Analysis, pair: Pair<Scalar, unknown> | undefined, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] {
  if (!pair) return [];
  const key = rangeOf(analysis.text, pair.key);
  return [symbol(String(pair.key.value), kind, span(analysis, pair.key, pair.value as Node), key, children)];
}

/** A map in a list, named by one of its keys, selected at that key's value (or its first key). */
function entry(analysis: Analysis, model: TomModel, map: YAMLMap, nameKey: string, kind: SymbolKind): DocumentSymbol {
  const nameNode = get(model.doc, map, nameKey);
  const name = textLabel(model, nameNode) ?? `(no ${nameKey})`;
  const select = isScalar(nameNode) && nameNode.range ? nameNode : (map.items[0]?.key as Node | undefined) ?? map;
  return symbol(name, kind, span(analysis, map, map), span(analysis, select, select));
}

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const model = analysis.model;
  if (!model?.root) return [];
  const { root, doc } = model;
  // Sections are the outline's top level: they are what a reader navigates by.
  const sections = model.sections.map((s) => {
    const measures = s.measures.map((m) => {
      const at = m.id?.range ? m.id : (m.map.items[0]?.key as Node | undefined) ?? m.map;
      return symbol(measureLabel(model, m), SymbolKind.Field, span(analysis, m.map, m.map), span(analysis, at, at));
    });
    const at = s.type?.range ? s.type : (s.map.items[0]?.key as Node | undefined) ?? s.map;
    return symbol(sectionLabel(model, s), SymbolKind.Module, span(analysis, s.map, s.map), span(analysis, at, at), measures, plural(measures.length, 'measure'));
  });
  const scopes = (model.scopes?.items ?? []).filter((p) => isScalar(p.key)).map((p) => {
    const key = p.key as Scalar;
    const title = textLabel(model, get(doc, p.value, 'title'));
    return symbol(String(key.value), SymbolKind.Key, span(analysis, key, p.value as Node), rangeOf(analysis.text, key), undefined, title);
  });
  const commitments = (isMap(model.commitments) ? model.commitments.items : []).filter((p) => isScalar(p.key)).map((p) => {
    const key = p.key as Scalar;
    return symbol(String(key.value), SymbolKind.Constant, span(analysis, key, p.value as Node), rangeOf(analysis.text, key), undefined, String((p.value as Scalar | null)?.value ?? ''));
  });
  return [
    ...sections,
    ...group(analysis, pairOf(root, 'scopes'), SymbolKind.Namespace, scopes),
    ...group(analysis, pairOf(root, 'subprocessors'), SymbolKind.Namespace, model.subprocessors.map((s) => entry(analysis, model, s, 'name', SymbolKind.Object))),
    ...group(analysis, pairOf(root, 'certifications'), SymbolKind.Namespace, model.certifications.map((c) => entry(analysis, model, c, 'name', SymbolKind.Object))),
    ...group(analysis, pairOf(root, 'commitments'), SymbolKind.Namespace, commitments),
  ].sort((a, b) => a.range.start.line - b.range.start.line);
}
