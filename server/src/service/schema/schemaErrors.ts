/**
 * ajv errors → one clear finding per problem, at the YAML node it concerns: the bad value, the unknown
 * key, the object that lacks a key. Messages are written for a person, never ajv's raw wording.
 */
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { closestName } from '../util/closest';
import { finding, type FindingSink } from '../rules/findings';
import { deref } from '../document/parse';
import { described } from './schemaPath';
import { rangeOf } from '../rules/rule';
import type { Filling, SchemaData } from '../rules/schema';
import type { Locale, Localized } from '../types';

interface PointedNode { node?: Node; key?: Scalar }

/** A JSON pointer's keys and indexes, unescaped. */
const segments = (pointer: string) => pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * The pair whose key reads `name` (ajv names keys as strings, so `1:` is "1"); none without a name.
 * The last one: `1:` and `"1":` are two keys to YAML but one to the data, which keeps the later.
 */
function pairNamed(map: unknown, name: string | undefined) {
  if (!isMap(map)) return undefined;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const p = map.items[i];
    if (isScalar(p.key) && String(p.key.value) === name) return p;
  }
  return undefined;
}

/** The node a JSON pointer names; stops at the deepest node that exists (merge keys may hide the rest). */
function nodeAtPointer(doc: Document, pointer: string): PointedNode {
  let found: PointedNode = { node: doc.contents ?? undefined };
  for (const seg of segments(pointer)) {
    const cur = found.node;
    if (isMap(cur)) {
      const pair = pairNamed(cur, seg);
      if (!pair) break;
      found = { node: deref(doc, pair.value) as Node, key: pair.key as Scalar };
    } else if (isSeq(cur)) {
      const item = cur.items[Number(seg)];
      if (!item) break;
      found = { node: deref(doc, item) as Node };
    } else break;
  }
  return found;
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const typeNames: Record<Locale, Record<string, string>> = {
  en: { string: 'a string', object: 'a map (key: value)', array: 'a list', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'empty' },
  de: { string: 'eine Zeichenkette', object: 'eine Map (Schlüssel: Wert)', array: 'eine Liste', integer: 'eine ganze Zahl', number: 'eine Zahl', boolean: 'true oder false', null: 'leer' },
};
const kindOf = (v: unknown, locale: Locale) => {
  const kind = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  return kind === 'object' ? (locale === 'en' ? 'a map' : 'eine Map') : typeNames[locale][kind] ?? kind;
};
/** Both languages from one function of the language. */
const inEach = (say: (locale: Locale) => string): Localized => ({ en: say('en'), de: say('de') });

/** The schema's patterns in German (their titles and descriptions in the schema are English). */
const patternsDe: Record<string, string> = {
  'Language tag': 'kein gültiges Sprachkürzel: schreiben Sie ein BCP-47-Kürzel wie en, de oder de-AT.',
  'E-mail address': 'keine gültige E-Mail-Adresse: schreiben Sie eine Adresse wie privacy@example.com.',
  'HTTPS URL': 'keine gültige HTTPS-Adresse: schreiben Sie eine Webadresse, die mit https:// beginnt.',
  'Scope id': 'keine gültige Geltungsbereichs-ID: Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, z. B. offices oder eu-datacenter.',
  'Measure id': 'keine gültige Maßnahmen-ID: 2 bis 5 Großbuchstaben, ein Bindestrich und 2 bis 4 Ziffern, z. B. PA-01; eindeutig im Dokument.',
  'Location': 'kein gültiger Ort: ein Ländercode nach ISO 3166 (Alpha-2) wie DE oder US, oder EU.',
};

interface SchemaLike { title?: string; description?: string; 'x-de'?: { title?: string }; const?: unknown; oneOf?: SchemaLike[]; anyOf?: SchemaLike[]; pattern?: string; $ref?: string; type?: string | string[]; properties?: Record<string, SchemaLike> }

export interface SchemaErrorOptions {
  doc: Document;
  text: TextDocument;
  add: FindingSink;
  /** Names an organisation profile in each message; absent for the built-in schema. */
  profile?: string;
}

export function reportSchemaErrors(errors: readonly ErrorObject[], { doc, text, add, profile }: SchemaErrorOptions): void {
  const suffix: Localized = profile ? { en: ` (profile ${profile})`, de: ` (Profil ${profile})` } : { en: '', de: '' };
  // Alternatives of a oneOf/anyOf are reported once, by the umbrella error, not branch by branch.
  // Umbrellas are indexed by instancePath and looked up by each prefix of an error's path: a document
  // with thousands of errors has thousands of umbrellas, and comparing every pair took seconds.
  const umbrellas = new Map<string, ErrorObject[]>();
  for (const u of errors) {
    if (u.keyword !== 'oneOf' && u.keyword !== 'anyOf') continue;
    const at = umbrellas.get(u.instancePath);
    if (at) at.push(u);
    else umbrellas.set(u.instancePath, [u]);
  }
  const inBranch = (e: ErrorObject) => {
    for (let end = 0; end <= e.instancePath.length; end++) {
      const at = umbrellas.get(e.instancePath.slice(0, end));
      if (at?.some((u) => e.schemaPath.startsWith(u.schemaPath + '/'))) return true;
    }
    return false;
  };
  const seen = new Set<string>();
  for (const e of errors) {
    if (inBranch(e) || e.keyword === 'propertyNames' || e.keyword === 'if') continue;
    const located = nodeAtPointer(doc, e.instancePath);
    const path = segments(e.instancePath);
    const { en: key, de: keyDe } = subjectOf(path);
    const parent = (e.parentSchema ?? {}) as SchemaLike;
    // an empty value (`measures:` with nothing after it) has no width: point at its key instead
    const empty = located.node?.range && located.node.range[0] === located.node.range[1];
    let range: Range | undefined = located.key && (empty || !located.node) ? rangeOf(text, located.key) : located.node ? rangeOf(text, located.node) : undefined;
    let message: Localized;
    let data: SchemaData | undefined;
    switch (e.keyword) {
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        range = located.key ? rangeOf(text, located.key) : firstLineOf(text, located.node);
        const what = describe(located.node, path.at(-1) ?? '');
        message = e.instancePath
          ? { en: `${what.en} lacks the required key "${missing}": add it.`, de: `In ${what.de} fehlt der Pflichtschlüssel „${missing}“: ergänzen Sie ihn.` }
          : { en: `The document lacks the required key "${missing}": add it.`, de: `Dem Dokument fehlt der Pflichtschlüssel „${missing}“: ergänzen Sie ihn.` };
        const filling = fillingOf(parent.properties?.[missing]);
        data = { kind: 'missing-key', missingKey: missing, ...(filling ? { filling } : {}) };
        break;
      }
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys(parent.properties ?? {});
        const pair = pairNamed(located.node, extra);
        if (!pair) continue; // a key that is a list or map: the YAML syntax finding already covers it
        range = rangeOf(text, pair.key as Node);
        const meant = closestName(extra, allowed);
        message = {
          en: `Unknown key "${extra}"${meant ? `: did you mean "${meant}"?` : `: allowed here are ${allowed.join(', ')}.`} Extensions start with x-.`,
          de: `Unbekannter Schlüssel „${extra}“${meant ? `: meinten Sie „${meant}“?` : `: erlaubt sind hier ${allowed.join(', ')}.`} Erweiterungen beginnen mit x-.`,
        };
        data = { kind: 'unknown-key', key: extra, ...(meant ? { replacement: meant } : {}) };
        break;
      }
      case 'oneOf':
      case 'anyOf': {
        const alternatives = e.schema as SchemaLike[];
        if (alternatives.length && alternatives.every((a) => a.const !== undefined)) {
          const allowed = alternatives.map((a) => String(a.const));
          message = enumMessage(key, keyDe, e.data, allowed);
          data = enumFix(e.data, allowed);
        } else {
          const other: Localized = { en: 'another form', de: 'eine andere Form' };
          const forms = (locale: Locale) =>
            alternatives.map((a) => described(a, locale).title ?? a.description ?? other[locale]).join('; ');
          message = { en: `${key} must be one of: ${forms('en')}.`, de: `${keyDe} muss eine dieser Formen haben: ${forms('de')}.` };
        }
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        message = enumMessage(key, keyDe, e.data, allowed);
        data = enumFix(e.data, allowed);
        break;
      }
      case 'const': {
        const value = show((e.params as { allowedValue: unknown }).allowedValue);
        message = {
          en: `${key} must be ${value}${key === 'tom' ? ' (the format version)' : ''}.`,
          de: `${keyDe} muss ${value} sein${key === 'tom' ? ' (die Formatversion)' : ''}.`,
        };
        break;
      }
      case 'type': {
        const wanted = String((e.params as { type: string | string[] }).type).split(',');
        const quote = key === 'tlsMinVersion' && typeof e.data === 'number';
        message = wanted.includes('object') && wanted.includes('string')
          ? {
            en: `${key} must be a text: a string, or a map from language to string such as {en: ..., de: ...}; it is ${kindOf(e.data, 'en')}.`,
            de: `${keyDe} muss ein Text sein: eine Zeichenkette oder eine Map von Sprache zu Zeichenkette wie {en: ..., de: ...}; hier ist es ${kindOf(e.data, 'de')}.`,
          }
          : {
            en: `${key} must be ${wanted.map((t) => typeNames.en[t] ?? t).join(' or ')}, not ${kindOf(e.data, 'en')}${quote ? `: quote it, "${e.data}"` : ''}.`,
            de: `${keyDe} muss ${wanted.map((t) => typeNames.de[t] ?? t).join(' oder ')} sein, ist aber ${kindOf(e.data, 'de')}${quote ? `: setzen Sie den Wert in Anführungszeichen, "${e.data}"` : ''}.`,
          };
        if (quote) data = { kind: 'value', replacement: String(e.data) };
        break;
      }
      case 'pattern':
      case 'format': {
        const propertyName = (e as { propertyName?: string }).propertyName;
        const pair = pairNamed(located.node, propertyName);
        if (pair?.key) range = rangeOf(text, pair.key as Node);
        const value = propertyName ?? e.data;
        const what = parent.title ?? 'value';
        const english = parent.description ? `write ${lowerFirst(parent.description)}` : `it must match ${parent.pattern}.`;
        message = e.keyword === 'format'
          ? { en: `${show(value)} is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23.`, de: `${show(value)} ist kein gültiges Datum: schreiben Sie JJJJ-MM-TT, z. B. 2025-01-23.` }
          : {
            en: `${show(value)} is not a valid ${what.toLowerCase()}: ${english}`,
            de: `${show(value)} ist ${patternsDe[what] ?? `ungültig (${what}): ${parent.description ?? `der Wert muss auf ${parent.pattern} passen.`}`}`,
          };
        if (e.keyword === 'format' && propertyName === undefined) data = { kind: 'fill', filling: { expects: 'date' } };
        break;
      }
      case 'minItems':
        message = key === 'cia'
          ? {
            en: 'cia needs at least one tag: C (confidentiality), I (integrity) or A (availability).',
            de: 'cia braucht mindestens ein Kennzeichen: C (Vertraulichkeit), I (Integrität) oder A (Verfügbarkeit).',
          }
          : { en: `${key} needs at least ${itemCount(e.params, 'one item', 'items')}.`, de: `${keyDe} braucht mindestens ${itemCount(e.params, 'einen Eintrag', 'Einträge')}.` };
        if (key === 'cia') data = { kind: 'fill', filling: { expects: 'cia' } };
        break;
      case 'uniqueItems': {
        const { i } = e.params as { i: number; j: number };
        const item = isSeq(located.node) ? (located.node.items[i] as Node | undefined) : undefined;
        if (item) range = rangeOf(text, item);
        const repeated = show((e.data as unknown[])[i]);
        message = { en: `${repeated} is listed twice in ${key}: remove the repeat.`, de: `${repeated} steht zweimal in ${keyDe}: entfernen Sie die Wiederholung.` };
        data = { kind: 'repeat', index: i };
        break;
      }
      case 'minLength':
        message = { en: `${key} must not be empty.`, de: `${keyDe} darf nicht leer sein.` };
        data = { kind: 'fill', filling: { expects: 'text' } };
        break;
      case 'minProperties':
        message = { en: `${key} must name at least one language, e.g. {en: ...}.`, de: `${keyDe} muss mindestens eine Sprache nennen, z. B. {en: ...}.` };
        break;
      case 'minimum':
      case 'maximum':
        const limit = (e.params as { limit: number }).limit;
        message = e.keyword === 'minimum'
          ? { en: `${key} must be at least ${limit}.`, de: `${keyDe} muss mindestens ${limit} sein.` }
          : { en: `${key} must be at most ${limit}.`, de: `${keyDe} darf höchstens ${limit} sein.` };
        break;
      default:
        // ajv words every error (its option `messages` is on)
        message = { en: `${key}: ${e.message}.`, de: `${keyDe} ist so nicht erlaubt (${e.message}).` };
    }
    range ??= { start: text.positionAt(0), end: text.positionAt(0) };
    const id = `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}:${message.en}`;
    if (seen.has(id)) continue;
    seen.add(id);
    add(finding('schema', range, inEach((l) => message[l] + suffix[l]), data));
  }
}

