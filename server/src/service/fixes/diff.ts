/**
 * Line differences between a text and its fixed version: the hunks of a fix-all as edits, and the
 * unified diff that `check --fix-dry-run` prints. Myers' O((N+M)·D) algorithm: fixes change few lines.
 */
import type { Edit } from './types';

/** Lines with their line breaks, so that CRLF and a missing final newline survive the round trip. */
const splitLines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

interface Hunk { a: number; aLen: number; b: number; bLen: number }

/** The shortest edit script as hunks of replaced lines (a: old line index, b: new line index). */
function hunks(a: string[], b: string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk back through the trace to find which lines are kept.
  const kept: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) kept.push([--x, --y]);
    if (d > 0) { x = prevX; y = prevY; }
  }
  kept.reverse();
  const out: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  for (const [ka, kb] of [...kept, [n, m] as [number, number]]) {
    if (ka > ai || kb > bi) out.push({ a: ai, aLen: ka - ai, b: bi, bLen: kb - bi });
    ai = ka + 1;
    bi = kb + 1;
  }
  return out;
}

/** The changes from `before` to `after` as whole-line edits (offsets into `before`). */
export function lineEdits(before: string, after: string): Edit[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const offsets = [0];
  for (const line of a) offsets.push(offsets[offsets.length - 1] + line.length);
  return hunks(a, b).map((h) => ({ from: offsets[h.a], to: offsets[h.a + h.aLen], text: b.slice(h.b, h.b + h.bLen).join('') }));
}

/** A unified diff with three lines of context, as `diff -u` and `git apply` read it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const a = splitLines(before);
  const b = splitLines(after);
  const all = hunks(a, b);
  if (all.length === 0) return '';
  const context = 3;
  const show = (prefix: string, line: string) => `${prefix}${line.replace(/\r?\n$/, '')}${line.endsWith('\n') ? '' : '\n\\ No newline at end of file'}\n`;
  let out = `--- a/${path}\n+++ b/${path}\n`;
  for (let i = 0; i < all.length;) {
    // Hunks closer than twice the context are printed together.
    let j = i;
    while (j + 1 < all.length && all[j + 1].a - (all[j].a + all[j].aLen) <= 2 * context) j++;
    const aStart = Math.max(0, all[i].a - context);
    const aEnd = Math.min(a.length, all[j].a + all[j].aLen + context);
    const bStart = all[i].b - (all[i].a - aStart);
    const bEnd = all[j].b + all[j].bLen + (aEnd - (all[j].a + all[j].aLen));
    out += `@@ -${aStart + 1},${aEnd - aStart} +${bStart + 1},${bEnd - bStart} @@\n`;
    let ai = aStart;
    for (let h = i; h <= j; h++) {
      for (; ai < all[h].a; ai++) out += show(' ', a[ai]);
      for (let t = 0; t < all[h].aLen; t++) out += show('-', a[ai + t]);
      for (let t = 0; t < all[h].bLen; t++) out += show('+', b[all[h].b + t]);
      ai += all[h].aLen;
    }
    for (; ai < aEnd; ai++) out += show(' ', a[ai]);
    i = j + 1;
  }
  return out;
}
