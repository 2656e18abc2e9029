/**
 * A TOM document cut into its parts by indentation alone: each top-level key, and under `controls`
 * each section's own lines and each of its measures. Each part is parsed on its own (parsedParts.ts),
 * so that an edit re-parses one measure instead of the whole document and a syntax error stays
 * inside its part. Where the lines do not show the structure for certain, there is no layout and the
 * document is parsed whole (docs/performance.md lists the cases).
 */

export type PartKind = 'top' | 'section' | 'measure';

export interface Part {
  kind: PartKind;
  /** Offsets in the text: from the part's first line to the next part's first line (comments and blank lines included). */
  start: number;
  end: number;
  /** For `top`: the key. For `controls`, the sections follow as their own parts. */
  key?: string;
}

/** A top-level key written plainly at column 0: `name:` followed by a space, a value or the end of the line. */
const topKey = /^([A-Za-z_$][\w$.-]*)[ \t]*:(?:[ \t]|$)/;
const keyOnly = (key: string) => new RegExp(`^ *${key}:[ \\t]*(?:#.*)?$`);
const controlsLine = keyOnly('controls');
const measuresLine = keyOnly('measures');

/**
 * The document's parts in text order, or undefined when its structure is not plain block YAML at the
 * top (a list or flow map at the root, directives, `---`, a tab where the indentation is read, a key
 * the lines cannot place): then it is parsed whole.
 */
export function splitParts(text: string): Part[] | undefined {
  const parts: Part[] = [];
  const open = (kind: PartKind, start: number, key?: string) => {
    if (parts.length) parts[parts.length - 1].end = start;
    parts.push({ kind, start, end: text.length, ...(key ? { key } : {}) });
  };
  // where we are: at the top, in `controls` (sections at indent s), in a section (keys at k), in its measures (items at m)
  let state: 'top' | 'controls' | 'section' | 'measures' = 'top';
  let s = -1;
  let k = -1;
  let m = -1;
  let afterMeasuresKey = false;
  // line by line, without an object per line: a keystroke in a large document splits it anew
  for (let start = 0, end = 0; start < text.length; start = end) {
    const nl = text.indexOf('\n', start);
    end = nl < 0 ? text.length : nl + 1;
    let i = start;
    while (text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    // blank lines and comments never decide a boundary: they stay with the part before them
    if (c === 35 /* # */ || c === 10 || c === 13 || i >= end) continue;
    if (c === 9 /* tab */) return undefined;
    const indent = i - start;
    const item = c === 45 /* - */ && (text.charCodeAt(i + 1) === 32 || i + 1 >= end - 1);
    if (indent === 0) {
      const lineText = text.slice(start, end).replace(/\r?\n$/, '');
      const key = topKey.exec(lineText)?.[1];
      if (key === undefined) return undefined;
      if (parts.some((p) => p.key === key)) return undefined; // a duplicate key: the whole parse reports it
      open('top', parts.length ? start : 0, key);
      state = key === 'controls' && controlsLine.test(lineText) ? 'controls' : 'top';
      s = -1;
      continue;
    }
    if (parts.length === 0) return undefined; // indented content before any key
    if (state === 'top') continue;
    if (state === 'controls' && s < 0) {
      if (!item) { state = 'top'; continue; } // `controls:` followed by something other than a list: one part
      s = indent;
    }
    if (indent < s) return undefined;
    if (indent === s) {
      if (!item) return undefined;
      k = sectionKeyIndent(text, start + indent, end);
      if (k < 0) return undefined;
      open('section', start);
      state = 'section';
      afterMeasuresKey = false;
      continue;
    }
    if (state === 'section') {
      if (afterMeasuresKey) {
        afterMeasuresKey = false;
        if (item && indent >= k) {
          m = indent;
          state = 'measures';
          open('measure', start);
          continue;
        }
      }
      if (indent === k && measuresLine.test(text.slice(start, end).replace(/\r?\n$/, ''))) afterMeasuresKey = true;
      continue;
    }
    if (state === 'measures') {
      if (indent > m) continue;
      if (indent === m && item) { open('measure', start); continue; }
      return undefined; // a section key after its measures, or an indentation the lines cannot place
    }
  }
  return parts.length ? parts : undefined;
}

/** Where a section's keys start: the first character after `- `; -1 when the item's content is not on its line. */
function sectionKeyIndent(text: string, dash: number, end: number): number {
  let i = dash + 1;
  while (text.charCodeAt(i) === 32) i++;
  if (i >= end || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 35) return -1;
  return i - text.lastIndexOf('\n', dash) - 1;
}
