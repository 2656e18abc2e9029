/** `file:line:col severity rule-id message`, one line each, then a summary line. */
import { severityName } from '../../service';
import type { Counts, FileResult } from '../results';

export function formatText(results: FileResult[], counts: Counts): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(`${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${severityName(f.severity)} ${f.code} ${f.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const parts = (Object.keys(counts) as (keyof Counts)[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}${counts[k] === 1 ? '' : 's'}`);
  lines.push(total === 0
    ? `${results.length} file${results.length === 1 ? '' : 's'} checked: no problems.`
    : `${results.length} file${results.length === 1 ? '' : 's'} checked: ${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')}).`);
  return lines.join('\n') + '\n';
}
