/**
 * Prose under a category: one paragraph, one measure per sentence. Definitions ("Zutrittskontrolle
 * bedeutet …", "Physical access control means …"), goals ("Ziel ist …", "The purpose of …") and
 * lead-ins ("Implementierte Maßnahmen:") say what the category is for; they describe the section.
 */

/** Abbreviations whose dot ends no sentence. */
const abbreviation = /(?:\b(?:z|d|u|o|s|e|i|vgl|bzw|ca|ggf|inkl|insb|insbes|evtl|usw|etc|Art|Abs|Nr|lit|Ziff|Dr|Prof|St|Mio|Mrd|e\.g|i\.e|no|vs|approx|incl|cf|Inc|Ltd|Corp|Co)|\b\p{Lu})\.$/u;

export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d„"“(])/u)) {
    const last = out[out.length - 1];
    if (last !== undefined && abbreviation.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

const notMeasure = [
  /\b(?:bedeutet|bezeichnet|versteht man|meint|umfasst alle|ist definiert)\b/i,
  /^(?:das\s+)?(?:ziel|zweck)\s+(?:ist|der|dieser|dieses|von)\b/i,
  /^(?:maßnahmen|massnahmen),?\s+(?:die|um|zur|mit denen|durch die)\b/i,
  /^(?:gewährleistung|sicherstellung),?\s+dass\b/i,
  /^unter\s+.+\s+versteh/i,
  /\b(?:means|refers to|is defined as|is about)\b/i,
  /^the\s+(?:purpose|aim|goal|objective)\s+of\b/i,
  /^(?:measures|controls)\s+(?:that|to|which|designed)\b/i,
  /^(?:implementierte|umgesetzte|folgende|unsere)\s+(?:maßnahmen|massnahmen)\b.*:$/i,
  /^(?:implemented|the following|our)\s+(?:measures|controls)\b.*:$/i,
];

/** A sentence that defines or introduces its category rather than stating a measure. */
export const isDefinition = (sentence: string): boolean => notMeasure.some((re) => re.test(sentence.trim()));
