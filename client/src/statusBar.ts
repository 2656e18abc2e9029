/**
 * A status bar item shown while a TOM document is active: its findings at a glance ("TOM: 2 errors,
 * 5 warnings"). Clicking it opens the Problems panel, where each finding links to its place.
 */
import * as vscode from 'vscode';

/** The `source` the language server puts on every finding; other extensions' diagnostics are not counted. */
const findingSource = 'tom';

interface Counts { errors: number; warnings: number; infos: number }

function countFindings(uri: vscode.Uri): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== findingSource) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    else if (d.severity === vscode.DiagnosticSeverity.Information) counts.infos++;
    // hints stay in the editor: they are suggestions, not problems to count
  }
  return counts;
}

function describe({ errors, warnings, infos }: Counts): string {
  const parts: string[] = [];
  if (errors) parts.push(errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors));
  if (warnings) parts.push(warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings));
  if (infos) parts.push(infos === 1 ? vscode.l10n.t('1 info') : vscode.l10n.t('{0} infos', infos));
  return parts.length ? parts.join(', ') : vscode.l10n.t('no problems');
}

export function registerStatusBar(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem('tom.findings', vscode.StatusBarAlignment.Left, 0);
  item.name = vscode.l10n.t('TOM findings');
  item.command = 'workbench.actions.view.problems';
  item.tooltip = vscode.l10n.t('Findings in this TOM document. Click to open the Problems panel.');

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId !== 'tom') {
      item.hide();
      return;
    }
    // an empty file has nothing to check yet: "no problems" would praise what is not there
    if (doc.getText().trim() === '') {
      item.text = `$(info) TOM: ${vscode.l10n.t('empty document')}`;
      item.show();
      return;
    }
    const counts = countFindings(doc.uri);
    const icon = counts.errors ? '$(error)' : counts.warnings ? '$(warning)' : '$(check)';
    item.text = `${icon} TOM: ${describe(counts)}`;
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    // a language mode change reopens the document under its new language id
    vscode.workspace.onDidOpenTextDocument((doc) => { if (doc === vscode.window.activeTextEditor?.document) update(); }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((uri) => uri.toString() === active)) update();
    }),
  );
  update();
}
