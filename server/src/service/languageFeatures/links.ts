/**
 * Document links: every http(s) URL written in a string of the document (reference and evidence
 * `url`s, and URLs inside texts), linked exactly where it stands. Nothing is fetched or checked.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Analysis } from '../document/analysis';
import { stringScalars } from '../document/scalars';
import { spanAt } from '../rules/rule';

/** A URL runs until whitespace, a quote or a closing bracket; sentence punctuation after it is not part of it. */
const urlPattern = /\bhttps?:\/\/[^\s"'<>`)\]]+/g;
const trailingPunctuation = /[.,;:!?]+$/;

export function documentLinks(analysis: Analysis): DocumentLink[] {
  if (!analysis.model) return [];
  const source = analysis.text.getText();
  const links: DocumentLink[] = [];
  for (const scalar of stringScalars(analysis.model.doc)) {
    const [start, end] = scalar.range ?? [0, 0];
    for (const m of source.slice(start, end).matchAll(urlPattern)) {
      const url = m[0].replace(trailingPunctuation, '');
      if (!URL.canParse(url)) continue;
      links.push({ range: spanAt(analysis.text, start + (m.index ?? 0), url.length), target: url });
    }
  }
  return links;
}
