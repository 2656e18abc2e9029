/**
 * Completions for TOM documents: the keys the schema allows at the cursor, the values a key takes
 * (control types, CIA tags, enums, scope ids, dates, the next measure id, language tags) and whole
 * measures from the built-in catalogue. The place comes from the text around the cursor (cursor.ts),
 * so completion works while the line being typed does not parse; the facts of the document (used
 * control types, defined scopes, ids) come from the analysis, which is cached per version.
 */
import {
  CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind,
  type CompletionItem, type MarkupContent,
} from 'vscode-languageserver-types';
import type { Analysis } from '../document/analysis';
import { catalogueFor, catalogueTitle, measureYaml, yamlScalar } from '../catalogue/catalogue';
import { citation, controlTypes } from '../catalogue/controlTypes';
import { countries } from '../law/countries';
import { describeLocation } from '../law/describe';
import { cursorAt, linesOf, type Cursor, type Lines } from './cursor';
import { nextFreeId, sectionPrefix } from '../document/measureIds';
import { emptyModel, get, publishedLanguages, str, type Section, type TomModel } from '../document/model';
import { asMap, constValues, described, hasKeys, isArray, item, itemsOf, keysOf, schemaAt, type Resolved, type Segment } from '../schema/schemaPath';
import { snippetItems } from './snippetItems';
import { mappingFrameworkAt, mappingItems } from '../frameworks/completion';
import type { Locale } from '../types';

/** Language tags offered besides the document's own: the EU's most used, with their own names. */
const commonLanguages: Record<string, string> = {
  en: 'English', de: 'German · Deutsch', fr: 'French · Français', es: 'Spanish · Español', it: 'Italian · Italiano',
  nl: 'Dutch · Nederlands', pl: 'Polish · Polski', pt: 'Portuguese · Português', sv: 'Swedish · Svenska',
  da: 'Danish · Dansk', fi: 'Finnish · Suomi', cs: 'Czech · Čeština', el: 'Greek · Ελληνικά', hu: 'Hungarian · Magyar',
  ro: 'Romanian · Română', 'de-AT': 'German (Austria) · Deutsch (Österreich)', 'de-CH': 'German (Switzerland) · Deutsch (Schweiz)',
};

interface Place {
  model: TomModel;
  cursor: Cursor;
  analysis: Analysis;
  today: string;
  /** The language of details and documentation; labels (ids, keys, values) are what is inserted. */
  locale: Locale;
}

/** An item that replaces what the cursor is typing with `newText`. */
function edit(place: Place, label: string, newText: string, more: Partial<CompletionItem>): CompletionItem {
  const { text } = place.analysis;
  return {
    label,
    textEdit: { range: { start: text.positionAt(place.cursor.start), end: text.positionAt(place.cursor.end) }, newText },
    ...more,
  };
}

const markdown = (value: string): MarkupContent => ({ kind: MarkupKind.Markdown, value });
const sortKey = (group: number, index: number) => `${group}${String(index).padStart(3, '0')}`;
/** Literal text inside a snippet. */
const snippetText = (s: string) => s.replace(/[$}\\]/g, '\\$&');

/** The line index of each analysed version: built by its first completion, reused while the user moves around. */
const lineIndexes = new WeakMap<Analysis, Lines>();
function linesFor(analysis: Analysis): Lines {
  let lines = lineIndexes.get(analysis);
  if (!lines) lineIndexes.set(analysis, (lines = linesOf(analysis.text.getText())));
  return lines;
}

/**
 * The completion items at `offset`. `today` (YYYY-MM-DD) is what date values offer. Returns [] where
 * nothing can be completed: inside texts and comments, after a complete value, in a refused file.
 */
export function complete(analysis: Analysis, offset: number, today: string, locale: Locale = 'en'): CompletionItem[] {
  // an empty (or comments-only) file has no YAML document yet, but every top-level key to offer
  const model = analysis.model ?? (analysis.findings.length === 0 ? emptyModel : undefined);
  const cursor = model && cursorAt(linesFor(analysis), offset);
  if (!model || !cursor) return [];
  const place: Place = { model, cursor, analysis, today, locale };
  if (cursor.what === 'value') return values(place, schemaAt([...cursor.path, cursor.key as string]), '');
  if (cursor.what === 'flowItem') return values(place, schemaAt([...cursor.path, cursor.key as string, item]), '', cursor.listItems());

  const here = schemaAt(cursor.path);
  if (!here) return [];
  if (isArray(here)) return [...newListItem(place, cursor.path[cursor.path.length - 1]), ...snippetsAt(place, cursor.path, false)];
  const map = asMap(here);
  const inNewItem = cursor.dash && cursor.path[cursor.path.length - 1] === item;
  if (map.node.properties || here.ref === 'text') {
    const keyItems = keys(place, here, cursor.siblingKeys(), '');
    const snippets = inNewItem ? snippetsAt(place, cursor.path.slice(0, -1), true) : snippetsAt(place, cursor.path, false);
    return isMeasureItem(cursor) ? [...measures(place, false), ...keyItems, ...snippets] : [...keyItems, ...snippets];
  }
  // after the `- ` of a list of scalars (`cia:` then `- C`)
  if (cursor.path[cursor.path.length - 1] === item) return values(place, here, '', cursor.listItems());
  // a map of named entries (`scopes:`)
  return snippetsAt(place, cursor.path, false);
}

