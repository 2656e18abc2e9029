/**
 * Which control category a heading-like line names, in German or English, from the names and
 * `x-aliases` of the schema (controlTypes.ts). How sure the match must be depends on how much the
 * line looks like a heading: a Markdown heading may name the category anywhere ("Eingeschränkte
 * Zugriffsrechte und ..."), a "Title: text" paragraph only exactly, or it would swallow measures
 * such as "Verschlüsselung der Daten: ..." into a section of their own.
 */
import { closestControlType, controlTypes, fold, type ControlType } from '../catalogue/controlTypes';

/**
 * - `exact`: the whole text, or its part before "and"/"und"/"&"/",", is a name or alias;
 * - `near`: the whole text is a name or alias up to typos (closestControlType);
 * - `keyword`: besides, some word begins with a name or alias (German compounds: "Zugriffsrechte").
 */
export type Certainty = 'exact' | 'near' | 'keyword';

const names: { type: ControlType; name: string }[] = controlTypes.flatMap((type) =>
  [type.id, type.en, type.de, ...type.aliases].map((n) => ({ type, name: fold(n) })));

const exactly = (text: string) => names.find((n) => n.name === fold(text))?.type;

export function namedControlType(text: string, certainty: Certainty): ControlType | undefined {
  const words = text.replace(/:\s*$/, '');
  const found = exactly(words) ?? exactly(words.split(/\s+(?:und|and|&|\+)\s+|,\s*|\s+\/\s+/)[0]);
  if (found || certainty === 'exact') return found;
  const near = closestControlType(words);
  if (near || certainty === 'near') return near;
  return firstMentioned(words);
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
  text.length <= 120 && !/[.;!?]$/.test(text) && text.split(/\s+/).length <= maxWords;
