/**
 * The settings of each document: the client's `tom` section (pulled per document, or pushed by clients
 * that cannot be asked), under the repository's `.tom-studio.yaml` nearest to the document, resolved
 * once per document and cached until the configuration or the file changes (docs/configuration.md).
 */
import type { Connection } from 'vscode-languageserver';
import {
  defaultSettings, findConfigFile, isRemote, resolveSettings, settingsFromRaw,
  type ConfigFile, type Locale, type RawSettings, type Settings,
} from '../service';

/** The workspace folder that holds a document, the longest match first. */
const folderOf = (docUri: string, folders: readonly string[]) =>
  folders.filter((f) => docUri.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0];

/**
 * The editor's layer: `tom.*` as the client has it, with profile files resolved against the workspace
 * folder that holds the document (a URL is never fetched, so it is left out), and the client's locale.
 */
export function editorSettings(raw: RawSettings | null | undefined, docUri: string, folders: readonly string[], locale: Locale = defaultSettings.locale): Partial<Settings> {
  const base = `${(folderOf(docUri, folders) ?? docUri).replace(/\/?$/, '/')}`;
  // the editor has no `tom.locale` (its display language counts) and no `tom.today`: only the file sets those
  const { locale: _displayLanguageCounts, today: _fileOnly, ...editor } = settingsFromRaw(raw, (glob, file) => {
    if (isRemote(file)) return undefined;
    try {
      return [glob, new URL(file, base).href];
    } catch {
      return undefined;
    }
  });
  return { ...editor, locale };
}

/** The editor's settings alone over the defaults, as a document without a configuration file has them. */
export const sanitise = (raw: RawSettings | null | undefined, docUri: string, folders: readonly string[], locale?: Locale): Settings =>
  resolveSettings({ editor: editorSettings(raw, docUri, folders, locale) });

export class SettingsCache {
  private cache = new Map<string, Promise<Settings>>();
  folders: string[] = [];
  supportsConfiguration = false;
  /** The client's UI language (`initialize` `locale`), which the messages follow unless the configuration file says otherwise. */
  locale: Locale = defaultSettings.locale;
  /** Settings sent with didChangeConfiguration by clients without workspace/configuration. */
  pushed: RawSettings | undefined;
  /**
   * Whether the workspace is trusted (VS Code sends `workspaceTrusted: false` in restricted mode, and
   * `tom/workspaceTrusted` once the user grants trust); clients without the notion trust their files.
   */
  trusted = true;
  /** Called with each configuration file read, so that its problems can be shown on it. */
  onConfigFile: (file: ConfigFile) => void = () => undefined;

  constructor(private connection: Connection, private readFile: (uri: string) => string | undefined) {}

  get(uri: string): Promise<Settings> {
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.editor(uri).then((editor) => {
        const file = findConfigFile(uri, this.readFile, this.folders, { trusted: this.trusted });
        if (file) this.onConfigFile(file);
        return resolveSettings({ editor, file: file?.settings });
      });
      this.cache.set(uri, hit);
    }
    return hit;
  }

  private async editor(uri: string): Promise<Partial<Settings>> {
    let raw = this.pushed;
    if (this.supportsConfiguration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'tom' });
      } catch {
        raw = undefined; // a client that fails to answer gets the defaults, not a broken document
      }
    }
    return editorSettings(raw, uri, this.folders, this.locale);
  }

  /** Forgets every document's settings (the configuration or a configuration file changed). */
  clear(pushed?: RawSettings): void {
    this.cache.clear();
    if (pushed) this.pushed = pushed;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
