/** Measure ids: the prefix of a section and the next free number in it. */
import type { TomModel, Section } from './model';
import { str } from './model';

const idPattern = /^([A-Z]{2,5})-([0-9]{2,4})$/;

/** The prefix most measures of the section use, else one derived from the control type ("data-access" → "DA"). */
export function sectionPrefix(section: Section): string {
  const counts = new Map<string, number>();
  for (const m of section.measures) {
    const match = idPattern.exec(str(m.id) ?? '');
    if (match) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  return typePrefix(str(section.type) ?? 'measure');
}

/** The id prefix of a control type: its words' initials, or its first two letters ("data-access" → "DA", "input" → "IN"). */
export function typePrefix(type: string): string {
  const parts = type.split('-');
  return (parts.length > 1 ? parts.map((p) => p[0]).join('') : type.slice(0, 2)).toUpperCase().padEnd(2, 'X');
}

/** The next id with `prefix` that nobody in the document uses, keeping the digits' width (PA-10 → PA-11). */
export function nextFreeId(model: TomModel, prefix: string): string {
  let max = 0;
  let width = 2;
  const used = new Set<string>();
  for (const m of model.measures) {
    const id = str(m.id);
    if (!id) continue;
    used.add(id);
    // most ids have another prefix: a comparison, before the pattern
    const match = id.startsWith(prefix) ? idPattern.exec(id) : null;
    if (match && match[1] === prefix) {
      max = Math.max(max, Number(match[2]));
      width = Math.max(width, match[2].length);
    }
  }
  for (let n = max + 1; ; n++) {
    const id = `${prefix}-${String(n).padStart(width, '0')}`;
    if (!used.has(id) && idPattern.test(id)) return id;
    if (String(n).length > 4) return `${prefix}-${String(n)}`;
  }
}
