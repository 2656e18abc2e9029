/** SARIF 2.1.0, so that code-scanning and review tools show the findings inline in a pull request. */
import { ruleModules, severityName, type RuleId } from '../../service';
import type { FileResult } from '../results';
import { version } from '../version';

const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** A summary as plain text: SARIF's shortDescription is not Markdown. */
const plain = (markdown: string) => (markdown[0].toUpperCase() + markdown.slice(1)).replace(/`/g, '') + '.';

export function formatSarif(results: FileResult[]): string {
  const ids: RuleId[] = ruleModules.map((r) => r.id);
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'tom-studio',
          version,
          rules: ruleModules.map((r) => ({
            id: r.id,
            shortDescription: { text: plain(r.summary.en) },
            fullDescription: { text: `${plain(r.docs.finds)} Points at ${r.docs.pointsAt}.` },
            // the help travels inside the log (no helpUri: the tool has no public page to point at,
            // and a review tool shows help.markdown beside the finding)
            help: {
              text: `${plain(r.docs.finds)} Points at ${r.docs.pointsAt}.${r.fixes ? ' Has a quick-fix.' : ''}`,
              markdown: `**${r.id}** (default: ${r.severity}): ${r.docs.finds}.\n\nPoints at ${r.docs.pointsAt}.${r.fixes ? ' Has a quick-fix in the editor.' : ''}`,
            },
            defaultConfiguration: { level: level[r.severity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => r.findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: ids.indexOf(f.code),
        level: level[severityName(f.severity)],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.path.split('\\').join('/') },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        }],
      }))),
    }],
  }, null, 2) + '\n';
}
