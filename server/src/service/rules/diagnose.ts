/** All findings of a document: syntax, schema, profiles and rules, with suppressions and severity overrides applied. */
import type { Document } from 'yaml';
import type { Analysis } from '../document/analysis';
import { localize, lspSeverity, type FindingSink } from './findings';
import { checkProfiles } from '../schema/profiles';
import { documentRules, rules } from './';
import { reportSchemaErrors } from '../schema/schemaErrors';
import { emptyDocumentFinding } from './schema';
import { tomValidator } from '../schema/schemas';
import { findSuppressions, isSuppressed } from './suppressions';
import type { Finding, Host, Settings, Severity } from '../types';

const rangeKey = ({ range: { start, end } }: Finding) => `${start.line}:${start.character}:${end.line}:${end.character}`;

export function diagnose(analysis: Analysis, host: Host, settings: Settings, isCancelled: () => boolean = () => false): Finding[] {
  const { model, text, data } = analysis;
  let all: Finding[] = [...analysis.findings];
  // no YAML at all, and nothing refused: an empty file, which a TOM document cannot be
  if (!analysis.yaml && all.length === 0) all.push(emptyDocumentFinding());
  if (model && data !== undefined) {
    const schemaFindings: Finding[] = [];
    const validate = tomValidator();
    if (!validate(data)) reportSchemaErrors(validate.errors ?? [], { doc: model.doc as Document, text, add: (f) => schemaFindings.push(f) });
    checkProfiles(analysis.uri, model, data, text, host, settings, (f) => schemaFindings.push(f));

    const ruleFindings: Finding[] = [];
    const add: FindingSink = (f) => ruleFindings.push(f);
    for (const rule of documentRules) {
      if (isCancelled()) return [];
      if (settings.rules[rule.id] === 'off') continue;
      try {
        rule.check!({ model, text, today: host.today(), settings, add });
      } catch (e) {
        host.log?.(`rule ${rule.id} failed on ${analysis.uri}: ${(e as Error).stack ?? e}`);
      }
    }
    // A rule's finding is more specific than the schema's at the same node (unknown-control-type vs. enum).
    // A set, not a search per schema finding (a large broken document has thousands of both), and
    // only built when there is a schema finding: most checks have none, and keys cost ~0.5 µs each.
    const ruleRanges = new Set(schemaFindings.length ? ruleFindings.map(rangeKey) : []);
    // concat, not push(...): a text with 200,000 TODOs has as many findings, beyond what a call's arguments hold
    all = all.concat(schemaFindings.filter((s) => !ruleRanges.has(rangeKey(s))), ruleFindings);
  }
  const suppressions = findSuppressions(text, model?.doc, (f) => all.push(f));
  return all
    .filter((f) => settings.rules[f.code] !== 'off' && !isSuppressed(f, suppressions, text))
    // the user's setting, else the finding's own (a rule may say less than its default), else the rule's default
    .map((f) => {
      const set = settings.rules[f.code] as Severity | undefined;
      return { ...localize(f, settings.locale), severity: set ? lspSeverity[set] : f.severity ?? lspSeverity[rules[f.code].severity] };
    })
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
