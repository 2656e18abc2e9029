/**
 * Place names in subprocessor tables → ISO 3166 alpha-2 codes (or `EU`). Country names and codes
 * are the law data's (`readLocation`); this file adds only what a table writes that is no country:
 * regions of the world and the cities and states where the large cloud regions are.
 */
import { fold } from '../catalogue/controlTypes';
import { readLocation } from '../law/countries';

const places: Record<string, string[]> = {
  EU: ['europe', 'europa', 'eea', 'ewr', 'emea'],
  US: ['amerika', 'america', 'virginia', 'oregon', 'ohio', 'california', 'kalifornien', 'iowa'],
  DE: ['frankfurt', 'berlin', 'munich', 'munchen', 'hamburg', 'nuremberg', 'nurnberg', 'falkenstein', 'cologne', 'koln'],
  IE: ['dublin'],
  NL: ['holland', 'amsterdam', 'eemshaven'],
  FR: ['paris'],
  BE: ['brussels', 'brussel', 'st ghislain'],
  AT: ['vienna', 'wien'],
  CH: ['zurich', 'genf', 'geneva'],
  GB: ['london'],
  SE: ['stockholm'],
  FI: ['hamina', 'helsinki'],
  DK: ['copenhagen', 'kopenhagen'],
  NO: ['oslo'],
  PL: ['warsaw', 'warschau'],
  ES: ['madrid'],
  IT: ['milan', 'mailand'],
  CA: ['montreal', 'toronto'],
  JP: ['tokyo', 'tokio', 'osaka'],
  AU: ['sydney', 'melbourne'],
  IN: ['mumbai'],
  IL: ['tel aviv'],
  BR: ['sao paulo'],
};

const byPlace = new Map(Object.entries(places).flatMap(([code, names]) => names.map((n) => [n, code] as const)));

/** A country's name or code (codes only as written, in capitals: "in" is no India), else a known place. */
function codeOf(phrase: string): string | undefined {
  const location = readLocation(phrase.trim());
  return location.kind === 'unknown' ? byPlace.get(fold(phrase)) : location.code;
}

/** The codes a table cell names ("USA**", "Frankfurt*", "Europa AWS"), and the phrases that name no place. */
export function locationCodes(cell: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of cell.replace(/\*+/g, ' ').split(/[,;/]|\s+(?:und|and|&)\s+/)) {
    const phrase = part.trim();
    if (!/\p{L}/u.test(phrase) || /^(?:n\/?a|none|keine?|entfällt)$/i.test(phrase)) continue;
    const words = phrase.split(/\s+/);
    const found = codeOf(phrase) ?? words.map(codeOf).find(Boolean);
    if (found) codes.push(found);
    else unknown.push(phrase);
  }
  return { codes: [...new Set(codes)], unknown };
}
