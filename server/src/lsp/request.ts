/**
 * The shape every document request shares: find the open document (empty result if it is not open),
 * resolve its settings (the one object every feature of that document uses), give up when the client
 * cancels, and never let an exception reach the connection: log it and answer with the empty result,
 * so that one bad document cannot break the editor.
 */
import type { CancellationToken, TextDocumentIdentifier } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../service';
import type { ServerContext } from './context';

/** LSP requests name their document by `textDocument`; our own (`tom/render`) by `uri`. */
type DocumentParams = { textDocument: TextDocumentIdentifier } | { uri: string };

export function onDocument<P extends DocumentParams, R, E>(
  ctx: ServerContext,
  name: string,
  empty: E,
  run: (doc: TextDocument, params: P, settings: Settings, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | E> {
  return async (params, token) => {
    const doc = ctx.documents.get('textDocument' in params ? params.textDocument.uri : params.uri);
    if (!doc || token.isCancellationRequested) return empty;
    try {
      const settings = await ctx.settings.get(doc.uri);
      if (token.isCancellationRequested) return empty;
      const result = await run(doc, params, settings, token);
      return token.isCancellationRequested ? empty : result;
    } catch (e) {
      ctx.connection.console.error(`TOM: ${name} failed on ${doc.uri}: ${(e as Error).stack ?? e}`);
      return empty;
    }
  };
}
