/**
 * Making document text safe for the page. Everything the author wrote is text, never markup: HTML
 * gets entities, Markdown gets its syntax characters backslashed, and only http(s) URLs become links
 * (a `javascript:` or `data:` URL stays visible as text, so a reviewer sees what was written).
 */

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => htmlEntities[c]);

/**
 * Text for Markdown, always placed after a prefix (list marker, heading marker, table pipe): the
 * characters that can start inline markup are backslashed (HTML tags, entities, emphasis, links,
 * code, table cells), and line breaks become spaces so that a text stays in its block.
 */
export const escapeMarkdown = (s: string): string =>
  s.replace(/\s*\r?\n\s*/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);

/** The URL itself when it is an absolute http or https URL, else undefined (rendered as text). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
