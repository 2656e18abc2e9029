/**
 * Hostile files: each gets a clear finding (its rule id, a message that says what is wrong, at its
 * place) in bounded time, from the service, the CLI process and the server. Nothing is ever fetched.
 * (test/malformed.test.ts covers the smaller cases: alias bombs in-process, 10,000 levels, a padded 10 MB file.)
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../server/src/service';
import { brief, check, fixedToday, read, repoRoot } from './helpers/fixtures';
import * as hostile from './helpers/hostile';
import { startServer } from './helpers/lspClient';
import { memoryOf } from './helpers/memory';

/** Runs `f`, failing if it takes longer than `ms` (a hang would time the whole suite out instead). */
function within<T>(ms: number, f: () => T): T {
  const t = performance.now();
  const result = f();
  const took = performance.now() - t;
  assert.ok(took < ms, `took ${Math.round(took)} ms (bound ${ms})`);
  return result;
}

interface CliFinding { rule: string; message: string; line: number }

const only = (found: Finding[], code: string) => found.filter((f) => f.code === code);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

test('20,000 levels of nesting, flow and block, are refused where they cross the bound', () => {
  // where the 101st level opens: 1-based line and column
  const cases = [
    { text: hostile.deepFlow(), line: 2, column: 'x-deep: '.length + 101 },
    { text: `tom: 1\nx-deep: ${'{a: '.repeat(20000)}1${'}'.repeat(20000)}\n`, line: 2, column: 'x-deep: '.length + 4 * 100 + 1 },
    // a block indicator and the space after it each count as a level: the cheap bound errs on the safe side
    { text: `tom: 1\nx-deep:\n${'- '.repeat(20000)}x\n`, line: 3, column: 100 + 1 },
  ];
  for (const { text, line, column } of cases) {
    const found = within(2000, () => check(text));
    assert.deepEqual(found.map(brief), [`yaml-syntax ${line}:${column}-${line}:${column + 1}`]);
    assert.match(found[0].message, /nests more than 100 levels deep here/);
  }
});

test('a 10 MB document of real measures: one file-too-large finding; with the limit raised, analysed in bounded time', () => {
  const text = `${hostile.documentOfSize(10_000_000)}  - type: encryptoin\n    measures:\n${hostile.measure('EN-01')}`;
  const refused = within(2000, () => check(text));
  assert.deepEqual(refused.map(brief), ['file-too-large 1:1-1:1']);
  assert.match(refused[0].message, /more than the limit of 5242880: it was not analysed\. Split it, or raise the limit \(setting tom\.maxFileSizeMB, or maxFileSizeMB in \.tom-studio\.yaml\)/);

  const found = within(60_000, () => check(text, { maxFileSize: 20_000_000 }));
  const typo = only(found, 'unknown-control-type');
  assert.equal(typo.length, 1);
  assert.equal(typo[0].range.start.line, lineOf(text, 'type: encryptoin'));
  assert.match(typo[0].message, /"encryptoin" is not a control type id: use "encryption"/);
  assert.equal(only(found, 'file-too-large').length, 0);
});

test('a 5 MB single line is analysed, and a finding at its end has its exact column', () => {
  const text = `${hostile.longLine(4_900_000).trimEnd()} TODO\n`;
  const found = within(30_000, () => check(text));
  const todo = only(found, 'placeholder-text');
  assert.equal(todo.length, 1, found.map(brief).join('\n'));
  const lastLine = text.split('\n').at(-2)!;
  assert.ok(lastLine.length > 4_900_000);
  assert.deepEqual(todo[0].range.start, { line: text.split('\n').length - 2, character: lastLine.indexOf('TODO') });
});

test('250,000 TODOs in one title: each reported (more findings than a call takes arguments), in bounded time', () => {
  const text = `tom: 1\ndocument:\n  title: ${'TODO '.repeat(250_000).trimEnd()}\ncontrols: []\n`;
  const todo = only(within(30_000, () => check(text)), 'placeholder-text');
  assert.equal(todo.length, 250_000);
  assert.deepEqual(todo.at(-1)!.range.start, { line: 2, character: '  title: '.length + 5 * 249_999 });
});

test('5,000 copies of one measure id: each reported, with a short message, in bounded time', () => {
  const found = within(10_000, () => check(hostile.manyDuplicates(5000)));
  const duplicates = only(found, 'duplicate-id');
  assert.equal(duplicates.length, 5000);
  assert.match(duplicates[0].message, /^Measure id PA-01 is also used on line 16, 20, 24, 28, 32 and 4994 more lines: ids must be unique; give one of them a new id such as PA-02\.$/);
  assert.ok(duplicates.every((d) => d.message.length < 200));
});

