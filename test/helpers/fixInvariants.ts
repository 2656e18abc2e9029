/** What every offered fix must guarantee, checked the way a user would notice: findings, data, bytes. */
import { strict as assert } from 'node:assert';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { CodeAction } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, type Edit } from '../../server/src/service/fixes';
import type { Finding } from '../../server/src/service';
import { check, doc, service } from './fixtures';

export const uri = 'file:///ws/test.tom.yaml';

export function editsOf(text: string, action: CodeAction): Edit[] {
  const td = TextDocument.create(uri, 'tom', 1, text);
  return (action.edit?.changes?.[uri] ?? []).map((e) => ({ from: td.offsetAt(e.range.start), to: td.offsetAt(e.range.end), text: e.newText }));
}

const count = (fs: Finding[], code: string) => fs.filter((f) => f.code === code).length;

/** Where an offset of the original text is after the edits (an insertion at the offset may land on either side). */
function moved(offset: number, edits: Edit[]): number[] {
  const shift = (e: Edit) => e.text.length - (e.to - e.from);
  if (edits.some((e) => e.from < offset && offset < e.to)) return [Math.min(...edits.filter((e) => e.from < offset && offset < e.to).map((e) => e.from))];
  const before = edits.filter((e) => e.to < offset || (e.to === offset && e.from < e.to)).reduce((n, e) => n + shift(e), 0);
  const at = edits.filter((e) => e.from === offset && e.to === offset).reduce((n, e) => n + shift(e), 0);
  return [offset + before, offset + before + at];
}

/** How many findings of `code` start at one of `offsets` of `text`. */
const at = (text: string, fs: Finding[], code: string, offsets: number[]) => {
  const td = TextDocument.create(uri, 'tom', 1, text);
  return fs.filter((f) => f.code === code && offsets.includes(td.offsetAt(f.range.start))).length;
};

/** The measures' and sections' data by their place in the lists, and the original text range of each. */
function parts(text: string): { path: string; range: [number, number]; value: string; section?: string }[] {
  const yaml = parseDocument(text);
  const out: { path: string; range: [number, number]; value: string; section?: string }[] = [];
  const controls = yaml.get('controls');
  if (!isSeq(controls)) return out;
  controls.items.forEach((section, i) => {
    if (!isMap(section) || !section.range) return;
    out.push({ path: `controls[${i}]`, range: [section.range[0], section.range[1]], value: JSON.stringify(section.toJSON()) });
    const measures = section.get('measures');
    if (!isSeq(measures)) return;
    measures.items.forEach((m, j) => {
      if (isMap(m) && m.range) out.push({ path: `controls[${i}].measures[${j}]`, range: [m.range[0], m.range[1]], value: JSON.stringify(m.toJSON()), section: `controls[${i}]` });
    });
  });
  return out;
}

/**
 * Rules whose findings a fix may add on purpose: the documented placeholders, and the transfer impact
 * assessment that adding standard contractual clauses leaves to be named.
 */
const placeholders = new Set(['placeholder-text', 'transfer-impact-assessment']);

/** What a fix's result is compared with: the original text's findings and data, computed once per text. */
export interface Original { findings: Finding[]; data: Record<string, unknown> | undefined }
export const original = (text: string): Original => ({ findings: check(text), data: parseDocument(text).toJS() as Original['data'] });

