/**
 * `tom-studio diff`, run as a reviewer or CI runs it (the shipped CLI bundle): two files, or files
 * against a git revision in a real temporary repository; Markdown, JSON and exit codes.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cli } from './helpers/cli';

const work = mkdtempSync(join(tmpdir(), 'tom-diff-'));
after(() => rmSync(work, { recursive: true, force: true }));

const header = 'tom: 1\ndocument:\n  title: TOMs\n  organization: Example GmbH\n  role: processor\n  language: en\n  lastUpdated: 2026-10-01\n';
const measure = (id: string, title: string, extra = '') => `      - id: ${id}\n        title: ${title}\n        cia: [C, I]\n        kind: technical\n${extra}`;

const v1 = `${header}controls:
  - type: system-access
    measures:
${measure('SA-01', 'Multi-factor authentication')}${measure('SA-02', 'Password policy')}${measure('SA-03', 'Screen lock')}  - type: encryption
    measures:
${measure('EN-01', 'TLS everywhere')}commitments:
  breachNotificationHours: 48
`;

// SA-03 renumbered to SA-09 and moved first, SA-01 renamed, SA-02 downgraded, EN-01 moved to system-access,
// the notification promise loosened
const v2 = `${header}controls:
  - type: system-access
    measures:
${measure('SA-09', 'Screen lock')}${measure('SA-01', 'Two-factor authentication')}${measure('SA-02', 'Password policy', '        status: planned\n        due: 2027-03-01\n')}${measure('EN-01', 'TLS everywhere')}  - type: encryption
    measures:
${measure('EN-02', 'Encrypted backups')}commitments:
  breachNotificationHours: 72
`;

const v2Markdown = (path: string) => [
  `### \`${path}\`: measures: 1 renumbered, 2 changed, 1 moved, 1 added · commitments: 1 changed`,
  '',
  '#### ⚠ Weakening',
  '',
  '- Measure **SA-02** Password policy (system-access): downgraded from implemented to planned',
  '- Commitment `breachNotificationHours`: loosened from 48 to 72',
  '',
  '#### Measures',
  '',
  '| Change | Measure | Section | Details |',
  '|---|---|---|---|',
  '| renumbered | **SA-09** (was SA-03) Screen lock | system-access |  |',
  '| changed | **SA-01** Two-factor authentication | system-access | title: Multi-factor authentication → Two-factor authentication |',
  '| ⚠ changed | **SA-02** Password policy | system-access | status: implemented → planned; due added: 2027-03-01 |',
  '| moved | **EN-01** TLS everywhere | encryption → system-access |  |',
  '| added | **EN-02** Encrypted backups | encryption |  |',
  '',
  '#### Commitments',
  '',
  '- ⚠ changed `breachNotificationHours`: 48 → 72',
];

const files = join(work, 'files');
before(() => {
  mkdirSync(files);
  writeFileSync(join(files, 'v1.tom.yaml'), v1);
  writeFileSync(join(files, 'v2.tom.yaml'), v2);
});

test('diff OLD NEW prints a Markdown summary for a pull-request comment; renamed, renumbered and moved measures are not removed and added', () => {
  const run = cli(['diff', 'v1.tom.yaml', 'v2.tom.yaml'], { cwd: files });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0, 'a summary, not a verdict, unless asked');
  assert.equal(run.stdout, [
    '<!-- tom-studio diff -->',
    '## ⚠ TOM changes: 6 changes in 1 file, 2 of them weakening',
    '',
    ...v2Markdown('v2.tom.yaml'),
    '',
  ].join('\n'));
  assert.doesNotMatch(run.stdout, /removed/);
});

test('--fail-on-weakening exits 1 when something weakened, 0 when nothing did', () => {
  assert.equal(cli(['diff', 'v1.tom.yaml', 'v2.tom.yaml', '--fail-on-weakening'], { cwd: files }).status, 1);
  const back = cli(['diff', 'v2.tom.yaml', 'v1.tom.yaml', '--fail-on-weakening'], { cwd: files });
  // the way back removes EN-02, which weakens too
  assert.equal(back.status, 1);
  assert.match(back.stdout, /- Measure \*\*EN-02\*\* Encrypted backups \(encryption\): removed/);
  const same = cli(['diff', 'v1.tom.yaml', 'v1.tom.yaml', '--fail-on-weakening'], { cwd: files });
  assert.deepEqual([same.status, same.stdout.split('\n')[1]], [0, '## TOM changes: 0 changes in 1 file, nothing weakened']);
});

test('--format json gives the same changes for machines', () => {
  const run = cli(['diff', 'v1.tom.yaml', 'v2.tom.yaml', '--format', 'json'], { cwd: files });
  const out = JSON.parse(run.stdout) as { files: { path: string; status: string; changes: { area: string; action: string; key: string; previousKey?: string; weakening: string[] }[] }[]; weakening: number };
  assert.equal(out.weakening, 2);
  assert.deepEqual(out.files.map((f) => [f.path, f.status]), [['v2.tom.yaml', 'changed']]);
  assert.deepEqual(out.files[0].changes.map((c) => `${c.action} ${c.key}${c.previousKey ? ` ${c.previousKey}` : ''}`),
    ['renumbered SA-09 SA-03', 'changed SA-01', 'changed SA-02', 'moved EN-01', 'added EN-02', 'changed breachNotificationHours']);
});

test('wrong arguments and missing files exit 2 with the reason', () => {
  const one = cli(['diff', 'v1.tom.yaml'], { cwd: files });
  assert.equal(one.status, 2);
  assert.match(one.stderr, /^tom-studio: diff compares two files \(OLD NEW\)/);
  assert.equal(cli(['diff', 'v1.tom.yaml', 'v2.tom.yaml', '--format', 'html'], { cwd: files }).status, 2);
  const missing = cli(['diff', 'v1.tom.yaml', 'v3.tom.yaml'], { cwd: files });
  assert.deepEqual([missing.status, missing.stderr], [2, 'tom-studio: v3.tom.yaml: no such file\n']);
});

const other = `${header}controls:\n  - type: order\n    measures:\n${measure('OR-01', 'Data processing agreements')}`;

/**
 * A repository with two commits: v1 of docs/policy.tom.yaml, retired.tom.yaml and docs/old-name.tom.yaml;
 * then policy at v2, retired deleted, old-name renamed, a new document.
 */
