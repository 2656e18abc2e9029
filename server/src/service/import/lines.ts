/**
 * Plain text, Markdown or HTML → logical lines: the text a reader sees, what marks it (heading
 * level, bullet, number) and the line of the original file it came from, so that everything the
 * importer cannot place can be reported with its line number.
 */
import { htmlLines, type RawLine } from './html';

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
  const raw: RawLine[] = format === 'html'
    ? htmlLines(source)
    : source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((text, i) => ({ text, line: i + 1 }));
  const out: Line[] = [];
  for (const { text, line } of raw) {
    const underline = /^\s*(=+|-+)\s*$/.exec(text);
    if (underline && format === 'markdown' && underline[1].length >= 3) {
      // A setext underline makes the line above a heading.
      const above = out[out.length - 1];
      if (above && above.line === line - 1 && !above.marker && !above.heading) above.heading = underline[1][0] === '=' ? 1 : 2;
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const next = classify(text, line, format !== 'text');
    const item = out[out.length - 1];
    // A list item wrapped over several lines, its continuation indented: one logical line.
    if (item?.marker && !next.marker && !next.heading && next.indent > item.indent && !next.text.includes('|')) {
      item.text += ` ${next.text}`;
      item.source += ` ${next.source}`;
    } else out.push(next);
  }
  return out;
}

const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const bullet = /^(?:[-*•–·▪+]|\\-)\s+(.*)$/;
const number = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[a-z][.)]|[IVX]{1,4}\.)\s+(.*)$/;

function classify(original: string, line: number, markup: boolean): Line {
  const expanded = original.replace(/\t/g, '    ');
  const indent = expanded.length - expanded.trimStart().length;
  let text = expanded.trim().replace(/^>\s*/, '').replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  const result: Line = { line, text, source: text, indent };
  if ((m = heading.exec(text))) {
    result.heading = m[1].length;
    text = number.exec(m[2])?.[1] ?? m[2]; // "## 1. Access Control"
  } else if ((m = bullet.exec(text))) {
    result.marker = 'bullet';
    text = m[1];
  } else if ((m = number.exec(text))) {
    result.marker = 'number';
    text = m[1];
  }
  result.text = markup ? stripEmphasis(text) : text;
  return result;
}

/** `**bold**`, `__bold__`, `*em*`, `` `code` `` and `[text](url)` as a reader sees them. */
function stripEmphasis(s: string): string {
  return s
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, (_, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
