/**
 * `tom-studio diff OLD NEW` and `tom-studio diff --git REV [PATH...]`: what a change does to a TOM
 * document's promises, as Markdown for a pull-request comment or as JSON. Exit codes: 0, or 1 with
 * --fail-on-weakening when something weakened; 2 for usage, I/O and git errors.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { diffTom, renderMarkdown, type FileDiff } from '../service';
import { UsageError, type CommandResult } from './command';
import { readText } from './files';
import { changedTomFiles, checkRevision, showFile } from './git';

export interface DiffOptions {
  paths: string[];
  /** Compare the working files with this git revision. */
  git?: string;
  format: string;
  failOnWeakening: boolean;
}

const formats = ['markdown', 'json'];

/** A file's text; undefined when it does not exist. Errors (the main function's exit code 2) for anything else. */
function readFile(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const read = readText(path);
  if ('error' in read) throw new Error(`${path}: ${read.error}`);
  return read.text;
}

function gitDiffs(rev: string, paths: string[]): FileDiff[] {
  checkRevision(rev);
  const files = paths.length
    ? paths.map((p) => ({ path: isAbsolute(p) ? relative(process.cwd(), p) : p, previousPath: undefined }))
    : changedTomFiles(rev);
  return files.map(({ path, previousPath }) => {
    const before = showFile(rev, previousPath ?? path);
    const after = readFile(path);
    if (before === undefined && after === undefined) throw new Error(`${path}: no such file, neither in the working tree nor in ${rev}`);
    return { path: previousPath ? `${previousPath} → ${path}` : path, diff: diffTom(before, after) };
  });
}

function fileDiff(paths: string[]): FileDiff {
  if (paths.length !== 2) throw new UsageError('diff compares two files (OLD NEW), or files with a git revision (--git REV [PATH...])');
  const [before, after] = paths.map((p) => {
    const text = readFile(p);
    if (text === undefined) throw new Error(`${p}: no such file`);
    return text;
  });
  return { path: paths[1], diff: diffTom(before, after) };
}

export function runDiff(opts: DiffOptions): CommandResult {
  if (!formats.includes(opts.format)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  const files = opts.git !== undefined ? gitDiffs(opts.git, opts.paths) : [fileDiff(opts.paths)];
  const weakening = files.reduce((n, f) => n + f.diff.changes.filter((c) => c.weakening.length).length, 0);
  const stdout = opts.format === 'json'
    ? JSON.stringify({ files: files.map((f) => ({ path: f.path, ...f.diff })), weakening }, null, 2) + '\n'
    : renderMarkdown(files);
  return { stdout, stderr: '', exitCode: opts.failOnWeakening && weakening > 0 ? 1 : 0 };
}
