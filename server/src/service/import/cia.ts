/** CIA tags written after a measure: "(C, I, A)", "(C,I)", "[I]", "(Confidentiality, Integrity)". */
import { ciaOrder, type Cia } from '../catalogue/controlTypes';

const words: Record<string, Cia> = {
  c: 'C', i: 'I', a: 'A',
  confidentiality: 'C', integrity: 'I', availability: 'A',
  vertraulichkeit: 'C', integrität: 'I', verfügbarkeit: 'A',
};
const tag = '(?:[CIA]|[Cc]onfidentiality|[Ii]ntegrity|[Aa]vailability|[Vv]ertraulichkeit|[Ii]ntegrität|[Vv]erfügbarkeit)';
const trailing = new RegExp(`\\s*[([]\\s*(${tag}(?:\\s*(?:[,;/&+]|and|und)\\s*${tag})*)\\s*[)\\]]\\s*[.;]?\\s*$`);

/** The tags in canonical order and the text before them, or undefined when the text ends otherwise. */
export function trailingCia(text: string): { rest: string; cia: Cia[] } | undefined {
  const m = trailing.exec(text);
  if (!m) return undefined;
  const found = new Set(m[1].split(/\s*(?:[,;/&+]|\band\b|\bund\b)\s*/).map((w) => words[w.trim().toLowerCase()]));
  return { rest: text.slice(0, m.index).trimEnd(), cia: ciaOrder.filter((t) => found.has(t)) };
}
