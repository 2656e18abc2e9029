/**
 * A fast path for the plain block YAML most TOM parts are written in: key-value lines, lists with
 * dashes, one-line texts (plain or quoted), one-line lists and maps (`[C, I]`, `{en: …, de: …}`) and
 * block texts (`|`, `>`). Such a part is read straight into the yaml library's own nodes, as its
 * parser would build them; anything else (an empty value, anchors, tags, a text running over several
 * lines, tabs, CRs, a duplicate key, whatever might be an error) makes the reader give up, and the
 * part goes to the library.
 *
 * Why: the yaml library's parser spends most of a first check on a large document (about 0.6 s of
 * 0.9 s for 10,000 measures) building a concrete syntax tree this shape does not need. The reader
 * reads the same text in a fraction of that. It decides only where each node begins and ends; what
 * a value means is left to the library: plain values are resolved by the schema's own tags, quoted and
 * block texts by the library's scalar resolver. test/blockReader.property.test.ts holds the two
 * paths equal (nodes, ranges, types, data) on the examples and thousands of mutated parts.
 * Comments are not attached to nodes (nothing reads them there; `tom-ignore` is found in the text).
 */
import { CST, Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type ScalarTag } from 'yaml';
import { lineEnd, lineStart } from './lines';
import { maxNesting } from './nesting';
import { parseOptions } from './parseOptions';

/** The library's core schema and options, with the settings every part is parsed with. */
const { schema, options } = new Document(null, parseOptions);
/** The tags a plain value is tested against, in the schema's order, and the one for everything else. */
const plainTags = schema.tags.filter((t): t is ScalarTag => !t.collection && !!t.test && !!t.default);
const stringTag = schema.tags.find((t) => t.tag === 'tag:yaml.org,2002:str') as ScalarTag;
/** All their tests in one pattern: most values are texts, and one test tells them apart (each pattern is anchored, so a text fails at its first characters). */
const anyPlainTag = new RegExp(plainTags.map((t) => `(?:${t.test!.source})`).join('|'));

/** Thrown (and caught in readBlock) where the text leaves the shape this reader knows. */
const notPlain = new Error('not plain block YAML');

