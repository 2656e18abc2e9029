/**
 * One server on one generated document: time to the first diagnostics after didOpen, keystroke-to-
 * diagnostics latency over scattered edits, completion latency, peak memory, and which planted
 * errors it found at their exact place.
 */
import type { CompletionItem, CompletionList, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { Generated, PlantedError } from './generate';
import { peakRssMiB, type ServerUnderTest } from './servers';
import { percentile } from './stats';

export interface CompletionResult { p50: number; p95: number; right: boolean }

export interface Measurement {
  server: string;
  firstDiagnosticsMs: number;
  keystroke: { p50: number; p95: number; max: number };
  /** undefined: the server does not offer completion (yet). */
  completion: Partial<Record<keyof Generated['completionAt'], CompletionResult>>;
  peakRssMiB: number;
  found: Record<string, boolean>;
}

export const edits = 50;
const completionRuns = 20;
const timeoutMs = 600_000;

/** The planted error at its exact place (start line and column; our rule id too, for our server). */
const foundAt = (e: PlantedError, ds: Diagnostic[], byRule: boolean) =>
  ds.some((d) => d.range.start.line === e.line && d.range.start.character === e.character && (!byRule || d.code === e.rule));

/** The items each completion position must offer. */
const expected: Record<keyof Generated['completionAt'], string[]> = {
  type: ['physical-access', 'encryption', 'privacy-by-default'],
  cia: ['C', 'I', 'A'],
  status: ['implemented', 'partial', 'planned', 'not-applicable'],
};

export async function measure(server: ServerUnderTest, uri: string, doc: Generated): Promise<Measurement> {
  const lsp = await server.start();
  const ours = server.languageId === 'tom';
  try {
    // First diagnostics: ours must bring every planted error; yaml-ls's first non-empty list is taken as its answer.
    const accept = (p: PublishDiagnosticsParams) => (ours ? doc.errors.every((e) => foundAt(e, p.diagnostics, true)) : p.diagnostics.length > 0);
    let t = performance.now();
    lsp.open(uri, doc.text, server.languageId);
    const first = await lsp.diagnostics(uri, { accept, timeoutMs });
    const firstDiagnosticsMs = performance.now() - t;
    const found = Object.fromEntries(doc.errors.map((e) => [e.what, foundAt(e, first.diagnostics, ours)]));

    // Keystrokes: type one character at the end of a measure title, spread over the whole document.
    // (i * 37) % 50 visits each of 50 evenly spread titles once, in a scattered order.
    const lines = doc.text.split('\n');
    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) {
      const line = doc.titleLines[Math.floor(((i * 37) % edits) * (doc.titleLines.length / edits))];
      const character = lines[line].length;
      t = performance.now();
      const pending = lsp.diagnostics(uri, { fresh: true, timeoutMs });
      const version = lsp.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
      let p = await pending;
      while (p.version !== undefined && p.version !== version) p = await lsp.diagnostics(uri, { fresh: true, timeoutMs });
      latencies.push(performance.now() - t);
    }

    const completion: Measurement['completion'] = {};
    for (const [what, position] of Object.entries(doc.completionAt) as [keyof Generated['completionAt'], { line: number; character: number }][]) {
      const times: number[] = [];
      let labels: string[] | undefined;
      for (let i = 0; i < completionRuns && labels !== null; i++) {
        t = performance.now();
        try {
          const r = await lsp.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
          times.push(performance.now() - t);
          labels = (Array.isArray(r) ? r : r?.items ?? []).map((c) => c.label);
        } catch {
          break; // method not found: the server has no completion (yet)
        }
      }
      if (labels) completion[what] = { p50: percentile(times, 50), p95: percentile(times, 95), right: expected[what].every((l) => labels!.includes(l)) };
    }

    return {
      server: server.name,
      firstDiagnosticsMs,
      keystroke: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) },
      completion,
      peakRssMiB: peakRssMiB(lsp.process.pid!),
      found,
    };
  } finally {
    await lsp.stop();
  }
}
