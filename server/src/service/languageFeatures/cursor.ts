/**
 * Where the cursor is in a TOM document, read from the indentation of the lines around it rather than
 * from the parsed YAML: while the user types, the line under the cursor rarely parses (`cia: [C, `,
 * a lone `- `), but its indentation and the keys above it still say exactly where it belongs.
 *
 * Cost: one walk up from the cursor to its top-level key, and (only when asked) one walk over the
 * block that holds it; lines deeper than the node are skipped by their indentation alone.
 */
import { item, type Segment } from '../schema/schemaPath';
import { lastAtOrBefore } from '../util/sortedSearch';

/** What the cursor is typing. */
export interface Cursor {
  /**
   * `key`: a key of the map at `path` (or, after a list's `- `, an item: `path` then ends in `item`);
   * `value`: the scalar value of `key` in the map at `path`; `flowItem`: an item of `key: [..., |`.
   */
  what: 'key' | 'value' | 'flowItem';
  path: Segment[];
  /** The start offset of the line where each step of `path` was found. */
  lines: number[];
  key?: string;
  /** The line has a `- ` right before the word: a new list item starts here. */
  dash: boolean;
  /** The column of the word (for `value` and `flowItem`: of the key), which continuation lines align to. */
  col: number;
  /** What is typed so far, and the offsets of the text a completion replaces. */
  partial: string;
  start: number;
  end: number;
  /** A `:` already follows the word: a key completion must not add another one. */
  colonFollows: boolean;
  /** The keys (with their value text) already present in the map being typed into, except this line. */
  siblingKeys(): Map<string, string>;
  /** The items already present in the list being typed into, except the one under the cursor. */
  listItems(): string[];
}

/** What a line says about structure: its `- ` indicators and its key, by column. */
interface Shape {
  /** Column of the first indicator or content. */
  indent: number;
  /** Columns of the `- ` indicators. */
  dashes: number[];
  key?: string;
  /** Column of the content after the indicators (the key, if any). */
  contentCol: number;
  /** What follows `key:` without a trailing comment, or the whole content when there is no key. */
  value: string;
}

const shapePattern = /^( *)((?:-(?: +|$))*)(.*)$/;
const keyPattern = /^([A-Za-z0-9_$][\w$.-]*|"[^"]*"|'[^']*') *:(?: +(.*))?$/;
/** A value that leaves the key's content to the following lines: nothing, an anchor or a tag. */
const blockValuePattern = /^([&!]\S*)?$/;

/** The columns of the `-` indicators in `indicators` (`- - `), which starts at column `from`. */
function dashColumns(indicators: string, from: number): number[] {
  const dashes: number[] = [];
  for (let i = 0; i < indicators.length; i++) if (indicators[i] === '-') dashes.push(from + i);
  return dashes;
}

