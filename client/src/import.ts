/**
 * "TOM: Import…": pick an existing TOM page (text, Markdown, HTML, Word, PDF; the active text file
 * is preselected), let the server turn it into a TOM document (`tom/import`) and open that as an
 * unsaved editor already named as it will be saved (`<source>.tom.yaml` beside the source), with
 * the import report beside it: what was not placed, what is left to fill, what was guessed.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { importRequest } from '../../server/src/protocol';

/** Read-only documents for the reports: they open beside the import and never ask to be saved. */
const reportScheme = 'tom-import-report';
const binary = /\.(?:docx|pdf|doc)$/i;

export function registerImport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const reports = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(reportScheme, { onDidChange: changed.event, provideTextDocumentContent: (uri) => reports.get(uri.toString()) ?? '' }),
    vscode.commands.registerCommand('tom.importFromText', () => importFile(client, reports, changed)),
  );
}

async function importFile(client: LanguageClient, reports: Map<string, string>, changed: vscode.EventEmitter<vscode.Uri>): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  const [file] = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    defaultUri: active && active.uri.scheme === 'file' && active.languageId !== 'tom' ? active.uri : undefined,
    filters: { [vscode.l10n.t('TOM pages')]: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'], [vscode.l10n.t('All files')]: ['*'] },
  }) ?? [];
  if (!file) return;
  const fileName = file.path.split('/').pop() ?? file.path;
  const bytes = await vscode.workspace.fs.readFile(file);
  const content = binary.test(fileName) ? { base64: Buffer.from(bytes).toString('base64') } : { text: new TextDecoder('utf-8').decode(bytes) };
  const result = await client.sendRequest(importRequest, { ...content, fileName });
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('TOM: {0} could not be imported; see the TOM Studio output.', vscode.workspace.asRelativePath(file)));
    return;
  }
  // An untitled document with the path it will have: Save writes `<source>.tom.yaml` beside the source.
  const target = vscode.Uri.joinPath(file, '..', result.fileName).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(target);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target, new vscode.Range(0, 0, doc.lineCount, 0), result.yaml);
  await vscode.workspace.applyEdit(edit);
  await vscode.languages.setTextDocumentLanguage(doc, 'tom');
  await vscode.window.showTextDocument(doc, { preview: false });
  const report = vscode.Uri.from({ scheme: reportScheme, path: `/${vscode.l10n.t('Import report')} – ${fileName}.txt` });
  reports.set(report.toString(), result.message);
  changed.fire(report);
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  void vscode.window.showInformationMessage(result.summary);
}
