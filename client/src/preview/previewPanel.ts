/**
 * The one TOM preview panel: shows the page the server renders for the active TOM editor, updates
 * while typing (debounced), follows the active TOM editor, scrolls with it, and reveals a measure
 * in the editor when it is clicked. The page (and its fresh nonce) comes from the server; this file
 * only wires the webview to the editor.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type HostToPreview, type PreviewToHost, type RenderTemplate } from '../../../server/src/protocol';

/** Quiet time after the last keystroke before the page is rendered again. */
const updateDelayMs = 250;

const isTom = (doc: vscode.TextDocument | undefined): doc is vscode.TextDocument => doc?.languageId === 'tom';

export class TomPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  /** The language chosen in the preview's switch, per document: each page starts in its document's own. */
  private readonly langs = new Map<string, string>();
  /** The template chosen in the preview's switch (the standard page or SCC Annex II). */
  private template: RenderTemplate | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Increases with every render request, so that a slow answer never replaces a newer page. */
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && isTom(editor?.document) && editor.document.uri.toString() !== this.uri?.toString()) this.follow(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.uri.toString() === this.uri?.toString()) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() === this.uri?.toString()) this.post({ type: 'scroll', line: e.visibleRanges[0]?.start.line ?? 0 });
      }),
    );
  }

  /** Opens the preview of `doc` (or reveals the existing panel and switches it to `doc`). */
  show(doc: vscode.TextDocument, toSide: boolean): void {
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) this.panel.reveal(column, toSide);
    else this.panel = this.createPanel(column, toSide);
    this.follow(doc);
  }

  /** The language currently shown for `uri`, if the preview shows it. */
  languageOf(uri: vscode.Uri): string | undefined {
    return this.panel && uri.toString() === this.uri?.toString() ? this.langs.get(uri.toString()) : undefined;
  }

  private createPanel(column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('tom.preview', 'TOM Preview', { viewColumn: column, preserveFocus }, {
      enableScripts: true, // for media/preview.js only: the page's CSP admits no other script
      localResourceRoots: [media],
      enableFindWidget: true,
    });
    panel.onDidDispose(() => {
      clearTimeout(this.timer);
      this.panel = undefined;
      this.uri = undefined;
    }, null, this.subscriptions);
    panel.webview.onDidReceiveMessage((m: PreviewToHost) => this.onMessage(m), null, this.subscriptions);
    return panel;
  }

  private follow(doc: vscode.TextDocument): void {
    this.uri = doc.uri;
    if (this.panel) this.panel.title = `Preview ${doc.uri.path.split('/').pop()}`;
    void this.update();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), updateDelayMs);
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    const generation = ++this.generation;
    const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.js'));
    try {
      const result = await this.client.sendRequest(renderRequest, {
        uri: uri.toString(), format: 'html', lang: this.langs.get(uri.toString()), template: this.template, preview: true,
        webview: { cspSource: panel.webview.cspSource, scriptUri: script.toString() },
      });
      if (result && generation === this.generation && this.panel === panel) panel.webview.html = result.text;
    } catch (e) {
      if (generation === this.generation) this.client.warn(`TOM preview: rendering failed: ${(e as Error).message}`);
    }
  }

  private onMessage(message: PreviewToHost): void {
    if (message.type === 'lang') {
      if (this.uri) this.langs.set(this.uri.toString(), message.lang);
      void this.update();
    } else if (message.type === 'template') {
      this.template = message.template;
      void this.update();
    } else if (message.type === 'reveal') {
      void this.reveal(message.line);
    } else if (message.type === 'ready') {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri?.toString());
      if (editor) this.post({ type: 'scroll', line: editor.visibleRanges[0]?.start.line ?? 0 });
    }
  }

  /** Shows the line in the editor beside the preview (opening the document if no editor shows it). */
  private async reveal(line: number): Promise<void> {
    if (!this.uri) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri?.toString());
    const doc = visible?.document ?? await vscode.workspace.openTextDocument(this.uri);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
    const position = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(message: HostToPreview): void {
    void this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
