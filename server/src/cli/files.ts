/** Finding TOM files on disk, reading and writing them as text, with every problem reported, never skipped. */
import { readdirSync, readFileSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import type { CommandResult } from './command';

export const isTomFile = (name: string) => /\.tom\.ya?ml$/i.test(name);

const skippedFolders = new Set(['node_modules', '.git']);

/** Every entry below `dir` that `keep` accepts, in name order, skipping node_modules and .git. */
function walk(dir: string, keep: (entry: Dirent) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !skippedFolders.has(entry.name)) walk(full, keep, out);
    else if (keep(entry)) out.push(full);
  }
  return out;
}

// a link is listed too, so that a broken one is reported as unreadable rather than skipped
const tomFileOrLink = (e: Dirent) => (e.isFile() || e.isSymbolicLink()) && isTomFile(e.name);

export interface Expanded { files: string[]; errors: string[] }

/** Paths, folders (searched for *.tom.yaml / *.tom.yml) and globs → files, in a stable order. */
export function expandPaths(args: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    const full = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) walk(full, tomFileOrLink, files);
    else if (stat) files.push(full);
    else if (/[*?[{]/.test(arg)) {
      const base = resolve(cwd, arg.split(/[\\/]/).filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?[{]/.test(p))).join('/') || '.');
      const found: string[] = [];
      try {
        walk(base, (e) => e.isFile(), found);
      } catch {
        // an unreadable base folder is reported below as "matched no file"
      }
      const matched = found.filter((f) => minimatch((isAbsolute(arg) ? f : relative(cwd, f)).split(sep).join('/'), arg.replace(/^\.\//, ''), { dot: true }));
      if (matched.length === 0) errors.push(`${arg}: no file matches`);
      files.push(...matched);
    } else errors.push(`${arg}: no such file or folder`);
  }
  return { files: [...new Set(files)], errors };
}

export type ReadResult = { text: string; invalidUtf8: boolean } | { error: string };

const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/**
 * The file as text. Invalid UTF-8 is decoded with U+FFFD in place of the bad bytes and flagged, so
 * that the caller can report where, still analyse the rest, and never write the file back.
 */
/** A file's bytes, or why they cannot be read. */
export function readBytes(path: string): { bytes: Buffer } | { error: string } {
  try {
    return { bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? (e as Error).message})` };
  }
}

export function readText(path: string): ReadResult {
  const read = readBytes(path);
  if ('error' in read) return read;
  const { bytes } = read;
  try {
    return { text: strict.decode(bytes), invalidUtf8: false };
  } catch {
    return { text: lossy.decode(bytes), invalidUtf8: true };
  }
}

/** Writes a command's output to the file the user named (-o); `notes` go to stderr before "wrote ...". */
export function writeOutput(path: string, text: string, notes = ''): CommandResult {
  try {
    writeFileSync(path, text);
  } catch (e) {
    return { stdout: '', stderr: `tom-studio: cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`, exitCode: 2 };
  }
  return { stdout: '', stderr: `${notes}tom-studio: wrote ${relative(process.cwd(), path) || path}\n`, exitCode: 0 };
}
