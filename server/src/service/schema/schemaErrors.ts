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
import { rangeOf } from '../rules/rule';

interface PointedNode { node?: Node; key?: Scalar }

/** A JSON pointer's keys and indexes, unescaped. */
const segments = (pointer: string) => pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The pair whose key reads `name` (ajv names keys as strings, so `1:` is "1"). */
const pairNamed = (map: unknown, name: string) =>
  isMap(map) ? map.items.find((p) => isScalar(p.key) && String(p.key.value) === name) : undefined;

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
const typeNames: Record<string, string> = { string: 'a string', object: 'a map (key: value)', array: 'a list', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'empty' };
const kindOf = (v: unknown) => (v === null ? 'empty' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a map' : typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v);

interface SchemaLike { title?: string; description?: string; const?: unknown; oneOf?: SchemaLike[]; anyOf?: SchemaLike[]; pattern?: string }

export interface SchemaErrorOptions {
  doc: Document;
  text: TextDocument;
  add: FindingSink;
  /** Names an organisation profile in each message; absent for the built-in schema. */
  profile?: string;
}

export function reportSchemaErrors(errors: readonly ErrorObject[], { doc, text, add, profile }: SchemaErrorOptions): void {
  const suffix = profile ? ` (profile ${profile})` : '';
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
      if (at?.some((u) => u !== e && e.schemaPath.startsWith(u.schemaPath + '/'))) return true;
    }
    return false;
  };
  const seen = new Set<string>();
  for (const e of errors) {
    if (inBranch(e) || e.keyword === 'propertyNames' || e.keyword === 'if') continue;
    const located = nodeAtPointer(doc, e.instancePath);
    const key = segments(e.instancePath).at(-1) || 'the document';
    const parent = (e.parentSchema ?? {}) as SchemaLike;
    // an empty value (`measures:` with nothing after it) has no width: point at its key instead
    const empty = located.node?.range && located.node.range[0] === located.node.range[1];
    let range: Range | undefined = located.key && (empty || !located.node) ? rangeOf(text, located.key) : located.node ? rangeOf(text, located.node) : undefined;
    let message: string;
    let data: Record<string, unknown> | undefined;
    switch (e.keyword) {
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        range = located.key ? rangeOf(text, located.key) : firstLineOf(text, located.node);
        message = `${e.instancePath ? `${describe(located.node, key)} lacks` : 'The document lacks'} the required key "${missing}": add it.`;
        data = { missingKey: missing };
        break;
      }
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
        const pair = pairNamed(located.node, extra);
        if (!pair) continue; // a key that is a list or map: the YAML syntax finding already covers it
        range = rangeOf(text, pair.key as Node);
        const meant = closestName(extra, allowed);
        message = `Unknown key "${extra}"${meant ? `: did you mean "${meant}"?` : `: allowed here are ${allowed.join(', ')}.`} Extensions start with x-.`;
        data = meant ? { key: extra, replacement: meant } : { key: extra };
        break;
      }
      case 'oneOf':
      case 'anyOf': {
        const alternatives = (e.schema as SchemaLike[]) ?? [];
        if (alternatives.length && alternatives.every((a) => a.const !== undefined)) {
          const allowed = alternatives.map((a) => String(a.const));
          message = enumMessage(key, e.data, allowed);
          data = enumFix(e.data, allowed);
        } else {
          message = `${key} must be one of: ${alternatives.map((a) => a.title ?? a.description ?? 'another form').join('; ')}.`;
        }
        break;
      }
      case 'enum': {
        const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        message = enumMessage(key, e.data, allowed);
        data = enumFix(e.data, allowed);
        break;
      }
      case 'const':
        message = `${key} must be ${show((e.params as { allowedValue: unknown }).allowedValue)}${key === 'tom' ? ' (the format version)' : ''}.`;
        break;
      case 'type': {
        const wanted = String((e.params as { type: string | string[] }).type).split(',');
        message = wanted.includes('object') && wanted.includes('string')
          ? `${key} must be a text: a string, or a map from language to string such as {en: ..., de: ...}; it is ${kindOf(e.data)}.`
          : `${key} must be ${wanted.map((t) => typeNames[t] ?? t).join(' or ')}, not ${kindOf(e.data)}${key === 'tlsMinVersion' && typeof e.data === 'number' ? `: quote it, "${e.data}"` : ''}.`;
        if (key === 'tlsMinVersion' && typeof e.data === 'number') data = { replacement: String(e.data) };
        break;
      }
      case 'pattern':
      case 'format': {
        const propertyName = (e as { propertyName?: string }).propertyName;
        const pair = propertyName === undefined ? undefined : pairNamed(located.node, propertyName);
        if (pair?.key) range = rangeOf(text, pair.key as Node);
        const value = propertyName ?? e.data;
        const what = parent.title ?? 'value';
        message = e.keyword === 'format'
          ? `${show(value)} is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23.`
          : `${show(value)} is not a valid ${what.toLowerCase()}: ${parent.description ? `write ${lowerFirst(parent.description)}` : `it must match ${parent.pattern}`}`;
        break;
      }
      case 'minItems':
        message = key === 'cia'
          ? 'cia needs at least one tag: C (confidentiality), I (integrity) or A (availability).'
          : `${key} needs at least ${(e.params as { limit: number }).limit} item(s).`;
        break;
      case 'uniqueItems': {
        const { i } = e.params as { i: number; j: number };
        const item = isSeq(located.node) ? (located.node.items[i] as Node | undefined) : undefined;
        if (item) range = rangeOf(text, item);
        message = `${show((e.data as unknown[])[i])} is listed twice in ${key}: remove the repeat.`;
        data = { index: i };
        break;
      }
      case 'minLength':
        message = `${key} must not be empty.`;
        break;
      case 'minProperties':
        message = `${key} must name at least one language, e.g. {en: ...}.`;
        break;
      case 'minimum':
      case 'maximum':
        message = `${key} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${(e.params as { limit: number }).limit}.`;
        break;
      default:
        message = `${key}: ${e.message ?? 'is not allowed here'}.`;
    }
    range ??= { start: text.positionAt(0), end: text.positionAt(0) };
    const id = `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    add(finding('schema', range, message + suffix, data));
  }
}

function enumMessage(key: string, value: unknown, allowed: string[]): string {
  if (key !== 'cia' && /^\d+$/.test(key) && allowed.join() === 'C,I,A') {
    return typeof value === 'string' && allowed.includes(value.toUpperCase())
      ? `CIA tags are written in capitals: write ${value.toUpperCase()}.`
      : `${show(value)} is not a CIA tag: use C (confidentiality), I (integrity) or A (availability).`;
  }
  if (typeof value === 'number' && allowed.includes(String(value))) return `${key} must be the text "${value}", not a number: quote it.`;
  const meant = typeof value === 'string' ? closestName(value, allowed) : undefined;
  return `${show(value)} is not a valid ${key}: ${meant ? `did you mean "${meant}"? ` : ''}use ${allowed.length > 2 ? 'one of ' : ''}${allowed.join(allowed.length > 2 ? ', ' : ' or ')}.`;
}

function enumFix(value: unknown, allowed: string[]): Record<string, unknown> | undefined {
  // The value as a string: the fix quotes it where a plain scalar would be a number (tlsMinVersion: 1.2 → "1.2").
  if (typeof value === 'number' && allowed.includes(String(value))) return { replacement: String(value) };
  const meant = typeof value === 'string' ? (allowed.find((a) => a === value.toUpperCase()) ?? closestName(value, allowed)) : undefined;
  return meant ? { replacement: meant } : undefined;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** "Measure PA-01", "Section physical-access", or the key's name, to say which object lacks a key. */
function describe(node: Node | undefined, key: string): string {
  if (isMap(node)) {
    const id = node.get('id');
    if (typeof id === 'string') return `Measure ${id}`;
    const type = node.get('type');
    if (typeof type === 'string') return `Section ${type}`;
    const name = node.get('name');
    if (typeof name === 'string' && name.length <= 60 && !name.includes('\n')) return name;
  }
  return /^\d+$/.test(key) ? `Item ${Number(key) + 1}` : key;
}

/** The first line of a map (its first key and value), to point at an object without its whole body. */
function firstLineOf(text: TextDocument, node: Node | undefined): Range {
  const first = isMap(node) ? node.items[0] : undefined;
  const start = (first?.key as Node | undefined)?.range?.[0] ?? node?.range?.[0] ?? 0;
  const end = (first?.value as Node | undefined)?.range?.[1] ?? (first?.key as Node | undefined)?.range?.[1] ?? start;
  const startPos = text.positionAt(start);
  const endPos = text.positionAt(end);
  if (endPos.line === startPos.line) return { start: startPos, end: endPos };
  const lineText = text.getText({ start: { line: startPos.line, character: 0 }, end: { line: startPos.line + 1, character: 0 } });
  return { start: startPos, end: { line: startPos.line, character: lineText.replace(/\r?\n$/, '').length } };
}
