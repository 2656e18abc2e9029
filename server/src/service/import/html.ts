/**
 * HTML → text lines, each with the source line where its text starts. A small tag stripper is
 * enough here: published TOM pages are headings, paragraphs, lists and tables. Headings become
 * Markdown `#` lines, list items `- ` lines and table rows `a | b | c` lines, so that the rest of the
 * importer reads HTML exactly like Markdown.
 */
export interface RawLine { text: string; line: number }

/** Tags that end a line; everything else (strong, a, span...) flows inside it. */
const blockTags = new Set([
  'p', 'div', 'br', 'li', 'tr', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'section', 'article', 'header',
  'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'hr', 'figure', 'figcaption', 'address', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption',
]);

/** Elements whose content is never text for the reader. */
const hiddenTags = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg']);

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', bull: '•', middot: '·',
  hellip: '…', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', agrave: 'à',
  euro: '€', copy: '©', reg: '®', trade: '™', sect: '§', deg: '°', times: '×',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] !== '#') return namedEntities[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const tokenPattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<![^>]*>|<\?[^>]*>|[^<]+|</g;

export function htmlLines(html: string): RawLine[] {
  const token = new RegExp(tokenPattern);
  const out: RawLine[] = [];
  let line = 1;
  let current: RawLine | undefined;
  let prefix = '';
  let href: string | undefined;
  const flush = () => {
    if (current && current.text.trim()) out.push({ text: current.text.trim(), line: current.line });
    current = undefined;
    prefix = '';
  };
  const append = (text: string, at: number) => {
    if (!current) {
      if (!text.trim()) return;
      current = { text: prefix, line: at };
      text = text.trimStart();
    }
    current.text += text;
  };

  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [whole, closing, rawName, attrs] = m;
    const at = line;
    line += countNewlines(whole);
    if (rawName === undefined) {
      if (whole.startsWith('<') && whole.length > 1) continue; // comment, doctype, processing instruction
      // Text: whitespace runs are one space; its line is where its first visible character is.
      const lead = whole.length - whole.trimStart().length;
      append(decodeEntities(whole).replace(/\s+/g, ' '), at + countNewlines(whole.slice(0, lead)));
      continue;
    }
    const name = rawName.toLowerCase();
    if (!closing && hiddenTags.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, token.lastIndex);
      const stop = end < 0 ? html.length : end;
      line += countNewlines(html.slice(token.lastIndex, stop));
      token.lastIndex = stop;
      continue;
    }
    if (blockTags.has(name)) {
      flush();
      if (!closing && /^h[1-6]$/.test(name)) prefix = `${'#'.repeat(Number(name[1]))} `;
      else if (!closing && name === 'li') prefix = '- ';
    } else if (name === 'td' || name === 'th') {
      if (!closing && current) current.text += ' | ';
    } else if (name === 'a') {
      if (!closing) href = /\bhref\s*=\s*["']?(https?:[^"'\s>]+)/i.exec(attrs)?.[1];
      else {
        if (href && current && !current.text.includes(href)) current.text += ` (${decodeEntities(href)})`;
        href = undefined;
      }
    }
  }
  flush();
  return out;
}

const countNewlines = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
};
