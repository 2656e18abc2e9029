/**
 * "Did you mean": the candidate nearest to a misspelt name, if it is near enough to be a typo.
 * The distance counts insertions, deletions, substitutions and swaps of two neighbours ("titel").
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** Up to a quarter of the word may differ (at least one character). */
export function isNear(distance: number, word: string): boolean {
  return distance <= Math.max(1, Math.floor(word.length / 4));
}

export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (name.length > 120) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best !== undefined && isNear(bestDistance, name) ? best : undefined;
}
