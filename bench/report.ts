/** The benchmark's results as Markdown: one table per document size, ratios, targets, the machine, and how to reproduce. */
import type { Machine } from './machine';
import { budgets, edits, type Latencies, type Measurement } from './measure';
import { debounceMs } from '../server/src/lsp/diagnostics';

export interface Row { measures: number; chars: number; floorMs: number; ours: Measurement; yamlLs: Measurement }

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? 'n/a' : v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v).toLocaleString('en')} ms`);
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
const seconds = (v: number) => `${(v / 1000).toFixed(0)} s`;

/** "p50 / p95 / max", with how many were answered when the budget ran out. */
const latencyCell = (l: Latencies, of: number, what: string) => {
  const timedOut = l.timedOutAfterMs !== undefined ? `; **timed out after ${l.done} of ${of} ${what}** (the next had no answer after ${seconds(l.timedOutAfterMs)})` : '';
  return l.done === 0 && timedOut ? timedOut.slice(2) : `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.max)}${l.done < of && !timedOut ? ` (${l.done} of ${of})` : ''}${timedOut}`;
};
const completionCell = (m: Measurement, what: keyof Measurement['completion']) => {
  const c = m.completion[what];
  if (!c) return 'not offered';
  const items = c.done === 0 ? '' : c.right ? ', right items' : `, **wrong items** (missing ${c.missing.join(', ')})`;
  return `${c.done ? `${ms(c.p50)} / ${ms(c.p95)}` : ''}${c.timedOutAfterMs !== undefined ? ` **timed out after ${c.done} of 20**` : ''}${items}`;
};
const foundCell = (m: Measurement) => {
  if (m.firstDiagnosticsMs === undefined) return `no diagnostics within ${seconds(budgets.firstDiagnosticsMs)}`;
  const missed = Object.entries(m.found).filter(([, ok]) => !ok).map(([what]) => what);
  return missed.length ? `missed: ${missed.join(', ')}` : 'all, at their place';
};

function table(r: Row): string {
  const { ours, yamlLs: y } = r;
  const line = (label: string, a: string, b: string, extra = '') => `| ${label} | ${a} | ${b} | ${extra} |`;
  const first = (m: Measurement) => (m.firstDiagnosticsMs === undefined ? `none within ${seconds(budgets.firstDiagnosticsMs)}` : ms(m.firstDiagnosticsMs));
  const completionRatio = (what: keyof Measurement['completion']) => ratio(ours.completion[what]?.p95, y.completion[what]?.p95);
  return [
    `### ${r.measures.toLocaleString('en')} measures (${(r.chars / 1e6).toFixed(2)} MB); floor (yaml parse + one ajv validation): ${ms(r.floorMs)}`,
    '',
    '| | tom-language-server | yaml-language-server | ours / yaml-ls, ours / floor |',
    '|---|---|---|---|',
    line('didOpen → first diagnostics', first(ours), first(y), `${ratio(ours.firstDiagnosticsMs, y.firstDiagnosticsMs)}, ${ratio(ours.firstDiagnosticsMs, r.floorMs)}`),
    line(`keystroke → diagnostics p50 / p95 / max (${edits} edits)`, latencyCell(ours.keystroke, edits, 'edits'), latencyCell(y.keystroke, edits, 'edits'),
      `p95: ${ratio(ours.keystroke.p95, y.keystroke.p95)}, ${ratio(ours.keystroke.p95, r.floorMs)}`),
    line('completion `type:` p50 / p95', completionCell(ours, 'type'), completionCell(y, 'type'), `p95: ${completionRatio('type')}`),
    line('completion `cia: [` p50 / p95', completionCell(ours, 'cia'), completionCell(y, 'cia'), `p95: ${completionRatio('cia')}`),
    line('completion `status:` p50 / p95', completionCell(ours, 'status'), completionCell(y, 'status'), `p95: ${completionRatio('status')}`),
    line('completion of a mapping id (`iso27001:` list) p50 / p95', completionCell(ours, 'mapping'), completionCell(y, 'mapping'), `p95: ${completionRatio('mapping')}`),
    line('peak RSS (VmHWM)', `${ours.peakRssMiB.toFixed(0)} MiB`, `${y.peakRssMiB.toFixed(0)} MiB`, ratio(ours.peakRssMiB, y.peakRssMiB)),
    line('deliberate errors found', foundCell(ours), foundCell(y)),
    '',
  ].join('\n');
}

