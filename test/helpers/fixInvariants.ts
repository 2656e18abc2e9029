/** What every offered fix must guarantee, checked the way a user would notice: findings, data, bytes. */
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
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
  // The finding is gone: its rule has fewer findings.
  assert.ok(count(now, finding.code) < count(before, finding.code), `${where}: the finding is still there\n${after}`);
  // No other rule gains findings, except the placeholders a fix leaves on purpose (and a suppressed duplicate's partner).
  for (const code of new Set(now.map((f) => f.code))) {
    if (code === finding.code || placeholders.has(code) || (code === 'duplicate-control-type' && action.title.includes('merge'))) continue;
    // an ambiguous name counted as covering each candidate; choosing one uncovers the others
    if (code === 'missing-control-type' && finding.code === 'unknown-control-type' && ((finding.data?.replacements as unknown[] | undefined)?.length ?? 0) > 1) continue;
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
    for (const action of actions.filter((a) => a.diagnostics?.[0]?.message === f.message && a.diagnostics[0].range.start.line === f.range.start.line)) {
      checkFix(text, f, action, before);
      checked++;
    }
  }
  return checked;
}