/** What a message names: the key, "item 2 of locations" for a list's entry, or the document. */
function subjectOf(path: readonly string[]): Localized {
  const last = path.at(-1);
  if (!last) return { en: 'the document', de: 'das Dokument' };
  const list = path.at(-2);
  if (/^\d+$/.test(last) && list !== undefined && !/^\d+$/.test(list)) return { en: `item ${+last + 1} of ${list}`, de: `Eintrag ${+last + 1} von ${list}` };
  return { en: last, de: last };
}

function enumMessage(key: string, keyDe: string, value: unknown, allowed: string[]): Localized {
  // the list of CIA tags (a profile's own list of exactly C, I and A is one too)
  if (allowed.join() === 'C,I,A') {
    return typeof value === 'string' && allowed.includes(value.toUpperCase())
      ? { en: `CIA tags are written in capitals: write ${value.toUpperCase()}.`, de: `CIA-Kennzeichen werden großgeschrieben: schreiben Sie ${value.toUpperCase()}.` }
      : {
        en: `${show(value)} is not a CIA tag: use C (confidentiality), I (integrity) or A (availability).`,
        de: `${show(value)} ist kein CIA-Kennzeichen: verwenden Sie C (Vertraulichkeit), I (Integrität) oder A (Verfügbarkeit).`,
      };
  }
  if (typeof value === 'number' && allowed.includes(String(value))) {
    return { en: `${key} must be the text "${value}", not a number: quote it.`, de: `${keyDe} muss der Text "${value}" sein, keine Zahl: setzen Sie ihn in Anführungszeichen.` };
  }
  const meant = typeof value === 'string' ? closestName(value, allowed) : undefined;
  const many = allowed.length > 2;
  return {
    en: `${show(value)} is not a valid ${key}: ${meant ? `did you mean "${meant}"? Use` : 'use'} ${many ? 'one of ' : ''}${allowed.join(many ? ', ' : ' or ')}.`,
    de: `${show(value)} ist kein gültiger Wert für ${keyDe}: ${meant ? `meinten Sie „${meant}“? Verwenden` : 'verwenden'} Sie ${many ? 'einen von ' : ''}${allowed.join(many ? ', ' : ' oder ')}.`,
  };
}

