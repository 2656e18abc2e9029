/** German or English, from the most common short words: a TOM page is long enough for a clear count. */
const german = new Set(['der', 'die', 'das', 'und', 'ist', 'sind', 'wir', 'mit', 'von', 'für', 'zur', 'zum', 'werden', 'nicht', 'auf', 'den', 'dem', 'des', 'eine', 'einer']);
const english = new Set(['the', 'and', 'is', 'are', 'we', 'with', 'of', 'for', 'to', 'be', 'not', 'on', 'a', 'an', 'in', 'by', 'all', 'that']);

export function detectLanguage(text: string): 'de' | 'en' {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (german.has(word)) de++;
    if (english.has(word)) en++;
  }
  return de > en ? 'de' : 'en';
}
