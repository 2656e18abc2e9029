import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Finding } from '../server/src/service';
import { doc, read, service } from './helpers/fixtures';
import { checkAllFixes, uri } from './helpers/fixInvariants';
import { prng } from './helpers/fuzz';

type Mutation = (text: string, pick: <T>(xs: T[]) => T) => string;

const nth = (text: string, re: RegExp, pick: (xs: number[]) => number, edit: (m: RegExpExecArray) => string) => {
  const all = [...text.matchAll(new RegExp(re, 'g'))];
  if (all.length === 0) return text;
  const m = all[pick(all.map((_, i) => i))] as RegExpExecArray;
  return text.slice(0, m.index) + edit(m) + text.slice(m.index + m[0].length);
};

/** Small mistakes a person makes in a TOM document, each one a finding with a fix (or a neighbour of one). */
const mutations: Mutation[] = [
  (t, p) => nth(t, /cia: \[[CIA, ]+\]/, p, (m) => m[0].toLowerCase()),
  (t, p) => nth(t, /cia: \[([CIA]), ([CIA])\]/, p, (m) => `cia: [${m[2]}, ${m[1]}]`),
  (t, p) => nth(t, /cia: \[([CIA])/, p, (m) => `cia: [${m[1]}, ${m[1]}`),
  (t, p) => nth(t, /\n( {8})cia: \[([CIA]), ([CIA])\]/, p, (m) => `\n${m[1]}cia:\n${m[1]}  - ${m[3]}\n${m[1]}  - ${m[2]}`),
  (t, p) => nth(t, /id: ([A-Z]+)-\d+/, p, (m) => `id: ${m[1]}-01`),
  (t, p) => nth(t, /type: physical-access|type: system-access|type: data-access/, p, (m) => ({ 'type: physical-access': 'type: Zutrittskontrolle', 'type: system-access': 'type: Zugangskontrolle', 'type: data-access': 'type: Zugriffskontrolle' } as Record<string, string>)[m[0]]),
  (t, p) => nth(t, /type: (transfer|input|order)\n/, p, () => 'type: availability\n'),
  (t, p) => nth(t, /\n {8}(kind|title|cia|id): [^\n]*/, p, () => ''),
  (t, p) => nth(t, /\n( {8})kind: /, p, (m) => `\n${m[1]}titel: x\n${m[1]}kind: `),
  (t, p) => nth(t, /kind: technical|kind: organizational/, p, (m) => m[0].slice(0, -1)),
  (t, p) => nth(t, /\n( {8})kind: ([a-z]+)/, p, (m) => `${m[0]}\n${m[1]}status: ${p(['planned', 'partial'])}`),
  (t, p) => nth(t, /\n {8}due: [^\n]*/, p, () => ''),
  (t, p) => nth(t, /scope: \[([a-z-]+)/, p, (m) => `scope: [${m[1]}x`),
  (t, p) => nth(t, /, de: [^}\n]*\}/, p, () => '}'),
  (t, p) => nth(t, /tlsMinVersion: "1\.[23]"/, p, () => `tlsMinVersion: ${p(['"1.1"', '"1.0"', '1.2'])}`),
  (t, p) => nth(t, /locations: \[(DE|EU)/, p, () => `locations: [${p(['IN', 'US', 'BR'])}`),
  (t, p) => nth(t, /\n {4}transferMechanism: [a-z]+/, p, () => ''),
  (t, p) => nth(t, /reviewed: \d{4}-\d\d-\d\d/, p, () => 'reviewed: 2020-01-01'),
];

/** A finding as fix-all may leave it: rule and message, line numbers left out (fixes that add lines move them). */
const gist = (f: Finding) => `${f.code}: ${f.message.replace(/\d+/g, '#')}`;

test('all offered fixes on 200 mutated documents, LF and CRLF, keep the invariants (seeded, deterministic)', () => {
  const bases = ['unoy-processor.tom.yaml', 'acme-controller.tom.yaml'].map((f) => read('examples', f));
  const random = prng(20261125);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  let fixes = 0;
  let crlf = 0;
  for (let i = 0; i < 200; i++) {
    let text = pick(bases);
    for (let k = 0; k < 1 + Math.floor(random() * 3); k++) text = pick(mutations)(text, pick);
    if (random() < 0.5) { text = text.replace(/\n/g, '\r\n'); crlf++; }
    fixes += checkAllFixes(text);
    // fix-all runs only safe fixes: every finding it leaves was there before; it never adds one
    const svc = service();
    const before = svc.check(doc(text, uri)).map(gist);
    const after = svc.check(doc(svc.fixAll(doc(text, uri), { safeOnly: true }).text, uri)).map(gist);
    const left = [...before];
    const added = after.filter((f) => { const at = left.indexOf(f); if (at < 0) return true; left.splice(at, 1); return false; });
    assert.deepEqual(added, [], `fix-all added findings to document ${i}`);
  }
  assert.ok(crlf > 60, `only ${crlf} CRLF documents`);
  assert.ok(fixes > 1000, `only ${fixes} fixes checked`);
});
