/**
 * Rules run per part: a rule that looks at one measure at a time runs on each measure alone, and
 * its findings are kept with the measure's parsed part (document/parsedParts.ts). A measure whose
 * text an edit did not change keeps its findings, moved to its new line; only the changed measures
 * and the rules on the whole document run again.
 */
import { partOf } from '../document/parsedParts';
import { movedDown } from './findings';
import type { TextField, TomModel } from '../document/model';
import type { RuleContext } from './rule';
import type { AnyRule } from './index';
import type { Finding } from '../types';

/**
 * A rule of `scope: 'measure'` (rule.ts): its findings on a measure depend only on that measure (and
 * on today, the settings and `document.language(s)`); its other findings (document dates and texts,
 * commitments) come from a run on the document without its measures. Every other rule runs on the
 * whole document.
 */
const measureScoped = (rule: AnyRule) => rule.scope === 'measure';

interface Kept { context: string; line: number; findings: Finding[] }
const kept = new WeakMap<object, Kept>();

type Run = (rule: AnyRule, ctx: RuleContext) => void;

/**
 * Every rule's findings, as one run on the whole document would give them. `context` names what
 * besides the measure a measure's findings depend on; `run` calls one rule (and may log its failure).
 */
export function runRules(rules: readonly AnyRule[], ctx: Omit<RuleContext, 'add'>, context: string, run: Run, isCancelled: () => boolean): Finding[] | undefined {
  const { model, text } = ctx;
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const perMeasure = rules.filter(measureScoped);
  for (const rule of rules) {
    if (isCancelled()) return undefined;
    if (!measureScoped(rule)) run(rule, { ...ctx, add });
  }
  const measureTexts = new Set<TextField>();
  for (const m of model.measures) for (const t of m.texts) measureTexts.add(t);
  const rest: TomModel = { ...model, measures: [], texts: model.texts.filter((t) => !measureTexts.has(t)) };
  for (const rule of perMeasure) run(rule, { ...ctx, model: rest, add });

  for (const m of model.measures) {
    if (isCancelled()) return undefined;
    const part = partOf(m.map);
    const start = part ? part.base : m.map.range?.[0] ?? 0;
    const line = text.positionAt(start).line;
    const hit = part && kept.get(part);
    if (hit && hit.context === context) {
      for (const f of hit.findings) add(movedDown(f, line - hit.line));
      continue;
    }
    const own: Finding[] = [];
    const end = m.map.range?.[2] ?? start;
    const alone: TomModel = { ...model, sections: [], measures: [m], texts: m.texts, scopeRefs: [], subprocessors: [], certifications: [], scopes: undefined, commitments: undefined };
    for (const rule of perMeasure) {
      // the measure's own findings: a rule that also reads the document's header reports that elsewhere
      run(rule, { ...ctx, model: alone, add: (f) => { if (within(text.offsetAt(f.range.start), start, end)) own.push(f); } });
    }
    if (part) kept.set(part, { context, line, findings: own });
    for (const f of own) add(f);
  }
  return findings;
}

const within = (offset: number, start: number, end: number) => offset >= start && offset <= end;

