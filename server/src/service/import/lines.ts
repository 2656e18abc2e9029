/**
 * Step 1 of the import, reading: plain text, Markdown or HTML → lines with their structure: the
 * text a reader sees, what marks it (heading level, bullet or number, list depth, bold, table
 * cells, front matter, page furniture) and the line of the original file it came from, so that
 * everything the importer cannot place can be reported with its line number.
 */
import { htmlLines } from './html';

export type SourceFormat = 'text' | 'markdown' | 'html';

export interface Line {
  /** 1-based line in the original file. */
  line: number;
  /** The text without its marker (`#`, `-`, `1.`) and without Markdown emphasis. */
  text: string;
  /** The line as written, trimmed: what `x-unmapped` keeps, footnote stars and all. */
  source: string;
  /** Heading level, from Markdown `#`/underlines or HTML `<h1>`–`<h6>`. */
  heading?: number;
  marker?: 'bullet' | 'number';
  /** Leading spaces of the original line (tabs count four): continuation lines are indented. */
  indent: number;
  /** How deep a list item is nested: 0 at the top. */
  depth?: number;
  /** The whole line is bold (`**…**`, `<strong>`): it often stands as a heading. */
  bold?: boolean;
  /** A table row (Markdown pipes or HTML): its cells, and whether it names the columns. */
  cells?: string[];
  header?: boolean;
  /** Which table of the file the row belongs to. */
  table?: number;
  /** Navigation, page header and footer: kept, never read as measures. */
  chrome?: boolean;
  /** A field of YAML front matter or MultiMarkdown metadata ("company: Example GmbH"). */
  meta?: { key: string; value: string };
}

/** By extension first, then by content: a leading tag is HTML, `#` headings are Markdown. */
export function detectFormat(fileName: string | undefined, text: string): SourceFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const start = text.trimStart();
  if (/^<(!doctype|html|head|body|h[1-6]|p|div|ul|ol|table|section|article|main)\b/i.test(start)) return 'html';
  if (/^#{1,6}\s+\S/m.test(text)) return 'markdown';
  return 'text';
}

/** Lines with something to read (a letter or digit); rules, separators and blank lines are markup. */
export function logicalLines(source: string, format: SourceFormat): Line[] {
  if (format === 'html') return htmlLines(source);
  const raw = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: Line[] = [];
  let i = metadata(raw, format, out);
  let blank = true;
  let table = 0;
  for (; i < raw.length; i++) {
    const text = raw[i];
    const line = i + 1;
    // HTML inside Markdown (a table copied from a web page): read by the HTML reader, lines kept.
    if (format === 'markdown' && /^\s*<(table|ul|ol|div|p)\b/i.test(text)) {
      let end = i;
      const tag = /^\s*<([a-z]+)/i.exec(text)![1].toLowerCase();
      while (end < raw.length - 1 && !new RegExp(`</${tag}>`, 'i').test(raw[end])) end++;
      out.push(...htmlLines(raw.slice(i, end + 1).join('\n'), line).map((l) => (l.table ? { ...l, table: l.table + 1000 * line } : l)));
      i = end;
      blank = false;
      continue;
    }
    const underline = /^\s*(=+|-+)\s*$/.exec(text);
    if (underline && format === 'markdown' && underline[1].length >= 3) {
      // A setext underline makes the line above a heading.
      const above = out[out.length - 1];
      if (above && above.line === line - 1 && !above.marker && !above.heading) above.heading = underline[1][0] === '=' ? 1 : 2;
      blank = true;
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(text)) {
      // The separator under a Markdown table header: the row above names the columns.
      const above = out[out.length - 1];
      if (above?.cells) above.header = true;
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(text)) {
      blank = true;
      continue;
    }
    const next = classify(text, line, format !== 'text');
    if (next.cells) next.table = out[out.length - 1]?.cells ? out[out.length - 1].table : ++table;
    const previous = out[out.length - 1];
    if (previous && !blank && continues(previous, next)) {
      previous.text += ` ${next.text}`;
      previous.source += ` ${next.source}`;
    } else out.push(next);
    blank = false;
  }
  return out;
}

