/**
 * Configuration changes of every kind reach the open documents: the editor's settings (pulled again
 * after workspace/didChangeConfiguration, registered dynamically where the client supports it, so
 * that a settings.json edited on disk counts too) and the repository's `.tom-studio.yaml` (watched
 * through workspace/didChangeWatchedFiles), and workspace trust granted later. The problems of a
 * configuration file are shown on it.
 */
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver';
import { workspaceTrustedNotification } from '../protocol';
import { configFileNames } from '../service';
import type { Feature, ServerContext } from './context';

export const configFileGlob = `**/{${configFileNames.join(',')}}`;

const isConfigFile = (uri: string) => configFileNames.some((name) => uri.endsWith(`/${name}`));

export const configurationFeature: Feature = { capabilities: {}, register };

function register(ctx: ServerContext): void {
  const { connection, settings } = ctx;
  // what was last shown on each configuration file, so that an unchanged file is not published again
  const shown = new Map<string, string>();
  const show = (uri: string, problems: Diagnostic[]) => {
    const key = JSON.stringify(problems);
    if (shown.get(uri) === key) return;
    shown.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics: problems });
  };
  settings.onConfigFile = (file) => show(file.uri, file.problems);

  connection.onInitialized(() => {
    const workspace = ctx.client.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'tom' })
        .catch((e) => connection.console.error(`TOM: registering for configuration changes failed: ${e}`));
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: configFileGlob }] })
        .catch((e) => connection.console.error(`TOM: watching ${configFileNames.join(', ')} failed: ${e}`));
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.clear((change.settings as { tom?: object } | null | undefined)?.tom);
    ctx.revalidate();
  });

  // the user trusted the workspace: its configuration file's profiles apply from now on
  connection.onNotification(workspaceTrustedNotification, () => {
    settings.trusted = true;
    settings.clear();
    ctx.revalidate();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configChanges = changes.filter((c) => isConfigFile(c.uri));
    if (configChanges.length === 0) return;
    for (const c of configChanges) if (c.type === FileChangeType.Deleted) show(c.uri, []);
    settings.clear();
    ctx.revalidate();
  });
}