/** The snippets that write a new entry of the list or map at `container`. */
function snippetsAt(place: Place, container: readonly Segment[], dashTyped: boolean): CompletionItem[] {
  const { model, cursor, today } = place;
  return snippetItems({
    model, container, dashTyped, col: cursor.col, today, nextId: () => nextId(place),
    empty: (model.root?.items.length ?? 0) === 0,
    edit: (label, newText, more) => edit(place, label, newText, more),
  });
}

const isMeasureItem = (c: Cursor) => c.dash && c.path.length === 4 && c.path[0] === 'controls' && c.path[2] === 'measures';

/** A new item of the list at the cursor whose `- ` is not typed yet: the items get it. */
function newListItem(place: Place, listKey: unknown): CompletionItem[] {
  const { cursor } = place;
  if (listKey === 'measures' && cursor.path.length === 3) return measures(place, true);
  const each = schemaAt([...cursor.path, item]);
  if (!each) return [];
  return asMap(each).node.properties ? keys(place, each, new Map(), '- ') : values(place, each, '- ', cursor.listItems());
}

/** The keys the map at the cursor may still get, required ones first; each inserts `key: ` and what its value needs. */
function keys(place: Place, here: Resolved, present: Map<string, string>, dash: string): CompletionItem[] {
  const { cursor } = place;
  if (here.ref === 'text') return languageKeys(place, present, dash);
  const col = cursor.col + dash.length;
  const result: CompletionItem[] = [];
  keysOf(here).forEach(({ key, required, schema }, index) => {
    if (present.has(key)) return;
    const { title = key, markdown: docs = '' } = described(schema.node, place.locale);
    result.push(edit(place, key, cursor.colonFollows ? key : `${dash}${snippetText(key)}${valueSnippet(place, schema, col)}`, {
      kind: CompletionItemKind.Property,
      detail: required ? `${title} (${place.locale === 'de' ? 'Pflichtangabe' : 'required'})` : title,
      documentation: markdown(docs),
      sortText: sortKey(required ? 0 : 1, index),
      insertTextFormat: cursor.colonFollows ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
    }));
  });
  return result;
}

/** What follows `key` in a key completion: the value's shape with a tab stop, or a choice of its values. */
function valueSnippet(place: Place, schema: Resolved, col: number): string {
  const nested = `\n${' '.repeat(col + 2)}`;
  if (isArray(schema)) {
    const each = itemsOf(schema);
    return each && hasKeys(each) ? `:${nested}- $0` : ': [$0]';
  }
  if (hasKeys(schema)) return `:${nested}$0`;
  const choices = constValues(schema).map((v) => scalarFor(v.constant));
  if (choices.length === 1) return `: ${snippetText(choices[0])}`;
  if (choices.length > 1) return `: \${1|${choices.map((c) => c.replace(/[|,\\$}]/g, '\\$&')).join(',')}|}`;
  // a language tag opens its choices like an enum does: the document's languages first
  if (schema.ref === 'languageTag') return `: \${1|${languageTags(place.model).map(([tag]) => tag).join(',')}|}`;
  const suggestion = schema.ref === 'date' ? place.today : schema.ref === 'measureId' ? nextId(place) : undefined;
  return suggestion ? `: \${1:${snippetText(suggestion)}}` : ': $0';
}

/** A schema constant as YAML writes it: strings that YAML would read as numbers ("1.2") are quoted. */
const scalarFor = (value: unknown): string => (typeof value === 'string' ? yamlScalar(value) : String(value));

