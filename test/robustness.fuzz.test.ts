/**
 * The server and the CLI survive 2,000+ mutated documents and random strings: every version is
 * checked, every request is answered in bounded time, the process never exits and its memory stays
 * bounded. Deterministic: a failure names the seed and the input's index.
 *
 * Fast by design: the inputs go to the server in batches without a round trip each (the server
 * handles messages in order, so waiting for a batch's diagnostics waits for the whole batch), and the
 * CLI checks all inputs in-process with a few real process runs on top.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCheck } from '../server/src/cli/check';
import { cli } from './helpers/cli';
import { fixedToday, repoRoot } from './helpers/fixtures';
import { fuzzInputs, int, pick, prng, randomPosition, randomText } from './helpers/fuzz';
import { LSPErrorCodes } from 'vscode-languageserver-protocol';
import { startServer } from './helpers/lspClient';
import { memoryOf } from './helpers/memory';

const seed = 20261125;
const count = 2000;
const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.tom.yaml')).map((f) => readFileSync(join(repoRoot, 'examples', f), 'utf8'));
const inputs = fuzzInputs(seed, count, examples);

/** Generous for 2 busy cores, counted from when the message was sent; a hang or a quadratic blow-up takes far longer. */
const boundMs = 10_000;
const maxRssMiB = 400;
/** Documents open at once; each batch ends with its diagnostics and answers. */
const batch = 25;

const within = <T>(what: string, p: Promise<T>): Promise<T> => {
  let timer!: NodeJS.Timeout;
  const late = new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${boundMs} ms`)), boundMs); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
};

const requests = ['textDocument/completion', 'textDocument/hover', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange'];

test(`the server survives ${count} fuzzed documents with requests in between (seed ${seed})`, async () => {
  const lsp = await startServer();
  const random = prng(seed + 1);
  let sent = 0;
  let answered = 0;
  const failed: string[] = [];
  const uriOf = (i: number) => `file:///fuzz/${i}.tom.yaml`;
  const where = (i: number) => `input ${i} (seed ${seed})`;
  try {
    for (let first = 0; first < inputs.length; first += batch) {
      const indexes = Array.from({ length: Math.min(batch, inputs.length - first) }, (_, k) => first + k);
      // didOpen is checked at once (no debounce), so every input is analysed.
      for (const i of indexes) lsp.open(uriOf(i), inputs[i]);
      await Promise.all(indexes.map((i) => within(`${where(i)}: diagnostics`, lsp.diagnostics(uriOf(i), { version: 1 }))));

      // One in four gets an incremental edit, possibly with a range past the end, then a request on the
      // new version, and the (debounced) diagnostics of that version.
      const pending: Promise<unknown>[] = [];
      for (const i of indexes.filter((i) => i % 4 === 0)) {
        const uri = uriOf(i);
        const start = randomPosition(random, inputs[i]);
        const version = lsp.change(uri, [{ range: { start, end: randomPosition(random, inputs[i]) }, text: randomText(random, int(random, 20)) }]);
        const method = pick(random, requests);
        const params = method.endsWith('codeAction')
          ? { textDocument: { uri }, range: { start, end: start }, context: { diagnostics: [] } }
          : { textDocument: { uri }, position: start };
        sent++;
        // a cancelled request counts as answered; an error response is a server error (the client records it too)
        pending.push(within(`${where(i)}: ${method}`, lsp.connection.sendRequest(method, params)).then(
          () => answered++,
          (e: Error & { code?: number }) => {
            if (/no answer within/.test(e.message)) throw e;
            if (e.code === LSPErrorCodes.RequestCancelled) answered++;
            else failed.push(`${where(i)}: ${method}: ${e.message}`);
          },
        ));
        pending.push(within(`${where(i)}: diagnostics after the edit`, lsp.diagnostics(uri, { version })));
      }
      await Promise.all(pending);
      for (const i of indexes) lsp.close(uriOf(i));
      assert.equal(lsp.process.exitCode, null, `the server exited in the batch from ${where(first)}; stderr: ${lsp.stderr()}`);
      // an exception in any handler is logged as an error and fails here, in the batch that caused it
      assert.deepEqual(failed, []);
      lsp.assertNoServerErrors();
    }
    assert.equal(answered, sent, 'every request was answered');
    assert.ok(sent >= count / 4 - batch, `only ${sent} requests sent`);
    const { rssMiB } = memoryOf(lsp.process.pid!);
    assert.ok(rssMiB < maxRssMiB, `the server holds ${rssMiB.toFixed(0)} MiB after the run (bound ${maxRssMiB})`);
  } finally {
    await lsp.stop();
  }
});

test(`the CLI's check survives the same ${count} inputs, in-process and as a process`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tom-fuzz-'));
  try {
    // Every input, and raw random bytes (invalid UTF-8), through the command's own code, in-process.
    const random = prng(seed + 2);
    inputs.forEach((text, i) => writeFileSync(join(dir, `${i}.tom.yaml`), text));
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `bytes-${i}.tom.yaml`), Buffer.from(Array.from({ length: int(random, 2000) }, () => int(random, 256))));
    const all = runCheck({ paths: [dir], format: 'json', rules: [], today: fixedToday, schemas: [] });
    assert.ok([0, 1].includes(all.exitCode), all.stderr);
    const files = (JSON.parse(all.stdout) as { files: { path: string; findings: { rule: string; message: string }[] }[] }).files;
    assert.equal(files.length, count + 20);
    for (const f of files) assert.ok(f.findings.every((x) => x.rule.length > 0 && x.message.length > 0), `${f.path}: every finding has a rule and a message`);

    // The real command, a few times: 80 of those files in each output format.
    const some = join(dir, 'some');
    mkdirSync(some);
    for (let i = 0; i < 60; i++) writeFileSync(join(some, `${i}.tom.yaml`), inputs[i * 31]);
    for (let i = 0; i < 20; i++) writeFileSync(join(some, `bytes-${i}.tom.yaml`), readFileSync(join(dir, `bytes-${i}.tom.yaml`)));
    for (const format of ['text', 'json', 'sarif']) {
      const run = cli(['check', '--format', format, some]);
      assert.equal(run.signal, null, `tom-studio check --format ${format} was killed`);
      assert.ok([0, 1].includes(run.status ?? -1), `exit ${run.status}: ${run.stderr}`);
      if (format !== 'text') JSON.parse(run.stdout);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
