/** The language client: runs dist/server.js (bundled, no node_modules needed) over Node IPC. */
import * as vscode from 'vscode';
import { workspaceTrustedNotification } from '../../server/src/protocol';
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
    // in restricted mode the server ignores the profiles a repository's .tom-studio.yaml names
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    middleware: {
      // VS Code asks for code actions as soon as an editor shows, also while the window reloads and
      // the server is not (or no longer) running: no actions then, instead of "provider FAILED"
      provideCodeActions: (document, range, context, token, next) => (client.isRunning() ? next(document, range, context, token) : []),
    },
  };
  // the id "tom" makes the client honour the `tom.trace.server` setting
  const client = new LanguageClient('tom', 'TOM Studio', serverOptions, clientOptions);
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(workspaceTrustedNotification)));
  return client;
}
