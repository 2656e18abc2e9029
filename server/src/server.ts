/**
 * Wires the language service to an LSP connection. Each feature lives in `lsp/<feature>.ts`, declares
 * the capabilities it adds and registers its handlers; this file only assembles them.
 */
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTomService, localeOf } from './service';
import { nodeHost } from './nodeHost';
import type { Feature, ServerContext } from './lsp/context';
import { diagnosticsFeature } from './lsp/diagnostics';
import { renderFeature } from './lsp/render';
import { importFeature } from './lsp/import';
import { hoverFeature } from './lsp/hover';
import { symbolsFeature } from './lsp/symbols';
import { foldingFeature } from './lsp/folding';
import { linksFeature } from './lsp/links';
import { definitionFeature } from './lsp/definition';
import { referencesFeature } from './lsp/references';
import { renameFeature } from './lsp/rename';
import { codeLensFeature } from './lsp/codeLens';
import { completionFeature } from './lsp/completion';
import { codeActionsFeature } from './lsp/codeActions';
import { configurationFeature } from './lsp/configuration';
import { SettingsCache } from './lsp/settings';

const features: Feature[] = [
  configurationFeature,
  diagnosticsFeature,
  renderFeature,
  importFeature,
  hoverFeature, symbolsFeature, foldingFeature, linksFeature, definitionFeature, referencesFeature, renameFeature, codeLensFeature,
  completionFeature,
  codeActionsFeature,
];

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // TOM_STUDIO_TODAY fixes the date that date rules compare with (tests; reproducible reviews).
  const service = createTomService({ host: nodeHost((m) => connection.console.error(m), process.env.TOM_STUDIO_TODAY) });
  const settings = new SettingsCache(connection, (uri) => service.host.readFile(uri));
  const ctx: ServerContext = { connection, documents, service, settings, client: {}, revalidate: () => undefined };

  connection.onInitialize((params): InitializeResult => {
    ctx.client = params.capabilities;
    settings.supportsConfiguration = !!params.capabilities.workspace?.configuration;
    settings.folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    settings.locale = localeOf(params.locale);
    settings.trusted = (params.initializationOptions as { workspaceTrusted?: boolean } | undefined)?.workspaceTrusted !== false;
    if (settings.folders.length === 0 && params.rootUri) settings.folders = [params.rootUri];
    return {
      capabilities: Object.assign({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } }, ...features.map((f) => f.capabilities)),
      serverInfo: { name: 'tom-language-server' },
    };
  });

  for (const f of features) f.register(ctx);

  process.on('uncaughtException', (e) => connection.console.error(`TOM: uncaught ${e.stack ?? e}`));
  documents.listen(connection);
  connection.listen();
}