/** Characters the reader leaves to the library wherever they are: tabs, CRs, other controls, BOMs, non-characters. */
const unusual = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;
/** A plain key written as TOM keys are: letters, digits, `_ $ . / -`, followed by a colon and a space or the line's end. */
const keyPattern = /[A-Za-z0-9_$][\w$./-]*:(?= |\n|$)/y;
/** A character that may not begin a plain value here, or begins one this reader does not read. */
const indicator = /[-?:,[\]{}#&*!|>'"%@`]/;
/** Where a plain value in a one-line list ends (or gives up: a comment, a colon, a nested list, a line's end). */
const flowStop = /[,[\]{}#:\n]/;

export interface BlockRead {
  /** The part's root: a block map or a block list. */
  contents: YAMLMap | YAMLSeq;
  /** The same as plain data, as the library's toJS gives it. */
  data: unknown;
}

/**
 * The part `text` (starting at `base` in the document) as the library's nodes and plain data, or
 * undefined when it is not plain block YAML this reader can read exactly.
 */
export function readBlock(text: string, base: number): BlockRead | undefined {
  if (unusual.test(text)) return undefined;
  try {
    return new BlockReader(text, base).read();
  } catch (e) {
    if (e === notPlain) return undefined;
    throw e;
  }
}

interface Read { node: Node; data: unknown }

class BlockReader {
  /** How many collections are open: beyond the nesting bound the part goes to the library, whose caller checks the bound first (nesting.ts). */
  private depth = 0;

  constructor(private readonly text: string, private readonly base: number) {}

  private enter(): void {
    if (++this.depth > maxNesting) throw notPlain;
  }

  read(): BlockRead {
    const first = this.nextContent(0);
    if (first < 0) throw notPlain;
    const indent = this.indentAt(first);
    const at = first + indent;
    const { node, data } = this.isDash(at) ? this.seq(at, indent) : this.map(at, indent);
    // the root collection must have taken every line with content
    if (this.nextContent(this.end(node)) >= 0) throw notPlain;
    return { contents: node as YAMLMap | YAMLSeq, data };
  }

  // --- lines --------------------------------------------------------------------------------------

  /** The start of the line after the one containing `at`, or the text's length. */
  private nextLine(at: number): number {
    return Math.min(lineEnd(this.text, at) + 1, this.text.length);
  }

  private indentAt(line: number): number {
    let i = line;
    while (this.text.charCodeAt(i) === 32) i++;
    return i - line;
  }

  /** The start of the first line at or after `from` (a line's start) with content (not blank, not a comment), or -1. */
  private nextContent(from: number): number {
    for (let line = from; line < this.text.length; line = this.nextLine(line)) {
      const at = line + this.indentAt(line);
      const ch = this.text[at];
      if (at < this.text.length && ch !== '\n' && ch !== '#') return line;
    }
    return -1;
  }

  private isDash(at: number): boolean {
    const next = this.text[at + 1];
    return this.text[at] === '-' && (next === ' ' || next === '\n' || next === undefined);
  }

  private end(node: Node): number {
    return node.range![2] - this.base;
  }

  /**
   * The comment lines between `after` and the next line with content (`next`, -1 at the text's end),
   * as the library places them: where they are indented more than `indent` (a value's collection) or
   * at least as far (a collection that ends here), they belong to the node that ends here, whose range
   * then runs up to that line. Returns that end, or undefined when the comments are not the node's
   * (a comment at column 0 belongs to the document).
   * Comments at different indentations in one run are left to the library.
   */
  private commentsOf(after: number, next: number, indent: number, ofValue: boolean): number | undefined {
    const stop = next < 0 ? this.text.length : next;
    let comments = -1;
    for (let line = after; line < stop; line = this.nextLine(line)) {
      if (this.isBlank(line)) continue;
      if (comments >= 0 && this.indentAt(line) !== comments) throw notPlain;
      comments = this.indentAt(line);
    }
    return comments > indent || (comments === indent && comments > 0 && !ofValue) ? stop : undefined;
  }

  /** The next line with content after a node ending at `after`, in a collection at `indent`: -1 at the end, else it must not be indented further. */
  private nextAt(after: number, indent: number): number {
    const next = this.nextContent(after);
    if (next >= 0 && this.indentAt(next) > indent) throw notPlain;
    return next;
  }

  /** A collection ends: the comments after its last item may be its own (commentsOf). */
  private close(node: YAMLMap | YAMLSeq, start: number, next: number, indent: number): void {
    const last = node.items[node.items.length - 1] as Pair | Node;
    const end = ((last instanceof Pair ? last.value : last) as Node).range![2];
    const own = this.commentsOf(end - this.base, next, indent, false);
    node.range = [start, end, own === undefined ? end : this.base + own];
  }

  // --- collections --------------------------------------------------------------------------------

  /** A block map whose keys stand at column `indent`, the first at `at`. */
  private map(at: number, indent: number): Read {
    this.enter();
    const map = new YAMLMap(schema);
    const data: Record<string, unknown> = {};
    for (;;) {
      const key = this.key(at, data);
      const value = this.valueAfter(key.range![1] - this.base + 1, indent, true);
      map.items.push(new Pair(key, value.node));
      data[key.value] = value.data;
      const next = this.nextAt(this.end(value.node), indent);
      if (next < 0 || this.indentAt(next) < indent) {
        this.close(map, (map.items[0].key as Node).range![0], next, indent);
        this.depth--;
        return { node: map, data };
      }
      at = next + indent;
    }
  }

  /** A plain key at `at`, up to its colon, new in the map whose data so far is `data`. */
  private key(at: number, data: object): Scalar<string> {
    keyPattern.lastIndex = at;
    if (!keyPattern.test(this.text)) throw notPlain;
    const key = this.plain(at, keyPattern.lastIndex - 1, true);
    if (typeof key.value !== 'string' || key.value === '__proto__' || Object.hasOwn(data, key.value)) throw notPlain;
    return key as Scalar<string>;
  }

  /** A block list whose dashes stand at column `indent`, the first at `at`. */
  private seq(at: number, indent: number): Read {
    this.enter();
    const seq = new YAMLSeq(schema);
    const data: unknown[] = [];
    const first = at;
    for (;;) {
      if (!this.isDash(at)) throw notPlain;
      const item = this.item(at + 1, indent);
      seq.items.push(item.node);
      data.push(item.data);
      const next = this.nextAt(this.end(item.node), indent);
      if (next < 0 || this.indentAt(next) < indent) {
        this.close(seq, this.base + first, next, indent);
        this.depth--;
        return { node: seq, data };
      }
      at = next + indent;
    }
  }

  /** A list item after its dash (at `at`): a map begun on the dash's line, a value, or a block below. */
  private item(at: number, indent: number): Read {
    let p = at;
    while (this.text[p] === ' ') p++;
    keyPattern.lastIndex = p;
    if (p > at && keyPattern.test(this.text)) return this.map(p, p - lineStart(this.text, p));
    return this.valueAfter(at, indent, false);
  }

  /**
   * The value after a key's colon or a dash (at `at`, in a collection at column `indent`): on the same
   * line, or a block on the lines below.
   */
  private valueAfter(at: number, indent: number, ofKey: boolean): Read {
    let p = at;
    while (this.text[p] === ' ') p++;
    const ch = this.text[p];
    if (p < this.text.length && ch !== '\n') {
      if (ch === '#') throw notPlain; // a comment right after the indicator: left to the library
      return this.inline(p, indent);
    }
    const next = this.nextContent(this.nextLine(at));
    const below = next < 0 ? -1 : this.indentAt(next);
    // a key's list may stand at the key's own column
    if (below > indent || (ofKey && below === indent && this.isDash(next + below))) {
      return this.isDash(next + below) ? this.seq(next + below, below) : this.map(next + below, below);
    }
    throw notPlain; // an empty value: left to the library
  }

  // --- scalars ------------------------------------------------------------------------------------

  /** A value that begins on its key's or dash's line, at `at`. */
  private inline(at: number, indent: number): Read {
    const ch = this.text[at];
    const read = ch === '"' || ch === "'" ? this.quoted(at)
      : ch === '[' || ch === '{' ? this.flow(at)
        : ch === '|' || ch === '>' ? this.blockText(at, indent)
          : this.plainValue(at);
    const after = this.end(read.node);
    const own = this.commentsOf(after, this.nextAt(after, indent), indent, true);
    if (own !== undefined) {
      if (ch === '|' || ch === '>') throw notPlain; // the lexer reads those lines differently after a block text
      read.node.range![2] = this.base + own;
    }
    return read;
  }

  /** A plain value to the end of its line or its comment. */
  private plainValue(at: number): Read {
    if (!this.plainStart(at, false)) throw notPlain;
    const eol = lineEnd(this.text, at);
    let stop = at;
    while (stop < eol && !(this.text.charCodeAt(stop) === 35 && this.text.charCodeAt(stop - 1) === 32)) stop++; // up to a comment's ` #`
    while (this.text[stop - 1] === ' ') stop--;
    const source = this.text.slice(at, stop);
    if (source.includes(': ') || source.endsWith(':')) throw notPlain;
    const scalar = this.plain(at, stop, false);
    scalar.range![2] = this.base + this.nextLine(at);
    return { node: scalar, data: scalar.value };
  }

  /** Whether a plain value may begin at `at`: not with an indicator, except `-`, `?` or `:` before a character that is one's own (`-5`). */
  private plainStart(at: number, inFlow: boolean): boolean {
    const ch = this.text[at];
    if (ch === '-' || ch === '?' || ch === ':') {
      const next = this.text[at + 1] ?? ' ';
      return next !== ' ' && next !== '\n' && !(inFlow && /[,[\]{}]/.test(next));
    }
    return ch !== undefined && !indicator.test(ch);
  }

  /** A plain scalar from `start` to `stop`, resolved by the schema's tags as the library resolves it. */
  private plain(start: number, stop: number, atKey: boolean): Scalar {
    const source = this.text.slice(start, stop);
    const tag = (anyPlainTag.test(source) && plainTags.find((t) => (t.default === true || atKey) && t.test!.test(source))) || stringTag;
    const resolved = tag.resolve(source, () => { throw notPlain; }, options) as unknown;
    const scalar = resolved instanceof Scalar ? resolved : new Scalar(resolved);
    scalar.range = [this.base + start, this.base + stop, this.base + stop];
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** A quoted text closed on its own line, followed by nothing but a comment. */
  private quoted(at: number): Read {
    const scalar = this.quotedScalar(at);
    this.onlyCommentAfter(scalar.range![1] - this.base);
    scalar.range![2] = this.base + this.nextLine(at);
    return { node: scalar, data: scalar.value };
  }

  /** A quoted text at `at`, closed on the same line; its value is the library's (escapes, `''`). */
  private quotedScalar(at: number): Scalar {
    const quote = this.text[at];
    const eol = lineEnd(this.text, at);
    let close = -1;
    for (let i = at + 1; i < eol && close < 0; i++) {
      const c = this.text[i];
      if (quote === '"' && c === '\\') i++;
      else if (c === quote && quote === "'" && this.text[i + 1] === "'") i++;
      else if (c === quote) close = i;
    }
    if (close < 0) throw notPlain;
    const type = quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
    return this.resolved({ type, offset: this.base + at, indent: 0, source: this.text.slice(at, close + 1) });
  }

  /** After a value: spaces, then the line's end or a comment. */
  private onlyCommentAfter(after: number): void {
    let p = after;
    while (this.text[p] === ' ') p++;
    if (p === this.text.length || this.text[p] === '\n') return;
    if (this.text[p] !== '#' || p === after) throw notPlain;
  }

  /** A one-line list or map of plain or quoted values: `[C, I]`, `["16"]`, `[]`, `{en: Title, de: Titel}`. */
  private flow(at: number): Read {
    const isMap = this.text[at] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? new YAMLMap(schema) : new YAMLSeq(schema);
    node.flow = true;
    const data: Record<string, unknown> | unknown[] = isMap ? {} : [];
    let p = at + 1;
    const spaces = () => { while (this.text[p] === ' ') p++; };
    /** The plain or quoted value at p; p moves past it and the spaces after it, which are the value's. */
    const value = (): Scalar => {
      const scalar = this.flowScalar(p);
      p = scalar.range![1] - this.base;
      spaces();
      scalar.range![2] = this.base + p;
      return scalar;
    };
    spaces();
    while (this.text[p] !== close) {
      if (isMap) {
        const key = this.key(p, data);
        p = key.range![1] - this.base + 1;
        if (this.text[p] !== ' ') throw notPlain;
        spaces();
        const item = value();
        (node as YAMLMap).items.push(new Pair(key, item));
        (data as Record<string, unknown>)[key.value] = item.value;
      } else {
        const item = value();
        (node as YAMLSeq).items.push(item);
        (data as unknown[]).push(item.value);
      }
      if (this.text[p] === ',') {
        p++;
        spaces();
        if (this.text[p] === close) throw notPlain; // a trailing comma: left to the library
      } else if (this.text[p] !== close) throw notPlain;
    }
    this.onlyCommentAfter(p + 1);
    node.range = [this.base + at, this.base + p + 1, this.base + this.nextLine(at)];
    return { node, data };
  }

  /** A quoted or plain value in a one-line list or map. */
  private flowScalar(at: number): Scalar {
    const ch = this.text[at];
    if (ch === '"' || ch === "'") return this.quotedScalar(at);
    if (!this.plainStart(at, true)) throw notPlain;
    let stop = at;
    while (stop < this.text.length && !flowStop.test(this.text[stop])) stop++;
    while (this.text[stop - 1] === ' ') stop--;
    if (stop === at) throw notPlain;
    return this.plain(at, stop, false);
  }

  /**
   * A block text (`|` or `>`, with `-` or `+`): its lines are found as the library's lexer finds them,
   * its value is the library's (CST.resolveAsScalar).
   */
  private blockText(at: number, indent: number): Read {
    const header = /[|>][-+]?/y;
    header.lastIndex = at;
    if (!header.test(this.text)) throw notPlain;
    const headerEnd = header.lastIndex;
    this.onlyCommentAfter(headerEnd);
    const bodyStart = this.nextLine(at);
    if (bodyStart === this.text.length && this.text[bodyStart - 1] !== '\n') throw notPlain;
    // the first line with content sets the text's indentation
    let line = bodyStart;
    while (line < this.text.length && this.isBlank(line)) line = this.nextLine(line);
    if (line >= this.text.length) throw notPlain;
    const textIndent = this.indentAt(line);
    if (textIndent <= indent) throw notPlain;
    // then every line that is blank or indented at least as far
    let end = this.nextLine(line);
    while (end < this.text.length && (this.isBlank(end) || this.indentAt(end) >= textIndent)) end = this.nextLine(end);
    if (this.text[end - 1] !== '\n') throw notPlain;
    // without `+`, blank lines at the end that are not indented further belong to what follows
    if (this.text[headerEnd - 1] !== '+') {
      for (;;) {
        const last = lineStart(this.text, end - 1);
        if (last <= line || !this.isBlank(last) || end - 1 - last > textIndent) break;
        end = last;
      }
    }
    const props: CST.SourceToken[] = [{ type: 'block-scalar-header', offset: this.base + at, indent, source: this.text.slice(at, headerEnd) }];
    const comment = this.text.slice(headerEnd, bodyStart - 1);
    const hash = comment.indexOf('#');
    if (hash > 0) props.push({ type: 'space', offset: this.base + headerEnd, indent, source: comment.slice(0, hash) }, { type: 'comment', offset: this.base + headerEnd + hash, indent, source: comment.slice(hash) });
    else if (comment) props.push({ type: 'space', offset: this.base + headerEnd, indent, source: comment });
    props.push({ type: 'newline', offset: this.base + bodyStart - 1, indent, source: '\n' });
    const token: CST.BlockScalar = { type: 'block-scalar', offset: this.base + at, indent, props, source: this.text.slice(bodyStart, end) };
    const scalar = this.resolved(token);
    return { node: scalar, data: scalar.value };
  }

  /** A quoted or block text as the library resolves it (CST.resolveAsScalar), with the range it gives. */
  private resolved(token: CST.FlowScalar | CST.BlockScalar): Scalar {
    const { value, type, range } = CST.resolveAsScalar(token, true, () => { throw notPlain; })!;
    const scalar = new Scalar(value);
    scalar.range = range;
    scalar.source = value;
    scalar.type = type!;
    return scalar;
  }

  private isBlank(line: number): boolean {
    const at = line + this.indentAt(line);
    return at >= this.text.length || this.text[at] === '\n';
  }
}
