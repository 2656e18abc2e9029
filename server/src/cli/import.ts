/**
 * `tom-studio import FILE [-o OUT.tom.yaml] [--lang de|en] [--organization NAME] [--role ROLE] [--force]`:
 * an existing TOM page (text, Markdown, HTML) as a TOM document. The YAML goes to stdout (or OUT),
 * the report of what was not mapped and what is left to fill always to stderr.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { importTom, roles } from '../service';
import { readText, writeOutput } from './files';
import { UsageError, type CommandResult } from './command';

export interface ImportCliOptions {
  file?: string;
  out?: string;
  lang?: string;
  organization?: string;
  role?: string;
  force: boolean;
}

const languages = ['de', 'en'];

export function runImport(opts: ImportCliOptions): CommandResult {
  if (!opts.file) throw new UsageError('import needs a file: tom-studio import FILE [-o OUT.tom.yaml] [--lang de|en] [--organization NAME] [--role ROLE]');
  if (opts.lang !== undefined && !languages.includes(opts.lang)) throw new UsageError(`--lang must be one of ${languages.join(', ')}`);
  if (opts.role !== undefined && !(roles as readonly string[]).includes(opts.role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  if (opts.organization !== undefined && !opts.organization.trim()) throw new UsageError('--organization needs a name');
  const read = readText(opts.file);
  if ('error' in read) return { stdout: '', stderr: `tom-studio: ${opts.file}: ${read.error}\n`, exitCode: 2 };
  // A TOM file that somebody has edited by hand is never overwritten by accident.
  if (opts.out && existsSync(opts.out) && !opts.force) return { stdout: '', stderr: `tom-studio: ${opts.out} exists; choose another name or pass --force\n`, exitCode: 2 };
  const notUtf8 = read.invalidUtf8 ? `tom-studio: ${opts.file} is not valid UTF-8; unreadable bytes are shown as �\n` : '';
  const result = importTom(read.text, { fileName: basename(opts.file), language: opts.lang, organization: opts.organization?.trim(), role: opts.role });
  const notes = notUtf8 + result.message;
  return opts.out ? writeOutput(opts.out, result.yaml, notes) : { stdout: result.yaml, stderr: notes, exitCode: 0 };
}