/** Language tags as the keys of a text's language map (`title:` then `en: ...`): the document's languages first. */
function languageKeys(place: Place, present: Map<string, string>, dash: string): CompletionItem[] {
  return languageTags(place.model).filter(([tag]) => !present.has(tag)).map(([tag, name, own], index) =>
    edit(place, tag, place.cursor.colonFollows ? tag : `${dash}${tag}: $0`, {
      kind: CompletionItemKind.Property,
      detail: name,
      documentation: markdown(place.locale === 'de' ? `Der Text in ${name} (\`${tag}\`).` : `The text in ${name.split(' · ')[0]} (\`${tag}\`).`),
      sortText: sortKey(own ? 0 : 1, index),
      insertTextFormat: place.cursor.colonFollows ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
    }));
}

/** [tag, name, is one of the document's languages]: the document's `languages` (or `language`) first. */
function languageTags(model: TomModel): [string, string, boolean][] {
  const own = documentLanguages(model).all;
  const rest = Object.keys(commonLanguages).filter((t) => !own.includes(t));
  return [...own.map((t): [string, string, boolean] => [t, commonLanguages[t] ?? t, true]), ...rest.map((t): [string, string, boolean] => [t, commonLanguages[t], false])];
}

function documentLanguages(model: TomModel): { language: string; all: string[] } {
  const language = str(get(model.doc, model.meta, 'language')) ?? 'en';
  const listed = publishedLanguages(model);
  return { language, all: listed.length ? listed : [language] };
}

/**
 * The values of a scalar at the cursor: control types, enums (from the schema's `oneOf`), scope ids,
 * language tags, today for dates, the next free id. `dash` prefixes a list item whose `- ` is not typed;
 * `taken` are a list's items already there, which are not offered again.
 */
function values(place: Place, schema: Resolved | undefined, dash: string, taken: string[] = []): CompletionItem[] {
  if (!schema) return [];
  const { cursor, analysis: { text } } = place;
  const framework = mappingFrameworkAt(cursor.path, cursor.what === 'flowItem' ? cursor.key : undefined) ??
    (dash ? mappingFrameworkAt([...cursor.path, item]) : undefined);
  if (framework) {
    const range = { start: text.positionAt(cursor.start), end: text.positionAt(cursor.end) };
    return mappingItems(framework, cursor.partial, taken, range, dash, place.locale);
  }
  const unused = (v: string) => !taken.includes(v);
  const de = place.locale === 'de';
  const value = (label: string, newText: string, kind: CompletionItemKind, detail: string, doc: string, sort: string): CompletionItem =>
    edit(place, label, dash + newText, { kind, detail, documentation: markdown(doc), sortText: sort });
  switch (schema.ref) {
    case 'controlType': return controlTypeValues(place, dash);
    case 'date':
      return [de
        ? value(place.today, place.today, CompletionItemKind.Value, 'Heute', 'Das heutige Datum (`JJJJ-MM-TT`).', '0')
        : value(place.today, place.today, CompletionItemKind.Value, 'Today', 'Today\'s date (`YYYY-MM-DD`).', '0')];
    case 'measureId': {
      const id = nextId(place);
      if (!id) return [];
      return [de
        ? value(id, id, CompletionItemKind.Value, 'Die nächste freie ID', 'Die nächste Maßnahmen-ID dieses Abschnitts, die noch keine Maßnahme verwendet.', '0')
        : value(id, id, CompletionItemKind.Value, 'The next free id', 'The next id of this section that no measure uses yet.', '0')];
    }
    case 'scopeId': return scopeValues(place, dash).filter((i) => unused(i.label));
    case 'countryCode': return locationValues(place, dash).filter((i) => unused(i.label));
    case 'languageTag':
      return languageTags(place.model).filter(([tag]) => unused(tag)).map(([tag, name, own], index) =>
        value(tag, tag, CompletionItemKind.Value, name, `${de ? 'Sprachkennung' : 'Language tag'} \`${tag}\`: ${name}.`, sortKey(own ? 0 : 1, index)));
  }
  return constValues(schema, place.locale).filter((v) => unused(v.value)).map((v, index) =>
    value(v.value, scalarFor(v.constant), CompletionItemKind.EnumMember, v.title, v.markdown, sortKey(0, index)));
}

