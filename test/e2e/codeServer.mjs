// code-server (VS Code 1.100 in the browser) for the end-to-end suite: a fresh profile with the
// extension installed, started on a free loopback port, stopped with everything it started.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * A quiet first start: no Welcome page (it would steal the keyboard focus), no trust prompt, no
 * traffic to a gallery, an update or a telemetry server.
 */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'workbench.editor.enablePreview': false,
};

/** A profile under `dir`: user data (with the settings above) and an extensions folder. */
export function createProfile(dir) {
  const profile = { userData: join(dir, 'user-data'), extensions: join(dir, 'extensions'), tmp: join(dir, 'tmp'), log: join(dir, 'code-server.log') };
  mkdirSync(join(profile.userData, 'User'), { recursive: true });
  mkdirSync(profile.extensions, { recursive: true });
  mkdirSync(profile.tmp, { recursive: true });
  writeFileSync(join(profile.userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  registerGermanLanguagePack(profile.userData);
  return profile;
}

/**
 * VS Code runs in German (for extensions: `vscode.env.language`, package.nls.de.json, the l10n bundle,
 * the language client's `initialize` locale) only when a German language pack is installed; without
 * one it falls back to English whatever locale is asked for. The real pack comes from a gallery the
 * suite never reaches, so the profile registers a stub pack the way VS Code records an installed one
 * (`languagepacks.json` in the user data folder): it translates none of VS Code's own words, so the
 * workbench stays English while the extension and its language server speak German.
 */
function registerGermanLanguagePack(userData) {
  const translations = join(userData, 'language-pack-de', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({
    de: {
      hash: 'e2e-stub',
      label: 'Deutsch',
      extensions: [{ extensionIdentifier: { id: 'tom-studio-e2e.language-pack-de' }, version: '0.0.1' }],
      translations: { vscode: translations },
    },
  }));
}

/**
 * The display language of the next page load: `locale` in the profile's argv.json, where VS Code's
 * "Configure Display Language" keeps it and which code-server reads each time it serves the workbench.
 */
export function setDisplayLanguage(profile, locale) {
  writeFileSync(join(profile.userData, 'User', 'argv.json'), JSON.stringify({ locale }));
}

const profileArgs = (profile) => ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];

/**
 * code-server's environment: VS Code leaves its IPC sockets in TMPDIR, and a socket path must stay
 * under 108 characters; TOM_STUDIO_TODAY fixes the date the language server's date rules compare with;
 * an empty EXTENSIONS_GALLERY turns the extension gallery off (in German, VS Code would otherwise look
 * there for the language pack it thinks is missing).
 */
const environment = (profile, today) => ({ ...process.env, TMPDIR: profile.tmp, TOM_STUDIO_TODAY: today, EXTENSIONS_GALLERY: '{}' });

export function installExtension(codeServer, profile, vsix) {
  execFileSync(codeServer, [...profileArgs(profile), '--install-extension', vsix], { env: environment(profile, ''), stdio: 'pipe' });
}

/** A loopback port nobody listens on: the OS picks it. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on `folder` and waits until it answers /healthz. code-server runs in its own
 * process group, so `stop()` also ends the extension host and the language server it started.
 */
export async function startCodeServer(codeServer, profile, folder, { today, timeoutMs = 60_000 }) {
  const port = await freePort();
  const log = openSync(profile.log, 'w');
  const child = spawn(codeServer, [
    ...profileArgs(profile), '--config', join(profile.userData, 'config.yaml'),
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder,
  ], { env: environment(profile, today), stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const stop = () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) {
    if (exited || Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not start on port ${port}:\n${tail(profile.log)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `${base}/?folder=${encodeURIComponent(folder)}`, stop };
}

/** The last lines of a log, for a failure report. */
export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
