/**
 * "TOM: Import from Text/HTML…": pick an existing TOM page (text, Markdown, HTML), let the server
 * turn it into a TOM document (`tom/import`) and open that in a new, unsaved editor. The full report
 * goes to the "TOM Import" output; a notification sums it up.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { importRequest } from '../../server/src/protocol';

export function registerImport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const output = vscode.window.createOutputChannel('TOM Import');
  context.subscriptions.push(output, vscode.commands.registerCommand('tom.importFromText', () => importFile(client, output)));
}

async function importFile(client: LanguageClient, output: vscode.OutputChannel): Promise<void> {
  const [file] = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('TOM pages')]: ['txt', 'md', 'markdown', 'html', 'htm'], [vscode.l10n.t('All files')]: ['*'] },
  }) ?? [];
  if (!file) return;
  const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
  const result = await client.sendRequest(importRequest, { text, fileName: file.path.split('/').pop() ?? file.path });
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('TOM: {0} could not be imported; see the TOM Studio output.', vscode.workspace.asRelativePath(file)));
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'tom', content: result.yaml });
  await vscode.window.showTextDocument(doc);
  output.clear();
  output.append(result.message);
  const showReport = vscode.l10n.t('Show Report');
  const choice = await vscode.window.showInformationMessage(result.summary, showReport);
  if (choice === showReport) output.show(true);
}
