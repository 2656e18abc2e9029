/**
 * The outline: sections (control type name and title) with their measures ("PA-01 Title"), and the
 * scopes, subprocessors, certifications and commitments as groups. Anything half-typed is shown as
 * far as it goes: a section without a type, a measure without an id.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Analysis } from '../document/analysis';
import { contentEnd } from '../document/scalars';
import { get, pairOf, type TomModel } from '../document/model';
import { measureCount, measureLabel, sectionLabel, textLabel } from '../document/labels';
import type { Locale } from '../types';
import { rangeOf } from '../rules/rule';

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

/** A map in a list (a section, a measure...): all of its text, selected at the scalar that names it, or else at its first key. */
function mapSymbol(analysis: Analysis, map: YAMLMap, name: string, kind: SymbolKind, select: Node | undefined, children?: DocumentSymbol[], detail?: string): DocumentSymbol {
  const at = select?.range ? select : (map.items[0]?.key as Node | undefined) ?? map;
  return symbol(name, kind, span(analysis, map, map), span(analysis, at, at), children, detail);
}

/** A map in a list named by one of its keys (a subprocessor's `name`). */
function entry(analysis: Analysis, model: TomModel, map: YAMLMap, nameKey: string, kind: SymbolKind): DocumentSymbol {
  const nameNode = get(model.doc, map, nameKey);
  return mapSymbol(analysis, map, textLabel(model, nameNode) ?? `(no ${nameKey})`, kind, isScalar(nameNode) ? nameNode : undefined);
}

/** One symbol per key of a map (`scopes`, `commitments`), selected at the key, with what `detail` says of its value. */
function keySymbols(analysis: Analysis, map: YAMLMap | undefined, kind: SymbolKind, detail: (value: unknown) => string | undefined): DocumentSymbol[] {
  return (map?.items ?? []).filter((p) => isScalar(p.key)).map((p) => {
    const key = p.key as Scalar;
    return symbol(String(key.value), kind, span(analysis, key, p.value as Node), rangeOf(analysis.text, key), undefined, detail(p.value));
  });
}

export function documentSymbols(analysis: Analysis, locale: Locale = 'en'): DocumentSymbol[] {
  const model = analysis.model;
  if (!model?.root) return [];
  const { root, doc } = model;
  // Sections are the outline's top level: they are what a reader navigates by.
  const sections = model.sections.map((s) => {
    const measures = s.measures.map((m) => mapSymbol(analysis, m.map, measureLabel(model, m, locale), SymbolKind.Field, m.id));
    return mapSymbol(analysis, s.map, sectionLabel(model, s, locale), SymbolKind.Module, s.type, measures, measureCount(measures.length, locale));
  });
  const scopes = keySymbols(analysis, model.scopes, SymbolKind.Key, (scope) => textLabel(model, get(doc, scope, 'title')));
  const commitments = keySymbols(analysis, model.commitments, SymbolKind.Constant, (value) => String((value as Scalar | null)?.value ?? ''));
  return [
    ...sections,
    ...group(analysis, pairOf(root, 'scopes'), SymbolKind.Namespace, scopes),
    ...group(analysis, pairOf(root, 'subprocessors'), SymbolKind.Namespace, model.subprocessors.map((s) => entry(analysis, model, s, 'name', SymbolKind.Object))),
    ...group(analysis, pairOf(root, 'certifications'), SymbolKind.Namespace, model.certifications.map((c) => entry(analysis, model, c, 'name', SymbolKind.Object))),
    ...group(analysis, pairOf(root, 'commitments'), SymbolKind.Namespace, commitments),
  ].sort((a, b) => a.range.start.line - b.range.start.line);
}
