/**
 * One server on one generated document: time to the first diagnostics after didOpen, keystroke-to-
 * diagnostics latency over scattered edits, completion latency, peak memory, and which planted
 * errors it found at their exact place. Every phase has a time budget, so that a server that cannot
 * keep up on a large document ends the run with "timed out after N edits" instead of stalling it.
 */
import type { CompletionItem, CompletionList, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { memoryOf } from '../test/helpers/memory';
import type { Generated, PlantedError } from './generate';
import type { ServerUnderTest } from './servers';
import { percentile } from './stats';

export interface Latencies {
  p50: number;
  p95: number;
  max: number;
  /** How many of the attempted requests or edits were answered within the phase's budget. */
  done: number;
  /** Set when the budget ran out: how long the unanswered one had waited (a lower bound of its latency). */
  timedOutAfterMs?: number;
}

export interface CompletionResult extends Latencies { right: boolean; missing: string[] }

export interface Measurement {
  server: string;
  /** undefined: no diagnostics with the planted errors within the budget. */
  firstDiagnosticsMs?: number;
  keystroke: Latencies;
  /** Missing entry: the server does not offer completion. */
  completion: Partial<Record<keyof Generated['completionAt'], CompletionResult>>;
  peakRssMiB: number;
  found: Record<string, boolean>;
}

export const edits = 50;
const completionRuns = 20;
/** Per server and document; generous for a loaded machine, and an upper bound on a run's length. */
export const budgets = { firstDiagnosticsMs: 300_000, keystrokesMs: 240_000, completionMs: 60_000 };

/** The planted error at its exact place (start line and column; our rule id too, for our server). */
const foundAt = (e: PlantedError, ds: Diagnostic[], byRule: boolean) =>
  ds.some((d) => d.range.start.line === e.line && d.range.start.character === e.character && (!byRule || d.code === e.rule));

/** The items each completion position must offer. */
const expected: Record<keyof Generated['completionAt'], string[]> = {
  type: ['physical-access', 'encryption', 'privacy-by-default'],
  cia: ['C', 'I', 'A'],
  status: ['implemented', 'partial', 'planned', 'not-applicable'],
  mapping: ['A.8.2', 'A.8.24', 'A.5.15'],
};

/** Runs `attempt` (which gets the time left) until it has run `count` times or the budget is spent. */
async function timed(count: number, budgetMs: number, attempt: (i: number, leftMs: number) => Promise<unknown>): Promise<Latencies> {
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  let timedOutAfterMs: number | undefined;
  for (let i = 0; i < count; i++) {
    const left = deadline - performance.now();
    if (left <= 0) break;
    const t = performance.now();
    let timer!: NodeJS.Timeout;
    const outcome = await Promise.race([attempt(i, left).then(() => 'answered', () => 'failed'), new Promise((r) => { timer = setTimeout(r, left, 'timeout'); })]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      timedOutAfterMs = performance.now() - t;
      break;
    }
    if (outcome === 'failed') break;
    samples.push(performance.now() - t);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.length ? Math.max(...samples) : NaN, done: samples.length, timedOutAfterMs };
}

/** Where the `i`th keystroke types: a measure title, a section title (i % 10 === 3) or the document's title (i % 10 === 7). */
export function keystrokeLine(doc: Generated, i: number): number {
  if (i % 10 === 3) return doc.sectionTitleLines[(i * 7) % doc.sectionTitleLines.length];
  if (i % 10 === 7) return doc.headerLine;
  return doc.titleLines[Math.floor(((i * 37) % edits) * (doc.titleLines.length / edits))];
}

export async function measure(server: ServerUnderTest, uri: string, doc: Generated): Promise<Measurement> {
  const lsp = await server.start();
  // A bench interrupted by Ctrl-C or an exception never leaves a server behind.
  const kill = () => lsp.process.kill('SIGKILL');
  process.once('exit', kill);
  const ours = server.languageId === 'tom';
  try {
    // First diagnostics: ours must bring every planted error; yaml-ls's first non-empty list is taken as its answer.
    const accept = (p: PublishDiagnosticsParams) => (ours ? doc.errors.every((e) => foundAt(e, p.diagnostics, true)) : p.diagnostics.length > 0);
    const t = performance.now();
    lsp.open(uri, doc.text, server.languageId);
    const first = await lsp.diagnostics(uri, { accept, timeoutMs: budgets.firstDiagnosticsMs }).catch(() => undefined);
    const firstDiagnosticsMs = first && performance.now() - t;
    const found = Object.fromEntries(doc.errors.map((e) => [e.what, !!first && foundAt(e, first.diagnostics, ours)]));

    // Keystrokes: type one character at the end of a title: of measures spread over the whole document
    // (i * 37) % 50 visits each of 50 evenly spread titles once, in a scattered order), and every tenth
    // in a section's title, every tenth in the document's header.
    const lines = doc.text.split('\n');
    const keystroke = await timed(first ? edits : 0, budgets.keystrokesMs, async (i, left) => {
      const line = keystrokeLine(doc, i);
      const character = lines[line].length;
      lines[line] += 'x';
      const pending = lsp.diagnostics(uri, { fresh: true, timeoutMs: left });
      const version = lsp.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
      let p = await pending;
      while (p.version !== undefined && p.version !== version) p = await lsp.diagnostics(uri, { fresh: true, timeoutMs: left });
    });

    // Completion on the last version: items for a control type, a CIA tag and a status.
    const completion: Measurement['completion'] = {};
    for (const [what, position] of Object.entries(doc.completionAt) as [keyof Generated['completionAt'], { line: number; character: number }][]) {
      let labels: string[] | undefined;
      let offered = true;
      const latencies = await timed(completionRuns, budgets.completionMs, async () => {
        try {
          const r = await lsp.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
          labels = (Array.isArray(r) ? r : r?.items ?? []).map((c) => c.label);
        } catch (e) {
          offered = false; // method not found: the server has no completion
          throw e;
        }
      });
      if (!offered) continue;
      const missing = expected[what].filter((l) => !labels?.includes(l));
      completion[what] = { ...latencies, right: missing.length === 0, missing };
    }

    let peakRssMiB = NaN;
    try {
      peakRssMiB = memoryOf(lsp.process.pid!).peakMiB;
    } catch {
      // the process is gone: reported as n/a
    }
    return { server: server.name, firstDiagnosticsMs, keystroke, completion, peakRssMiB, found };
  } finally {
    await lsp.stop();
    kill();
    process.off('exit', kill);
  }
}
