/**
 * CI and the editor agree: in a repository whose `.tom-studio.yaml` changes severities, switches a rule
 * off, adds an organisation profile and sets the language, `tom-studio check` (dist/cli.js) and the
 * language server over stdio (dist/server.js) report the same findings: rules, ranges, severities,
 * messages. A change to the file reaches the open documents (workspace/didChangeWatchedFiles), and a
 * broken file is reported on itself by the server and on stderr by the CLI.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { cli } from './helpers/cli';
import { read } from './helpers/fixtures';
import { startServer, type LspSession } from './helpers/lspClient';

const repo = mkdtempSync(join(tmpdir(), 'tom-parity-'));
const configPath = join(repo, '.tom-studio.yaml');
const configUri = pathToFileURL(configPath).href;
const policy = join(repo, 'policies', 'unoy.tom.yaml');
const policyUri = pathToFileURL(policy).href;

const config = (extra = '') => `# what CI and every editor check in this repository
rules:
  stale-review: error          # a severity raised
  missing-control-type: off    # a rule switched off
  cia-order: warning           # a hint made a warning
${extra}schemas:
  policies/*.tom.yaml: profiles/owner.schema.json
locale: de
`;

let lsp: LspSession;
before(async () => {
  mkdirSync(join(repo, 'policies'));
  mkdirSync(join(repo, 'profiles'));
  writeFileSync(join(repo, 'profiles', 'owner.schema.json'), read('examples', 'profiles', 'group-profile.schema.json'));
  // one CIA list out of order, so that a finding with a German message is among them
  writeFileSync(policy, read('examples', 'unoy-processor.tom.yaml').replace('cia: [C, I]', 'cia: [I, C]'));
  writeFileSync(configPath, config());
  lsp = await startServer({ rootUri: pathToFileURL(repo).href });
});
after(async () => {
  await lsp.stop();
  rmSync(repo, { recursive: true, force: true });
});

interface Shown { rule: string; severity: string; message: string; range: string }
const severities = ['', 'error', 'warning', 'info', 'hint'];
const byPlace = (a: Shown, b: Shown) => a.range.localeCompare(b.range, undefined, { numeric: true }) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);

function editorShows(diagnostics: Diagnostic[]): Shown[] {
  return diagnostics.map((d) => ({
    rule: String(d.code), severity: severities[d.severity ?? 1], message: d.message,
    range: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
  })).sort(byPlace);
}

function ciReports(): Shown[] {
  const r = cli(['check', 'policies', '--format', 'json'], { cwd: repo });
  assert.equal(r.stderr, '');
  const { files } = JSON.parse(r.stdout) as { files: { findings: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[] };
  return files[0].findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: `${f.line}:${f.column}-${f.endLine}:${f.endColumn}` })).sort(byPlace);
}

test('the CLI and the server report the same findings under the repository\'s configuration', async () => {
  lsp.open(policyUri, read('examples', 'unoy-processor.tom.yaml').replace('cia: [C, I]', 'cia: [I, C]'));
  const editor = editorShows((await lsp.diagnostics(policyUri, { version: 1 })).diagnostics);
  const ci = ciReports();
  assert.deepEqual(ci, editor);
  // and the file did what it says
  const rules = (list: Shown[], rule: string) => list.filter((f) => f.rule === rule);
  assert.deepEqual(rules(ci, 'stale-review').map((f) => f.severity), ['error']);
  assert.deepEqual(rules(ci, 'missing-control-type'), []);
  assert.deepEqual(rules(ci, 'cia-order').map((f) => `${f.severity} ${f.message}`), ['warning CIA-Kennzeichen stehen in der Reihenfolge C, I, A: schreiben Sie [C, I].']);
  assert.ok(rules(ci, 'schema').some((f) => /Pflichtschlüssel „owner“.*owner\.schema\.json/.test(f.message)), 'the profile applies');
});

test('a changed configuration file reaches the open document (didChangeWatchedFiles), and CI agrees again', async () => {
  writeFileSync(configPath, config('  stale-review: off\n').replace('  stale-review: error          # a severity raised\n', ''));
  void lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
  const p = await lsp.diagnostics(policyUri, { fresh: true, accept: (d) => !d.diagnostics.some((x) => x.code === 'stale-review') });
  assert.deepEqual(ciReports(), editorShows(p.diagnostics));
});

test('a broken configuration file: the server shows its problems on it, the CLI prints them and exits 2', async () => {
  writeFileSync(configPath, config().replace('cia-order: warning', 'cia-ordre: warning'));
  void lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
  const onFile = await lsp.diagnostics(configUri, { accept: (d) => d.diagnostics.length > 0 });
  assert.deepEqual(onFile.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
    ['5:3 Unknown key "cia-ordre": did you mean "cia-order"? Extensions start with x-.']);
  const r = cli(['check', 'policies'], { cwd: repo });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'tom-studio: .tom-studio.yaml:5:3: Unknown key "cia-ordre": did you mean "cia-order"? Extensions start with x-.\n');
  // mended: the problems leave the file
  writeFileSync(configPath, config());
  void lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
  await lsp.diagnostics(configUri, { fresh: true, accept: (d) => d.diagnostics.length === 0 });
});

test('on the command line: --locale and an explicit --rule win over the file; the environment\'s locale yields to it', () => {
  const message = (args: string[], env?: Record<string, string>) => {
    const r = cli(['check', 'policies', '--format', 'json', ...args], { cwd: repo, env });
    return (JSON.parse(r.stdout).files[0].findings as { rule: string; severity: string; message: string }[]).find((f) => f.rule === 'cia-order');
  };
  assert.match(message([])!.message, /^CIA-Kennzeichen/, 'the file says de');
  assert.match(message(['--locale', 'en'])!.message, /^CIA tags/, '--locale wins');
  assert.match(message([], { LC_ALL: 'en_US.UTF-8' })!.message, /^CIA-Kennzeichen/, 'the environment does not');
  assert.equal(message(['--rule', 'cia-order=error'])!.severity, 'error');
  assert.equal(message(['--rule', 'cia-order=off']), undefined);
});

test('--config names the file for every path; without one in the repository, the environment chooses the language', () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'tom-noconfig-'));
  try {
    writeFileSync(join(elsewhere, 'a.tom.yaml'), read('examples', 'unoy-processor.tom.yaml').replace('cia: [C, I]', 'cia: [I, C]'));
    const findings = (args: string[], env?: Record<string, string>) =>
      JSON.parse(cli(['check', '.', '--format', 'json', ...args], { cwd: elsewhere, env }).stdout).files[0].findings as { rule: string; severity: string; message: string }[];
    const cia = (list: ReturnType<typeof findings>) => list.find((f) => f.rule === 'cia-order')!;
    assert.equal(cia(findings([])).severity, 'hint');
    assert.match(cia(findings([], { LC_ALL: 'de_DE.UTF-8' })).message, /^CIA-Kennzeichen/);
    assert.match(cia(findings([], { LC_ALL: '', LC_MESSAGES: '', LANG: 'de_AT.UTF-8' })).message, /^CIA-Kennzeichen/);
    const named = findings(['--config', configPath]);
    assert.equal(cia(named).severity, 'warning');
    assert.ok(!named.some((f) => f.rule === 'missing-control-type'));
    const missing = cli(['check', '.', '--config', 'nope.yaml'], { cwd: elsewhere });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--config nope\.yaml: cannot be read \(ENOENT\)/);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

test('in the editor, the file wins over the user\'s settings for the rules it names; a rule it does not name keeps the user\'s', async () => {
  lsp.settings = { rules: { 'stale-review': 'off', 'cia-order': 'error', 'third-country-transfer': 'off' } };
  void lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tom: lsp.settings } });
  const p = await lsp.diagnostics(policyUri, { fresh: true, accept: (d) => !d.diagnostics.some((x) => x.code === 'third-country-transfer') });
  const severity = (rule: string) => p.diagnostics.filter((d) => d.code === rule).map((d) => severities[d.severity ?? 1]);
  assert.deepEqual(severity('stale-review'), ['error'], 'the file says error');
  assert.deepEqual(severity('cia-order'), ['warning']);
  lsp.settings = {};
});

test('in VS Code\'s restricted mode the repository\'s profiles wait until the user trusts the workspace', async () => {
  const restricted = await startServer({ rootUri: pathToFileURL(repo).href, initializationOptions: { workspaceTrusted: false } });
  try {
    restricted.open(policyUri, read('examples', 'unoy-processor.tom.yaml'));
    const before = (await restricted.diagnostics(policyUri, { version: 1 })).diagnostics;
    assert.ok(!before.some((d) => /owner\.schema\.json/.test(d.message)), 'the profile does not apply');
    assert.ok(before.some((d) => d.code === 'stale-review'), 'the rest of the configuration does');
    const onFile = await restricted.diagnostics(configUri, { accept: (d) => d.diagnostics.length > 0 });
    assert.deepEqual(onFile.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message.split(':')[0]}`),
      ['6:1 2 These profiles are not applied']);
    void restricted.connection.sendNotification('tom/workspaceTrusted');
    const after = await restricted.diagnostics(policyUri, { fresh: true, accept: (d) => d.diagnostics.some((x) => /owner\.schema\.json/.test(x.message)) });
    assert.ok(after.diagnostics.some((d) => d.code === 'schema'), 'trusted: the profile applies');
    // published before the document's findings, which wait for the settings: the newest publication counts
    await restricted.diagnostics(configUri, { accept: (d) => d.diagnostics.length === 0 });
  } finally {
    await restricted.stop();
  }
});
