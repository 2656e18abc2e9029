/** Runs the shipped CLI bundle (dist/cli.js) as a user would, with today fixed. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixedToday, repoRoot } from './lspClient';

export interface CliRun { stdout: string; stderr: string; status: number | null; signal: NodeJS.Signals | null }

/** The environment's locale is fixed to C (English) unless `env` says otherwise, whatever the machine's. */
export function cli(args: string[], opts: { cwd?: string; today?: boolean; input?: string; env?: Record<string, string> } = {}): CliRun {
  const withToday = opts.today === false || args[0] !== 'check' ? args : [...args, '--today', fixedToday];
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tom-studio.js'), ...withToday], {
    cwd: opts.cwd ?? repoRoot, env: { ...process.env, LC_ALL: 'C', ...opts.env }, encoding: 'utf8', input: opts.input, timeout: 60000, maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}
