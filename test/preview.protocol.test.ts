/**
 * The preview's message protocol without VS Code: `tom/render` over real stdio against the shipped
 * server bundle, as the extension sends it.
 */
import { strict as assert } from 'node:assert';
import { after, afterEach, before, test } from 'node:test';
import { read } from './helpers/fixtures';
import { startServer, type LspSession } from './helpers/lspClient';
import { renderRequest, type RenderParams, type RenderResult } from '../server/src/protocol';

let lsp: LspSession;
before(async () => { lsp = await startServer(); });
after(async () => { await lsp.stop(); });
// a server error (an exception in a handler, an error response) fails the test that caused it
afterEach(() => lsp.assertNoServerErrors());

const webview = { cspSource: 'https://webview.example', scriptUri: 'https://webview.example/media/preview.js' };
const render = (params: Partial<RenderParams> & { uri: string }) =>
  lsp.connection.sendRequest(renderRequest, { format: 'html', preview: true, webview, ...params }) as Promise<RenderResult | null>;

/** The CSP of a page and the nonce its script-src allows. */
function policy(html: string): { csp: string; nonce: string } {
  const attribute = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  const csp = attribute.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return { csp, nonce: /script-src 'nonce-([^']+)'/.exec(csp)?.[1] ?? '' };
}

test('the preview page carries a strict CSP whose fresh nonce admits exactly its one script', async () => {
  const uri = 'file:///ws/unoy.tom.yaml';
  const text = read('examples', 'unoy-processor.tom.yaml');
  lsp.open(uri, text);
  const first = await render({ uri });
  const second = await render({ uri });
  assert.ok(first && second);
  const { csp, nonce } = policy(first.text);
  assert.match(csp, /^default-src 'none'; /);
  assert.match(csp, new RegExp(`style-src https://webview.example 'nonce-${nonce.replace(/[+/]/g, '\\$&')}'`));
  assert.ok(nonce.length >= 16, `a long random nonce (${nonce})`);
  const scripts = [...first.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(scripts, [`<script nonce="${nonce}" src="https://webview.example/media/preview.js">`]);
  assert.match(first.text, new RegExp(`<style nonce="${nonce.replace(/[+/]/g, '\\$&')}">`));
  assert.notEqual(policy(second.text).nonce, nonce, 'every render gets a new nonce');
  assert.equal(first.lang, 'de');
  assert.deepEqual(first.languages, ['de']);
  const line = text.split('\n').findIndex((l) => l.includes('id: PA-01'));
  assert.deepEqual(first.measures.find((m) => m.id === 'PA-01'), { id: 'PA-01', line });
  assert.match(first.text, /<button type="button" data-lang="en" aria-pressed="false">Englisch<\/button>/, 'the language switch');
  assert.match(first.text, /class="findings"/, 'the preview summarises the findings');
});

test('the language switch renders the page again in English; exports have no script, no nonce and no findings', async () => {
  const uri = 'file:///ws/bilingual.tom.yaml';
  lsp.open(uri, read('test', 'fixtures', 'render', 'bilingual.tom.yaml'));
  const de = await render({ uri, lang: 'de' });
  assert.ok(de);
  assert.equal(de.lang, 'de');
  assert.deepEqual(de.languages, ['en', 'de']);
  assert.match(de.text, /<h1>Technische und organisatorische Maßnahmen<\/h1>/);
  const exported = await render({ uri, lang: 'en', preview: false });
  assert.ok(exported);
  assert.match(exported.text, /<h1>Technical and organisational measures<\/h1>/);
  assert.ok(!/<script|nonce|class="findings"|data-line/.test(exported.text));
  assert.match(policy(exported.text).csp, /^default-src 'none'; style-src 'unsafe-inline'; img-src data:;/);
  const md = await render({ uri, format: 'md', lang: 'de', preview: false });
  assert.ok(md?.text.startsWith('# Technische und organisatorische Maßnahmen\n'));
});

test('an edit is in the next render (live preview), and a document that is not open renders nothing', async () => {
  const uri = 'file:///ws/live.tom.yaml';
  const text = read('examples', 'commercetools-processor.tom.yaml');
  lsp.open(uri, text);
  const line = text.split('\n').findIndex((l) => l.includes('title: Lockable office rooms'));
  const col = text.split('\n')[line].indexOf('Lockable');
  lsp.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col + 'Lockable'.length } }, text: 'Sealed' }]);
  const page = await render({ uri });
  assert.match(page?.text ?? '', /Sealed office rooms/);
  assert.equal(await render({ uri: 'file:///ws/never-opened.tom.yaml' }), null);
});
