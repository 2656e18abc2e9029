/**
 * Which control category a heading-like line names, in German or English, from the names,
 * `x-aliases` and `x-ambiguousNames` of the schema (controlTypes.ts), the same table the
 * `unknown-control-type` rule uses. How sure the match must be depends on how much the line looks
 * like a heading: a Markdown heading may name the category anywhere ("Eingeschränkte Zugriffsrechte
 * und ..."), a "Title: text" paragraph only exactly, or it would swallow measures such as
 * "Verschlüsselung der Daten: ..." into a section of their own.
 */
import { ambiguousNames, closestControlType, controlType, controlTypes, fold, type ControlType } from '../catalogue/controlTypes';

/**
 * - `exact`: the whole text, or its part before "and"/"und"/"&"/",", is a name or alias;
 * - `near`: the whole text is a name or alias up to typos (closestControlType), or begins with a
 *   name of two words or more ("Physical security of locations at which …");
 * - `keyword`: besides, some word begins with a name or alias (German compounds: "Zugriffsrechte").
 */
export type Certainty = 'exact' | 'near' | 'keyword';

/** What a heading names: one type, or the candidates of a name that several types go by. */
export interface Category { types: ControlType[]; ambiguous: boolean }

const names: { type: ControlType; name: string }[] = controlTypes.flatMap((type) =>
  [type.id, type.en, type.de, ...type.aliases].map((n) => ({ type, name: fold(n) })));
const ambiguous = ambiguousNames.flatMap((a) => a.names.map((n) => ({
  name: fold(n), types: a.types.map(controlType).filter((t): t is ControlType => t !== undefined),
})));
/** Names of two words or more, longest first: a heading may go on after them. */
const prefixes = [...names.map((n) => ({ name: n.name, types: [n.type] })), ...ambiguous]
  .filter((n) => n.name.includes(' ')).sort((a, b) => b.name.length - a.name.length);

const byName = new Map<string, ControlType>();
for (const n of names) if (!byName.has(n.name)) byName.set(n.name, n.type);
const exactly = (text: string) => byName.get(fold(text));

/**
 * The words that name the category, without what surrounds them in published TOMs:
 * "Maßnahmen der Zutrittskontrolle", "Measures for ensuring events logging", "(a) the ability to
 * ensure …", "Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)", "Kontrollziel Integrität".
 */
export function categoryPhrase(text: string): string {
  let s = text.trim().replace(/^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]\s+/i, '').replace(/[:.]\s*$/, '').replace(/\s*\([^()]*(?:art\.|§|dsgvo|gdpr|bdsg|lit\.)[^()]*\)\s*$/i, '');
  const lead = /^(?:maßnahmen|massnahmen)\s+(?:der|zur|zum|für\s+die|für\s+den|für)\s+|^(?:measures|processes|a\s+process|procedures?)\s+(?:of|for|to)\s+|^ensur(?:ing|e)\s+(?:the\s+)?|^(?:the\s+)?ability\s+to\s+(?:ensure\s+)?(?:the\s+)?|^the\s+|^kontrollziel\s+|^control\s+objective\s+/i;
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(lead, '');
  }
  return s;
}

export function categoryOf(text: string, certainty: Certainty): Category | undefined {
  if (text.length > 300) return undefined; // no category's name is that long; a paragraph is no heading
  const words = categoryPhrase(text);
  const folded = fold(words);
  const many = ambiguous.find((a) => a.name === folded);
  if (many) return { types: many.types, ambiguous: true };
  const one = exactly(words) ?? exactly(words.split(/\s+(?:und|and|&|\+)\s+|,\s*|\s+\/\s+/)[0]);
  if (one) return { types: [one], ambiguous: false };
  if (certainty === 'exact') return undefined;
  const prefix = prefixes.find((p) => folded.startsWith(`${p.name} `));
  if (prefix) return { types: prefix.types, ambiguous: prefix.types.length > 1 };
  const near = closestControlType(words);
  // A typo, not another phrase: "Data protection" is near "Data retention" but names neither.
  if (near && sameWords(folded, near)) return { types: [near], ambiguous: false };
  if (certainty === 'near') return undefined;
  const first = firstMentioned(words);
  return first ? { types: [first], ambiguous: false } : undefined;
}

/** Whether the phrase has as many words as some name of the type, each near its counterpart (first letters alike). */
function sameWords(folded: string, type: ControlType): boolean {
  const words = folded.split(' ');
  return [type.id, type.en, type.de, ...type.aliases].map(fold).some((n) => {
    const other = n.split(' ');
    return other.length === words.length && other.every((w, k) => w[0] === words[k][0] && (w.length < 5 || words[k].startsWith(w.slice(0, 2))));
  });
}

/** The one category a line names; for an ambiguous name, the type it most often means. */
export function namedControlType(text: string, certainty: Certainty): ControlType | undefined {
  return categoryOf(text, certainty)?.types[0];
}

/** The category whose name begins a word earliest in the text; the longer name wins a tie. */
function firstMentioned(text: string): ControlType | undefined {
  const folded = ` ${fold(text)}`;
  let best: { type: ControlType; at: number; length: number } | undefined;
  for (const { type, name } of names) {
    const at = folded.indexOf(` ${name}`);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && name.length > best.length)) best = { type, at, length: name.length };
  }
  return best?.type;
}

/** Headings above a subprocessor list: "Subprocessors", "Infrastruktur-Subauftragsverarbeiter", ... */
export const isSubprocessorHeading = (text: string): boolean =>
  /sub-?\s?processors?|(?:sub|unter)-?auftrags-?verarbeit|subunternehmer|sub-?dienstleister|third[- ]party (?:service )?providers/i.test(text);

/** Short, without closing punctuation: a line that can stand as a heading. */
export const isHeadingLike = (text: string, maxWords = 10): boolean =>
  text.length <= 160 && !/[.;!?]$/.test(text) && text.split(/\s+/).length <= maxWords;

/** "Technische Maßnahmen", "Organisational measures:": the kind of the measures below, not a measure. */
export function kindLabel(text: string): 'technical' | 'organizational' | undefined {
  const m = /^(technische|technical|organisatorische|organi[sz]ational)(?:\s+(?:maßnahmen|massnahmen|measures|controls))?\s*:?$/i.exec(text.trim());
  return m ? (/^t/i.test(m[1]) ? 'technical' : 'organizational') : undefined;
}