test('3,000 sections of one control type: each reported, with a short message, in bounded time', () => {
  const section = (i: number) => `  - type: encryption\n    measures:\n      - id: EN-${i}\n        title: T\n        cia: [C]\n        kind: technical\n`;
  const text = `tom: 1\ndocument:\n  title: X\n  organization: X\n  role: processor\n  language: en\n  lastUpdated: 2026-10-01\ncontrols:\n${Array.from({ length: 3000 }, (_, i) => section(i)).join('')}`;
  const found = within(5_000, () => check(text));
  const duplicates = only(found, 'duplicate-control-type');
  assert.equal(duplicates.length, 3000);
  assert.equal(duplicates[0].message, 'Control type encryption has another section on line 15, 21, 27, 33, 39 and 2994 more lines: merge the two sections into one.');
  assert.ok(duplicates.every((d) => d.message.length < 200));
});

test('5,000 lower-case CIA tags: one schema finding each, in bounded time', () => {
  const found = within(15_000, () => check(hostile.manySchemaErrors(5000)));
  const tags = only(found, 'schema');
  assert.equal(tags.length, 5000);
  assert.ok(tags.every((t) => t.message === 'CIA tags are written in capitals: write C.'));
});

test('a byte order mark and CRLF line ends keep every position exact; a tab indent is named', () => {
  for (const text of [`${hostile.withBom}        status: plannd\n`, `${hostile.withCrlf}        status: plannd\r\n`]) {
    const found = check(text);
    assert.equal(only(found, 'yaml-syntax').length, 0, found.map(brief).join('\n'));
    const status = only(found, 'schema');
    assert.equal(status.length, 1);
    assert.deepEqual(status[0].range.start, { line: lineOf(text, 'status: plannd'), character: '        status: '.length });
    assert.match(status[0].message, /"plannd" is not a valid status: did you mean "planned"\?/);
  }
  const tab = only(check(hostile.withTabs), 'yaml-syntax');
  assert.equal(tab.length, 1);
  assert.equal(tab[0].range.start.line, lineOf(hostile.withTabs, '\tkind'));
  assert.match(tab[0].message, /Tabs are not allowed as indentation: indent with spaces/);
});

test('a duplicate key and a second YAML document are each reported at their place', () => {
  const key = only(check(hostile.duplicateKeys), 'yaml-syntax');
  assert.deepEqual(key.map(brief), [`yaml-syntax ${lineOf(hostile.duplicateKeys, 'document:\n  title: again') + 1}:1-${lineOf(hostile.duplicateKeys, 'document:\n  title: again') + 1}:9`]);
  assert.match(key[0].message, /Map keys must be unique: remove or rename one of the two keys/);

  const second = only(check(hostile.secondDocument), 'yaml-syntax');
  assert.equal(second.length, 1);
  assert.equal(second[0].range.start.line, lineOf(hostile.secondDocument, '---'));
  assert.match(second[0].message, /A TOM file holds one YAML document; this starts a second one/);
});

test('merge keys supply a measure\'s keys; only what is really missing is reported', () => {
  const found = check(hostile.mergeKeys).filter((f) => f.code !== 'missing-control-type');
  assert.deepEqual(found.map(brief), [`schema ${lineOf(hostile.mergeKeys, 'id: PA-02') + 1}:9-${lineOf(hostile.mergeKeys, 'id: PA-02') + 1}:18`]);
  assert.match(found[0].message, /Measure PA-02 lacks the required key "title"/);
});

