/** The language client: runs dist/server.js (bundled, no node_modules needed) over Node IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // files on disk and untitled editors: the server reads organisation profiles from local files only
    documentSelector: [
      { scheme: 'file', language: 'tom' },
      { scheme: 'untitled', language: 'tom' },
    ],
    synchronize: { configurationSection: 'tom' },
  };
  // the id "tom" makes the client honour the `tom.trace.server` setting
  return new LanguageClient('tom', 'TOM Studio', serverOptions, clientOptions);
}
