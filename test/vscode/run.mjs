// VS Code integration tests: downloads VS Code (once, into .cache/), starts it with this repository as
// the extension under development and runs suite/index.cjs inside it. Where VS Code cannot be
// downloaded (no network but the npm registry) or cannot open a window, it says SKIPPED and exits 0,
// so that the rest of the test run stays meaningful; everything it checks is also run in CI where possible.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');

function skip(reason) {
  console.log(`SKIPPED: ${reason}`);
  process.exit(0);
}

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    cachePath: join(repoRoot, '.cache', 'vscode-test'),
    timeout: 30_000,
  });
} catch (e) {
  skip(`VS Code could not be downloaded (${e instanceof Error ? e.message : e})`);
}

// Electron needs a display; re-run under Xvfb when there is none and xvfb-run is installed.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.TOM_STUDIO_UNDER_XVFB) {
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) skip('VS Code needs a display: install xvfb (xvfb-run) or set DISPLAY');
  const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)], {
    stdio: 'inherit', env: { ...process.env, TOM_STUDIO_UNDER_XVFB: '1' },
  });
  process.exit(r.status ?? 1);
}

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(here, 'suite', 'index.cjs'),
    // the examples folder as the workspace, no other extensions, a profile of its own
    launchArgs: [join(repoRoot, 'examples'), '--disable-extensions', `--user-data-dir=${join(repoRoot, '.cache', 'vscode-test', 'user-data')}`],
    // the date rules' "today", inherited by the language server the extension starts
    extensionTestsEnv: { TOM_STUDIO_TODAY: '2026-11-25' },
  });
} catch (e) {
  console.error(`VS Code integration tests failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
