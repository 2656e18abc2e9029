/**
 * Findings kept with a part (document/parsedParts.ts): a part whose text an edit did not change has
 * the same findings, moved to the line it starts on now. Its line is looked up only when it has
 * findings: most parts have none, and a look-up for each part of a large document adds up.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedPart } from '../document/parsedParts';
import type { Finding } from '../types';

export class KeptFindings<Key> {
  private kept = new WeakMap<ParsedPart, { key: Key; line: number; findings: Finding[] }>();

  has(part: ParsedPart, key: Key): boolean {
    return this.kept.get(part)?.key === key;
  }

  /** The part's findings for `key` (what else they depend on): the kept ones, else those `compute` gives. */
  of(part: ParsedPart, key: Key, text: TextDocument, compute: () => Finding[]): Finding[] {
    const hit = this.kept.get(part);
    if (hit && hit.key === key) {
      if (hit.findings.length === 0) return hit.findings;
      const line = text.positionAt(part.base).line;
      if (line !== hit.line) this.kept.set(part, { key, line, findings: hit.findings.map((f) => movedDown(f, line - hit.line)) });
      return this.kept.get(part)!.findings;
    }
    const findings = compute();
    this.kept.set(part, { key, line: findings.length ? text.positionAt(part.base).line : -1, findings });
    return findings;
  }
}

/** The finding `lines` lines further down: its part moved with an edit above it, its text did not change. */
function movedDown(f: Finding, lines: number): Finding {
  const { start, end } = f.range;
  return { ...f, range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } } };
}
