/** The benchmark's results as Markdown: one table per document size, ratios, targets, and how to reproduce. */
import type { Measurement } from './measure';

export interface Row { measures: number; chars: number; floorMs: number; ours: Measurement; yamlLs: Measurement }

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? 'n/a' : v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`);
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
const completionCell = (m: Measurement, what: keyof Measurement['completion']) => {
  const c = m.completion[what];
  return c ? `${ms(c.p50)} / ${ms(c.p95)}${c.right ? '' : ' (wrong items)'}` : 'n/a';
};
const foundCell = (m: Measurement) => {
  const missed = Object.entries(m.found).filter(([, ok]) => !ok).map(([what]) => what);
  return missed.length ? `missed: ${missed.join(', ')}` : 'all, at their place';
};

function table(r: Row): string {
  const { ours, yamlLs: y } = r;
  const line = (label: string, a: string, b: string, extra = '') => `| ${label} | ${a} | ${b} | ${extra} |`;
  return [
    `### ${r.measures.toLocaleString('en')} measures (${(r.chars / 1e6).toFixed(2)} MB); floor (yaml parse + ajv): ${ms(r.floorMs)}`,
    '',
    '| | tom-language-server | yaml-language-server | ours / yaml-ls, ours / floor |',
    '|---|---|---|---|',
    line('didOpen → first diagnostics', ms(ours.firstDiagnosticsMs), ms(y.firstDiagnosticsMs), `${ratio(ours.firstDiagnosticsMs, y.firstDiagnosticsMs)}, ${ratio(ours.firstDiagnosticsMs, r.floorMs)}`),
    line('keystroke → diagnostics p50', ms(ours.keystroke.p50), ms(y.keystroke.p50), ratio(ours.keystroke.p50, y.keystroke.p50)),
    line('keystroke → diagnostics p95', ms(ours.keystroke.p95), ms(y.keystroke.p95), `${ratio(ours.keystroke.p95, y.keystroke.p95)}, ${ratio(ours.keystroke.p95, r.floorMs)}`),
    line('keystroke → diagnostics max', ms(ours.keystroke.max), ms(y.keystroke.max), ratio(ours.keystroke.max, y.keystroke.max)),
    line('completion `type:` p50 / p95', completionCell(ours, 'type'), completionCell(y, 'type')),
    line('completion `cia: [` p50 / p95', completionCell(ours, 'cia'), completionCell(y, 'cia')),
    line('completion `status:` p50 / p95', completionCell(ours, 'status'), completionCell(y, 'status')),
    line('peak RSS (VmHWM)', `${ours.peakRssMiB.toFixed(0)} MiB`, `${y.peakRssMiB.toFixed(0)} MiB`, ratio(ours.peakRssMiB, y.peakRssMiB)),
    line('deliberate errors found', foundCell(ours), foundCell(y)),
    '',
  ].join('\n');
}

function targets(r: Row): string {
  const { ours, yamlLs: y } = r;
  const completionP95 = Object.values(ours.completion).map((c) => c!.p95);
  const check = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : '**missed**');
  return [
    `Targets at ${r.measures.toLocaleString('en')} measures:`,
    `- first diagnostics ≤ ½ of yaml-ls and ≤ 1.5× floor: ${check(ours.firstDiagnosticsMs <= y.firstDiagnosticsMs / 2 && ours.firstDiagnosticsMs <= 1.5 * r.floorMs)}`,
    `- keystroke p95 ≤ ½ of yaml-ls and ≤ 1.5× floor: ${check(ours.keystroke.p95 <= y.keystroke.p95 / 2 && ours.keystroke.p95 <= 1.5 * r.floorMs)}`,
    `- completion p95 < 15 ms: ${check(completionP95.length === 3 ? completionP95.every((p) => p < 15) : undefined)}`,
    `- peak RSS ≤ yaml-ls: ${check(ours.peakRssMiB <= y.peakRssMiB)}`,
    `- every deliberate error at its exact place: ${check(Object.values(ours.found).every(Boolean))}`,
    '',
  ].join('\n');
}

export function report(rows: Row[], machine: string): string {
  const largest = rows[rows.length - 1];
  return [
    '# Benchmark results',
    '',
    `Machine: ${machine}. yaml-language-server 1.19.2 (validation against \`schemas/tom.schema.json\`, debounce 200 ms); ours debounces 60 ms.`,
    '',
    'Reproduce: `npm ci && npm run bench` (about ten minutes; `BENCH_SIZES=100,1000 npm run bench` for a quick run that leaves this file alone).',
    'Each document has four deliberate errors: an unknown control type, a duplicate id, a lower-case CIA tag and a missing `kind`.',
    'yaml-language-server cannot see a duplicate id (JSON Schema has no uniqueness across objects). Keystrokes: 50 one-character',
    'edits at the end of measure titles spread over the whole document, each waiting for the diagnostics of its version.',
    '',
    ...rows.map(table),
    largest ? targets(largest) : '',
  ].join('\n');
}
