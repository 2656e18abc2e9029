/**
 * The document assembled from its parts (parts.ts), each parsed on its own and kept by its text: an
 * edit re-parses only the parts whose text changed, and the rest move with the edit (their ranges
 * shift, nothing is parsed again). The result is one YAML document and one plain-data value, as the
 * whole parse gives them, so that everything downstream reads it unchanged.
 */
import { Composer, Document, isCollection, isPair, isScalar, isSeq, Parser, YAMLMap, YAMLSeq, type Node, type Pair, type YAMLError } from 'yaml';
import { readBlock } from './blockReader';
import { excessiveNestingAt } from './nesting';
import { parseOptions } from './parseOptions';
import type { Part, PartKind } from './parts';

/** One part, parsed: its node (a top-level key's pair, a section's or a measure's list item), data and syntax errors. */
export interface ParsedPart {
  /** Its text (a copy, not a slice of the version it came from): the key it is kept by. */
  text: string;
  /** The node's ranges are absolute for a part starting here; a part found elsewhere is shifted first. */
  base: number;
  /** top: the key's pair; section and measure: the list item. */
  node: Pair | Node | null;
  /** top: the key's value; section and measure: the item, as plain data. */
  data: unknown;
  errors: YAMLError[];
  /** Anchors, aliases, tags or merge keys reach across parts: such a document is parsed whole. */
  plain: boolean;
  /** The pair whose value (an empty `measures:` or `controls:`) holds the parts that follow: restored before reuse. */
  hollow?: { pair: Pair; value: unknown; range?: [number, number, number] };
  /** Where a section's or measure's list item begins: its dash (the list of the whole document begins at the first). */
  dash: number;
  /** Set when the part nests beyond the bound: where (absolute), and it was not parsed. */
  deep?: number;
  /** The round it was last used in: one parse serves one place per round (identical measures get their own). */
  round: number;
}

/** The part a section's or measure's node was parsed in: its findings are kept with the part (rules/byPart.ts). */
const parts = new WeakMap<object, ParsedPart>();
export const partOf = (node: object): ParsedPart | undefined => parts.get(node);

/** Anchors (&a), aliases (*a), tags (!x) and merge keys (<<): they make one part depend on another. */
const crossReference = /(?:^|[\s,[{])[&*!][^\s,\]}]|<</m;

function parsePart(text: string, base: number, kind: PartKind): ParsedPart {
  // only plain parts are turned into data: an alias's anchor may be in another part
  const crossing = crossReference.test(text);
  const fast = crossing ? undefined : readBlock(text, base);
  if (fast) return fromContents(text, base, kind, fast.contents, () => fast.data, []);
  // the nesting bound (nesting.ts) before the parser recurses (the reader keeps it by itself)
  const deep = excessiveNestingAt(text);
  if (deep >= 0) return { text, base, node: null, data: undefined, errors: [], plain: false, dash: base, round: -1, deep: base + deep };
  const parser = new Parser();
  parser.offset = base; // ranges and error positions come out absolute, as in the whole document
  const docs = Array.from(new Composer(parseOptions).compose(parser.parse(text)));
  const doc = docs[0];
  if (docs.length === 1 && !crossing) return fromContents(text, base, kind, doc.contents, () => doc.toJS(), doc.errors);
  return { text, base, node: null, data: undefined, errors: doc?.errors ?? [], plain: false, dash: dashOf(doc?.contents, base), round: -1 };
}

const dashOf = (contents: unknown, base: number) => (contents as Node | null)?.range?.[0] ?? base;

/**
 * The part's node and data from its document's contents: a top part is a map of one key, the others a
 * list of one item (`data` is asked for only then: a part of another shape is parsed whole anyway).
 */
function fromContents(text: string, base: number, kind: PartKind, contents: unknown, data: () => unknown, errors: YAMLError[]): ParsedPart {
  const dash = dashOf(contents, base);
  if (kind === 'top' && contents instanceof YAMLMap && contents.items.length === 1) {
    return { text, base, node: contents.items[0] as Pair, data: Object.values(data() as object)[0], errors, plain: true, dash, round: -1 };
  }
  if (kind !== 'top' && isSeq(contents) && contents.items.length === 1) {
    const part: ParsedPart = { text, base, node: contents.items[0] as Node | null, data: (data() as unknown[])[0], errors, plain: true, dash, round: -1 };
    if (part.node) parts.set(part.node, part);
    return part;
  }
  return { text, base, node: null, data: undefined, errors, plain: false, dash, round: -1 };
}

