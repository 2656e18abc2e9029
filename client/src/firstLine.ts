/**
 * FORMAT.md: a YAML file whose first line is `tom: 1` is a TOM document too. The manifest's `firstLine`
 * covers files without a known extension, but VS Code lets the `.yaml` extension win over a first
 * line, so YAML documents are looked at as they open and switched to `tom`.
 */
import * as vscode from 'vscode';

interface LanguageContribution { id: string; firstLine?: string }

export function registerFirstLineDetection(context: vscode.ExtensionContext): void {
  // the manifest's pattern, so that both ways of detecting agree
  const languages = context.extension.packageJSON.contributes.languages as LanguageContribution[];
  const firstLine = new RegExp(languages.find((l) => l.id === 'tom')?.firstLine ?? '$^');
  // A language mode change arrives as "closed as tom, opened as yaml" in one batch of events: when the
  // user picks YAML for a TOM document, that choice stands.
  let setBackByUser: string | undefined;

  const consider = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'yaml' || doc.uri.toString() === setBackByUser || !firstLine.test(doc.lineAt(0).text)) return;
    void vscode.languages.setTextDocumentLanguage(doc, 'tom');
  };

  vscode.workspace.textDocuments.forEach(consider);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.languageId !== 'tom') return;
      setBackByUser = doc.uri.toString();
      setTimeout(() => { setBackByUser = undefined; }, 0);
    }),
  );
}