test('__proto__ and constructor keys are unknown keys, and Object.prototype stays clean', () => {
  const found = only(check(hostile.protoKeys), 'schema');
  assert.deepEqual(found.map((f) => f.message.slice(0, 30)), ['Unknown key "__proto__": allow', 'Unknown key "constructor": all']);
  assert.equal(found[0].range.start.line, lineOf(hostile.protoKeys, '        __proto__'));
  assert.equal(({} as { polluted?: unknown }).polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  assert.equal(Object.keys(Object.prototype).length, 0);
});

/** Loaded into the CLI with --require: any attempt to reach the network is recorded, then refused. */
const netGuard = (log: string) => `
const fs = require('node:fs');
const refuse = (what) => () => { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('network access in a test: ' + what); };
for (const mod of ['net', 'tls', 'http', 'https', 'http2', 'dns']) {
  const m = require('node:' + mod);
  for (const fn of ['connect', 'createConnection', 'request', 'get', 'lookup', 'resolve']) if (typeof m[fn] === 'function') m[fn] = refuse(mod + '.' + fn);
}
require('node:net').Socket.prototype.connect = refuse('Socket.connect');
globalThis.fetch = refuse('fetch');
`;

test('the CLI: invalid UTF-8, binary data and a $schema URL each give a clear finding, and nothing touches the network', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tom-hostile-'));
  try {
    writeFileSync(join(dir, 'utf8.tom.yaml'), hostile.invalidUtf8);
    writeFileSync(join(dir, 'binary.tom.yaml'), hostile.binary);
    writeFileSync(join(dir, 'url.tom.yaml'), hostile.schemaUrl('https://profiles.example.com/strict.json'));
    writeFileSync(join(dir, 'modeline.tom.yaml'), `# yaml-language-server: $schema=https://profiles.example.com/strict.json\n${hostile.header()}${hostile.measure('PA-01')}`);
    const log = join(dir, 'network.log');
    writeFileSync(join(dir, 'guard.js'), netGuard(log));
    const args = [join(repoRoot, 'bin', 'tom-studio.js'), 'check', '--format', 'json', '--today', fixedToday, dir];
    // Without a network namespace where one can be made (root, or CI), and always with the guard.
    const isolated = spawnSync('unshare', ['-n', 'true']).status === 0;
    const runs = [spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--require ${join(dir, 'guard.js')}` } })];
    if (isolated) runs.push(spawnSync('unshare', ['-n', process.execPath, ...args], { encoding: 'utf8' }));
    for (const run of runs) {
      assert.equal(run.status, 1, run.stderr);
      const files: Record<string, CliFinding[]> = Object.fromEntries((JSON.parse(run.stdout).files as { path: string; findings: CliFinding[] }[])
        .map((f) => [f.path.split(/[\\/]/).pop(), f.findings]));
      const utf8 = files['utf8.tom.yaml'].find((f) => f.rule === 'yaml-syntax');
      assert.ok(utf8, JSON.stringify(files['utf8.tom.yaml']));
      assert.match(utf8.message, /not valid UTF-8/);
      assert.equal(utf8.line, lineOf(hostile.invalidUtf8.toString('latin1'), 'title: Caf') + 1);
      assert.deepEqual(files['binary.tom.yaml'].map((f) => f.rule), ['yaml-syntax']);
      assert.match(files['binary.tom.yaml'][0].message, /binary data/);
      const url = files['url.tom.yaml'].find((f) => f.rule === 'schema');
      assert.match(url?.message ?? '', /\$schema names a URL; only local schema files are read \(nothing is ever downloaded\)/);
      assert.ok(!files['modeline.tom.yaml'].some((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'), 'a modeline is a comment');
    }
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '', 'no network access was attempted');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the server answers hostile documents with one finding each, and stays alive and small', async () => {
  const lsp = await startServer();
  try {
    const cases = [
      { name: 'bomb', text: hostile.aliasBomb(), code: 'yaml-syntax', message: /Aliases here expand to too much data/ },
      { name: 'deep', text: hostile.deepFlow(), code: 'yaml-syntax', message: /nests more than 100 levels/ },
      { name: 'big', text: hostile.documentOfSize(10_000_000), code: 'file-too-large', message: /not analysed/ },
      { name: 'nul', text: `tom: 1\n${'\0'.repeat(100)}`, code: 'yaml-syntax', message: /binary data/ },
    ];
    for (const c of cases) {
      const uri = `file:///hostile/${c.name}.tom.yaml`;
      const t = performance.now();
      lsp.open(uri, c.text);
      const p = await lsp.diagnostics(uri, { version: 1, timeoutMs: 10_000 });
      assert.ok(performance.now() - t < 10_000);
      assert.deepEqual(p.diagnostics.map((d) => d.code), [c.code], `${c.name}: one finding`);
      assert.match(p.diagnostics[0].message, c.message);
      lsp.close(uri);
    }
    // still serving: a real example gets its usual diagnostics
    lsp.open('file:///hostile/after.tom.yaml', read('examples', 'unoy-processor.tom.yaml'));
    assert.ok((await lsp.diagnostics('file:///hostile/after.tom.yaml', { version: 1 })).diagnostics.length > 0);
    assert.equal(lsp.process.exitCode, null);
    const { rssMiB } = memoryOf(lsp.process.pid!);
    assert.ok(rssMiB < 400, `${rssMiB.toFixed(0)} MiB`);
  } finally {
    await lsp.stop();
  }
});