/** Moves every range of a part by `delta`: the edit happened before it. */
function shift(part: ParsedPart, delta: number): void {
  const stack: unknown[] = [part.node];
  while (stack.length) {
    const n = stack.pop() as { range?: number[] | null } | null;
    if (!n) continue;
    if (isPair(n)) {
      stack.push(n.key, n.value);
      continue;
    }
    if (n.range) for (let i = 0; i < n.range.length; i++) n.range[i] += delta;
    if (isCollection(n)) stack.push(...(n.items as unknown[]));
  }
  for (const e of part.errors) e.pos = [e.pos[0] + delta, e.pos[1] + delta];
  if (part.deep !== undefined) part.deep += delta;
  part.dash += delta;
  part.base += delta;
}

/**
 * The parsed parts of a document's last version, kept for the next. The parts an edit cannot have
 * touched (wholly before it, or wholly after it) are found by their place, without reading their
 * text; the others are looked up by their text among the last version's parts the edit did touch
 * (a part moved, or an edit undone), else parsed. The work is proportional to the edit.
 */
export class PartCache {
  private round = 0;
  /** The last version's text and its parts in text order. */
  private text?: string;
  private placed: Placed[] = [];

  /** The parts of `text`, parsed or kept from the last version. */
  takeAll(text: string, parts: readonly Part[]): ParsedPart[] {
    const before = this.text ?? '';
    const [head, tail] = unchangedEnds(before, text);
    const delta = text.length - before.length;
    // the last version's part that started at `start`: both lists are in text order, and so are the
    // starts asked for, so one cursor walks the old list once
    const last = this.placed;
    let cursor = 0;
    const startingAt = (start: number) => {
      while (cursor < last.length && last[cursor].start < start) cursor++;
      return last[cursor]?.start === start ? last[cursor] : undefined;
    };
    // the last version's parts the edit touched, by kind and text, made when first needed
    let touched: Map<string, ParsedPart[]> | undefined;
    const byText = (kind: PartKind, partText: string) => {
      touched ??= groupByText(this.placed.filter((p) => p.end > head && p.start < before.length - tail));
      return touched.get(kind + partText)?.find((p) => p.round !== this.round);
    };
    const placed: Placed[] = [];
    const taken = parts.map((p) => {
      const length = p.end - p.start;
      const same = p.end <= head ? startingAt(p.start) : p.start >= text.length - tail ? startingAt(p.start - delta) : undefined;
      let part = same && same.kind === p.kind && same.end - same.start === length && same.part.round !== this.round ? same.part : undefined;
      if (!part) {
        const partText = text.slice(p.start, p.end);
        // a copy of the text: a slice would keep the whole version's text alive as long as the part
        part = byText(p.kind, partText) ?? parsePart(copyOf(partText), p.start, p.kind);
      }
      placed.push({ kind: p.kind, start: p.start, end: p.end, part });
      return use(part, p.start, this.round);
    });
    this.text = text;
    this.placed = placed;
    this.round++;
    return taken;
  }
}

interface Placed { kind: PartKind; start: number; end: number; part: ParsedPart }

const groupByText = (placed: readonly Placed[]) => {
  const groups = new Map<string, ParsedPart[]>();
  for (const { kind, part } of placed) {
    const key = kind + part.text;
    const same = groups.get(key);
    if (same) same.push(part);
    else groups.set(key, [part]);
  }
  return groups;
};

/** Puts a part to use in a version at `start`: restored where the last version hollowed it out, and moved there. */
function use(part: ParsedPart, start: number, round: number): ParsedPart {
  if (part.hollow) {
    part.hollow.pair.value = part.hollow.value;
    if (part.hollow.range) (part.node as Node).range = [...part.hollow.range];
    part.hollow = undefined;
  }
  if (part.base !== start) shift(part, start - part.base);
  part.round = round;
  return part;
}

/**
 * How many characters at the start and at the end two texts share (not overlapping): compared a
 * block at a time, since equal blocks compare as fast as memory does, then a character at a time.
 */
function unchangedEnds(a: string, b: string): [number, number] {
  const most = Math.min(a.length, b.length);
  const block = 4096;
  let head = 0;
  while (head + block <= most && a.slice(head, head + block) === b.slice(head, head + block)) head += block;
  while (head < most && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail + block <= most - head && a.slice(a.length - tail - block, a.length - tail) === b.slice(b.length - tail - block, b.length - tail)) tail += block;
  while (tail < most - head && a.charCodeAt(a.length - tail - 1) === b.charCodeAt(b.length - tail - 1)) tail++;
  return [head, tail];
}

const copyOf = (s: string) => (' ' + s).slice(1);

export interface Assembled {
  /** Where a part nests beyond the bound: then nothing else is set and the document is not analysed. */
  deep?: number;
  doc?: Document.Parsed;
  data: unknown;
  /** Offsets of the parts with syntax errors: schema findings there are the error's echo, not the author's. */
  broken: [number, number][];
}

