/**
 * `tom-studio check --format github|gitlab`, run as CI runs it (the shipped CLI bundle, today fixed):
 * the exact workflow commands GitHub turns into inline annotations, and a GitLab Code Quality report
 * whose fingerprints survive unrelated edits.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli } from './helpers/cli';

const work = mkdtempSync(join(tmpdir(), 'tom-annotations-'));
after(() => rmSync(work, { recursive: true, force: true }));

// A file name with "," and ":" and messages quoting "%", LF and CR test the escaping GitHub requires.
const fixture = [
  'tom: 1',
  'document:',
  '  title: Annotated',
  '  organization: Example GmbH',
  '  role: processor',
  '  language: en',
  '  lastUpdated: 2026-10-01',
  'controls:',
  '  - type: "50%\\nphysical\\raccess"',
  '    measures:',
  '      - id: PA-01',
  '        title: Badge access, TODO',
  '        cia: [I, C]',
  '        kind: technical',
  '        status: planned',
  '        due: 2026-01-31',
  '  - type: "system',
  '      acess"',
  '    measures:',
  '      - id: SA-01',
  '        title: Logins',
  '        cia: [C]',
  '        kind: technical',
  'commitments:',
  '  breachNotificationHours: 96',
  '',
].join('\n');

function project(name: string, text: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'policies'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'a,b:c.tom.yaml'), text);
  return dir;
}

const quiet = ['--rule', 'missing-control-type=off', '--rule', 'missing-contact=off'];

test('--format github prints one workflow command per finding, escaped as GitHub requires', () => {
  const run = cli(['check', 'policies', '--format', 'github', ...quiet], { cwd: project('github', fixture) });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 1, 'errors fail the job as with every format');
  const file = 'file=policies/a%2Cb%3Ac.tom.yaml';
  assert.equal(run.stdout, [
    `::error ${file},line=9,col=11,endLine=9,endColumn=34,title=unknown-control-type::"50%25%0Aphysical%0Daccess" is not a control type id: use "physical-access" (Physical access control / Zutrittskontrolle).`,
    `::warning ${file},line=12,col=30,endLine=12,endColumn=34,title=placeholder-text::"TODO" is a placeholder: write the real text before publishing.`,
    `::notice ${file},line=13,col=14,endLine=13,endColumn=20,title=cia-order::CIA tags are written in the order C, I, A: write [C, I].`,
    `::warning ${file},line=16,col=14,endLine=16,endColumn=24,title=overdue::Measure PA-01 was due on 2026-01-31 and is still planned: implement it and set status: implemented, or agree a new due date.`,
    // a finding over two lines has no columns: GitHub accepts them only on one line
    `::error ${file},line=17,endLine=18,title=unknown-control-type::"system acess" is not a control type id: use "system-access" (System access control / Zugangskontrolle).`,
    `::warning ${file},line=25,col=28,endLine=25,endColumn=30,title=breach-notification::A processor notifies the controller without undue delay (Art. 33(2) GDPR); 96 hours uses up the controller's whole 72 hours for notifying the authority (Art. 33(1); EDPB Guidelines 9/2022): promise less, typically 24 to 48 hours.`,
    '',
  ].join('\n'));
});

test('--format github prints nothing for a clean file and exits 0', () => {
  const clean = fixture.replace(/controls:[\s\S]*$/, 'controls:\n  - type: encryption\n    measures:\n      - id: EN-01\n        title: TLS\n        cia: [C, I]\n        kind: technical\n');
  const run = cli(['check', 'policies', '--format', 'github', ...quiet], { cwd: project('clean', clean) });
  assert.deepEqual([run.stdout, run.status], ['', 0]);
});

interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number; end: number } } }

const report = (dir: string, args: string[] = []): Issue[] => {
  const run = cli(['check', 'policies', '--format', 'gitlab', ...args], { cwd: dir });
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Issue[];
};

test('--format gitlab writes a Code Quality report: rule, severity on GitLab\'s scale, path and lines', () => {
  const issues = report(project('gitlab', fixture), quiet);
  assert.deepEqual(issues.map((i) => `${i.check_name} ${i.severity} ${i.location.path}:${i.location.lines.begin}-${i.location.lines.end}`), [
    'unknown-control-type critical policies/a,b:c.tom.yaml:9-9',
    'placeholder-text major policies/a,b:c.tom.yaml:12-12',
    'cia-order info policies/a,b:c.tom.yaml:13-13',
    'overdue major policies/a,b:c.tom.yaml:16-16',
    'unknown-control-type critical policies/a,b:c.tom.yaml:17-18',
    'breach-notification major policies/a,b:c.tom.yaml:25-25',
  ]);
  assert.equal(issues[1].description, '"TODO" is a placeholder: write the real text before publishing.');
  assert.ok(issues.every((i) => /^[0-9a-f]{64}$/.test(i.fingerprint)));
  assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'every finding has its own fingerprint');
});

test('Code Quality fingerprints stay the same when lines are inserted above, and change when the finding\'s node does', () => {
  const before = report(project('stable-1', fixture));
  // seven of a processor's nine required control types are missing (the two misspelt types count as
  // the types they mean), named by one finding on the `controls` key
  assert.equal(before.filter((i) => i.check_name === 'missing-control-type').length, 1);
  const shifted = report(project('stable-2', fixture.replace('controls:\n', '# reviewed by the DPO on 2026-11-20\n\ncontrols:\n')));
  assert.deepEqual(shifted.map((i) => i.location.lines.begin), before.map((i) => i.location.lines.begin + (i.location.lines.begin >= 8 ? 2 : 0)));
  assert.deepEqual(shifted.map((i) => i.fingerprint), before.map((i) => i.fingerprint));
  // adding one missing section narrows the finding to the other types: a different finding for GitLab
  const withOrder = report(project('stable-3', fixture.replace('commitments:\n', '  - type: order\n    measures:\n      - id: OR-01\n        title: DPAs\n        cia: [C, I]\n        kind: organizational\ncommitments:\n')));
  const missing = (issues: Issue[]) => issues.filter((i) => i.check_name === 'missing-control-type');
  assert.match(missing(before)[0].description, /type: .*\border\b/);
  assert.doesNotMatch(missing(withOrder)[0].description, /type: .*\border\b/);
  assert.notEqual(missing(withOrder)[0].fingerprint, missing(before)[0].fingerprint);
  const changed = report(project('stable-4', fixture.replace('breachNotificationHours: 96', 'breachNotificationHours: 120')));
  const breach = (issues: Issue[]) => issues.find((i) => i.check_name === 'breach-notification')!.fingerprint;
  assert.notEqual(breach(changed), breach(before), 'a different wrong value is a different finding');
});