function repository(): string {
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'docs'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.org');
  git('config', 'commit.gpgsign', 'false');
  writeFileSync(join(repo, 'docs', 'policy.tom.yaml'), v1);
  writeFileSync(join(repo, 'retired.tom.yaml'), v1);
  writeFileSync(join(repo, 'docs', 'old-name.tom.yaml'), v1);
  writeFileSync(join(repo, 'README.md'), 'not a TOM file\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  writeFileSync(join(repo, 'docs', 'policy.tom.yaml'), v2);
  unlinkSync(join(repo, 'retired.tom.yaml'));
  git('mv', 'docs/old-name.tom.yaml', 'docs/renamed.tom.yaml');
  writeFileSync(join(repo, 'new.tom.yaml'), other);
  writeFileSync(join(repo, 'README.md'), 'still not a TOM file\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'second');
  return repo;
}

test('diff --git REV summarises every TOM file changed since the revision: changed, renamed, new and deleted documents', () => {
  const repo = repository();
  const run = cli(['diff', '--git', 'HEAD~1'], { cwd: repo });
  assert.equal(run.stderr, '');
  assert.equal(run.stdout, [
    '<!-- tom-studio diff -->',
    '## ⚠ TOM changes: 8 changes in 4 files, 3 of them weakening',
    '',
    ...v2Markdown('docs/policy.tom.yaml'),
    '',
    '### `docs/old-name.tom.yaml → docs/renamed.tom.yaml`: no change in meaning (comments or formatting only)',
    '',
    '### `new.tom.yaml`: new document (sections: 1 added · measures: 1 added)',
    '',
    '### `retired.tom.yaml`: deleted',
    '',
    '#### ⚠ Weakening',
    '',
    '- The document: the whole document is deleted',
    '',
  ].join('\n'));
  assert.equal(cli(['diff', '--git', 'HEAD~1', '--fail-on-weakening'], { cwd: repo }).status, 1);

  const one = cli(['diff', '--git', 'HEAD~1', 'new.tom.yaml', '--fail-on-weakening'], { cwd: repo });
  assert.deepEqual([one.status, one.stdout.split('\n').slice(1, 4)], [0, [
    '## TOM changes: 1 change in 1 file, nothing weakened', '', '### `new.tom.yaml`: new document (sections: 1 added · measures: 1 added)',
  ]]);
  // from a subfolder, paths are relative to it
  const sub = cli(['diff', '--git', 'HEAD~1', 'policy.tom.yaml', '--format', 'json'], { cwd: join(repo, 'docs') });
  assert.equal((JSON.parse(sub.stdout) as { weakening: number }).weakening, 2);

  const none = cli(['diff', '--git', 'HEAD', '--fail-on-weakening'], { cwd: repo });
  assert.deepEqual([none.status, none.stdout], [0, '<!-- tom-studio diff -->\n## TOM changes: no TOM document changed\n']);
});

test('diff --git fails with exit 2 outside a repository, for an unknown revision, and for a file in neither version', () => {
  const repo = join(work, 'repo');
  const unknown = cli(['diff', '--git', 'no-such-branch'], { cwd: repo });
  assert.deepEqual([unknown.status, unknown.stderr], [2, 'tom-studio: unknown revision "no-such-branch"\n']);
  const missing = cli(['diff', '--git', 'HEAD~1', 'nowhere.tom.yaml'], { cwd: repo });
  assert.deepEqual([missing.status, missing.stderr], [2, 'tom-studio: nowhere.tom.yaml: no such file, neither in the working tree nor in HEAD~1\n']);
  const outside = cli(['diff', '--git', 'HEAD'], { cwd: files });
  assert.deepEqual([outside.status, outside.stderr], [2, 'tom-studio: not a git repository (run tom-studio diff --git inside one)\n']);
});
