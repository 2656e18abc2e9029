/**
 * Quick-fixes: rule id → fix builder, and the two ways fixes are used — code actions for the findings
 * at a place, and fix-all (on save, `check --fix`). Every fix is verified before it is offered: applied
 * to the text, its finding must be gone and no finding may appear beyond the placeholders it declares.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../document/analysis';
import type { Finding, Locale, RuleId } from '../types';
import { lineEdits } from './diff';
import { keyPathAt } from '../document/keyPath';
import { chainTo } from './nodeChain';
import { rules } from '../rules';
import { isEmptyDocumentFinding } from '../rules/schema';
import { emptyModel } from '../document/model';
import type { RuleModule } from '../rules/rule';
import { suggestedMappingFixes } from './suggestedMappings';
import { fixSuppression } from './suppression';
import { applyEdits, sourceStyle } from './textEdits';
import type { Edit, FixContext, FixDraft } from './types';

export type { Edit, FixDraft } from './types';
export { applyEdits } from './textEdits';
export { unifiedDiff } from './diff';

/** A finding's rule, with its data type erased: the engine passes each rule's own data back to its own fixes. */
const ruleOf = (f: Finding) => rules[f.code] as RuleModule<RuleId, unknown>;

/** Checks a text as the user's settings say: the analysis and its findings. */
export type Checker = (text: string) => { analysis: Analysis; findings: Finding[] };

/** A verified fix: its edits as offsets, and whether it is the suppression (the last choice). */
export interface Fix extends FixDraft {
  finding: Finding;
  suppression?: boolean;
}

type Checked = ReturnType<Checker>;

/**
 * What makes a finding the same one after an edit: its rule and the path of keys and list positions
 * to it. Not its line (edits move lines) nor its message (which may name a suggested id that changes).
 */
function identity(checked: Checked, f: Finding): string {
  const { yaml, text } = checked.analysis;
  const path = yaml ? keyPathAt(yaml, text.offsetAt(f.range.start), false) : '';
  const own = ruleOf(f).identity;
  return `${f.code}\u0000${own ? own(path, f.data) : path}`;
}

/**
 * Each finding's identity, and how many findings share each identity. Computed once per checked text:
 * the original is compared with every candidate fix, and identities walk the AST.
 */
interface Tally { ids: string[]; counts: Map<string, number> }
const tallies = new WeakMap<Checked, Tally>();

function tally(checked: Checked): Tally {
  let t = tallies.get(checked);
  if (t) return t;
  t = { ids: checked.findings.map((f) => identity(checked, f)), counts: new Map() };
  for (const id of t.ids) t.counts.set(id, (t.counts.get(id) ?? 0) + 1);
  tallies.set(checked, t);
  return t;
}

/** The findings that `after` has more of (by rule and place) than `before`. */
function newFindings(before: Checked, after: Checked): Finding[] {
  const left = new Map(tally(before).counts);
  const { ids } = tally(after);
  return after.findings.filter((_, i) => {
    const n = left.get(ids[i]) ?? 0;
    left.set(ids[i], n - 1);
    return n <= 0;
  });
}

/** Whether applying the fixes to the text removes each target finding and adds nothing undeclared. */
function holds(check: Checker, text: string, before: Checked, fixes: readonly Fix[]): boolean {
  const edits = fixes.flatMap((f) => f.edits);
  if (overlapping(edits)) return false;
  const after = check(applyEdits(text, edits));
  const allowed = new Set(fixes.flatMap((f) => f.creates ?? []));
  // a value the author picks (a role, say) may bring other rules to bear: such a fix is held only to
  // adding no syntax or schema finding
  const choice = fixes.some((f) => f.choice);
  if (newFindings(before, after).some((f) => !allowed.has(f.code) && !(choice && f.code !== 'schema' && f.code !== 'yaml-syntax'))) return false;
  const remaining = tally(after).counts;
  const initial = tally(before).counts;
  return fixes.every((f) => (remaining.get(identity(before, f.finding)) ?? 0) < (initial.get(identity(before, f.finding)) ?? 0));
}

