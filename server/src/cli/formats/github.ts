/**
 * GitHub Actions workflow commands, one per finding, so that findings appear inline in a pull
 * request's diff: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<message>`.
 */
import { severityName, type Severity } from '../../service';
import type { FileResult } from '../results';

/** GitHub knows three annotation levels; info and hint are both notices. */
const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** The runner reads `%`, CR and LF as escapes in a command's message... */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** ...and also `:` and `,` in its properties, which would otherwise end the value. */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const { start, end } = f.range;
      const props: [string, string | number][] = [['file', r.path.split('\\').join('/')], ['line', start.line + 1]];
      // GitHub accepts columns only for a finding on one line
      if (start.line === end.line) props.push(['col', start.character + 1]);
      props.push(['endLine', end.line + 1]);
      if (start.line === end.line) props.push(['endColumn', end.character + 1]);
      props.push(['title', f.code]);
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${command[severityName(f.severity)]} ${list}::${escapeData(f.message)}`);
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}
