/** Machine-readable findings: 1-based lines and columns, as people and CI tools count them. */
import { severityName } from '../../service';
import type { Counts, FileResult } from '../results';

export function formatJson(results: FileResult[], counts: Counts): string {
  return JSON.stringify({
    files: results.map((r) => ({
      path: r.path,
      findings: r.findings.map((f) => ({
        rule: f.code,
        severity: severityName(f.severity),
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
      })),
    })),
    summary: counts,
  }, null, 2) + '\n';
}
