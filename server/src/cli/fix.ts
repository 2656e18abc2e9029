/**
 * `check --fix` and `--fix-dry-run`: the safe fixes of docs/quick-fixes.md applied until none applies,
 * written back (with the file's BOM, if it had one) or shown as a unified diff. A file that is not
 * valid UTF-8 is never written: its U+FFFD replacement characters would destroy the original bytes.
 */
import { openSync, readSync, closeSync, writeFileSync } from 'node:fs';
import { unifiedDiff, type Settings, type TomService } from '../service';
import type { ReadResult } from './files';

export type FixMode = 'write' | 'dry-run';

export interface FixOutcome {
  /** The text to check: fixed, or the original when nothing could be fixed. */
  text: string;
  /** The unified diff of what was (or would be) changed; empty when nothing. */
  diff: string;
  /** Why the file was left alone. */
  error?: string;
}

function startsWithBom(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head.equals(Buffer.from([0xef, 0xbb, 0xbf]));
  } finally {
    closeSync(fd);
  }
}

export function fixFile(service: TomService, uri: string, path: string, shown: string, read: Extract<ReadResult, { text: string }>, mode: FixMode, settings: Settings): FixOutcome {
  if (read.invalidUtf8) return { text: read.text, diff: '', error: `${shown}: not valid UTF-8, so not fixed (save it as UTF-8 first)` };
  const { text } = service.fixAll({ uri, version: 0, getText: () => read.text }, { safeOnly: true, maxRounds: 50, settings });
  if (text === read.text) return { text, diff: '' };
  if (mode === 'write') writeFileSync(path, (startsWithBom(path) ? '\uFEFF' : '') + text, 'utf8');
  return { text, diff: unifiedDiff(shown, read.text, text) };
}
