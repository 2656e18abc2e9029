/**
 * The exported page in a real browser: headless Chromium from Debian's packages, driven by
 * playwright-core. The page loads without console errors and without a single network request, and
 * a hostile document runs no script. Screenshots land in test-results/ for a person to look at.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { doc, read, repoRoot, service } from './helpers/fixtures';
import { requireTool, skipWithout } from './helpers/tools';

// evaluated in the page, not in Node: the test compiles without the DOM library
declare const window: Record<string, unknown> & { innerWidth: number };
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare function getComputedStyle(el: unknown): { display: string };

const executablePath = '/usr/bin/chromium';
const missing = existsSync(executablePath) ? undefined : `${executablePath} is missing (install Debian's chromium package: apt-get install -y chromium)`;
const results = join(repoRoot, 'test-results');

let context: BrowserContext | undefined;
let profile = '';

before(async () => {
  if (missing) return;
  mkdirSync(results, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'tom-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 1400 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

interface Loaded { page: Page; consoleErrors: string[]; requests: string[] }

/** Opens the HTML as the page's content, recording console errors, page errors and every request. */
async function open(html: string): Promise<Loaded> {
  const page = await context!.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, consoleErrors, requests };
}

const external = (urls: string[]) => urls.filter((u) => !/^(data|about):/.test(u));
const exportHtml = (text: string, lang?: string) => service().render(doc(text), { format: 'html', lang }).text;

for (const [name, file, lang] of [
  ['commercetools', 'examples/commercetools-processor.tom.yaml', undefined],
  ['unoy', 'examples/unoy-processor.tom.yaml', undefined],
  ['bilingual-de', 'test/fixtures/render/bilingual.tom.yaml', 'de'],
] as const) {
  test(`the ${name} page loads with no console error and no network request; screenshot saved`, async (t) => {
    if (skipWithout(missing)) return t.skip(missing);
    requireTool(missing);
    const { page, consoleErrors, requests } = await open(exportHtml(read(file), lang));
    const path = join(results, `render-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    assert.ok(existsSync(path));
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(external(requests), []);
    const sections = await page.locator('section.control h2').count();
    assert.ok(sections >= 2, `${sections} sections`);
    assert.ok(await page.locator('table.coverage').isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    await page.close();
  });
}

/** The hostile fixture plus huge texts: a 200 000-character word and 1500 measures full of markup. */
function hostileDocument(): string {
  const measures = Array.from({ length: 1500 }, (_, i) => `      - id: HX-${String(i + 1).padStart(4, '0')}
        title: "<img src=x onerror=\\"window.pwnedImg=${i}\\">measure ${i}"
        cia: [C]
        kind: technical`).join('\n');
  const section = `  - type: system-access
    title: "${'W'.repeat(200_000)}"
    measures:
${measures}
`;
  return read('test/fixtures/render/hostile.tom.yaml').replace('subprocessors:', `${section}subprocessors:`);
}

test('a hostile document runs no script: no element, handler or javascript: link from it survives', async (t) => {
  if (skipWithout(missing)) return t.skip(missing);
  requireTool(missing);
  const text = hostileDocument();
  const preview = { nonce: 'n0nce-for-this-test', cspSource: 'https://webview.invalid', scriptUri: 'https://webview.invalid/preview.js' };
  for (const [name, html] of [['export', exportHtml(text)], ['preview', service().render(doc(text), { format: 'html', preview }).text]] as const) {
    const { page, consoleErrors, requests } = await open(html);
    // the preview's own script cannot load outside VS Code (its host is invalid): allow just that one request
    assert.deepEqual(external(requests).filter((u) => u !== preview.scriptUri), [], name);
    const state = await page.evaluate(() => {
      return {
        pwned: Object.keys(window).filter((k) => k.startsWith('pwned')),
        images: document.images.length,
        scripts: [...document.scripts].map((s: { src: string }) => s.src),
        javascriptLinks: [...document.querySelectorAll('a')].filter((a: { getAttribute(n: string): string | null }) => !/^https?:|^#/.test(a.getAttribute('href') ?? '')).length,
        handlers: [...document.querySelectorAll('*')].filter((el: { attributes: Iterable<{ name: string }> }) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        title: document.title.slice(0, 40),
        hidden: getComputedStyle(document.body).display === 'none',
      };
    });
    assert.deepEqual(state.pwned, [], `${name}: no injected script ran`);
    assert.equal(state.images, 0, `${name}: no <img> (so no onerror can fire)`);
    assert.deepEqual(state.scripts, name === 'preview' ? [preview.scriptUri] : [], `${name}: only the preview's own script`);
    assert.equal(state.javascriptLinks, 0);
    assert.equal(state.handlers, 0, 'no event-handler attribute');
    assert.equal(state.title, '<script>window.pwned=1</script>Hostile –', 'the title is shown as text');
    assert.equal(state.hidden, false, 'an injected <style> did not hide the page');
    assert.ok(await page.getByText('<img src=x onerror="window.pwnedImg=7">measure 7', { exact: true }).isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: the 200 000-character word wraps (${overflow}px too wide)`);
    if (name === 'export') {
      assert.deepEqual(consoleErrors, []);
      await page.screenshot({ path: join(results, 'render-hostile.png') });
    }
    await page.close();
  }
});