/** The control types at a section's `type:`, those another section already has last. */
function controlTypeValues(place: Place, dash: string): CompletionItem[] {
  const own = sectionAtCursor(place);
  const used = new Set(place.model.sections.filter((s) => s !== own).map((s) => str(s.type)));
  const { locale } = place;
  const taken = locale === 'de' ? ' (bereits von einem anderen Abschnitt verwendet)' : ' (already used by another section)';
  return controlTypes.map((t, index) => edit(place, t.id, dash + t.id, {
    kind: CompletionItemKind.EnumMember,
    labelDetails: { detail: ` ${t.de}`, description: t.reference },
    detail: `${locale === 'de' ? `${t.de} · ${t.en}` : `${t.en} · ${t.de}`} · ${citation(t.reference, locale)}${used.has(t.id) ? taken : ''}`,
    documentation: markdown(t.markdown[locale]),
    sortText: sortKey(used.has(t.id) ? 1 : 0, index),
  }));
}

/** `EU` and every ISO 3166 code with its English and German name, and what the law says about it. */
function locationValues(place: Place, dash: string): CompletionItem[] {
  return [{ code: 'EU', en: 'European Union', de: 'Europäische Union' }, ...countries].map((c, index) => edit(place, c.code, dash + c.code, {
    kind: CompletionItemKind.Value,
    detail: place.locale === 'de' ? `${c.de} · ${c.en}` : `${c.en} · ${c.de}`,
    documentation: markdown(describeLocation(c.code)[place.locale]),
    filterText: `${c.code} ${c.en} ${c.de}`,
    sortText: sortKey(0, index),
  }));
}

/** The scope ids the document defines, with their titles. */
function scopeValues(place: Place, dash: string): CompletionItem[] {
  const { model } = place;
  const language = documentLanguages(model).language;
  return (model.scopes?.items ?? []).flatMap((pair, index) => {
    const id = str(pair.key);
    if (!id) return [];
    const title = get(model.doc, pair.value, 'title');
    const name = str(title) ?? str(get(model.doc, title, language)) ?? id;
    return [edit(place, id, dash + id, {
      kind: CompletionItemKind.Reference,
      detail: name,
      documentation: markdown(place.locale === 'de' ? `Geltungsbereich \`${id}\`: ${name}, definiert unter \`scopes\`.` : `Scope \`${id}\`: ${name}, defined under \`scopes\`.`),
      sortText: sortKey(0, index),
    })];
  });
}

/** The section the cursor is in, as the model has it: the one whose map starts on or after its `- ` line. */
function sectionAtCursor(place: Place): Section | undefined {
  const { cursor, model } = place;
  if (cursor.path[0] !== 'controls' || cursor.lines.length < 2) return undefined;
  const line = cursor.lines[1];
  const section = model.sections.find((s) => (s.map.range?.[0] ?? -1) >= line);
  return section && (section.map.range?.[0] ?? Infinity) <= cursor.start ? section : undefined;
}

function nextId(place: Place): string | undefined {
  const section = sectionAtCursor(place);
  return section && nextFreeId(place.model, sectionPrefix(section));
}

/**
 * Whole measures from the catalogue for a new item of a section's `measures`, the section's own
 * control type first; `dash`: the line has no `- ` yet.
 */
function measures(place: Place, dash: boolean): CompletionItem[] {
  const id = nextId(place);
  if (!id) return [];
  const type = str(sectionAtCursor(place)?.type);
  const { language, all } = documentLanguages(place.model);
  const col = place.cursor.col + (dash ? 2 : 0);
  return catalogueFor(str(get(place.model.doc, place.model.meta, 'role'))).map((m, index) => {
    const t = controlTypes.find((c) => c.id === m.type);
    const title = catalogueTitle(m, language);
    const yaml = measureYaml(m, id, col, language, all);
    const inserts = `\`\`\`yaml\n- ${measureYaml(m, id, 2, language, all)}\n\`\`\``;
    const de = place.locale === 'de';
    return edit(place, title, (dash ? '- ' : '') + yaml, {
      kind: CompletionItemKind.Snippet,
      detail: `${de ? 'Neue Maßnahme' : 'New measure'} ${id} · ${m.type} · ${m.cia.join(', ')} · ${m.kind}`,
      documentation: markdown(de
        ? `**${m.title.de}**\n\n*${m.title.en}*\n\n${t ? `${t.de} (${t.en}). ` : ''}Fügt ein:\n\n${inserts}`
        : `**${m.title.en}**\n\n*${m.title.de}*\n\n${t ? `${t.en} (${t.de}). ` : ''}Inserts:\n\n${inserts}`),
      filterText: `${m.title.en} ${m.title.de}`,
      // the section's own measures before its keys: a new item in a physical-access section is most
      // likely a physical-access measure; the others after the keys
      sortText: m.type === type ? `/${sortKey(0, index)}` : sortKey(3, index),
      insertTextFormat: InsertTextFormat.PlainText,
      insertTextMode: InsertTextMode.asIs,
    });
  });
}
