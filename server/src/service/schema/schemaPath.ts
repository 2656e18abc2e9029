/**
 * The published JSON Schema at a place in a document: which keys a map there may have, which values
 * a key takes, with their titles and descriptions. Completions read everything from here, so that the
 * schema stays the one place where the format is written down.
 */
import schema from '../../../../schemas/tom.schema.json';
import type { Locale } from '../types';

/** The parts of JSON Schema that the TOM schema uses. */
export interface SchemaNode {
  type?: string | string[];
  title?: string;
  markdownDescription?: string;
  /** The German title and description (docs/format.md): hovers and completions answer in the user's language. */
  'x-de'?: { title?: string; markdownDescription?: string };
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  const?: unknown;
  $ref?: string;
}

/** A schema node with its `$ref` followed; `ref` names the `$defs` entry it came from ("date", "scopeId"). */
export interface Resolved {
  node: SchemaNode;
  ref?: string;
}

/** One step of a path into a document: a map key, or "an item of this list". */
export const item: unique symbol = Symbol('item');
export type Segment = string | typeof item;

const root = schema as unknown as SchemaNode;
const defs = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;

/** Follows a `$ref`; the referring node's own title and description win over the definition's. */
function resolve(node: SchemaNode): Resolved {
  if (!node.$ref) return { node };
  const name = node.$ref.replace('#/$defs/', '');
  const { $ref: _, ...own } = node;
  const def = resolve(defs[name]).node;
  return { node: { ...def, ...own, 'x-de': { ...def['x-de'], ...own['x-de'] } }, ref: name };
}

/** For `a | b` alternatives (evidence: a string or a reference), the one that is a map. */
export function asMap(r: Resolved): Resolved {
  if (r.node.properties) return r;
  for (const alt of r.node.anyOf ?? r.node.oneOf ?? []) {
    const resolved = resolve(alt);
    if (resolved.node.properties) return resolved;
  }
  return r;
}

/** The schema of the node at `path`, or undefined where the schema allows nothing (or anything). */
export function schemaAt(path: readonly Segment[]): Resolved | undefined {
  let current: Resolved = { node: root };
  for (const segment of path) {
    const node = asMap(current).node;
    const next = segment === item
      ? node.items
      : node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    if (!next) return undefined;
    current = resolve(next);
  }
  return current;
}

export const isArray = (r: Resolved): boolean => r.node.type === 'array';

/** A node's title and description in `locale` (English where the schema has no translation). */
export function described(node: Pick<SchemaNode, 'title' | 'markdownDescription' | 'x-de'>, locale: Locale): { title?: string; markdown?: string } {
  const own = locale === 'de' ? node['x-de'] : undefined;
  return { title: own?.title ?? node.title, markdown: own?.markdownDescription ?? node.markdownDescription };
}

/**
 * The values an enum-like node allows (`oneOf` of `const`), with their titles and descriptions;
 * `value` as text, `constant` as the schema has it (the format version is the number 1).
 */
export function constValues(r: Resolved, locale: Locale = 'en'): { value: string; constant: unknown; title: string; markdown: string }[] {
  // an alternative may name another enum (`transferMechanism`: one mechanism, or a map of them)
  const options = r.node.const !== undefined ? [r.node] : (r.node.oneOf ?? []).flatMap((c) => (c.$ref ? resolve(c).node.oneOf ?? [] : [c]));
  return options
    .filter((c) => c.const !== undefined)
    .map((c) => {
      const { title, markdown } = described(c, locale);
      return { value: String(c.const), constant: c.const, title: title ?? '', markdown: markdown ?? '' };
    });
}

/** The keys a map node allows, in schema order, each with whether it is required and its own schema. */
export function keysOf(r: Resolved): { key: string; required: boolean; schema: Resolved }[] {
  const node = asMap(r).node;
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, s]) => ({ key, required: required.has(key), schema: resolve(s) }));
}

/** The schema of each item of an array node. */
export const itemsOf = (r: Resolved): Resolved | undefined => (r.node.items ? resolve(r.node.items) : undefined);

/** Whether values here are maps with keys of their own (a measure, `document`, `scopes`), not scalars or texts. */
export const hasKeys = (r: Resolved): boolean =>
  !!asMap(r).node.properties || (typeof r.node.additionalProperties === 'object' && r.ref !== 'text');
