/** SARIF 2.1.0, so that code-scanning and review tools show the findings inline in a pull request. */
import { rules, severityName, type RuleId } from '../../service';
import type { FileResult } from '../results';
import { version } from '../version';

const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(results: FileResult[]): string {
  const ids = Object.keys(rules) as RuleId[];
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'tom-studio',
          version,
          rules: ids.map((id) => ({
            id,
            shortDescription: { text: rules[id].summary },
            defaultConfiguration: { level: level[rules[id].severity] },
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