/**
 * The parts as one document, or undefined when a part does not fit its place (not plain, or not the
 * shape its lines promised): then the caller parses the text whole.
 */
export function assemble(text: string, parts: readonly Part[], cache: PartCache): Assembled | undefined {
  const taken = cache.takeAll(text, parts);
  const deep = taken.find((t) => t.deep !== undefined);
  if (deep) return { deep: deep.deep, data: undefined, broken: [] };
  if (taken.some((t) => !t.plain)) return undefined;
  const root = new YAMLMap();
  const data: Record<string, unknown> = {};
  const errors: YAMLError[] = [];
  const broken: [number, number][] = [];
  let controls: { seq: YAMLSeq; data: unknown[] } | undefined;
  let section: { seq: YAMLSeq; data: unknown[] } | undefined;
  const hollowed: [ParsedPart, number][] = []; // with the dash of the first item that fills it
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const parsed = taken[i];
    const own = firstErrors(parsed.errors);
    if (own.length) {
      errors.push(...own);
      broken.push([part.start, part.end]);
    }
    const next = parts[i + 1]?.kind;
    if (part.kind === 'top') {
      const pair = parsed.node as Pair;
      root.items.push(pair);
      setKey(data, String((pair.key as { value?: unknown }).value), parsed.data);
      controls = undefined;
      if (next === 'section') {
        controls = hollowOut(parsed, pair);
        if (!controls) return undefined;
        hollowed.push([parsed, taken[i + 1].dash]);
        setKey(data, part.key!, controls.data);
      }
    } else if (part.kind === 'section') {
      if (!controls) return undefined;
      const map = parsed.node;
      controls.seq.items.push(map);
      section = undefined;
      if (next === 'measure') {
        const pair = map instanceof YAMLMap ? map.items[map.items.length - 1] : undefined;
        if (!pair || !isScalar(pair.key) || pair.key.value !== 'measures') return undefined;
        section = hollowOut(parsed, pair, map as YAMLMap);
        if (!section) return undefined;
        hollowed.push([parsed, taken[i + 1].dash]);
        controls.data.push({ ...(parsed.data as object), measures: section.data });
      } else controls.data.push(parsed.data);
    } else {
      if (!section) return undefined;
      section.seq.items.push(parsed.node);
      section.data.push(parsed.data);
    }
  }
  // innermost first: a section's end is known before the list of sections ends with it
  for (const [parsed, firstDash] of hollowed.reverse()) close(parsed, firstDash);
  const first = root.items[0]?.key as Node | undefined;
  root.range = [first?.range?.[0] ?? 0, text.length, text.length];
  const doc = new Document(undefined, parseOptions) as Document.Parsed;
  doc.contents = root as never;
  doc.errors = errors;
  doc.range = [0, text.length, text.length];
  return { doc, data, broken };
}

/**
 * A key written alone (`controls:`, `measures:`) whose items are the parts that follow: its value
 * becomes a new list they are added to. The map holding it grows to its last item in close().
 */
function hollowOut(parsed: ParsedPart, pair: Pair, map?: YAMLMap): { seq: YAMLSeq; data: unknown[] } | undefined {
  const value = pair.value;
  if (value !== null && !(isScalar(value) && value.value === null)) return undefined;
  const seq = new YAMLSeq();
  parsed.hollow = { pair, value, range: map?.range ? [...map.range] as [number, number, number] : undefined };
  pair.value = seq;
  return { seq, data: [] };
}

/** The new list's range runs from its first item's dash to the end of its last item, as the whole parse has it. */
function close(parsed: ParsedPart, firstDash: number): void {
  const seq = parsed.hollow!.pair.value as YAMLSeq;
  const last = seq.items[seq.items.length - 1] as Node | null;
  const end = last?.range?.[2] ?? firstDash;
  seq.range = [firstDash, end, end];
  if (parsed.hollow!.range) {
    const map = parsed.node as Node;
    map.range = [map.range![0], end, end];
  }
}

/**
 * A part's first syntax error, without its echoes: once the parser loses its way in a part it reports
 * every later token as unexpected, or every later line as misaligned (a tab after a dash), and one
 * slip can make two errors at one place. The first says where the problem is; the parts after it
 * are parsed on their own, so their errors still show.
 */
const firstErrors = (errors: readonly YAMLError[]): YAMLError[] => errors.slice(0, 1);

/** As yaml's toJS sets a key: a `__proto__` key is an own property, never the object's prototype. */
const setKey = (data: object, key: string, value: unknown) =>
  Object.defineProperty(data, key, { value, writable: true, enumerable: true, configurable: true });
