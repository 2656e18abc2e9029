/**
 * Rules run per part: a rule that looks at one measure at a time runs on the measures an edit
 * changed only, and its findings are kept with each measure's parsed part (document/parsedParts.ts).
 * A measure whose text an edit did not change keeps its findings, moved to its new line; only the
 * changed measures and the rules on the whole document run again.
 */
import { partOf } from '../document/parsedParts';
import { KeptFindings } from './keptFindings';
import { lastAtOrBefore } from '../util/sortedSearch';
import type { TomModel } from '../document/model';
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

const kept = new KeptFindings<string>();

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
  const rest: TomModel = { ...model, measures: [], texts: model.otherTexts };
  for (const rule of perMeasure) run(rule, { ...ctx, model: rest, add });

  // The measures without kept findings (all of them at the first check) are checked together, each
  // rule once: its findings on a measure lie inside the measure, and each goes to the one it is in
  // (what it reports on the header came from the run on `rest`).
  const places = model.measures.map((m) => {
    const part = partOf(m.map);
    const start = part ? part.base : m.map.range?.[0] ?? 0;
    return { m, part, start, end: m.map.range?.[2] ?? start, own: [] as Finding[] };
  });
  const fresh = places.filter((p) => !p.part || !kept.has(p.part, context));
  if (fresh.length) {
    const batch: TomModel = {
      ...model, sections: [], measures: fresh.map((p) => p.m), texts: fresh.flatMap((p) => p.m.texts),
      scopeRefs: [], subprocessors: [], certifications: [], scopes: undefined, commitments: undefined,
    };
    const addToMeasure = (f: Finding) => placeOf(fresh, text.offsetAt(f.range.start))?.own.push(f);
    for (const rule of perMeasure) {
      if (isCancelled()) return undefined;
      run(rule, { ...ctx, model: batch, add: addToMeasure });
    }
  }
  for (const p of places) for (const f of p.part ? kept.of(p.part, context, text, () => p.own) : p.own) add(f);
  return findings;
}

/** The place (in text order) whose measure holds `offset`: the last starting at or before it, if it reaches that far. */
function placeOf<P extends { start: number; end: number }>(places: readonly P[], offset: number): P | undefined {
  const place = places[lastAtOrBefore(places.length, (i) => places[i].start, offset)];
  return place && place.start <= offset && offset <= place.end ? place : undefined;
}