/**
 * Whether a line goes on the one before: a list item's indented continuation, or a sentence wrapped
 * in the middle (the line before does not end a sentence, and this one starts in lower case).
 */
function continues(previous: Line, next: Line): boolean {
  if (next.marker || next.heading || next.cells || previous.cells || previous.heading || previous.meta || next.text.includes('|')) return false;
  if (previous.marker && next.indent > previous.indent) return true;
  return /[\p{L}\p{N},)–-]$/u.test(previous.text) && /^\p{Ll}/u.test(next.text);
}

/**
 * YAML front matter (`---` … `---`) or MultiMarkdown metadata (`Title: …` lines at the very top):
 * each field a line of its own, marked `meta`. Returns the index of the first line after it.
 */
function metadata(raw: string[], format: SourceFormat, out: Line[]): number {
  const field = /^([A-Za-zÄÖÜäöü][\wÄÖÜäöüß -]{0,30}):\s*(.*?)\s*$/;
  const push = (i: number) => {
    const m = field.exec(raw[i]);
    const text = raw[i].trim();
    if (m) out.push({ line: i + 1, text, source: text, indent: 0, meta: { key: m[1].trim().toLowerCase(), value: m[2].replace(/^["']|["']$/g, '') } });
    else if (/[\p{L}\p{N}]/u.test(text)) out.push({ line: i + 1, text, source: text, indent: 0, meta: { key: '', value: text } });
  };
  if (/^---\s*$/.test(raw[0] ?? '')) {
    const end = raw.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0 && end < 60) {
      for (let i = 1; i < end; i++) push(i);
      return end + 1;
    }
  }
  if (format === 'markdown' && /^(title|author|date|company|organi[sz]ation|version|base header level|affiliation):/i.test(raw[0] ?? '')) {
    let i = 0;
    while (i < raw.length && field.test(raw[i])) push(i++);
    return i;
  }
  return 0;
}

const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const bullet = /^(?:[-*•–·▪◦►✓✔+]|\\-|o(?=\s+\p{Lu}))\s+(.*)$/u;
const number = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[a-z][.)]|\([a-z]{1,2}\)|\((?:[ivx]{1,5}|\d{1,3})\)|[ivx]{1,5}\.|[IVX]{1,4}\.|[A-H]\.)\s+(.*)$/;

function classify(original: string, line: number, markup: boolean): Line {
  const expanded = original.replace(/\t/g, '    ');
  const indent = expanded.length - expanded.trimStart().length;
  let text = expanded.trim().replace(/^>\s*/, '').replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  const result: Line = { line, text, source: text, indent };
  if (/^\|.*\|$/.test(text) || (markup && /\S\s\|\s\S.*\S\s\|\s\S/.test(text) && text.startsWith('|'))) {
    result.cells = cellsOf(text).map((c) => (markup ? stripEmphasis(c) : c));
    return result;
  }
  if (markup && (m = heading.exec(text))) {
    result.heading = m[1].length;
    text = number.exec(m[2])?.[1] ?? m[2]; // "## 1. Access Control"
  } else if ((m = bullet.exec(text))) {
    result.marker = 'bullet';
    result.depth = Math.floor(indent / 2);
    text = m[1];
  } else if ((m = number.exec(text))) {
    result.marker = 'number';
    result.depth = Math.floor(indent / 2);
    text = m[1];
  }
  if (markup && /^(\*\*|__)[^*_].*\1:?$/.test(text) && !/^(\*\*|__).*\1.*\1/.test(text.slice(2, -2))) result.bold = true;
  result.text = markup ? stripEmphasis(text) : text;
  return result;
}

const cellsOf = (text: string): string[] => {
  const cells = text.split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
};

/** `**bold**`, `__bold__`, `*em*`, `` `code` `` and `[text](url)` as a reader sees them. */
function stripEmphasis(s: string): string {
  return s
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, (_, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
