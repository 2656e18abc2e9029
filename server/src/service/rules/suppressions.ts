/**
 * `# tom-ignore rule-id: reason` on the line above a node silences that rule for the whole node (a
 * measure, a key with its value, a list item). The reason is what an auditor reads later, so a
 * suppression without one, or naming a rule that does not exist, is itself a finding.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { finding, type FindingSink } from './findings';
import { isRuleId, rules } from './';
import { lineEnd, lineStart } from '../document/lines';
import type { Finding, RuleId } from '../types';

const directive = /^([ \t]*)#[ \t]*tom-ignore\b[ \t]*([^:\r\n]*?)[ \t]*(?::[ \t]*(.*?))?[ \t]*$/;

export interface Suppression {
  /** The line of the comment (0-based). */
  line: number;
  rules: RuleId[];
  /**
   * Offsets of the node the comment stands above, `to` exclusive: a block value's range ends where
   * the next key's line begins, and a finding on that key is not the node's.
   */
  from: number;
  to: number;
}

/**
 * What the directives are read against: the end offset of the widest node starting on each line, and
 * the texts that run over several lines (a `# tom-ignore` line inside a `description: |` is text, not
 * a comment). Iterative: documents may be large.
 */
function readNodes(doc: Document | undefined, text: TextDocument): { ends: Map<number, number>; texts: [number, number][] } {
  const ends = new Map<number, number>();
  const texts: [number, number][] = [];
  const content = text.getText();
  const note = (start: number, end: number) => {
    const line = text.positionAt(start).line;
    if ((ends.get(line) ?? -1) < end) ends.set(line, end);
  };
  const noteText = (node: unknown) => {
    const r = isScalar(node) ? node.range : undefined;
    if (r && content.lastIndexOf('\n', r[1] - 2) > r[0]) texts.push([r[0], r[1]]);
  };
  const stack: unknown[] = doc?.contents ? [doc.contents] : [];
  while (stack.length) {
    const n = stack.pop();
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (isPair(item)) {
          const key = item.key as Node | null;
          const value = item.value as Node | null;
          const start = key?.range?.[0] ?? value?.range?.[0];
          const end = value?.range?.[1] ?? key?.range?.[1];
          if (start !== undefined && end !== undefined) note(start, end);
          noteText(item.value);
          stack.push(item.value);
        } else {
          const r = (item as Node | null)?.range;
          if (r) note(r[0], r[1]);
          noteText(item);
          stack.push(item);
        }
      }
    }
  }
  return { ends, texts };
}

export function findSuppressions(text: TextDocument, doc: Document | undefined, add: FindingSink): Suppression[] {
  const content = text.getText();
  // Lines are numbered as split(/\r?\n/) numbers them, but only the lines holding `tom-ignore` are
  // visited: most documents have none, and a large one should not be split into lines for nothing.
  const lineFrom = (from: number) => {
    const nl = content.indexOf('\n', from);
    return { line: content.slice(from, lineEnd(content, from)), next: nl < 0 ? -1 : nl + 1 };
  };
  const result: Suppression[] = [];
  let nodes: ReturnType<typeof readNodes> | undefined;
  let i = 0;
  let lineI = 0; // where line i starts
  for (let at = content.indexOf('tom-ignore'); at >= 0;) {
    const start = lineStart(content, at);
    for (; lineI < start; i++) lineI = content.indexOf('\n', lineI) + 1;
    const { line, next } = lineFrom(start);
    at = next < 0 ? -1 : content.indexOf('tom-ignore', next);
    const m = directive.exec(line);
    if (!m) continue;
    nodes ??= readNodes(doc, text);
    const hash = start + m[1].length;
    if (nodes.texts.some(([from, to]) => hash > from && hash < to)) continue; // a line of a text, not a comment
    const where = { start: { line: i, character: m[1].length }, end: { line: i, character: line.length } };
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((n) => !isRuleId(n));
    if (names.length === 0) {
      add(finding('suppression-reason', where, {
        en: 'tom-ignore needs the rule to silence and a reason: # tom-ignore rule-id: why this is acceptable.',
        de: 'tom-ignore braucht die abzuschaltende Regel und eine Begründung: # tom-ignore regel-id: warum das vertretbar ist.',
      }));
    } else if (unknown.length) {
      const named = unknown.map((n) => `"${n}"`).join(', ');
      add(finding('suppression-reason', where, {
        en: `tom-ignore names ${named}, which is not a rule id: use one of the ids in docs/rules.md.`,
        de: `tom-ignore nennt ${named}, keine Regel-ID: verwenden Sie eine der IDs aus docs/rules.md.`,
      }));
    }
    if (names.length && !m[3]) {
      add(finding('suppression-reason', where, {
        en: 'This tom-ignore gives no reason: write one after a colon (# tom-ignore rule-id: reason); an auditor will ask for it.',
        de: 'Dieses tom-ignore nennt keine Begründung: schreiben Sie sie nach einem Doppelpunkt (# tom-ignore regel-id: Begründung); die Prüfer werden danach fragen.',
      }));
    }
    // the node it stands above: the next line that is neither blank nor a comment
    let target = i + 1;
    let from = next;
    while (from >= 0 && /^\s*(#.*)?$/.test(lineFrom(from).line)) {
      from = lineFrom(from).next;
      target++;
    }
    if (from < 0) continue;
    const offset = text.offsetAt({ line: target, character: 0 });
    result.push({ line: i, rules: names.filter(isRuleId), from: offset, to: Math.max(nodes.ends.get(target) ?? 0, text.offsetAt({ line: target + 1, character: 0 })) });
  }
  return result;
}

export function isSuppressed(f: Finding, suppressions: readonly Suppression[], text: TextDocument): boolean {
  if (!rules[f.code].suppressible) return false;
  return suppressions.some((s) => {
    if (!s.rules.includes(f.code)) return false;
    const at = text.offsetAt(f.range.start);
    return at >= s.from && at < s.to;
  });
}
