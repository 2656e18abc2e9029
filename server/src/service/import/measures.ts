/** The parts of a measure line: "Title: text" paragraphs and a trailing "(place)" that may be a scope. */

/** "Authentifizierung: Wir führen ..." → label and text. The label is short and no sentence. */
export function labelled(text: string): { label: string; text: string } | undefined {
  const m = /^([\p{Lu}\p{N}][^:]{1,70}?):(?:\s+(\S.*))?$/u.exec(text);
  if (!m || /https?$/i.test(m[1]) || /[.!?]\s/.test(m[1]) || m[1].split(/\s+/).length > 6) return undefined;
  return { label: m[1].trim(), text: m[2]?.trim() ?? '' };
}

/** The last parenthesised group at the end, nested parentheses included: "Lockable rooms (Offices Berlin & Munich)". */
export function trailingPlace(text: string): { rest: string; place: string } | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) {
      const rest = text.slice(0, i).trimEnd();
      const place = text.slice(i + 1, -1).trim();
      return rest && place ? { rest, place } : undefined;
    }
  }
  return undefined;
}