/** Issue 14's goals: keystroke p95 by size, completion p95, first diagnostics at the floor, memory. */
export const goals = { keystrokeP95Ms: (measures: number) => (measures > 1000 ? 150 : 100), completionP95Ms: 10, firstDiagnosticsPerFloor: 1, peakRssMiB: 500 };

function targets(r: Row): string {
  const { ours } = r;
  const completionP95 = Object.values(ours.completion).map((c) => c!.p95);
  const check = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : '**missed**');
  const firstOurs = ours.firstDiagnosticsMs ?? Infinity;
  const complete = ours.keystroke.done === edits;
  const keystrokeGoal = goals.keystrokeP95Ms(r.measures);
  const large = r.measures >= 10_000;
  return [
    `Targets at ${r.measures.toLocaleString('en')} measures (issue 14; debounce included):`,
    `- keystroke → diagnostics p95 ≤ ${keystrokeGoal} ms (${ms(ours.keystroke.p95)}): ${check(complete && ours.keystroke.p95 <= keystrokeGoal)}`,
    `- completion p95 < ${goals.completionP95Ms} ms (${completionP95.map((p) => ms(p)).join(', ')}): ${check(completionP95.length > 0 ? completionP95.every((p) => p < goals.completionP95Ms) && Object.values(ours.completion).every((c) => c!.right) : undefined)}`,
    ...(large ? [
      `- first diagnostics ≤ the floor (${ratio(firstOurs, r.floorMs)}): ${check(firstOurs <= goals.firstDiagnosticsPerFloor * r.floorMs)}`,
      `- peak RSS ≤ ${goals.peakRssMiB} MiB (${ours.peakRssMiB.toFixed(0)} MiB): ${check(ours.peakRssMiB <= goals.peakRssMiB)}`,
    ] : []),
    `- every deliberate error at its exact place: ${check(Object.values(ours.found).every(Boolean))}`,
    '',
  ].join('\n');
}

export function report(rows: Row[], machine: Machine, minutes: number): string {
  const { load } = machine;
  return [
    '# Benchmark results',
    '',
    `Machine: ${machine.description}. 1-minute load average during the run: ${load.min.toFixed(1)}–${load.max.toFixed(1)} (mean ${load.mean.toFixed(1)}); the run took ${minutes.toFixed(0)} minutes.`,
    'Both servers ran one after the other in the same run on the same machine; the ratios compare them under the same load.',
    '',
    `Servers: tom-language-server (\`dist/server.js --stdio\`, debounce ${debounceMs.min}–${debounceMs.max} ms: as long as its last check took) and yaml-language-server 1.19.2 (\`--stdio\`, validating`,
    '`*.tom.yaml` against `schemas/tom.schema.json`, schema store off, its own debounce of 200 ms).',
    '',
    'Reproduce: `npm ci && npm run bench` (writes this file); `BENCH_SIZES=100,1000 npm run bench` prints a quick run and leaves this file alone.',
    `Time budgets per server and document: ${seconds(budgets.firstDiagnosticsMs)} for the first diagnostics, ${seconds(budgets.keystrokesMs)} for the ${edits} keystrokes,`,
    `${seconds(budgets.completionMs)} per completion position; a server that runs out reports how far it got ("timed out after N edits"). Both servers are killed at the end.`,
    '',
    'Each document has four deliberate errors: an unknown control type, a duplicate id, a lower-case CIA tag and a missing `kind`.',
    'yaml-language-server cannot see a duplicate id (JSON Schema has no uniqueness across objects). Keystrokes: 50 one-character',
    'edits at the end of titles (40 of measures spread over the whole document, 5 of sections, 5 of the document itself), each',
    'waiting for the diagnostics of its version.',
    'Completion: 20 requests each after `type: `, inside `cia: [` and after `status: ` on the last version; "right items" means every expected item came.',
    '',
    ...rows.flatMap((r) => [table(r), targets(r)]),
  ].join('\n');
}
