/**
 * The few questions `diff --git` asks git, through the `git` command (no library): is this a
 * repository, does the revision exist, which TOM files changed, and a file's text at a revision.
 * Problems the user can act on (not a repository, unknown revision) are thrown as errors: exit code 2.
 */
import { execFileSync } from 'node:child_process';
import { isTomFile } from './files';

function git(args: string[]): { ok: boolean; stdout: Buffer; stderr: string } {
  try {
    const stdout = execFileSync('git', args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    return { ok: true, stdout, stderr: '' };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stdout?: Buffer; stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error('the git command was not found: install git, or compare two files with tom-studio diff OLD NEW');
    return { ok: false, stdout: err.stdout ?? Buffer.alloc(0), stderr: String(err.stderr ?? '').trim() };
  }
}

/** Fails unless the current folder is in a git work tree and `rev` names a commit. */
export function checkRevision(rev: string): void {
  if (!git(['rev-parse', '--is-inside-work-tree']).ok) throw new Error('not a git repository (run tom-studio diff --git inside one)');
  if (rev.startsWith('-') || !git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).ok) throw new Error(`unknown revision "${rev}"`);
}

/** A file's text at `rev` (path relative to the current folder), or undefined when the revision lacks it. */
export function showFile(rev: string, path: string): string | undefined {
  const spec = `${rev}:./${path.split('\\').join('/')}`;
  if (!git(['cat-file', '-e', spec]).ok) return undefined;
  const shown = git(['show', spec]);
  if (!shown.ok) throw new Error(`git show ${spec} failed: ${shown.stderr}`);
  return shown.stdout.toString('utf8');
}

export interface ChangedFile {
  /** Where the file is now (relative to the current folder). */
  path: string;
  /** Where it was at the revision, when git saw a rename. */
  previousPath?: string;
}

/**
 * TOM files under the current folder that differ from `rev`: changed, added, deleted and renamed
 * ones (git's rename detection), and new files git does not track yet.
 */
export function changedTomFiles(rev: string): ChangedFile[] {
  const diff = git(['diff', '--name-status', '-M', '--relative', '-z', rev, '--']);
  if (!diff.ok) throw new Error(`git diff ${rev} failed: ${diff.stderr}`);
  const fields = diff.stdout.toString('utf8').split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length;) {
    const status = fields[i];
    if (status.startsWith('R') || status.startsWith('C')) {
      const [from, to] = [fields[i + 1], fields[i + 2]];
      i += 3;
      if (isTomFile(to)) files.push(status.startsWith('R') && isTomFile(from) ? { path: to, previousPath: from } : { path: to });
      else if (status.startsWith('R') && isTomFile(from)) files.push({ path: from });
    } else {
      if (isTomFile(fields[i + 1])) files.push({ path: fields[i + 1] });
      i += 2;
    }
  }
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']);
  for (const path of untracked.ok ? untracked.stdout.toString('utf8').split('\0') : []) if (isTomFile(path)) files.push({ path });
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