function overlapping(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  return sorted.some((e, i) => i > 0 && e.from < sorted[i - 1].to + (e.from === e.to || sorted[i - 1].from === sorted[i - 1].to ? 1 : 0));
}

/** The unverified fixes of one finding, best first (each builder lists its preferred fix first), the suppression last. */
function draftFixes(analysis: Analysis, finding: Finding, today: string): Fix[] {
  const { text } = analysis;
  const model = analysis.model ?? (isEmptyDocumentFinding(finding) ? emptyModel : undefined);
  if (!model) return [];
  const source = text.getText();
  const from = text.offsetAt(finding.range.start);
  const to = text.offsetAt(finding.range.end);
  const ctx: FixContext = { finding, data: finding.data, text: source, style: sourceStyle(source), model, today, from, target: chainTo(model.doc, from, to, source) };
  const rule = ruleOf(finding);
  const fixes: Fix[] = [];
  try {
    fixes.push(...(rule.fixes?.(ctx) ?? []).map((d) => ({ ...d, finding })));
    if (rule.suppressible) fixes.push(...fixSuppression(ctx).map((d) => ({ ...d, finding, suppression: true })));
  } catch {
    return fixes.filter((f) => f.suppression); // a fix builder's bug must never cost the user the editor
  }
  return fixes;
}

/** The verified fixes of one finding of `text` (`before` is its check). */
function fixesFor(check: Checker, text: string, before: Checked, finding: Finding, today: string): Fix[] {
  return draftFixes(before.analysis, finding, today).filter((f) => holds(check, text, before, [f]));
}

export interface FixAllOptions {
  /** Only this rule's findings. */
  rule?: RuleId;
  /** Only fixes marked safe (fix-all on save, `check --fix`). */
  safeOnly?: boolean;
  /** Stop after this many rounds (each round re-checks the text). */
  maxRounds?: number;
}

export interface FixAllResult {
  text: string;
  /** The titles of the fixes applied, in order, in the language of the settings. */
  applied: string[];
}

/**
 * Applies the preferred fix of each finding (never a suppression) until none applies: per round all
 * fixes that do not touch each other at once, and if together they fail verification, the first one
 * that holds alone. Bounded, so that fixes that undo each other cannot loop.
 */
export function fixAll(check: Checker, text: string, today: string, opts: FixAllOptions = {}, locale: Locale = 'en'): FixAllResult {
  const applied: string[] = [];
  const rejected = new Set<string>();
  for (let round = 0; round < (opts.maxRounds ?? 100); round++) {
    const before = check(text);
    const candidates = before.findings
      .filter((f) => !opts.rule || f.code === opts.rule)
      .map((f) => draftFixes(before.analysis, f, today).find((x) => x.preferred && !x.suppression && (x.safe || !opts.safeOnly)))
      .filter((f): f is Fix => !!f && !rejected.has(`${identity(before, f.finding)}\u0000${f.title.en}`));
    const batch: Fix[] = [];
    for (const c of candidates) if (!overlapping([...batch, c].flatMap((f) => f.edits))) batch.push(c);
    let chosen: Fix[] | undefined = batch.length && holds(check, text, before, batch) ? batch : undefined;
    for (const c of chosen ? [] : candidates) {
      if (holds(check, text, before, [c])) { chosen = [c]; break; }
      rejected.add(`${identity(before, c.finding)}\u0000${c.title.en}`);
    }
    if (!chosen) break;
    text = applyEdits(text, chosen.flatMap((f) => f.edits));
    applied.push(...chosen.map((f) => f.title[locale]));
  }
  return { text, applied };
}

