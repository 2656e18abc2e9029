// End-to-end suite: tom-studio.vsix in a real VS Code (code-server 4.100.3), driven through Debian's
// Chromium with playwright-core, checking what the screen shows. `npm run test:e2e` packages the
// extension first. Screenshots of every step go to test-results/e2e/. See docs/e2e.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProfile, installExtension, setDisplayLanguage, startCodeServer, tail } from './codeServer.mjs';
import { Workbench } from './workbench.mjs';
import { steps } from './steps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const install = join(root, '.cache', 'code-server');
const codeServerBin = join(install, 'node_modules', '.bin', 'code-server');
const chromiumBin = '/usr/bin/chromium';
const vsix = join(root, 'tom-studio.vsix');
const results = join(root, 'test-results', 'e2e');
/** The date rules compare with, as in the other suites. */
const today = '2026-11-25';
/** The whole run's limit: a hung browser must not hold CI for long. */
const runLimitMs = 8 * 60_000;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[e2e ${seconds()}] ${message}`);

// ------------------------------------------------------------------ cleanup, also on failure
const cleanups = [];
/** Runs (synchronously, newest first) what stops the processes and removes the files we made. */
function cleanUp() {
  while (cleanups.length) {
    try { cleanups.pop()(); } catch { /* keep cleaning */ }
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));
setTimeout(() => {
  console.error(`e2e: the run took longer than ${runLimitMs / 60_000} minutes: stopped`);
  process.exit(1);
}, runLimitMs).unref();

// ------------------------------------------------------------------ install (cached in .cache/)
/** Only a machine that cannot reach the npm registry skips, and says why; everything else that breaks fails. */
function skip(reason) {
  if (process.env.CI === 'true') {
    console.error(`e2e: ${reason}; CI=true: the CI installs code-server, so this is a failure`);
    process.exit(1);
  }
  console.log(`SKIPPED (not a pass): ${reason}`);
  process.exit(0);
}

// Chromium is a Debian package .ci/run installs: without it this is a broken machine, not a skip
if (!existsSync(chromiumBin)) {
  console.error(`e2e: ${chromiumBin} is missing: install Debian's chromium package (.ci/run does)`);
  process.exit(1);
}
const installRun = spawnSync('bash', [join(here, 'install-code-server.sh'), install], { stdio: 'inherit' });
if (installRun.status !== 0) {
  const registry = spawnSync('npm', ['ping'], { encoding: 'utf8', timeout: 30_000 });
  if (registry.status !== 0) {
    const why = (registry.error?.message ?? `${registry.stderr}`.trim().split('\n').slice(-3).join(' ')) || `npm ping exited with ${registry.status}`;
    skip(`code-server cannot be installed: the npm registry is not reachable (npm ping: ${why})`);
  }
  console.error('e2e: installing code-server failed although the npm registry is reachable (see above)');
  process.exit(1);
}
if (!existsSync(vsix)) {
  console.error(`e2e: ${vsix} is missing: run \`npm run test:e2e\` (it packages the extension first)`);
  process.exit(1);
}
log('code-server installed');

// ------------------------------------------------------------------ workspace, profile, code-server
// a short folder: VS Code's socket paths under TMPDIR must stay below 108 characters
const scratch = mkdtempSync(join(tmpdir(), 'tom-e2e-'));
cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
const workspace = join(scratch, 'workspace');
mkdirSync(workspace);
const documentIn = (source) => {
  const file = join(workspace, basename(source));
  copyFileSync(source, file);
  return { name: basename(file), text: readFileSync(file, 'utf8') };
};
const files = {
  fixture: documentIn(join(here, 'workspace', 'e2e.tom.yaml')),
  example: documentIn(join(root, 'examples', 'acme-controller.tom.yaml')),
  draft: documentIn(join(here, 'workspace', 'entwurf.tom.yaml')),
  legacy: documentIn(join(root, 'test', 'fixtures', 'legacy', 'unoy-toms-de.txt')),
};

const profile = createProfile(scratch);
installExtension(codeServerBin, profile, vsix);
log('extension installed');
const codeServer = await startCodeServer(codeServerBin, profile, workspace, { today });
cleanups.push(codeServer.stop);
log(`code-server answers at ${codeServer.url}`);

// ------------------------------------------------------------------ the browser
const { chromium } = createRequire(join(install, 'package.json'))('playwright-core');
const context = await chromium.launchPersistentContext(join(scratch, 'chromium'), {
  executablePath: chromiumBin,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
});
// closing the browser is asynchronous; playwright's own exit handler kills it if we cannot wait
let browserOpen = true;
const closeBrowser = async () => {
  if (browserOpen) await context.close().catch(() => {});
  browserOpen = false;
};
const page = context.pages()[0] ?? await context.newPage();
const wb = new Workbench(page);

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
try {
  await page.goto(codeServer.url);
  await wb.ready(files.fixture.name);
  log('workbench ready');

  // E2E_STEPS=name,name runs only those steps (while working on them)
  const only = process.env.E2E_STEPS?.split(',');
  for (const [index, step] of steps.entries()) {
    if (only && !only.includes(step.name)) continue;
    const prefix = String(index + 1).padStart(2, '0');
    const shot = (label) => join(results, `${prefix}-${label}.png`);
    const stepStarted = Date.now();
    try {
      const note = await step.run(wb, { ...files, shot, workspace, setDisplayLanguage: (locale) => setDisplayLanguage(profile, locale) });
      await wb.screenshot(shot(step.name));
      passed++;
      log(`ok   ${prefix} ${step.name}: ${step.title} (${((Date.now() - stepStarted) / 1000).toFixed(1)}s)${note ? ` — ${note}` : ''}`);
    } catch (error) {
      failed++;
      await wb.screenshot(shot(step.name)).catch(() => {});
      log(`FAIL ${prefix} ${step.name}: ${step.title}\n  ${error.message}\n  screenshot: ${shot(step.name)}\n${await wb.describeScreen()}`);
      await wb.press('Escape', 'Escape').catch(() => {});
    }
  }
} catch (error) {
  failed++;
  await wb.screenshot(join(results, '00-workbench.png')).catch(() => {});
  log(`FAIL the workbench did not load: ${error.message}\n${await wb.describeScreen()}`);
} finally {
  await closeBrowser();
  if (failed) log(`code-server log (last lines):\n${tail(profile.log)}`);
  cleanUp();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