/** Applies one quick-fix and checks the invariants; returns the fixed text. */
export function checkFix(text: string, finding: Finding, action: CodeAction, { findings: before, data: a }: Original = original(text)): string {
  const edits = editsOf(text, action);
  assert.ok(edits.length > 0, `${action.title}: no edit`);
  const after = applyEdits(text, edits);
  const now = check(after);
  const where = `${action.title} (${finding.code}: ${finding.message})`;
  // The finding is gone: its rule has fewer findings, and fewer at the finding's own place; or, for a
  // finding that names several missing control types, a fix adding one of them leaves one naming the others.
  const narrowed = (data: unknown) => (data as { types?: string[] } | undefined)?.types;
  const place = TextDocument.create(uri, 'tom', 1, text).offsetAt(finding.range.start);
  const rest = narrowed(finding.data) && now.find((f) => f.code === finding.code && f.range.start.line === finding.range.start.line);
  if (rest) {
    assert.ok(narrowed(rest.data)!.length < narrowed(finding.data)!.length, `${where}: the finding is still there\n${after}`);
  } else {
    assert.ok(count(now, finding.code) < count(before, finding.code), `${where}: the rule has as many findings as before\n${after}`);
    assert.ok(at(after, now, finding.code, moved(place, edits)) < at(text, before, finding.code, [place]), `${where}: this finding is still there\n${after}`);
  }
  // No other rule gains findings, except the placeholders a fix leaves on purpose (and a suppressed duplicate's partner).
  for (const code of new Set(now.map((f) => f.code))) {
    if (code === finding.code || placeholders.has(code) || (code === 'duplicate-control-type' && action.title.includes('merge'))) continue;
    // an ambiguous name counted as covering each candidate; choosing one uncovers the others
    if (code === 'missing-control-type' && finding.code === 'unknown-control-type' && (((finding.data as { replacements?: unknown[] } | undefined)?.replacements)?.length ?? 0) > 1) continue;
    assert.ok(count(now, code) <= count(before, code), `${where}: new ${code} finding\n${after}`);
  }
  // Bytes outside the edits are unchanged, comments included (applyEdits is the only change), and
  // the line ending style survives: no bare LF appears in a CRLF file.
  if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(edits.map((e) => e.text).join('') + ' '), `${where}: LF inserted into a CRLF file`);
  for (const e of edits) {
    const removed = text.slice(e.from, e.to);
    if (!action.title.startsWith('Remove')) assert.ok(!/(^|\s)#/.test(removed), `${where}: an edit removes a comment: ${JSON.stringify(removed)}`);
    // minimal: an edit does not carry an unchanged whole line along at either end
    let same = 0;
    while (same < removed.length && same < e.text.length && removed[same] === e.text[same]) same++;
    let tail = 0;
    while (tail < removed.length - same && tail < e.text.length - same && removed[removed.length - 1 - tail] === e.text[e.text.length - 1 - tail]) tail++;
    assert.ok(!removed.slice(0, same).includes('\n') && !removed.slice(removed.length - tail).includes('\n'),
      `${where}: the edit rewrites unchanged lines: ${JSON.stringify(removed)} → ${JSON.stringify(e.text)}`);
  }
  // The data changes only below the map the fix is about (or not at all for tom-ignore).
  const b = parseDocument(after).toJS();
  if (action.title.startsWith('Ignore')) assert.deepEqual(b, a, `${where}: tom-ignore changed the data`);
  const changed = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a?.[k]) !== JSON.stringify(b?.[k]));
  assert.ok(changed.length <= 1, `${where}: changes ${changed.join(', ')} at once`);
  // Only the finding's own section or measure changes: every other measure and section keeps its data
  // (new ones may be added after them). Merging a section into another touches both, on purpose.
  if (!action.title.includes('merge')) {
    const own = parts(text).filter((p) => p.range[0] <= place && place < p.range[1]).map((p) => p.path);
    const inMeasure = own.some((p) => p.includes('.measures['));
    const now = new Map(parts(after).map((p) => [p.path, p.value]));
    const rewritten = parts(text).filter((p) => !own.includes(p.path) && !(p.section && !inMeasure && own.includes(p.section)) && !(!p.section && own.some((o) => o.startsWith(`${p.path}.`))))
      .filter((p) => now.get(p.path) !== p.value).map((p) => p.path);
    assert.deepEqual(rewritten, [], `${where}: rewrites another measure or section\n${after}`);
  }
  return after;
}

/**
 * Every quick-fix offered for every finding of `text`, each checked on its own. Returns how many. One
 * request over the whole text gets them all: a finding's fixes do not depend on the range asked for.
 */
export function checkAllFixes(text: string): number {
  const svc = service();
  const before = original(text);
  const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
  const actions = svc.codeActions(doc(text, uri), whole);
  let checked = 0;
  for (const f of svc.check(doc(text, uri))) {
    // one finding's fixes; "Fix all <rule> problems" names its findings too, but rewrites whole lines of many
    const own = actions.filter((a) => !a.title.startsWith('Fix all ') && a.diagnostics?.[0]?.message === f.message && a.diagnostics[0].range.start.line === f.range.start.line);
    for (const action of own) {
      checkFix(text, f, action, before);
      checked++;
    }
  }
  return checked;
}
