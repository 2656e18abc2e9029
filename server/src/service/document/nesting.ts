/**
 * A cheap upper bound of how deeply a text nests, computed before the YAML parser sees it.
 *
 * Why: the `yaml` composer recurses once per level, and near the stack limit V8 can abort the whole
 * process (seen here: an out-of-memory abort while compiling a regular expression at ~1,000 levels of
 * `- - - x`), which no try/catch can stop. TOM documents nest about eight levels deep, so refusing
 * anything deeper than `maxNesting` before parsing costs nothing real and keeps the editor alive.
 */
export const maxNesting = 100;

/** The offset where the nesting bound first exceeds `maxNesting`, or -1. Linear, no allocation per line. */
export function excessiveNestingAt(text: string): number {
  let flow = 0;
  let lineStart = 0;
  let indent = 0;
  let atIndent = true; // still in the line's leading spaces and block indicators
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) { // newline
      lineStart = i + 1; indent = 0; atIndent = true; quote = quote === '"' ? quote : '';
      continue;
    }
    if (quote) {
      if (text[i] === quote) quote = '';
      continue;
    }
    if (atIndent) {
      // spaces and block indicators ("- ", "? ", ": ") each open at most one level
      // (indicators are checked here too, so that `- - - …` is reported where it crosses the bound, not at its end)
      if (ch === 32 || ch === 9) { indent++; continue; }
      if ((ch === 45 || ch === 63 || ch === 58) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) { if (++indent + flow > maxNesting) return i; continue; }
      atIndent = false;
    }
    if (ch === 35 && (i === lineStart || text.charCodeAt(i - 1) === 32)) { // comment: skip to end of line
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
      continue;
    }
    if (ch === 39 || ch === 34) { if (flow > 0) quote = text[i]; continue; }
    if (ch === 91 || ch === 123) flow++;
    else if ((ch === 93 || ch === 125) && flow > 0) flow--;
    if (indent + flow > maxNesting) return i;
  }
  return -1;
}
