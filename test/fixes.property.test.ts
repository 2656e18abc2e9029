import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { doc, read, service } from './helpers/fixtures';
import { checkAllFixes, uri } from './helpers/fixInvariants';

/** A small deterministic PRNG (mulberry32), so that every run mutates the same way. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (text: string, pick: <T>(xs: T[]) => T) => string;

const nth = (text: string, re: RegExp, pick: (xs: number[]) => number, edit: (m: RegExpExecArray) => string) => {
  const all = [...text.matchAll(new RegExp(re, 'g'))];
  if (all.length === 0) return text;
  const m = all[pick(all.map((_, i) => i))] as RegExpExecArray;
  return text.slice(0, m.index) + edit(m) + text.slice(m.index + m[0].length);
};

const mutations: Mutation[] = [
  (t, p) => nth(t, /cia: \[[CIA, ]+\]/, p, (m) => m[0].toLowerCase()),
  (t, p) => nth(t, /cia: \[([CIA]), ([CIA])\]/, p, (m) => `cia: [${m[2]}, ${m[1]}]`),
  (t, p) => nth(t, /cia: \[([CIA])/, p, (m) => `cia: [${m[1]}, ${m[1]}`),
  (t, p) => nth(t, /id: ([A-Z]+)-\d+/, p, (m) => `id: ${m[1]}-01`),
  (t, p) => nth(t, /type: physical-access|type: system-access|type: data-access/, p, (m) => ({ 'type: physical-access': 'type: Zutrittskontrolle', 'type: system-access': 'type: Zugangskontrolle', 'type: data-access': 'type: Zugriffskontrolle' } as Record<string, string>)[m[0]]),
  (t, p) => nth(t, /\n {8}(kind|title|cia): [^\n]*/, p, () => ''),
  (t, p) => nth(t, /\n( {8})kind: /, p, (m) => `\n${m[1]}titel: x\n${m[1]}kind: `),
  (t, p) => nth(t, /kind: technical/, p, () => 'kind: technicl'),
  (t, p) => nth(t, /\n( {8})kind: ([a-z]+)/, p, (m) => `${m[0]}\n${m[1]}status: planned`),
];

test('all offered fixes on 250 mutated documents keep the invariants (seeded, deterministic)', () => {
  const bases = ['unoy-processor.tom.yaml', 'commercetools-processor.tom.yaml'].map((f) => read('examples', f));
  const random = prng(20261125);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  let fixes = 0;
  for (let i = 0; i < 250; i++) {
    let text = pick(bases);
    for (let k = 0; k < 1 + Math.floor(random() * 2); k++) text = pick(mutations)(text, pick);
    fixes += checkAllFixes(text);
    // fix-all never leaves more findings than it found, and only safe fixes run
    const svc = service();
    const before = svc.check(doc(text, uri)).length;
    const after = svc.check(doc(svc.fixAll(doc(text, uri), { safeOnly: true }).text, uri)).length;
    assert.ok(after <= before, `fix-all added findings to document ${i}`);
  }
  assert.ok(fixes > 1200, `only ${fixes} fixes checked`);
});
