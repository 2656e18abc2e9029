/**
 * Settings per document, read from the client's `tom` section, sanitised and clamped (a bad value
 * falls back to the default, never breaks analysis), cached until the configuration changes.
 */
import type { Connection } from 'vscode-languageserver';
import { defaultSettings, isRuleId, isSeveritySetting, type Locale, type RuleId, type Settings, type SeveritySetting } from '../service';

interface RawSettings {
  rules?: Record<string, unknown>;
  staleReviewMonths?: unknown;
  maxFileSizeMB?: unknown;
  schemas?: Record<string, unknown>;
}


/** Resolves a profile path from the settings against the workspace folder that holds the document. */
function resolveSchema(path: string, docUri: string, folders: readonly string[]): string | undefined {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path) && !path.startsWith('file:')) return undefined; // never fetched
  const folder = folders.filter((f) => docUri.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0];
  try {
    return new URL(path, `${(folder ?? docUri).replace(/\/?$/, '/')}`).href;
  } catch {
    return undefined;
  }
}

export function sanitise(raw: RawSettings | null | undefined, docUri: string, folders: readonly string[], locale: Locale = defaultSettings.locale): Settings {
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const [id, sev] of Object.entries(raw?.rules ?? {})) {
    if (isRuleId(id) && isSeveritySetting(sev)) rules[id] = sev;
  }
  const months = Number(raw?.staleReviewMonths);
  const mb = Number(raw?.maxFileSizeMB);
  const schemas: Record<string, string> = {};
  for (const [glob, path] of Object.entries(raw?.schemas ?? {})) {
    const uri = typeof path === 'string' ? resolveSchema(path, docUri, folders) : undefined;
    if (uri) schemas[glob] = uri;
  }
  return {
    rules,
    staleReviewMonths: Number.isFinite(months) && months >= 1 && months <= 120 ? Math.round(months) : defaultSettings.staleReviewMonths,
    maxFileSize: Number.isFinite(mb) && mb > 0 && mb <= 100 ? Math.round(mb * 1024 * 1024) : defaultSettings.maxFileSize,
    schemas,
    locale,
  };
}

export class SettingsCache {
  private cache = new Map<string, Promise<Settings>>();
  folders: string[] = [];
  supportsConfiguration = false;
  /** The client's UI language (`initialize` `locale`), which the messages follow. */
  locale: Locale = defaultSettings.locale;
  /** Settings sent with didChangeConfiguration by clients without workspace/configuration. */
  pushed: RawSettings | undefined;

  constructor(private connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(sanitise(this.pushed, uri, this.folders, this.locale));
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'tom' })
        .then((raw: RawSettings) => sanitise(raw, uri, this.folders, this.locale), () => sanitise(undefined, uri, this.folders, this.locale));
      this.cache.set(uri, hit);
    }
    return hit;
  }

  clear(pushed?: RawSettings): void {
    this.cache.clear();
    if (pushed) this.pushed = pushed;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
