/**
 * Preview and export commands: "TOM: Open Preview", "Open Preview to the Side", "Export as HTML",
 * "Export as Markdown". The pages come from the server (`tom/render`), never built here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type RenderFormat } from '../../../server/src/protocol';
import { TomPreview } from './previewPanel';

/** The TOM document a command acts on: the one passed (explorer, editor title) or the active editor's. */
async function targetDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'tom') return doc;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a TOM document (*.tom.yaml) first.'));
  return undefined;
}

const exports: Record<RenderFormat, { extension: string; filter: string }> = {
  html: { extension: 'html', filter: vscode.l10n.t('HTML page') },
  md: { extension: 'md', filter: 'Markdown' },
};

async function exportPage(client: LanguageClient, preview: TomPreview, format: RenderFormat, uri?: vscode.Uri): Promise<void> {
  const doc = await targetDocument(uri);
  if (!doc) return;
  const ask = (lang?: string) => client.sendRequest(renderRequest, { uri: doc.uri.toString(), format, lang, preview: false });
  let page = await ask(preview.languageOf(doc.uri));
  if (!page) return;
  // a document published in several languages: ask which one, unless the preview already shows one
  if (!preview.languageOf(doc.uri) && page.languages.length > 1) {
    const lang = await vscode.window.showQuickPick(page.languages, { placeHolder: vscode.l10n.t('Language of the exported page (default: {0})', page.lang) });
    if (!lang) return;
    if (lang !== page.lang) page = await ask(lang);
    if (!page) return;
  }
  if (!await confirmDespiteErrors(doc)) return;
  const { extension, filter } = exports[format];
  const base = doc.uri.path.replace(/\.tom\.ya?ml$|\.ya?ml$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: doc.uri.with({ path: `${base}${page.lang ? `.${page.lang}` : ''}.${extension}` }),
    filters: { [filter]: [extension] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(page.text));
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', vscode.workspace.asRelativePath(target)));
}

/**
 * A page published with errors misleads its readers: say which errors there are (the first three, with
 * their lines) and export only when the user says so.
 */
async function confirmDespiteErrors(doc: vscode.TextDocument): Promise<boolean> {
  const errors = vscode.languages.getDiagnostics(doc.uri)
    .filter((d) => d.source === 'tom' && d.severity === vscode.DiagnosticSeverity.Error);
  if (errors.length === 0) return true;
  const listed = errors.slice(0, 3).map((d) => vscode.l10n.t('line {0}: {1}', d.range.start.line + 1, d.message)).join('\n');
  const exportAnyway = vscode.l10n.t('Export anyway');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('This document has {0} error(s); the exported page would publish them.', errors.length),
    { modal: true, detail: errors.length > 3 ? `${listed}\n…` : listed },
    exportAnyway,
  );
  return answer === exportAnyway;
}

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  const preview = new TomPreview(context, client);
  const open = (toSide: boolean) => async (uri?: vscode.Uri) => {
    const doc = await targetDocument(uri);
    if (doc) preview.show(doc, toSide);
  };
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('tom.showPreview', open(false)),
    vscode.commands.registerCommand('tom.showPreviewToSide', open(true)),
    vscode.commands.registerCommand('tom.exportHtml', (uri?: vscode.Uri) => exportPage(client, preview, 'html', uri)),
    vscode.commands.registerCommand('tom.exportMarkdown', (uri?: vscode.Uri) => exportPage(client, preview, 'md', uri)),
  );
}
