/** Rendering a TOM document as its published page: view model, then HTML or Markdown. */
import type { Analysis } from '../document/analysis';
import type { Finding } from '../types';
import { renderHtml, type PreviewFrame } from './html';
import { renderMarkdown } from './markdown';
import { buildPageView, type RenderTemplate } from './model';

export type { PreviewFrame } from './html';
export { renderTemplates, type RenderTemplate } from './model';
export type RenderFormat = 'html' | 'md';

export interface RenderOptions {
  format: RenderFormat;
  /** Language of the page; default: the document's language. */
  lang?: string;
  /** `scc-annex-ii`: the measures under the headings of Annex II of the SCC; default the standard page. */
  template?: RenderTemplate;
  /** Set only for the editor preview (HTML): the webview's nonce, origin and script. */
  preview?: PreviewFrame;
}

export interface RenderedPage {
  text: string;
  /** The language rendered, and those the document is published in. */
  lang: string;
  languages: string[];
  /** Each measure's id and 0-based source line (scroll sync, reveal). */
  measures: { id: string; line: number }[];
}

export function renderPage(analysis: Analysis, options: RenderOptions, findings?: Finding[]): RenderedPage {
  const page = buildPageView(analysis, { lang: options.lang, findings, template: options.template });
  const text = options.format === 'md' ? renderMarkdown(page) : renderHtml(page, options.preview);
  return {
    text,
    lang: page.lang,
    languages: page.published,
    measures: page.sections.flatMap((s) => s.measures.map((m) => ({ id: m.id, line: m.line }))),
  };
}
