/** `tom-studio check`: its three formats and its exit codes, run as a process on real files. */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Ajv from 'ajv';
import { cli } from './helpers/cli';
import { read, repoRoot } from './helpers/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'tom-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('text: one line per finding and a summary; warnings only → exit 0', () => {
  const r = cli(['check', 'examples']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.deepEqual(lines.map((l) => l.split(' ').slice(0, 3).join(' ')), [
    'examples/commercetools-processor.tom.yaml:4:1 hint missing-contact',
    'examples/commercetools-processor.tom.yaml:9:16 warning stale-review',
    'examples/commercetools-processor.tom.yaml:22:1 warning missing-control-type',
    'examples/unoy-processor.tom.yaml:4:1 hint missing-contact',
    'examples/unoy-processor.tom.yaml:9:16 warning stale-review',
    'examples/unoy-processor.tom.yaml:16:1 warning missing-control-type',
    'examples/unoy-processor.tom.yaml:203:17 warning third-country-transfer',
    'examples/unoy-processor.tom.yaml:213:24 info transfer-impact-assessment',
    '3 files checked:',
  ]);
  assert.equal(lines.at(-1), '3 files checked: 8 findings (5 warnings, 1 info, 2 hints).');
});

test('findings at error level → exit 1; --max-warnings; --rule changes severities', () => {
  assert.equal(cli(['check', 'test/fixtures/rules/schema.tom.yaml']).status, 1);
  assert.equal(cli(['check', 'examples', '--max-warnings', '5']).status, 0);
  assert.equal(cli(['check', 'examples', '--max-warnings', '4']).status, 1);
  const strict = cli(['check', 'examples/commercetools-processor.tom.yaml', '--rule', 'stale-review=error']);
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /:9:16 error stale-review /);
  const quiet = cli(['check', 'examples/commercetools-processor.tom.yaml', '--rule', 'stale-review=off', '--rule', 'missing-control-type=off', '--rule', 'missing-contact=off']);
  assert.equal(quiet.stdout, '1 file checked: no problems.\n');
  assert.equal(quiet.status, 0);
});

test('usage errors exit 2 and say why', () => {
  for (const [args, why] of [
    [['check', 'examples', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['check', 'examples', '--rule', 'no-such-rule=off'], /"no-such-rule" is not a rule id/],
    [['check', 'examples', '--rule', 'schema=loud'], /severity must be one of/],
    [['check', 'examples', '--max-warnings', 'many'], /--max-warnings takes a whole number/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ] as [string[], RegExp][]) {
    const r = cli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, why);
  }
});

test('missing and unreadable files are reported (exit 2), never skipped', () => {
  const dir = join(tmp, 'broken');
  rmSync(dir, { recursive: true, force: true });
  copyFileSync(join(repoRoot, 'examples', 'acme-controller.tom.yaml'), join(tmp, 'ok.tom.yaml'));
  symlinkSync('/nonexistent/target.tom.yaml', join(tmp, 'dangling.tom.yaml'));
  const r = cli(['check', tmp, join(tmp, 'nope.tom.yaml')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /dangling\.tom\.yaml: cannot be read \(ENOENT\)/);
  assert.match(r.stderr, /nope\.tom\.yaml: no such file or folder/);
  assert.match(r.stdout, /1 file checked: no problems/);
  rmSync(join(tmp, 'dangling.tom.yaml'));
  assert.equal(cli(['check', join(tmp, 'empty-folder-*.tom.yaml')]).status, 2);
});

test('invalid UTF-8 is a finding at its place, and globs select files', () => {
  const bytes = Buffer.concat([Buffer.from(read('examples', 'acme-controller.tom.yaml').replace('ACME Analytics GmbH', 'ACME Analytics Gmb'), 'utf8')]);
  const at = bytes.indexOf('Gmb') + 3;
  writeFileSync(join(tmp, 'latin1.tom.yaml'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc4, 0x48]), bytes.subarray(at)]));
  const r = cli(['check', `${tmp}/latin*.tom.yaml`]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /latin1\.tom\.yaml:8:35 error yaml-syntax The file has bytes here that are not valid UTF-8/);
});

test('json: 1-based positions and a summary', () => {
  const r = cli(['check', 'examples/unoy-processor.tom.yaml', '--format', 'json']);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.summary, { error: 0, warning: 3, info: 1, hint: 1 });
  assert.deepEqual(out.files[0].findings[3], {
    rule: 'third-country-transfer', severity: 'warning', line: 203, column: 17, endLine: 203, endColumn: 19,
    message: out.files[0].findings[3].message,
  });
  assert.match(out.files[0].findings[3].message, /Userflow Inc\./);
});

test('sarif: a SARIF 2.1.0 log with rules and located results', () => {
  const r = cli(['check', 'test/fixtures/rules/schema.tom.yaml', 'examples', '--format', 'sarif']);
  assert.equal(r.status, 1);
  const log = JSON.parse(r.stdout);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(read('test', 'fixtures', 'sarif-2.1.0-required.schema.json')));
  assert.ok((validate as (data: unknown) => boolean)(log), JSON.stringify(validate.errors));
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'tom-studio');
  for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  const cia = run.tool.driver.rules.find((x: { id: string }) => x.id === 'cia-order');
  assert.deepEqual([cia.shortDescription.text, cia.defaultConfiguration.level], ['CIA tags not in the order C, I, A.', 'note']);
  assert.equal(cia.helpUri, undefined, 'no link to a page that does not exist');
  assert.equal(cia.help.markdown, '**cia-order** (default: hint): valid tags not in the order C, I, A.\n\nPoints at the `cia` list. Has a quick-fix in the editor.');
  const role = run.results.find((x: { message: { text: string } }) => x.message.text.includes('"procesor"'));
  assert.deepEqual([role.level, role.locations[0].physicalLocation.artifactLocation.uri, role.locations[0].physicalLocation.region],
    ['error', 'test/fixtures/rules/schema.tom.yaml', { startLine: 5, startColumn: 9, endLine: 5, endColumn: 17 }]);
  assert.equal(run.results.filter((x: { level: string }) => x.level === 'warning').length, 5);
});

test('an empty file is an error in CI: one finding at the start naming the required keys', () => {
  writeFileSync(join(tmp, 'empty.tom.yaml'), '\n# nothing yet\n');
  const r = cli(['check', join(tmp, 'empty.tom.yaml')]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /empty\.tom\.yaml:1:1 error schema The document is empty: a TOM document needs the keys tom, document and controls; /);
  assert.match(r.stdout, /1 file checked: 1 finding \(1 error\)\./);
});

test('a stray bracket (test/syntaxRecovery.test.ts): at most two findings, none of them schema', () => {
  const clean = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
  const block = clean.replace('      - {id: DA-01, title: A data-access measure, cia: [C, I], kind: technical}\n',
    '      - id: DA-01\n        title: A data-access measure\n        cia: [I, C]]\n        kind: technical\n');
  const file = join(tmp, 'stray.tom.yaml');
  writeFileSync(file, block);
  const r = cli(['check', file, '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const reported = JSON.stringify(JSON.parse(r.stdout));
  const codes = [...reported.matchAll(/"(?:code|ruleId|rule)":"([a-z-]+)"/g)].map((m) => m[1]);
  assert.ok(codes.length >= 1 && codes.length <= 2, `findings: ${codes.join(', ')}\n${r.stdout}`);
  assert.ok(codes.includes('yaml-syntax') && !codes.includes('schema'), r.stdout);
});
