/**
 * The custom messages between the VS Code client, the language server and the preview webview, in
 * one module that both sides import, so that a renamed field fails the build, not the user.
 */
import { NotificationType0, RequestType } from 'vscode-languageserver-protocol';
import type { RenderFormat, RenderTemplate } from './service';

export type { RenderFormat, RenderTemplate };

/** `tom/render`: the published page of an open document, rendered by the server's language service. */
export interface RenderParams {
  uri: string;
  format: RenderFormat;
  /** Language of the page (`en`, `de`, or any of the document's languages); default: the document's. */
  lang?: string;
  /** `scc-annex-ii`: the measures under the headings of Annex II of the SCC; default the standard page. */
  template?: RenderTemplate;
  /** The editor preview: theme colours, language switch, findings, the preview script. Never for exports. */
  preview: boolean;
  /** With `preview`: the webview's resource origin (`webview.cspSource`) and the preview script's webview URI. */
  webview?: { cspSource: string; scriptUri: string };
}

export interface RenderResult {
  /** The page: HTML, or Markdown when `format` is `md`. */
  text: string;
  lang: string;
  /** The languages the document is published in (an export asks which one when there are several). */
  languages: string[];
  /** Each measure's id and 0-based line, for scroll sync and reveal. */
  measures: { id: string; line: number }[];
}

export const renderRequest = new RequestType<RenderParams, RenderResult | null, void>('tom/render');

/** Messages the preview script posts to the extension. */
export type PreviewToHost =
  | { type: 'ready' }
  /** A measure or finding was clicked: reveal this 0-based line in the editor. */
  | { type: 'reveal'; line: number }
  /** The language switch was used. */
  | { type: 'lang'; lang: string }
  /** The template switch was used. */
  | { type: 'template'; template: RenderTemplate };

/** Messages the extension posts to the preview script. */
export type HostToPreview =
  /** The editor's first visible line changed: scroll the preview to the element of that line. */
  { type: 'scroll'; line: number };

/**
 * `tom/import`: an existing TOM page (text, Markdown, HTML, Word, PDF) as a TOM document; the client
 * reads the file and sends its text, or its bytes in base64 (Word and PDF are binary).
 */
export interface ImportParams {
  text?: string;
  base64?: string;
  /** The file's name: its extension tells the format. */
  fileName: string;
  language?: string;
  organization?: string;
  role?: string;
}

/** The server's reply to `tom/import` (the service's own `ImportResult` carries the structured report). */
export interface ImportReply {
  yaml: string;
  /** The report (what is unmapped, what is left to fill, what was guessed) as text. */
  message: string;
  /** One line for a notification: the counts and how many fields are left to fill. */
  summary: string;
  /** Where the document should be saved: `<source-basename>.tom.yaml` beside the source. */
  fileName: string;
}

export const importRequest = new RequestType<ImportParams, ImportReply | null, void>('tom/import');

/**
 * `tom/workspaceTrusted`: the user granted workspace trust. The VS Code client starts the server with
 * `initializationOptions.workspaceTrusted` false in restricted mode; from this notification on, the
 * profiles a repository's `.tom-studio.yaml` names apply.
 */
export const workspaceTrustedNotification = new NotificationType0('tom/workspaceTrusted');
