/**
 * The repository's configuration file, `.tom-studio.yaml`: the one place a team writes which rules
 * apply, its organisation profiles and limits, read by the CLI and the language server alike so that
 * CI and the editor agree (docs/configuration.md). Pure: the adapters hand in a way to read a file.
 */
import { minimatch } from 'minimatch';
import { isMap, parseDocument, type Document, type Node } from 'yaml';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pairOf } from '../document/model';
import { maxAliasCount } from '../document/parse';
import { rangeOf } from '../rules/rule';
import { isRemote } from '../schema/profiles';
import { reportSchemaErrors } from '../schema/schemaErrors';
import { configValidator } from '../schema/schemas';
import type { Settings } from '../types';
import { settingsFromRaw, type RawSettings } from './rawSettings';

/** The names searched for, in this order, in each folder from the document's up. */
export const configFileNames = ['.tom-studio.yaml', '.tom-studio.yml'] as const;

export interface ConfigFile {
  uri: string;
  /** What the file sets: its valid keys only, profile globs and files resolved against its folder. */
  settings: Partial<Settings>;
  /** What is wrong in it, each at its place: shown on the file in the editor, printed by the CLI. */
  problems: Diagnostic[];
}

const folderOf = (uri: string) => new URL('.', uri).href;
const withSlash = (uri: string) => (uri.endsWith('/') ? uri : `${uri}/`);

/**
 * The configuration that applies to a document: the nearest `.tom-studio.yaml` (or `.yml`) in its
 * folder or above, up to the workspace folder that holds it (`stopAt`) or the file system's root.
 * Only `file:` documents have one. `read` returns undefined where there is no such file.
 */
export function findConfigFile(docUri: string, read: (uri: string) => string | undefined, stopAt: readonly string[] = [], trust: Trust = {}): ConfigFile | undefined {
  if (!docUri.startsWith('file:')) return undefined;
  const stops = new Set(stopAt.map(withSlash));
  for (let dir = folderOf(docUri); ; ) {
    for (const name of configFileNames) {
      const uri = new URL(name, dir).href;
      const text = read(uri);
      if (text !== undefined) return parseConfigFile(text, uri, trust);
    }
    const parent = new URL('..', dir).href;
    if (stops.has(dir) || parent === dir) return undefined;
    dir = parent;
  }
}

const problem = (range: Diagnostic['range'], message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic =>
  ({ range, message, severity, source: 'tom', code: 'config' });

/**
 * Whether the repository may decide what runs. An organisation profile is a JSON Schema that the
 * validator compiles into code, and its patterns run on every keystroke: in a workspace the user has
 * not trusted (VS Code's restricted mode), a cloned repository must not choose them.
 */
export interface Trust { trusted?: boolean }

/** A configuration file's text → what it sets and what is wrong in it; never throws. */
export function parseConfigFile(content: string, uri: string, { trusted = true }: Trust = {}): ConfigFile {
  const text = TextDocument.create(uri, 'yaml', 0, content);
  const problems: Diagnostic[] = [];
  const doc = parseDocument(content);
  for (const e of doc.errors) problems.push(problem({ start: text.positionAt(e.pos[0]), end: text.positionAt(e.pos[1]) }, `${e.message.split('\n')[0]}: fix the YAML of this configuration file.`));
  let data: unknown;
  try {
    data = problems.length ? undefined : doc.toJS({ maxAliasCount });
  } catch (e) {
    problems.push(problem({ start: text.positionAt(0), end: text.positionAt(0) }, `This configuration file cannot be read: ${(e as Error).message}.`));
  }
  if (data === undefined || data === null) return { uri, settings: {}, problems };
  const validate = configValidator();
  if (!validate(data)) {
    reportSchemaErrors(validate.errors ?? [], { doc: doc as Document, text, add: (f) => problems.push(problem(f.range, f.message)) });
  }
  if (!isMap(doc.contents)) return { uri, settings: {}, problems };
  const folder = decodeURIComponent(new URL('.', uri).pathname);
  const settings = settingsFromRaw(data as RawSettings, (glob, file) => {
    if (isRemote(file)) {
      const node = doc.getIn(['schemas', glob], true) as Node | undefined;
      problems.push(problem(node ? rangeOf(text, node) : { start: text.positionAt(0), end: text.positionAt(0) },
        `"${file}" is a URL; only local schema files are read (nothing is ever downloaded): save the profile in the repository and name its path relative to this file.`));
      return undefined;
    }
    return [anchored(folder, glob), new URL(file, uri).href];
  });
  if (!trusted && settings.schemas && Object.keys(settings.schemas).length) {
    const key = pairOf(doc.contents, 'schemas')?.key;
    problems.push(problem(key ? rangeOf(text, key) : { start: text.positionAt(0), end: text.positionAt(0) },
      'These profiles are not applied: the workspace is not trusted, and a profile is a schema compiled into code. Trust the workspace (Manage Workspace Trust) to apply them.',
      DiagnosticSeverity.Warning));
    delete settings.schemas;
  }
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { uri, settings, problems };
}

/** A glob of the file, relative to its folder, as an absolute one; a glob without "/" matches at any depth. */
function anchored(folder: string, glob: string): string {
  const relative = glob.replace(/^\.\//, '');
  return `${minimatch.escape(folder)}${relative.includes('/') ? '' : '**/'}${relative}`;
}
