/** What `check` found in one file, as every output format receives it. */
import type { Finding } from '../service';

export interface FileResult {
  /** The path as the user should read it: relative to the current folder. */
  path: string;
  findings: Finding[];
}

export interface Counts { error: number; warning: number; info: number; hint: number }
