/**
 * The TOM language service: everything that turns a TOM document into findings, completions, fixes
 * and pages. It never sees the LSP connection, `vscode` or the file system: the host injects file
 * access and the clock. The language server, the CLI and the tests all call it.
 */
import { analyse, type Analysis, type SourceDocument } from './analysis';
import { diagnose } from './diagnose';
import { utcToday } from './dates';
import { renderPage, type RenderedPage, type RenderOptions } from './render';
import { defaultSettings, type Finding, type Host, type Settings } from './types';

export type { Analysis, SourceDocument } from './analysis';
export * from './types';
export type { PreviewFrame, RenderedPage, RenderFormat, RenderOptions } from './render';
export { rules, isRuleId, severityName } from './findings';
export { keyPathAt } from './keyPath';

export interface TomServiceOptions {
  host?: Partial<Host>;
  settings?: Partial<Settings>;
}

export interface TomService {
  /** The analysis of a document version, cached per uri: the newest version is parsed once. */
  analyse(doc: SourceDocument): Analysis;
  /** All findings, with suppressions and severity overrides applied. Returns [] when cancelled. */
  check(doc: SourceDocument, settings?: Partial<Settings>, isCancelled?: () => boolean): Finding[];
  /** The published page as HTML or Markdown; the preview's page also summarises the current findings. */
  render(doc: SourceDocument, options: RenderOptions, settings?: Partial<Settings>): RenderedPage;
  /** Forgets a closed document. */
  forget(uri: string): void;
  readonly settings: Settings;
  readonly host: Host;
}

export function mergeSettings(base: Settings, over: Partial<Settings> = {}): Settings {
  return { ...base, ...over, rules: { ...base.rules, ...over.rules }, schemas: { ...base.schemas, ...over.schemas } };
}

export function createTomService(options: TomServiceOptions = {}): TomService {
  const host: Host = { today: utcToday, readFile: () => undefined, ...options.host };
  const settings = mergeSettings(defaultSettings, options.settings);
  const cache = new Map<string, Analysis>();
  const service: TomService = {
    settings,
    host,
    analyse(doc) {
      const hit = cache.get(doc.uri);
      if (hit && hit.version === doc.version && hit.text.getText() === doc.getText()) return hit;
      const analysis = analyse(doc, settings.maxFileSize);
      cache.set(doc.uri, analysis);
      return analysis;
    },
    check(doc, over, isCancelled) {
      const effective = mergeSettings(settings, over);
      const analysis = effective.maxFileSize === settings.maxFileSize ? service.analyse(doc) : analyse(doc, effective.maxFileSize);
      return diagnose(analysis, host, effective, isCancelled);
    },
    render: (doc, options, over) => renderPage(service.analyse(doc), options, options.preview ? service.check(doc, over) : undefined),
    forget(uri) {
      cache.delete(uri);
    },
  };
  return Object.freeze(service);
}