function shapeOf(line: string): Shape | undefined {
  const [, spaces, indicators, rest] = shapePattern.exec(line) as RegExpExecArray;
  if (!indicators && (rest === '' || rest.startsWith('#') || /^(---|\.\.\.)(\s|$)/.test(rest))) return undefined;
  const dashes = dashColumns(indicators, spaces.length);
  const key = keyPattern.exec(rest);
  const value = (key ? key[2] ?? '' : rest).replace(/(^|\s)#.*$/, '').trim();
  return {
    indent: spaces.length,
    dashes,
    key: key ? key[1].replace(/^(["'])(.*)\1$/, '$2') : undefined,
    contentCol: spaces.length + indicators.length,
    value,
  };
}

/**
 * A text with the start and the indentation of each line, built once per document version (a few
 * milliseconds for 10,000 measures), so that walking up and down the lines of a large document
 * looks at one number per line instead of its characters.
 */
export interface Lines {
  text: string;
  count: number;
  starts: Uint32Array;
  /** Leading spaces of each line; `blank` for lines without structure (empty, spaces only, comments). */
  indents: Uint32Array;
}

/** A column beyond every node: the indentation of lines without structure. */
const blank = 0xffffffff;

export function linesOf(text: string): Lines {
  let count = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) count++;
  const starts = new Uint32Array(count);
  const indents = new Uint32Array(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    let c = start;
    while (text.charCodeAt(c) === 32) c++;
    const next = text.charCodeAt(c);
    starts[i] = start;
    indents[i] = Number.isNaN(next) || next === 10 || next === 13 || next === 35 ? blank : c - start;
    start = text.indexOf('\n', c) + 1;
  }
  return { text, count, starts, indents };
}

function lineText({ text, count, starts }: Lines, i: number): string {
  const end = i + 1 < count ? starts[i + 1] - 1 : text.length;
  return text.slice(starts[i], end).replace(/\r$/, '');
}

/** The index of the line holding `offset`. */
function lineOf({ starts }: Lines, offset: number): number {
  return lastAtOrBefore(starts.length, (i) => starts[i], offset);
}

interface Step { segment: Segment; line: number; col: number; shape: Shape }

/**
 * The parent of the node at column `col` (a key, or with `isItem` a list item), searched from the
 * line above `from`: the nearest key with a block value left of it (for an item also at its column,
 * as in `measures:` followed by `- id` at the same indentation), or a `- ` left of it.
 * 'root' at the top of the document; 'scalar' when the node is really the text of a scalar.
 */
function parentAbove(lines: Lines, from: number, col: number, isItem: boolean): Step | 'root' | 'scalar' {
  for (let line = from - 1; line >= 0; line--) {
    if (lines.indents[line] > col) continue;
    const shape = shapeOf(lineText(lines, line));
    if (!shape) continue;
    const keyCol = shape.contentCol;
    if (shape.key !== undefined && (keyCol < col || (isItem && keyCol === col))) {
      return blockValuePattern.test(shape.value) ? { segment: shape.key, line, col: keyCol, shape } : 'scalar';
    }
    const dash = shape.dashes.filter((d) => d < col).pop();
    if (dash !== undefined) return { segment: item, line, col: dash, shape };
    if (shape.indent < col) return 'scalar'; // a plain scalar spread over lines
  }
  return 'root';
}

/** The steps from the root down to the node at `col` on the line at `line` (whose `- ` indicators are `dashes`). */
function pathTo(lines: Lines, line: number, dashes: number[], col: number): Step[] | undefined {
  const steps: Step[] = [];
  let isItem = false;
  for (let guard = 0; guard < 200; guard++) {
    const dash = dashes.filter((d) => d < col).pop();
    if (dash !== undefined) {
      // the node is the content of a `- ` on the same line
      steps.push({ segment: item, line, col: dash, shape: { indent: dash, dashes, contentCol: col, value: '' } });
      col = dash;
      isItem = true;
      continue;
    }
    if (col === 0 && !isItem) break;
    const parent = parentAbove(lines, line, col, isItem);
    if (parent === 'scalar') return undefined;
    if (parent === 'root') break;
    steps.push(parent);
    ({ line, col } = parent);
    isItem = parent.segment === item;
    dashes = parent.shape.dashes.filter((d) => d < col);
  }
  return steps.reverse();
}

/**
 * Calls `visit` for each line at column `col` of the block that starts after the line `parent` (-1:
 * the document) and ends at the first line left of `col`. Deeper lines are skipped unparsed.
 */
function forEachInBlock(lines: Lines, parent: number, col: number, visit: (shape: Shape, line: number) => boolean | void): void {
  for (let line = parent + 1; line < lines.count; line++) {
    const indent = lines.indents[line];
    if (indent > col) continue;
    const shape = shapeOf(lineText(lines, line));
    if (!shape) continue;
    if (indent < col || visit(shape, line) === false) return;
  }
}

const wordAfter = /^[\w$.-]*/;

/** Where the cursor at `offset` is, or undefined where nothing can be completed (inside texts, comments). */
export function cursorAt(lines: Lines, offset: number): Cursor | undefined {
  const line = lineOf(lines, offset);
  const prefix = lines.text.slice(lines.starts[line], offset);
  const after = lineText(lines, line).slice(prefix.length);
  // `s`: a line may hold a character that `.` does not match (U+2028, a lone CR)
  const [, spaces, indicators, rest] = /^( *)((?:- +)*)(.*)$/s.exec(prefix) as RegExpExecArray;
  const dashes = dashColumns(indicators, spaces.length);
  const col = spaces.length + indicators.length;

  let what: Cursor['what'];
  let key: string | undefined;
  let partial: string;
  let tail = (wordAfter.exec(after) as RegExpExecArray)[0];
  const keyValue = /^([A-Za-z0-9_$][\w$.-]*) *: +(.*)$/.exec(rest);
  if (/^[\w$][\w$-]*$|^$/.test(rest)) {
    what = 'key';
    partial = rest;
  } else if (keyValue && keyValue[2].startsWith('[')) {
    if (keyValue[2].includes(']')) return undefined;
    what = 'flowItem';
    key = keyValue[1];
    partial = (/[^\s[,]*$/.exec(keyValue[2]) as RegExpExecArray)[0];
  } else if (keyValue && !/^[{|>#]|\s/.test(keyValue[2])) {
    // no enum value, date or id has a space: after one the value is complete (or it is a text)
    what = 'value';
    key = keyValue[1];
    partial = keyValue[2];
    tail = (/^[^\s#]*/.exec(after) as RegExpExecArray)[0];
  } else {
    return undefined;
  }
  if (what === 'key' && /^\s+\S/.test(after)) return undefined; // in the indentation of a written line

  const steps = pathTo(lines, line, dashes, col);
  if (!steps) return undefined;
  const dash = dashes.length > 0 && dashes[dashes.length - 1] === col - 2;
  const parentLine = steps.length ? steps[steps.length - 1].line : -1;
  return {
    what,
    path: steps.map((s) => s.segment),
    lines: steps.map((s) => lines.starts[s.line]),
    key,
    dash,
    col,
    partial,
    start: offset - partial.length,
    end: offset + tail.length,
    colonFollows: what === 'key' && after.slice(tail.length).trimStart().startsWith(':'),
    siblingKeys() {
      const keys = new Map<string, string>();
      // a map inside a list item starts on the item's own line: `- id: PA-01`
      const first = steps[steps.length - 1]?.shape;
      if (first && first.key !== undefined && first.contentCol === col && parentLine !== line) keys.set(first.key, first.value);
      if (dash) return keys; // a new item: nothing of it is written yet
      forEachInBlock(lines, parentLine, col, (shape, at) => {
        if (at !== line && shape.contentCol === col && shape.key !== undefined) keys.set(shape.key, shape.value);
      });
      return keys;
    },
    listItems() {
      if (what === 'flowItem') {
        const list = (prefix.slice(0, prefix.length - partial.length) + after.slice(tail.length)).replace(/^[^[]*\[|\].*$/g, '');
        return list.split(',').map((s) => s.trim()).filter(Boolean);
      }
      // the list's items start with `- ` at this column; the list ends at anything left of it
      const dashCol = dash ? col - 2 : col;
      const listLine = dash ? (steps[steps.length - 2]?.line ?? -1) : parentLine;
      const found: string[] = [];
      forEachInBlock(lines, listLine, dashCol, (shape, at) => {
        if (shape.dashes[0] !== dashCol) return false;
        if (at !== line && shape.key === undefined) found.push(shape.value);
      });
      return found;
    },
  };
}
