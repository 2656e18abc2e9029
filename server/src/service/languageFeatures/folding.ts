/**
 * Folding ranges: every block that spans lines (sections, measures, any key whose value is a
 * multi-line map, list or text), and runs of comment lines. A server's ranges replace the editor's
 * indentation folding, so all of these are needed, not only sections.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { isMap, visit, type Node } from 'yaml';
import type { Analysis } from '../document/analysis';
import { contentEnd } from '../document/scalars';

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { text } = analysis;
  const source = text.getText();
  const ends = new Map<number, number>(); // start line → end line (the widest block starting there)
  const add = (start: number, end: number) => {
    const first = text.positionAt(start).line;
    const last = text.positionAt(Math.max(start, contentEnd(source, end, start) - 1)).line;
    if (last > first && last > (ends.get(first) ?? -1)) ends.set(first, last);
  };
  if (analysis.model) {
    visit(analysis.model.doc, {
      Pair(_, pair) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && value?.range) add(key.range[0], value.range[1]);
      },
      Seq(_, seq) {
        for (const item of seq.items) if (isMap(item) && item.range) add(item.range[0], item.range[1]);
      },
    });
  }
  const folds: FoldingRange[] = [...ends].map(([startLine, endLine]) => ({ startLine, endLine }));
  return [...folds, ...commentRuns(source)].sort((a, b) => a.startLine - b.startLine);
}

/** Two or more consecutive lines that hold only a comment. */
function commentRuns(source: string): FoldingRange[] {
  const runs: FoldingRange[] = [];
  let start = -1;
  const lines = source.split(/\r?\n/);
  lines.forEach((line, i) => {
    const comment = /^\s*#/.test(line);
    if (comment && start < 0) start = i;
    if (!comment || i === lines.length - 1) {
      const end = comment ? i : i - 1;
      if (start >= 0 && end > start) runs.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Comment });
      if (!comment) start = -1;
    }
  });
  return runs;
}
