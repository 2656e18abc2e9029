/**
 * Place names in subprocessor tables → ISO 3166 alpha-2 codes (or `EU`): countries, and the cities
 * where the large cloud regions are, in English and German.
 */
import { fold } from '../catalogue/controlTypes';

const places: Record<string, string[]> = {
  EU: ['eu', 'europe', 'europa', 'european union', 'europaische union', 'eea', 'ewr', 'emea'],
  US: ['us', 'usa', 'united states', 'united states of america', 'vereinigte staaten', 'amerika', 'america', 'virginia', 'oregon', 'ohio', 'california', 'kalifornien', 'iowa'],
  DE: ['de', 'germany', 'deutschland', 'frankfurt', 'berlin', 'munich', 'munchen', 'hamburg', 'nuremberg', 'nurnberg', 'falkenstein', 'cologne', 'koln'],
  IE: ['ie', 'ireland', 'irland', 'dublin'],
  NL: ['nl', 'netherlands', 'niederlande', 'holland', 'amsterdam', 'eemshaven'],
  FR: ['fr', 'france', 'frankreich', 'paris'],
  BE: ['be', 'belgium', 'belgien', 'brussels', 'brussel', 'st ghislain'],
  AT: ['at', 'austria', 'osterreich', 'vienna', 'wien'],
  CH: ['ch', 'switzerland', 'schweiz', 'zurich', 'genf', 'geneva'],
  GB: ['gb', 'uk', 'united kingdom', 'great britain', 'grossbritannien', 'vereinigtes konigreich', 'england', 'london'],
  SE: ['se', 'sweden', 'schweden', 'stockholm'],
  FI: ['fi', 'finland', 'finnland', 'hamina', 'helsinki'],
  DK: ['dk', 'denmark', 'danemark', 'copenhagen', 'kopenhagen'],
  NO: ['no', 'norway', 'norwegen', 'oslo'],
  PL: ['pl', 'poland', 'polen', 'warsaw', 'warschau'],
  ES: ['es', 'spain', 'spanien', 'madrid'],
  IT: ['it', 'italy', 'italien', 'milan', 'mailand'],
  CA: ['ca', 'canada', 'kanada', 'montreal', 'toronto'],
  JP: ['jp', 'japan', 'tokyo', 'tokio', 'osaka'],
  AU: ['au', 'australia', 'australien', 'sydney', 'melbourne'],
  IN: ['in', 'india', 'indien', 'mumbai'],
  SG: ['sg', 'singapore', 'singapur'],
  IL: ['il', 'israel', 'tel aviv'],
  BR: ['br', 'brazil', 'brasilien', 'sao paulo'],
};

const byName = new Map(Object.entries(places).flatMap(([code, names]) => names.map((n) => [n, code] as const)));

/** Two-letter names ("us", "de", "in") count only when written as codes, in capitals. */
function codeOf(phrase: string): string | undefined {
  const code = byName.get(fold(phrase));
  return code && (fold(phrase).length > 2 || phrase.trim() === code) ? code : undefined;
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
