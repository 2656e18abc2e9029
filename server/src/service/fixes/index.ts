/**
 * Quick-fixes: rule id → fix builder, and the two ways fixes are used — code actions for the findings
 * at a place, and fix-all (on save, `check --fix`). Every fix is verified before it is offered: applied
 * to the text, its finding must be gone and no finding may appear beyond the placeholders it declares.
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../document/analysis';
import type { Finding, RuleId } from '../types';
import { fixCia } from './cia';
import { fixControlType } from './controlType';
import { fixMissingControlType } from './controlSection';
import { lineEdits } from './diff';
import { keyPathAt } from '../document/keyPath';
import { fixDueDate } from './dueDate';
import { fixLocationCode } from './locationCode';
import { locate } from './locate';
import { fixDuplicateId } from './measureId';
import { fixSchema } from './schema';
import { fixUndefinedScope, fixUnusedScope } from './scopes';
import { fixSuppression } from './suppression';
import { applyEdits, sourceStyle } from './textEdits';
import { fixTransferMechanism } from './transferMechanism';
import { fixTranslation } from './translation';
import { fixWeakTls } from './tls';
import type { Edit, FixBuilder, FixDraft } from './types';

export type { Edit, FixDraft } from './types';
export { applyEdits } from './textEdits';
export { unifiedDiff } from './diff';

/** The rules with a mechanical fix (docs/quick-fixes.md); every other finding gets only the tom-ignore fix. */
export const fixBuilders: Partial<Record<RuleId, FixBuilder>> = {
  'schema': fixSchema,
  'unknown-control-type': fixControlType,
  'duplicate-id': fixDuplicateId,
  'undefined-scope': fixUndefinedScope,
  'unused-scope': fixUnusedScope,
  'cia-order': fixCia,
  'missing-control-type': fixMissingControlType,
  'due-date-missing': fixDueDate,
  'weak-crypto': fixWeakTls,
  'third-country-transfer': fixTransferMechanism,
  'location-code': fixLocationCode,
  'missing-translation': fixTranslation,
};

/** Findings no comment can silence: broken YAML, a file too large to read, and suppression-reason itself. */
const unsuppressible = new Set<RuleId>(['yaml-syntax', 'file-too-large', 'suppression-reason']);

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
  // A missing key is marked on its map's first line, whose key changes when the fix inserts a key first.
  const missing = f.data?.missingKey;
  return typeof missing === 'string' ? `${f.code}\u0000${path.replace(/\.[^.[\]]*$/, '')}\u0000${missing}` : `${f.code}\u0000${path}`;
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
  if (newFindings(before, after).some((f) => !allowed.has(f.code))) return false;
  const remaining = tally(after).counts;
  const initial = tally(before).counts;
  return fixes.every((f) => (remaining.get(identity(before, f.finding)) ?? 0) < (initial.get(identity(before, f.finding)) ?? 0));
}

function overlapping(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  return sorted.some((e, i) => i > 0 && e.from < sorted[i - 1].to + (e.from === e.to || sorted[i - 1].from === sorted[i - 1].to ? 1 : 0));
}

/** The unverified fixes of one finding, best first, the suppression last. */
function draftFixes(analysis: Analysis, finding: Finding, today: string): Fix[] {
  const { model, text } = analysis;
  if (!model) return [];
  const source = text.getText();
  const from = text.offsetAt(finding.range.start);
  const to = text.offsetAt(finding.range.end);
  const ctx = { finding, text: source, style: sourceStyle(source), model, today, from, target: locate(model.doc, from, to, source) };
  const fixes: Fix[] = [];
  try {
    fixes.push(...(fixBuilders[finding.code]?.(ctx) ?? []).map((d) => ({ ...d, finding })));
    if (!unsuppressible.has(finding.code)) fixes.push(...fixSuppression(ctx).map((d) => ({ ...d, finding, suppression: true })));
  } catch {
    return fixes.filter((f) => f.suppression); // a fix builder's bug must never cost the user the editor
  }
  return fixes.sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
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
  /** The titles of the fixes applied, in order. */
  applied: string[];
}

