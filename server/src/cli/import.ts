/**
 * `tom-studio import FILE [-o OUT.tom.yaml] [--lang de|en] [--organization NAME] [--role ROLE] [--force]`:
 * an existing TOM page (text, Markdown, HTML, Word .docx, PDF) as a TOM document. The YAML goes to
 * stdout (or OUT), the report of what was not mapped, what is left to fill and what was guessed
 * always to stderr.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { readImportSource } from '../readers';
import { importTom, roles } from '../service';
import { readBytes, writeOutput } from './files';
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

export async function runImport(opts: ImportCliOptions): Promise<CommandResult> {
  if (!opts.file) throw new UsageError('import needs a file: tom-studio import FILE [-o OUT.tom.yaml] [--lang de|en] [--organization NAME] [--role ROLE]');
  if (opts.lang !== undefined && !languages.includes(opts.lang)) throw new UsageError(`--lang must be one of ${languages.join(', ')}`);
  if (opts.role !== undefined && !(roles as readonly string[]).includes(opts.role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  if (opts.organization !== undefined && !opts.organization.trim()) throw new UsageError('--organization needs a name');
  const read = readBytes(opts.file);
  if ('error' in read) return { stdout: '', stderr: `tom-studio: ${opts.file}: ${read.error}\n`, exitCode: 2 };
  // A TOM file that somebody has edited by hand is never overwritten by accident.
  if (opts.out && existsSync(opts.out) && !opts.force) return { stdout: '', stderr: `tom-studio: ${opts.out} exists; choose another name or pass --force\n`, exitCode: 2 };
  const source = await readImportSource(read.bytes, basename(opts.file));
  const result = importTom(source.text, {
    fileName: basename(opts.file), format: source.format, sourceKind: source.sourceKind,
    language: opts.lang, organization: opts.organization?.trim(), role: opts.role,
  });
  const notes = source.notes.map((n) => `tom-studio: ${n}\n`).join('') + result.message;
  return opts.out ? writeOutput(opts.out, result.yaml, notes) : { stdout: result.yaml, stderr: notes, exitCode: 0 };
}
