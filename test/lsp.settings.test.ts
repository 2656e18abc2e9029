/**
 * One resolved settings object per document, used by every feature: over real stdio, a 6 MB document
 * is refused by all of them at the default limit and served by all of them once `tom.maxFileSizeMB`
 * is raised (issue 16: only diagnostics used to see the raised limit).
 */
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-protocol';
import { renderRequest, type RenderResult } from '../server/src/protocol';
import * as hostile from './helpers/hostile';
import { startServer, type LspSession } from './helpers/lspClient';

// at the end: a control type with a typo (completion offers the right one) and CIA tags out of order (a quick-fix sorts them)
const text = `${hostile.documentOfSize(6_000_000)}  - type: encryptoin\n    measures:\n${hostile.measure('EN-01').replace('cia: [C]', 'cia: [I, C]')}`;
const lines = text.split('\n');
const lineOf = (s: string) => lines.findIndex((l) => l.includes(s));
const uri = 'file:///ws/big.tom.yaml';
const typo = { start: { line: lineOf('type: encryptoin'), character: 10 }, end: { line: lineOf('type: encryptoin'), character: 20 } };
const cia = { start: { line: lineOf('cia: [I, C]'), character: 14 }, end: { line: lineOf('cia: [I, C]'), character: 14 } };

let lsp: LspSession;
before(async () => { lsp = await startServer({ settings: { maxFileSizeMB: 10 } }); });
after(async () => { await lsp.stop(); });

/** What each feature answers for the document: how many symbols, folds, …, and whether hover and preview answer. */
async function features() {
  const req = <T>(method: string, params: object) => lsp.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<T>;
  const [symbols, folds, hover, completion, actions, page] = await Promise.all([
    req<DocumentSymbol[]>('textDocument/documentSymbol', {}),
    req<FoldingRange[]>('textDocument/foldingRange', {}),
    req<Hover | null>('textDocument/hover', { position: { line: lineOf('type: physical-access'), character: 12 } }),
    req<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { position: typo.end }),
    req<CodeAction[]>('textDocument/codeAction', { range: cia, context: { diagnostics: [] } }),
    lsp.connection.sendRequest(renderRequest, { uri, format: 'html', preview: true, webview: { cspSource: 'x', scriptUri: 'x' } }) as Promise<RenderResult | null>,
  ]);
  const items = Array.isArray(completion) ? completion : completion.items;
  return {
    symbols: symbols.length,
    folds: folds.length,
    hover: hover !== null,
    completesEncryption: items.some((i) => i.label === 'encryption'),
    sortsCia: actions.some((a) => a.title === 'Write the CIA tags as [C, I]'),
    previewMeasures: page?.measures.length ?? 0,
  };
}

test('with tom.maxFileSizeMB raised to 10, every feature works on a 6 MB document', { timeout: 300_000 }, async () => {
  lsp.open(uri, text);
  const published = await lsp.diagnostics(uri, { version: 1, timeoutMs: 120_000 });
  const codes = published.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('unknown-control-type') && !codes.includes('file-too-large'), codes.join());
  const served = await features();
  assert.ok(served.symbols > 0 && served.folds > 1000 && served.previewMeasures > 10_000, JSON.stringify(served));
  assert.deepEqual({ ...served, symbols: 1, folds: 1, previewMeasures: 1 },
    { symbols: 1, folds: 1, hover: true, completesEncryption: true, sortsCia: true, previewMeasures: 1 });
});

test('back at the default 5 MB, every feature refuses it alike, and the finding names the real setting', { timeout: 300_000 }, async () => {
  lsp.settings = {};
  void lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tom: {} } });
  const refused = await lsp.diagnostics(uri, { accept: (p) => p.diagnostics.some((d) => d.code === 'file-too-large'), timeoutMs: 120_000 });
  assert.equal(refused.diagnostics.length, 1);
  assert.match(refused.diagnostics[0].message, /raise the limit \(setting tom\.maxFileSizeMB, or maxFileSizeMB in \.tom-studio\.yaml\)/);
  assert.deepEqual(await features(), { symbols: 0, folds: 0, hover: false, completesEncryption: false, sortsCia: false, previewMeasures: 0 });
});