function enumFix(value: unknown, allowed: string[]): SchemaData {
  // The value as a string: the fix quotes it where a plain scalar would be a number (tlsMinVersion: 1.2 → "1.2").
  if (typeof value === 'number' && allowed.includes(String(value))) return { kind: 'value', replacement: String(value) };
  // closestName ignores case: a CIA tag in lower case gets its capital
  const meant = typeof value === 'string' ? closestName(value, allowed) : undefined;
  // no near-miss (an empty value, a wrong word): the fix offers every allowed value to pick from
  return meant ? { kind: 'value', replacement: meant } : { kind: 'fill', filling: { choices: allowed } };
}

/** What a missing key's fix may insert, read from the key's schema: its choices, today's date, or a text to fill in. */
function fillingOf(schema: SchemaLike | undefined): Filling | undefined {
  const choices = schema?.oneOf?.map((a) => a.const).filter((c): c is string => typeof c === 'string');
  if (choices?.length) return { choices };
  if (schema?.$ref === '#/$defs/date') return { expects: 'date' };
  if (schema?.$ref === '#/$defs/text' || schema?.type === 'string') return { expects: 'text' };
  return undefined;
}

/** "one item" or "3 items": the `limit` of a minItems error in words. */
const itemCount = (params: unknown, one: string, many: string) => {
  const { limit } = params as { limit: number };
  return limit === 1 ? one : `${limit} ${many}`;
};

