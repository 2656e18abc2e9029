/**
 * The settings of each file the CLI reads, the same way the editor resolves them: the locale of the
 * environment, then the nearest `.tom-studio.yaml` above the file (or the one `--config` names), then
 * the command-line options (docs/configuration.md). A configuration file's problems are collected,
 * each once, for stderr.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConfigFile, localeOf, parseConfigFile, resolveSettings, type ConfigFile, type Settings } from '../service';
import { fileUri, nodeHost } from '../nodeHost';
import { readText } from './files';
import { UsageError } from './command';

export interface CliSettings {
  /** The settings for the TOM file at `path`. */
  forFile(path: string): Settings;
  /** "file:line:col: message" for each problem of each configuration file used so far. */
  problems(): string[];
}

/** The language of the environment, as POSIX tools choose it: LC_ALL, then LC_MESSAGES, then LANG. */
export const environmentLocale = (env: NodeJS.ProcessEnv = process.env) => localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);

export function cliSettings(opts: { config?: string; commandLine: Partial<Settings>; env?: NodeJS.ProcessEnv }): CliSettings {
  const environment: Partial<Settings> = { locale: environmentLocale(opts.env) };
  const used = new Map<string, ConfigFile>();
  let named: ConfigFile | undefined;
  if (opts.config !== undefined) {
    const read = readText(opts.config);
    if ('error' in read) throw new UsageError(`--config ${opts.config}: ${read.error}`);
    named = parseConfigFile(read.text, fileUri(resolve(opts.config)));
  }
  // one search per folder: the files of a folder share their configuration
  const byFolder = new Map<string, ConfigFile | undefined>();
  const host = nodeHost(() => undefined);
  const configFor = (path: string): ConfigFile | undefined => {
    if (named) return named;
    const folder = dirname(resolve(path));
    if (!byFolder.has(folder)) byFolder.set(folder, findConfigFile(fileUri(resolve(path)), host.readFile));
    return byFolder.get(folder);
  };
  return {
    forFile(path) {
      const file = configFor(path);
      if (file) used.set(file.uri, file);
      return resolveSettings({ editor: environment, file: file?.settings, commandLine: opts.commandLine });
    },
    problems: () => [...used.values()].flatMap((file) => {
      const shown = relative(process.cwd(), fileURLToPath(file.uri)) || file.uri;
      return file.problems.map((p) => `${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
    }),
  };
}