const intersects = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/** Whether a requested kind (`only`) covers an action's kind: equal, or a parent in the dot hierarchy. */
const covers = (only: readonly string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

export const fixAllKind = `${CodeActionKind.SourceFixAll}.tom`;

export interface CodeActionOptions {
  uri: string;
  range: Range;
  only?: string[];
  /** The diagnostics the user asked about (the request's `context.diagnostics`): their fixes come first. */
  diagnostics?: Diagnostic[];
  isCancelled?: () => boolean;
  /** The language of the titles (the settings' locale). */
  locale?: Locale;
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The findings the client's diagnostics are (by rule, place and message). */
const picked = (findings: readonly Finding[], diagnostics: readonly Diagnostic[]) =>
  findings.filter((f) => diagnostics.some((d) => d.code === f.code && sameRange(d.range, f.range) && d.message === f.message));

/**
 * Code actions for the findings at `range`: each finding's verified fixes (preferred first, tom-ignore
 * last), "Fix all <rule> problems" when a rule has several fixable findings, and `source.fixAll.tom`
 * (only when asked for by kind: it re-checks the file once per round). When the request names
 * diagnostics, their findings' fixes come first and only those can be preferred: "Quick Fix…" on one of
 * several problems at a place offers the fix for that one, not for its neighbour.
 */
export function codeActions(check: Checker, text: string, today: string, opts: CodeActionOptions): CodeAction[] {
  const before = check(text);
  const { findings } = before;
  const doc = TextDocument.create(opts.uri, 'tom', 0, text);
  const toEdits = (edits: Edit[]): TextEdit[] => edits.map((e) => ({ range: { start: doc.positionAt(e.from), end: doc.positionAt(e.to) }, newText: e.text }));
  const workspaceEdit = (edits: Edit[]) => ({ changes: { [opts.uri]: toEdits(edits) } });
  const actions: CodeAction[] = [];
  const locale = opts.locale ?? 'en';
  const cancelled = () => opts.isCancelled?.() ?? false;
  if (covers(opts.only, CodeActionKind.QuickFix)) {
    const here = findings.filter((x) => intersects(x.range, opts.range));
    const asked = picked(here, opts.diagnostics ?? []);
    const rulesHere = new Set<RuleId>();
    let firstSuppression = -1;
    for (const f of [...asked, ...here.filter((x) => !asked.includes(x))]) {
      if (cancelled()) return [];
      const preferable = asked.length === 0 || asked.includes(f);
      for (const fix of fixesFor(check, text, before, f, today)) {
        if (fix.suppression && firstSuppression < 0) firstSuppression = actions.length;
        actions.push({ title: fix.title[locale], kind: CodeActionKind.QuickFix, diagnostics: [f], edit: workspaceEdit(fix.edits), ...(fix.preferred && preferable ? { isPreferred: true } : {}) });
        if (!fix.suppression) rulesHere.add(f.code);
      }
    }
    for (const rule of rulesHere) {
      if (cancelled()) return [];
      if (findings.filter((f) => f.code === rule).length < 2) continue;
      const result = fixAll(check, text, today, { rule });
      if (result.applied.length > 1) {
        const title = { en: `Fix all ${rule} problems in this file (${result.applied.length})`, de: `Alle ${rule}-Probleme in dieser Datei beheben (${result.applied.length})` };
        actions.push({ title: title[locale], kind: CodeActionKind.QuickFix, diagnostics: here.filter((f) => f.code === rule), edit: workspaceEdit(lineEdits(text, result.text)) });
      }
    }
    // suggested mappings fix no finding: after the fixes, before the tom-ignore choices, which stay last
    const { model } = before.analysis;
    const suggested = (model ? suggestedMappingFixes(model, text, sourceStyle(text), doc.offsetAt(opts.range.start)) : [])
      .map((fix): CodeAction => ({ title: fix.title[locale], kind: CodeActionKind.QuickFix, edit: workspaceEdit([fix.edit]) }));
    actions.splice(firstSuppression < 0 ? actions.length : firstSuppression, 0, ...suggested);
  }
  if (opts.only && covers(opts.only, fixAllKind) && !cancelled()) {
    const result = fixAll(check, text, today, { safeOnly: true });
    const title = { en: `Fix all safely fixable TOM problems (${result.applied.length})`, de: `Alle sicher behebbaren TOM-Probleme beheben (${result.applied.length})` };
    if (result.applied.length) actions.push({ title: title[locale], kind: fixAllKind, edit: workspaceEdit(lineEdits(text, result.text)) });
  }
  return actions;
}
