/**
 * The VS Code extension: a thin composition. The language server does the work; the client starts it,
 * hands it the `tom` documents and shows their findings in the status bar.
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { registerStatusBar } from './statusBar';
import { registerFirstLineDetection } from './firstLine';
import { registerPreview } from './preview';
import { registerImport } from './import';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerFirstLineDetection(context);
  registerStatusBar(context);
  client = createLanguageClient(context);
  registerPreview(context, client);
  registerImport(context, client);
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
