/**
 * Completion of control ids in a measure's `mappings.<framework>` list: the framework's controls with
 * their titles, found by id or title words as typed ("A.8.2", "8.2", "privileged"). What an item shows
 * and inserts is built once per framework; a request only filters and places the items, so that it
 * costs the same in a document of ten or ten thousand measures (docs/performance.md).
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { yamlScalar } from '../catalogue/catalogue';
import { item, type Segment } from '../schema/schemaPath';
import { framework, frameworkName, searchControls, type Control, type Framework, type FrameworkId, isFrameworkId } from './catalogues';
import type { Locale } from '../types';

/** An item without its place: label, detail, documentation, filter and sort text, the id as YAML. */
interface Prepared { control: Control; item: CompletionItem; yaml: string }

/** Per framework and language. */
const prepared = new Map<string, Map<Control, Prepared>>();

function preparedFor(f: Framework, locale: Locale): Map<Control, Prepared> {
  let items = prepared.get(`${f.id}\u0000${locale}`);
  if (items) return items;
  items = new Map(f.controls.map((control, index) => {
    const title = control.title.de ? `${control.title.en} · ${control.title.de}` : control.title.en;
    const shown = locale === 'de' && control.title.de ? `${control.title.de} · ${control.title.en}` : title;
    const group = control.group ? ` · ${control.group}` : '';
    return [control, {
      control,
      yaml: yamlScalar(control.id),
      item: {
        label: control.id,
        kind: CompletionItemKind.Reference,
        detail: (locale === 'de' && control.title.de) || control.title.en,
        documentation: { kind: MarkupKind.Markdown, value: `**${control.id}** — ${shown}\n\n${frameworkName(f, locale)}${group}` },
        // the editor filters by what it is given: id and title words, so that "privileged" finds A.8.2
        filterText: `${control.id} ${title}`,
        sortText: String(index).padStart(5, '0'),
      },
    }];
  }));
  prepared.set(`${f.id}\u0000${locale}`, items);
  return items;
}

/**
 * The framework whose id list the cursor is in, from the cursor's path: `mappings: {iso27001: [|`
 * (`flowKey` is the key of the flow list) or a block list item under `mappings.iso27001`.
 */
export function mappingFrameworkAt(path: readonly Segment[], flowKey?: string): FrameworkId | undefined {
  const at = flowKey === undefined ? path.slice(-3) : [...path.slice(-1), flowKey, item];
  const [mappings, name, last] = at;
  const inMeasure = path[0] === 'controls' && path[2] === 'measures';
  return inMeasure && mappings === 'mappings' && last === item && typeof name === 'string' && isFrameworkId(name) ? name : undefined;
}

/**
 * The control ids to offer for what is typed (`partial`), those already in the list (`taken`) left
 * out; each replaces `range`, after `prefix` (a list's `- ` not typed yet).
 */
export function mappingItems(frameworkId: FrameworkId, partial: string, taken: readonly string[], range: Range, prefix: string, locale: Locale = 'en'): CompletionItem[] {
  const f = framework(frameworkId)!;
  const items = preparedFor(f, locale);
  const skip = new Set(taken);
  return searchControls(f, partial.replace(/^["']|["']$/g, '')).flatMap((control) => {
    if (skip.has(control.id)) return [];
    const p = items.get(control)!;
    return [{ ...p.item, textEdit: { range, newText: prefix + p.yaml } }];
  });
}
