/** What `check` found in one file, as every output format receives it. */
import type { Finding } from '../service';

export interface FileResult {
  /** The path as the user should read it: relative to the current folder. */
  path: string;
  findings: Finding[];
  /** The file's text, for formats that name the node a finding is on (GitLab fingerprints). */
  text: string;
}

export interface Counts { error: number; warning: number; info: number; hint: number }
