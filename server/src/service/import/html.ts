/**
 * HTML → lines, read with htmlparser2 (a real, forgiving HTML parser): each heading, paragraph, list
 * item and table row becomes one line with the structure a reader sees (heading level, list depth,
 * bold, table cells, page furniture) and the source line where its text starts.
 */
import { Parser } from 'htmlparser2';
import type { Line } from './lines';
import { lastAtOrBefore } from '../util/sortedSearch';

/** Tags that end a line; everything else (span, a, em...) flows inside it. */
const blockTags = new Set([
  'p', 'div', 'br', 'li', 'tr', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'section', 'article', 'header',
  'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'hr', 'figure', 'figcaption', 'address', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'body', 'html',
]);

/** Elements whose content is never text for the reader. */
const hiddenTags = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg']);
/** Page furniture around the document: kept, but never read as measures. */
const chromeTags = new Set(['nav', 'header', 'footer', 'aside']);
const boldTags = new Set(['strong', 'b']);

interface Open { text: string; line: number; boldChars: number }

/** `firstLine`: the line of the file where `html` starts (HTML inside Markdown). */
export function htmlLines(html: string, firstLine = 1): Line[] {
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => firstLine + lastAtOrBefore(lineStarts.length, (i) => lineStarts[i], offset);

  const out: Line[] = [];
  let current: Open | undefined;
  let hidden = 0;
  let chrome = 0;
  let bold = 0;
  let listDepth = -1;
  let heading: number | undefined;
  let item = false;
  let href: string | undefined;
  let table = 0;
  let row: { cells: string[]; line: number; header: boolean; inHead: boolean } | undefined;
  let cell: Open | undefined;
  let inHead = false;

  const structure = (): Partial<Line> => ({
    ...(heading ? { heading } : {}),
    ...(item ? { marker: 'bullet' as const, depth: Math.max(listDepth, 0) } : {}),
    ...(chrome ? { chrome: true } : {}),
  });
  const flush = () => {
    const text = current?.text.replace(/\s+/g, ' ').trim();
    if (current && text) {
      const allBold = current.boldChars >= text.replace(/\s/g, '').length;
      out.push({ line: current.line, text, source: text, indent: 0, ...structure(), ...(allBold ? { bold: true } : {}) });
    }
    current = undefined;
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (hiddenTags.has(name)) hidden++;
      if (hidden) return;
      if (chromeTags.has(name)) chrome++;
      if (boldTags.has(name)) bold++;
      if (name === 'a') href = /^https?:/i.test(attrs.href ?? '') ? attrs.href : undefined;
      if (name === 'thead') inHead = true;
      if (name === 'table') table++;
      if (name === 'tr') row = { cells: [], line: lineAt(parser.startIndex), header: true, inHead };
      else if ((name === 'td' || name === 'th') && row) {
        cell = { text: '', line: lineAt(parser.startIndex), boldChars: 0 };
        if (name === 'td') row.header = row.inHead;
      } else if (blockTags.has(name)) {
        flush();
        if (/^h[1-6]$/.test(name)) heading = Number(name[1]);
        if (name === 'ul' || name === 'ol') listDepth++;
        if (name === 'li') item = true;
      }
    },
    ontext(data) {
      if (hidden) return;
      if (cell) {
        cell.text += data;
        return;
      }
      if (!current) {
        if (!data.trim()) return;
        current = { text: '', line: lineAt(parser.startIndex + (data.length - data.trimStart().length)), boldChars: 0 };
      }
      current.text += data;
      if (bold) current.boldChars += data.replace(/\s/g, '').length;
    },
    onclosetag(name) {
      if (hiddenTags.has(name)) {
        hidden = Math.max(0, hidden - 1);
        return;
      }
      if (hidden) return;
      if (boldTags.has(name)) bold = Math.max(0, bold - 1);
      if (name === 'a') {
        const target = cell ?? current;
        if (href && target && !target.text.includes(href)) target.text += ` (${href})`;
        href = undefined;
      }
      if (name === 'thead') inHead = false;
      if ((name === 'td' || name === 'th') && row && cell) {
        row.cells.push(cell.text.replace(/\s+/g, ' ').trim());
        cell = undefined;
      } else if (name === 'tr' && row) {
        const cells = row.cells;
        if (cells.some((c) => /[\p{L}\p{N}]/u.test(c))) {
          const text = cells.join(' | ');
          out.push({ line: row.line, text, source: text, indent: 0, cells, table, ...(row.header ? { header: true } : {}), ...(chrome ? { chrome: true } : {}) });
        }
        row = undefined;
      } else if (blockTags.has(name)) {
        flush();
        if (/^h[1-6]$/.test(name)) heading = undefined;
        if (name === 'ul' || name === 'ol') listDepth--;
        if (name === 'li') item = false;
      }
      if (chromeTags.has(name)) chrome = Math.max(0, chrome - 1);
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  flush();
  return out;
}
