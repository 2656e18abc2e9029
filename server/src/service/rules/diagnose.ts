/** All findings of a document: syntax, schema, profiles and rules, with suppressions and severity overrides applied. */
import type { Analysis } from '../document/analysis';
import { localize, lspSeverity } from './findings';
import { get, publishedLanguages, str } from '../document/model';
import { runRules } from './byPart';
import type { RuleContext } from './rule';
import type { AnyRule } from './index';
import { checkProfiles } from '../schema/profiles';
import { documentRules, rules } from './';
import { emptyDocumentFinding } from './schema';
import { tomSchemaFindings } from '../schema/byPart';
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
    tomSchemaFindings(model, data, text, (f) => schemaFindings.push(f));
    checkProfiles(analysis.uri, model, data, text, host, settings, (f) => schemaFindings.push(f));

    const run = (rule: AnyRule, ctx: RuleContext) => {
      if (settings.rules[rule.id] === 'off') return;
      try {
        rule.check!(ctx);
      } catch (e) {
        host.log?.(`rule ${rule.id} failed on ${analysis.uri}: ${(e as Error).stack ?? e}`);
      }
    };
    const today = host.today();
    // what a measure's findings depend on besides the measure itself
    const context = JSON.stringify([today, settings, publishedLanguages(model), str(get(model.doc, model.meta, 'language'))]);
    const ruleFindings = runRules(documentRules, { model, text, today, settings }, context, run, isCancelled);
    if (!ruleFindings) return [];
    // A rule's finding is more specific than the schema's at the same node (unknown-control-type vs. enum).
    // A set, not a search per schema finding (a large broken document has thousands of both), and
    // only built when there is a schema finding: most checks have none, and keys cost ~0.5 µs each.
    const ruleRanges = new Set(schemaFindings.length ? ruleFindings.map(rangeKey) : []);
    // concat, not push(...): a text with 200,000 TODOs has as many findings, beyond what a call's arguments hold
    // A part with a syntax error is read only as far as the parser got: what the schema says of it is the
    // error's echo (a key it lost, say), not the author's mistake.
    const broken = analysis.broken ?? [];
    const echo = (f: Finding) => broken.some(([from, to]) => { const at = text.offsetAt(f.range.start); return at >= from && at < to; });
    // The schema and the rules read the node the parser made of the broken text (a title whose quote
    // never closes is a plain string that "lacks" its translations): a finding on the error's own
    // characters is echo too, also where the text was parsed whole. (With a model, what the parser
    // found are syntax errors only: a file too large, or empty, has no model.)
    const onError = (f: Finding) => analysis.errorSpans.some(([from, to]) => text.offsetAt(f.range.start) < to && from < text.offsetAt(f.range.end));
    all = all.concat(schemaFindings.filter((s) => !ruleRanges.has(rangeKey(s)) && !echo(s) && !onError(s)), ruleFindings.filter((f) => !onError(f)));
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
