// VS Code integration tests: downloads VS Code (once, into .cache/), starts it with this repository as
// the extension under development and runs suite/index.cjs inside it. Where VS Code cannot be
// downloaded (no network but the npm registry, as in this project's CI) or cannot open a window, the
// suite cannot run: it says so plainly, NOT RUN, and is counted as no test at all. .ci/run does not
// call it; the extension in a real VS Code is tested there by `npm run test:e2e` (code-server).
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');

/** Not a pass: nothing was tested. Exit 0 so that a developer's chained commands go on; CI=true fails. */
function cannotRun(reason) {
  console.log([
    '',
    'NOT RUN: the @vscode/test-electron suite cannot run on this machine.',
    `  Why: ${reason}.`,
    '  Nothing was tested by it; `npm run test:e2e` tests the extension in a real VS Code (code-server).',
    '',
  ].join('\n'));
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    cachePath: join(repoRoot, '.cache', 'vscode-test'),
    timeout: 30_000,
  });
} catch (e) {
  cannotRun(`VS Code could not be downloaded (${e instanceof Error ? e.message : e})`);
}

// Electron needs a display; re-run under Xvfb when there is none and xvfb-run is installed.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.TOM_STUDIO_UNDER_XVFB) {
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) cannotRun('VS Code needs a display: install xvfb (xvfb-run) or set DISPLAY');
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
