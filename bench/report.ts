/** The benchmark's results as Markdown: one table per document size, ratios, targets, the machine, and how to reproduce. */
import type { Machine } from './machine';
import { budgets, edits, type Latencies, type Measurement } from './measure';

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

/**
 * A latency target against yaml-ls: a server that timed out is at least as slow as the wait that ran
 * out, so that wait stands in for its figure when it is larger.
 */
const atLeast = (l: Latencies, figure: number) => Math.max(Number.isNaN(figure) ? 0 : figure, l.timedOutAfterMs ?? 0);

function targets(r: Row): string {
  const { ours, yamlLs: y } = r;
  const completionP95 = Object.values(ours.completion).map((c) => c!.p95);
  const check = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : '**missed**');
  const firstOurs = ours.firstDiagnosticsMs ?? Infinity;
  const firstYaml = y.firstDiagnosticsMs ?? budgets.firstDiagnosticsMs;
  const yamlP95 = atLeast(y.keystroke, y.keystroke.p95);
  const complete = ours.keystroke.done === edits;
  return [
    `Targets at ${r.measures.toLocaleString('en')} measures (ratios of this run):`,
    `- first diagnostics ≤ ½ of yaml-ls (${ratio(firstOurs, firstYaml)}): ${check(firstOurs <= firstYaml / 2)}; ≤ 1.5× floor (${ratio(firstOurs, r.floorMs)}): ${check(firstOurs <= 1.5 * r.floorMs)}`,
    `- keystroke p95 ≤ ½ of yaml-ls (${ratio(ours.keystroke.p95, yamlP95)}${y.keystroke.timedOutAfterMs !== undefined ? ', yaml-ls timed out: its wait counts as a lower bound' : ''}): ${check(complete && ours.keystroke.p95 <= yamlP95 / 2)}; ≤ 1.5× floor (${ratio(ours.keystroke.p95, r.floorMs)}): ${check(complete && ours.keystroke.p95 <= 1.5 * r.floorMs)}`,
    `- completion p95 < 15 ms (${completionP95.map((p) => ms(p)).join(', ')}): ${check(completionP95.length === 3 ? completionP95.every((p) => p < 15) && Object.values(ours.completion).every((c) => c!.right) : undefined)}`,
    `- peak RSS ≤ yaml-ls (${ratio(ours.peakRssMiB, y.peakRssMiB)}): ${check(ours.peakRssMiB <= y.peakRssMiB)}`,
    `- every deliberate error at its exact place: ${check(Object.values(ours.found).every(Boolean))}`,
    '',
  ].join('\n');
}

export function report(rows: Row[], machine: Machine, minutes: number): string {
  const largest = rows[rows.length - 1];
  const { load } = machine;
  return [
    '# Benchmark results',
    '',
    `Machine: ${machine.description}. 1-minute load average during the run: ${load.min.toFixed(1)}–${load.max.toFixed(1)} (mean ${load.mean.toFixed(1)}); the run took ${minutes.toFixed(0)} minutes.`,
    'Both servers ran one after the other in the same run on the same machine; the ratios compare them under the same load.',
    '',
    'Servers: tom-language-server (`dist/server.js --stdio`, debounce 60 ms) and yaml-language-server 1.19.2 (`--stdio`, validating',
    '`*.tom.yaml` against `schemas/tom.schema.json`, schema store off, its own debounce of 200 ms).',
    '',
    'Reproduce: `npm ci && npm run bench` (writes this file); `BENCH_SIZES=100,1000 npm run bench` prints a quick run and leaves this file alone.',
    `Time budgets per server and document: ${seconds(budgets.firstDiagnosticsMs)} for the first diagnostics, ${seconds(budgets.keystrokesMs)} for the ${edits} keystrokes,`,
    `${seconds(budgets.completionMs)} per completion position; a server that runs out reports how far it got ("timed out after N edits"). Both servers are killed at the end.`,
    '',
    'Each document has four deliberate errors: an unknown control type, a duplicate id, a lower-case CIA tag and a missing `kind`.',
    'yaml-language-server cannot see a duplicate id (JSON Schema has no uniqueness across objects). Keystrokes: 50 one-character',
    'edits at the end of measure titles spread over the whole document, each waiting for the diagnostics of its version.',
    'Completion: 20 requests each after `type: `, inside `cia: [` and after `status: ` on the last version; "right items" means every expected item came.',
    '',
    ...rows.map(table),
    largest ? targets(largest) : '',
  ].join('\n');
}