/** A description as the rest of a sentence: "An e-mail address" → "an e-mail address", "A BCP-47 tag" → "a BCP-47 tag"; an acronym stays. */
function lowerFirst(s: string): string {
  return /^[A-Z](?:[a-z]|\s)/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** "Measure PA-01", "Section physical-access", or the key's name, to say which object lacks a key. */
function describe(node: Node | undefined, key: string): Localized {
  if (isMap(node)) {
    const id = node.get('id');
    if (typeof id === 'string') return { en: `Measure ${id}`, de: `Maßnahme ${id}` };
    const type = node.get('type');
    if (typeof type === 'string') return { en: `Section ${type}`, de: `Abschnitt ${type}` };
    const name = node.get('name');
    if (typeof name === 'string' && name.length <= 60 && !name.includes('\n')) return { en: name, de: name };
  }
  return /^\d+$/.test(key) ? { en: `Item ${Number(key) + 1}`, de: `Eintrag ${Number(key) + 1}` } : { en: key, de: key };
}

/** The first line of a map (its first key and value), to point at an object without its whole body. */
function firstLineOf(text: TextDocument, node: Node | undefined): Range {
  const first = isMap(node) ? node.items[0] : undefined;
  const start = (first?.key as Node | undefined)?.range?.[0] ?? node?.range?.[0] ?? 0;
  // an empty map (`- {}`) has no first line of its own: the map itself
  const end = (first?.value as Node | undefined)?.range?.[1] ?? (first?.key as Node | undefined)?.range?.[1] ?? node?.range?.[1] ?? start;
  const startPos = text.positionAt(start);
  const endPos = text.positionAt(end);
  if (endPos.line === startPos.line) return { start: startPos, end: endPos };
  const lineText = text.getText({ start: { line: startPos.line, character: 0 }, end: { line: startPos.line + 1, character: 0 } });
  return { start: startPos, end: { line: startPos.line, character: lineText.replace(/\r?\n$/, '').length } };
}