/**
 * Applies the preferred fix of each finding (never a suppression) until none applies: per round all
 * fixes that do not touch each other at once, and if together they fail verification, the first one
 * that holds alone. Bounded, so that fixes that undo each other cannot loop.
 */
export function fixAll(check: Checker, text: string, today: string, opts: FixAllOptions = {}): FixAllResult {
  const applied: string[] = [];
  const rejected = new Set<string>();
  for (let round = 0; round < (opts.maxRounds ?? 100); round++) {
    const before = check(text);
    const candidates = before.findings
      .filter((f) => !opts.rule || f.code === opts.rule)
      .map((f) => draftFixes(before.analysis, f, today).find((x) => x.preferred && !x.suppression && (x.safe || !opts.safeOnly)))
      .filter((f): f is Fix => !!f && !rejected.has(`${identity(before, f.finding)}\u0000${f.title}`));
    const batch: Fix[] = [];
    for (const c of candidates) if (!overlapping([...batch, c].flatMap((f) => f.edits))) batch.push(c);
    let chosen: Fix[] | undefined = batch.length && holds(check, text, before, batch) ? batch : undefined;
    for (const c of chosen ? [] : candidates) {
      if (holds(check, text, before, [c])) { chosen = [c]; break; }
      rejected.add(`${identity(before, c.finding)}\u0000${c.title}`);
    }
    if (!chosen) break;
    text = applyEdits(text, chosen.flatMap((f) => f.edits));
    applied.push(...chosen.map((f) => f.title));
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
  isCancelled?: () => boolean;
}

/**
 * Code actions for the findings at `range`: each finding's verified fixes (preferred first, tom-ignore
 * last), "Fix all <rule> problems" when a rule has several fixable findings, and `source.fixAll.tom`
 * (only when asked for by kind: it re-checks the file once per round).
 */
export function codeActions(check: Checker, text: string, today: string, opts: CodeActionOptions): CodeAction[] {
  const before = check(text);
  const { findings } = before;
  const doc = TextDocument.create(opts.uri, 'tom', 0, text);
  const toEdits = (edits: Edit[]): TextEdit[] => edits.map((e) => ({ range: { start: doc.positionAt(e.from), end: doc.positionAt(e.to) }, newText: e.text }));
  const workspaceEdit = (edits: Edit[]) => ({ changes: { [opts.uri]: toEdits(edits) } });
  const actions: CodeAction[] = [];
  const cancelled = () => opts.isCancelled?.() ?? false;
  if (covers(opts.only, CodeActionKind.QuickFix)) {
    const rulesHere = new Set<RuleId>();
    for (const f of findings.filter((x) => intersects(x.range, opts.range))) {
      if (cancelled()) return [];
      for (const fix of fixesFor(check, text, before, f, today)) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [f], edit: workspaceEdit(fix.edits), ...(fix.preferred ? { isPreferred: true } : {}) });
        if (!fix.suppression) rulesHere.add(f.code);
      }
    }
    for (const rule of rulesHere) {
      if (cancelled()) return [];
      if (findings.filter((f) => f.code === rule).length < 2) continue;
      const result = fixAll(check, text, today, { rule });
      if (result.applied.length > 1) {
        actions.push({ title: `Fix all ${rule} problems in this file (${result.applied.length})`, kind: CodeActionKind.QuickFix, edit: workspaceEdit(lineEdits(text, result.text)) });
      }
    }
  }
  if (opts.only && covers(opts.only, fixAllKind) && !cancelled()) {
    const result = fixAll(check, text, today, { safeOnly: true });
    if (result.applied.length) actions.push({ title: `Fix all safely fixable TOM problems (${result.applied.length})`, kind: fixAllKind, edit: workspaceEdit(lineEdits(text, result.text)) });
  }
  return actions;
}
