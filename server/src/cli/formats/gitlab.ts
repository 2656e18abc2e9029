/**
 * A GitLab Code Quality report, so that merge requests show the findings. Each finding's fingerprint
 * is a hash of the file, the rule, the key path of the node it points at, that node's text and the
 * finding's facts (`data`: which control type is missing, which language), never of line numbers or
 * messages (which name lines): an unrelated edit above leaves it unchanged, so GitLab sees the same
 * finding, not a fixed one and a new one.
 */
import { createHash } from 'node:crypto';
import { createTomService, keyPathAt, severityName, type Severity } from '../../service';
import type { FileResult } from '../results';

/** Code Quality's scale is blocker, critical, major, minor, info; nothing of ours blocks more than an error. */
const severity: Record<Severity, string> = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' };

export function formatGitlab(results: FileResult[]): string {
  const service = createTomService();
  const issues = results.flatMap((r) => {
    const path = r.path.split('\\').join('/');
    const analysis = service.analyse({ uri: `file:///${path}`, version: 0, getText: () => r.text });
    const seen = new Map<string, number>();
    return r.findings.map((f) => {
      const start = analysis.text.offsetAt(f.range.start);
      const node = analysis.yaml ? keyPathAt(analysis.yaml, start) : '';
      const content = r.text.slice(start, analysis.text.offsetAt(f.range.end));
      const identity = [path, f.code, node, content, JSON.stringify(f.data ?? null)].join('\0');
      // what still looks the same (an id used twice in one section) is told apart by its order
      const nth = seen.get(identity) ?? 0;
      seen.set(identity, nth + 1);
      return {
        description: f.message,
        check_name: f.code,
        fingerprint: createHash('sha256').update(`${identity}\0${nth}`).digest('hex'),
        severity: severity[severityName(f.severity)],
        location: { path, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
      };
    });
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
