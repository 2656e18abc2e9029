/** Go to definition, find references and rename, for scope ids and measure ids. */
import type { Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Scalar } from 'yaml';
import type { Analysis } from '../document/analysis';
import { identifierAt, idPatterns, measureIdNodes, scopeDefinitions, type Identifier } from '../document/identifiers';
import { nameSpan } from '../document/scalars';
import { str } from '../document/model';

/** The range of a name's own characters (inside quotes), if its source is exactly its value. */
function nameRange(analysis: Analysis, node: Scalar): Range | undefined {
  const span = nameSpan(analysis.text.getText(), node);
  return span && { start: analysis.text.positionAt(span[0]), end: analysis.text.positionAt(span[1]) };
}

function locations(analysis: Analysis, nodes: Scalar[]): Location[] {
  return nodes.flatMap((n) => {
    const range = nameRange(analysis, n);
    return range ? [{ uri: analysis.uri, range }] : [];
  });
}

const identifier = (analysis: Analysis, position: Position): Identifier | undefined =>
  identifierAt(analysis, analysis.text.offsetAt(position));

export function definition(analysis: Analysis, position: Position): Location[] {
  const id = identifier(analysis, position);
  return id ? locations(analysis, id.definitions) : [];
}

export function references(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const id = identifier(analysis, position);
  return id ? locations(analysis, includeDeclaration ? [...id.definitions, ...id.references] : id.references) : [];
}

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };

export function prepareRename(analysis: Analysis, position: Position): PrepareRenameResult {
  const id = identifier(analysis, position);
  const range = id && nameRange(analysis, id.at);
  if (!id || !range) return { error: 'Only scope ids and measure ids can be renamed.' };
  return { range, placeholder: id.name };
}

export type RenameResult = WorkspaceEdit | { error: string };

const what = { scope: 'scope id', measure: 'measure id' };
const example = { scope: 'offices or cloud-eu', measure: 'PA-01' };

export function rename(analysis: Analysis, position: Position, newName: string): RenameResult {
  const id = identifier(analysis, position);
  const model = analysis.model;
  if (!id || !model) return { error: 'Only scope ids and measure ids can be renamed.' };
  if (!idPatterns[id.kind].test(newName)) {
    return { error: `"${newName}" is not a valid ${what[id.kind]} (${idPatterns[id.kind].source}), e.g. ${example[id.kind]}.` };
  }
  if (newName === id.name) return { changes: { [analysis.uri]: [] } };
  const taken = (id.kind === 'scope' ? scopeDefinitions(model) : measureIdNodes(model)).some((n) => str(n) === newName);
  if (taken) return { error: `The ${what[id.kind]} "${newName}" is already used in this document.` };
  const edits: TextEdit[] = locations(analysis, [...id.definitions, ...id.references]).map((l) => ({ range: l.range, newText: newName }));
  return { changes: { [analysis.uri]: edits } };
}
