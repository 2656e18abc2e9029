/**
 * The snippets of `snippets/tom.json`, offered by the server where each makes sense (a measure in a
 * `measures` list, a section in `controls`, a certification in `certifications` …) instead of
 * everywhere, as a contributed snippet file would be. The server also fills in what the file cannot
 * know: the next free measure id, today's date, and the control types the document lacks first.
 */
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem } from 'vscode-languageserver-types';
import snippetFile from '../../../../snippets/tom.json';
import { controlTypes } from '../catalogue/controlTypes';
import { nextFreeId, typePrefix } from '../document/measureIds';
import { str, type TomModel } from '../document/model';
import { item, type Segment } from '../schema/schemaPath';

interface Snippet { prefix: string[]; body: string[]; description: string }
const snippets = snippetFile as Record<string, Snippet>;

/**
 * Where each snippet belongs: the path of the list or map whose entry it writes, `[]` for "an item
 * of" ("controls[].measures": a section's measures); '' is an empty document. The suppression is a
 * comment line above a measure's key.
 */
export const snippetPlaces: Record<string, string> = {
  'TOM document': '',
  'Control section': 'controls',
  'Measure': 'controls[].measures',
  'Planned measure': 'controls[].measures',
  'Scope': 'scopes',
  'Subprocessor': 'subprocessors',
  'Certification': 'certifications',
  'Suppression': 'controls[].measures[]',
};

export interface SnippetPlace {
  model: TomModel;
  /** The path of the list or map the new entry goes into. */
  container: readonly Segment[];
  /** The entry's `- ` is typed already (the snippet's own is left out). */
  dashTyped: boolean;
  /** Column of the entry's `- ` (or of its key, in a map). */
  col: number;
  /** The next free id in the section at the cursor, if there is one (asked only when a snippet needs it). */
  nextId(): string | undefined;
  today: string;
  empty: boolean;
  edit(label: string, newText: string, more: Partial<CompletionItem>): CompletionItem;
}

const keyPath = (path: readonly Segment[]) => path.map((s) => (s === item ? '[]' : `.${s}`)).join('').slice(1);
const typeChoice = /\$\{(\d+)\|(physical-access(?:,[a-z-]+)*)\|\}/;

/** The snippet items for this place, ready to insert at its indentation. */
export function snippetItems(place: SnippetPlace): CompletionItem[] {
  const here = keyPath(place.container);
  return Object.entries(snippets).flatMap(([name, snippet], index) => {
    const where = snippetPlaces[name];
    if (where !== here || (where === '') !== place.empty || (place.dashTyped && name === 'Suppression')) return [];
    let body = fill(snippet.body.join('\n'), place);
    if (place.dashTyped) body = body.replace(/^- /, '');
    const indent = ' '.repeat(place.dashTyped ? place.col - 2 : place.col);
    const text = body.split('\n').map((line, i) => (i === 0 || !line ? line : indent + line)).join('\n');
    return [place.edit(snippet.prefix[0], text, {
      kind: CompletionItemKind.Snippet,
      detail: snippet.description,
      filterText: snippet.prefix.join(' '),
      sortText: `9${String(index).padStart(3, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
    })];
  });
}

/** The file's placeholders made concrete: today, the types the document lacks first, the next free id. */
function fill(body: string, place: SnippetPlace): string {
  let id: string | undefined;
  if (typeChoice.test(body)) {
    const used = new Set(place.model.sections.map((s) => str(s.type)));
    const types = [...controlTypes.filter((t) => !used.has(t.id)), ...controlTypes.filter((t) => used.has(t.id))].map((t) => t.id);
    body = body.replace(typeChoice, (_, n: string) => `\${${n}|${types.join(',')}|}`);
    // a new section's first measure takes the prefix of the type offered first
    id = nextFreeId(place.model, typePrefix(types[0]));
  } else if (body.includes('XX-01')) {
    id = place.nextId();
  }
  return body
    .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, place.today)
    .replace(/XX-01/g, id ?? 'XX-01');
}
