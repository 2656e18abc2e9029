/**
 * The server and the CLI survive 2,000+ mutated documents and random strings: every version is
 * checked, every request is answered in bounded time, the process never exits and its memory stays
 * bounded. Deterministic: a failure names the seed and the input's index.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCheck } from '../server/src/cli/check';
import { fixedToday, repoRoot, service } from './helpers/fixtures';
import { fuzzInputs, int, pick, prng, randomPosition, randomText } from './helpers/fuzz';
import { startServer } from './helpers/lspClient';

const seed = 20261125;
const count = 2000;
const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.tom.yaml')).map((f) => readFileSync(join(repoRoot, 'examples', f), 'utf8'));
const inputs = fuzzInputs(seed, count, examples);

/** Generous for 2 busy cores; a hang or a quadratic blow-up takes far longer. */
const boundMs = 10_000;
const maxRssMiB = 400;

const within = <T>(what: string, p: Promise<T>): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${boundMs} ms`)), boundMs))]);

const requests = ['textDocument/completion', 'textDocument/hover', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange'];

function rssMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

test(`the server survives ${count} fuzzed documents with requests in between (seed ${seed})`, async () => {
  const lsp = await startServer();
  const random = prng(seed + 1);
  let answered = 0;
  let refused = 0;
  try {
    for (let i = 0; i < inputs.length; i++) {
      const uri = `file:///fuzz/${i}.tom.yaml`;
      const where = `input ${i} (seed ${seed})`;
      // didOpen is checked at once (no debounce), so every input is analysed.
      lsp.open(uri, inputs[i]);
      await within(`${where}: diagnostics`, lsp.diagnostics(uri, { version: 1 }));
      if (i % 4 === 0) {
        // an incremental edit, possibly with a range past the end, then a request on the new version
        const start = randomPosition(random, inputs[i]);
        const version = lsp.change(uri, [{ range: { start, end: randomPosition(random, inputs[i]) }, text: randomText(random, int(random, 20)) }]);
        const method = pick(random, requests);
        const params = method.endsWith('codeAction')
          ? { textDocument: { uri }, range: { start, end: start }, context: { diagnostics: [] } }
          : { textDocument: { uri }, position: start };
        try {
          await within(`${where}: ${method}`, lsp.connection.sendRequest(method, params));
          answered++;
        } catch (e) {
          if (/no answer within/.test((e as Error).message)) throw e;
          refused++; // an error response (e.g. method not found) is an answer too
        }
        // every other edit also waits out the debounce for its diagnostics (all of them would cost 30 s of sleep)
        if (i % 8 === 0) await within(`${where}: diagnostics after the edit`, lsp.diagnostics(uri, { version }));
      }
      lsp.close(uri);
      assert.equal(lsp.process.exitCode, null, `the server exited at ${where}; stderr: ${lsp.stderr()}`);
    }
    assert.ok(answered + refused >= count / 4, 'requests were sent and answered');
    const rss = rssMiB(lsp.process.pid!);
    assert.ok(rss < maxRssMiB, `the server holds ${rss.toFixed(0)} MiB after the run (bound ${maxRssMiB})`);
    assert.doesNotMatch(lsp.stderr(), /uncaught/i);
  } finally {
    await lsp.stop();
  }
});

test(`the CLI's check survives the same ${count} inputs, in-process and as a process`, () => {
  const tom = service();
  for (let i = 0; i < inputs.length; i++) {
    const findings = tom.check({ uri: `file:///fuzz/${i}.tom.yaml`, version: 1, getText: () => inputs[i] });
    assert.ok(findings.every((f) => typeof f.code === 'string' && f.message.length > 0), `input ${i}: every finding has a rule and a message`);
  }

  // The real command on files: raw random bytes too (invalid UTF-8), in all three formats.
  const dir = mkdtempSync(join(tmpdir(), 'tom-fuzz-'));
  try {
    const random = prng(seed + 2);
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `${i}.tom.yaml`), inputs[i * 31]);
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `bytes-${i}.tom.yaml`), Buffer.from(Array.from({ length: int(random, 2000) }, () => int(random, 256))));
    const inProcess = runCheck({ paths: [dir], format: 'json', rules: [], today: fixedToday, schemas: [] });
    assert.ok([0, 1].includes(inProcess.exitCode), inProcess.stderr);
    assert.equal(JSON.parse(inProcess.stdout).files.length, 80);
    for (const format of ['text', 'json', 'sarif']) {
      const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tom-studio.js'), 'check', '--format', format, '--today', fixedToday, dir], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
      assert.equal(run.signal, null, `tom-studio check --format ${format} was killed`);
      assert.ok([0, 1].includes(run.status ?? -1), `exit ${run.status}: ${run.stderr}`);
      if (format !== 'text') JSON.parse(run.stdout);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
