/**
 * Deterministic fuzz inputs: mutations of real TOM documents (the shipped examples) and random
 * strings, from a seeded PRNG, so that a failure reproduces from its seed and index.
 */

/** mulberry32: a small, fast, seeded PRNG. Returns numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof prng>;

export const int = (random: Random, below: number) => Math.floor(random() * below);
export const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)];

/** Characters that mean something to YAML, plus a few that YAML or the tools handle specially. */
const significant = [':', '-', ' ', '  ', '\n', '\t', '[', ']', '{', '}', ',', '&a', '*a', '<<: ', '!', '!!str ', '|', '>', "'", '"', '#', '%', '@', '`', '?', '---\n', '...\n', '\r\n', '\uFEFF', '\0', '\uFFFD', '\u2028', 'tom-ignore ', '__proto__: ', 'é', '😀', '\ud800'];

/** Random text: YAML punctuation mixed with letters and, sometimes, any UTF-16 code unit. */
export function randomText(random: Random, length: number): string {
  let s = '';
  while (s.length < length) {
    const r = random();
    s += r < 0.4 ? pick(random, significant) : r < 0.8 ? String.fromCharCode(97 + int(random, 26)) : String.fromCharCode(int(random, 0x10000));
  }
  return s;
}

/** One mutation of a document: delete, duplicate, insert, swap lines, re-indent or truncate. */
export function mutate(random: Random, text: string): string {
  const at = int(random, text.length + 1);
  const span = 1 + int(random, 40);
  switch (int(random, 7)) {
    case 0: return text.slice(0, at) + text.slice(at + span);
    case 1: return text.slice(0, at) + text.slice(at, at + span * 4) + text.slice(at);
    case 2: return text.slice(0, at) + randomText(random, span) + text.slice(at);
    case 3: {
      const lines = text.split('\n');
      const i = int(random, lines.length);
      const j = int(random, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 4: {
      const lines = text.split('\n');
      const i = int(random, lines.length);
      lines[i] = random() < 0.5 ? ` ${lines[i]}` : lines[i].replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
    case 5: return text.slice(0, at);
    default: return text.slice(0, at) + pick(random, significant) + text.slice(at);
  }
}

/**
 * The `count` fuzz inputs for a seed: one in five is random text, the others are an example with one
 * to five mutations.
 */
export function fuzzInputs(seed: number, count: number, examples: readonly string[]): string[] {
  const random = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 5 === 4) {
      out.push(randomText(random, int(random, 3000)));
      continue;
    }
    let text = pick(random, examples);
    for (let m = 1 + int(random, 5); m > 0; m--) text = mutate(random, text);
    out.push(text);
  }
  return out;
}

/** A position inside `text` (0-based line and UTF-16 column), sometimes just past the end. */
export function randomPosition(random: Random, text: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = int(random, lines.length + 1);
  return { line, character: int(random, (lines[line]?.length ?? 0) + 2) };
}
