/**
 * The TOM language service: everything that turns a TOM document into findings, completions, fixes
 * and pages. It never sees the LSP connection, `vscode` or the file system: the host injects file
 * access and the clock. The language server, the CLI and the tests all call it.
 */
import type {
  CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range,
} from 'vscode-languageserver-types';
import { analyse, type Analysis, type SourceDocument } from './document/analysis';
import { PartCache } from './document/parsedParts';
import { codeLenses } from './languageFeatures/codeLens';
import { complete } from './languageFeatures/completion';
import { utcToday } from './util/dates';
import { diagnose } from './rules/diagnose';
import { codeActions, fixAll, type Checker, type FixAllOptions, type FixAllResult } from './fixes';
import { foldingRanges } from './languageFeatures/folding';
import { hover } from './languageFeatures/hover';
import { documentLinks } from './languageFeatures/links';
import { definition, prepareRename, references, rename, type PrepareRenameResult, type RenameResult } from './languageFeatures/navigation';
import { coverage, type Coverage } from './frameworks/coverage';
import { oscalComponentDefinition } from './frameworks/oscal';
import type { FrameworkId } from './frameworks/catalogues';
import { renderPage, type RenderedPage, type RenderOptions } from './render';
import { documentSymbols } from './languageFeatures/symbols';
import { defaultSettings, type Finding, type Host, type Settings } from './types';
import { mergeSettings } from './config/resolve';

export type { Analysis, SourceDocument } from './document/analysis';
export * from './types';
export type { PreviewFrame, RenderedPage, RenderFormat, RenderOptions, RenderTemplate } from './render';
export { renderTemplates } from './render';
export { isSeveritySetting, severityName, severitySettings } from './rules/findings';
export { rules, isRuleId, ruleModules } from './rules';
export type { RuleModule, RuleScope } from './rules/rule';
export { isEmptyDocumentFinding } from './rules/schema';
export { keyPathAt } from './document/keyPath';
export type { FixAllOptions, FixAllResult } from './fixes';
export { mergeSettings, resolveSettings } from './config/resolve';
export { configFileNames, findConfigFile, parseConfigFile, type ConfigFile, type Trust } from './config/configFile';
export { settingsFromRaw, type RawSettings } from './config/rawSettings';
export { isRemote } from './schema/profiles';
// what the adapters need beyond the document features (they import nothing else from the service)
export { unifiedDiff } from './fixes';
export { controlTypes, type ControlType } from './catalogue/controlTypes';
export { plainText } from './languageFeatures/snippets';
export { importTom, roles, type ImportOptions, type ImportResult, type SourceFormat } from './import';
export { diffTom, renderMarkdown, type FileDiff } from './diff';
export { uiLanguages } from './render/i18n';
export { utcToday } from './util/dates';
export { frameworkIds, isFrameworkId, type FrameworkId } from './frameworks/catalogues';
export type { Coverage } from './frameworks/coverage';
export { oscalVersion } from './frameworks/oscal';
export { coverageFormats, coverageReport, type CoverageFormat } from './frameworks/coverageReport';

export interface TomServiceOptions {
  host?: Partial<Host>;
  settings?: Partial<Settings>;
}

/**
 * Every feature takes the settings of the document (`settings`, laid over the service's own): the
 * adapters resolve them once per document (editor settings, the repository's `.tom-studio.yaml`,
 * command-line options) and hand the same object to each feature, so that none of them disagree.
 */
export interface TomService {
  /** The analysis of a document version, cached per uri: the newest version is parsed once. */
  analyse(doc: SourceDocument, settings?: Partial<Settings>): Analysis;
  /** All findings, with suppressions and severity overrides applied. Returns [] when cancelled. */
  check(doc: SourceDocument, settings?: Partial<Settings>, isCancelled?: () => boolean): Finding[];
  /** The published page as HTML or Markdown; the preview's page also summarises the current findings. */
  render(doc: SourceDocument, options: RenderOptions, settings?: Partial<Settings>): RenderedPage;
  /** Forgets a closed document. */
  forget(uri: string): void;
  /** What the cursor is on (control type, CIA tag, key, scope, measure, mapping) and the findings there. */
  hover(doc: SourceDocument, position: Position, settings?: Partial<Settings>): Hover | null;
  /** The outline: sections with their measures, then scopes, subprocessors, certifications, commitments. */
  documentSymbols(doc: SourceDocument, settings?: Partial<Settings>): DocumentSymbol[];
  foldingRanges(doc: SourceDocument, settings?: Partial<Settings>): FoldingRange[];
  /** Every http(s) URL written in the document, at its exact place. */
  documentLinks(doc: SourceDocument, settings?: Partial<Settings>): DocumentLink[];
  /** Where the scope id or measure id under the cursor is defined. */
  definition(doc: SourceDocument, position: Position, settings?: Partial<Settings>): Location[];
  references(doc: SourceDocument, position: Position, includeDeclaration: boolean, settings?: Partial<Settings>): Location[];
  /** The name to rename at the cursor, or why nothing there can be renamed. */
  prepareRename(doc: SourceDocument, position: Position, settings?: Partial<Settings>): PrepareRenameResult;
  /** Minimal edits renaming a scope id or measure id everywhere, or why the new name is refused. */
  rename(doc: SourceDocument, position: Position, newName: string, settings?: Partial<Settings>): RenameResult;
  /** Over each section: its measure count and how many measures carry each CIA tag. */
  codeLenses(doc: SourceDocument, settings?: Partial<Settings>): CodeLens[];
  /** What can be typed at the cursor: keys, values, scope ids, dates, the next id, catalogue measures. */
  complete(doc: SourceDocument, position: Position, settings?: Partial<Settings>): CompletionItem[];
  /** Verified quick-fixes for the findings in `range`, "fix all" per rule, and source.fixAll.tom when `only` asks for it (docs/quick-fixes.md). */
  codeActions(doc: SourceDocument, range: Range, options?: { only?: string[]; diagnostics?: Diagnostic[]; settings?: Partial<Settings>; isCancelled?: () => boolean }): CodeAction[];
  /** The text with preferred fixes applied until none applies (only safe ones with `safeOnly`), and their titles. */
  fixAll(doc: SourceDocument, options?: FixAllOptions & { settings?: Partial<Settings> }): FixAllResult;
  /** For every control of a framework, the measures mapped to it (docs/crosswalks.md); undefined when nothing parsed. */
  coverage(doc: SourceDocument, framework: FrameworkId, settings?: Partial<Settings>): Coverage | undefined;
  /** The document as an OSCAL component definition (JSON value); undefined when nothing parsed. */
  oscalComponentDefinition(doc: SourceDocument, settings?: Partial<Settings>): object | undefined;
  readonly settings: Settings;
  readonly host: Host;
}

/** Equal settings give equal keys, however the objects were built (the findings cache compares these). */
const settingsKey = (s: Settings) => JSON.stringify(s, (_, v) =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);

export function createTomService(options: TomServiceOptions = {}): TomService {
  const host: Host = { today: utcToday, readFile: () => undefined, ...options.host };
  const settings = mergeSettings(defaultSettings, options.settings);
  const resolve = (over?: Partial<Settings>) => (over ? mergeSettings(settings, over) : settings);
  /** The day the date rules compare with: the settings' fixed `today` (a config file's, `--today`), else the host's clock. */
  const todayOf = (effective: Settings) => effective.today ?? host.today();
  const hostFor = (effective: Settings): Host => (effective.today ? { ...host, today: () => effective.today! } : host);
  // The newest analysis per uri, with the size limit it was made under (the only setting parsing reads).
  const cache = new Map<string, { analysis: Analysis; maxFileSize: number }>();
  // Each open document's parsed parts: the next version re-parses only the parts an edit changed.
  const parts = new Map<string, PartCache>();
  // The findings of each analysis (so per version) for the settings and day they were computed for: a
  // repeated check, hover and code actions on the same version share them instead of running every
  // rule again. Settings are compared by value. Copies go out, so that no caller can change what the
  // next one gets.
  const known = new WeakMap<Analysis, { key: string; findings: Finding[] }>();
  const findingsOf = (analysis: Analysis, effective: Settings, isCancelled?: () => boolean): Finding[] => {
    const key = `${settingsKey(effective)}\u0000${todayOf(effective)}`;
    const hit = known.get(analysis);
    if (hit && hit.key === key) return [...hit.findings];
    const findings = diagnose(analysis, hostFor(effective), effective, isCancelled);
    if (!isCancelled?.()) known.set(analysis, { key, findings });
    return [...findings];
  };
  const analysed = (doc: SourceDocument, effective: Settings): Analysis => {
    const hit = cache.get(doc.uri);
    if (hit && hit.maxFileSize === effective.maxFileSize && hit.analysis.version === doc.version && hit.analysis.text.getText() === doc.getText()) return hit.analysis;
    let documentParts = parts.get(doc.uri);
    if (!documentParts) parts.set(doc.uri, (documentParts = new PartCache()));
    const analysis = analyse(doc, effective.maxFileSize, documentParts);
    cache.set(doc.uri, { analysis, maxFileSize: effective.maxFileSize });
    return analysis;
  };
  /** Checks the document's text, or a fixed version of it (not cached: fixes try many candidate texts). */
  const checker = (doc: SourceDocument, effective: Settings): Checker => (text) => {
    if (text === doc.getText()) {
      const analysis = analysed(doc, effective);
      return { analysis, findings: findingsOf(analysis, effective) };
    }
    const analysis = analyse({ uri: doc.uri, version: doc.version, getText: () => text }, effective.maxFileSize);
    return { analysis, findings: diagnose(analysis, hostFor(effective), effective) };
  };
  const service: TomService = {
    settings,
    host,
    analyse: (doc, over) => analysed(doc, resolve(over)),
    check(doc, over, isCancelled) {
      const effective = resolve(over);
      return findingsOf(analysed(doc, effective), effective, isCancelled);
    },
    render: (doc, options, over) => renderPage(service.analyse(doc, over), options, options.preview ? service.check(doc, over) : undefined),
    forget(uri) {
      cache.delete(uri);
      parts.delete(uri);
    },
    hover: (doc, position, over) => hover(service.analyse(doc, over), position, service.check(doc, over), resolve(over).locale),
    documentSymbols: (doc, over) => documentSymbols(service.analyse(doc, over), resolve(over).locale),
    foldingRanges: (doc, over) => foldingRanges(service.analyse(doc, over)),
    documentLinks: (doc, over) => documentLinks(service.analyse(doc, over)),
    definition: (doc, position, over) => definition(service.analyse(doc, over), position),
    references: (doc, position, includeDeclaration, over) => references(service.analyse(doc, over), position, includeDeclaration),
    prepareRename: (doc, position, over) => prepareRename(service.analyse(doc, over), position),
    rename: (doc, position, newName, over) => rename(service.analyse(doc, over), position, newName),
    codeLenses: (doc, over) => codeLenses(service.analyse(doc, over), resolve(over).locale),
    complete: (doc, position, over) => {
      const effective = resolve(over);
      const analysis = analysed(doc, effective);
      return complete(analysis, analysis.text.offsetAt(position), todayOf(effective), effective.locale);
    },
    codeActions: (doc, range, o = {}) => {
      const effective = resolve(o.settings);
      return codeActions(checker(doc, effective), doc.getText(), todayOf(effective), { uri: doc.uri, range, only: o.only, diagnostics: o.diagnostics, isCancelled: o.isCancelled, locale: effective.locale });
    },
    fixAll: (doc, o = {}) => {
      const effective = resolve(o.settings);
      return fixAll(checker(doc, effective), doc.getText(), todayOf(effective), o, effective.locale);
    },
    coverage: (doc, framework, over) => {
      const { model } = service.analyse(doc, over);
      return model && coverage(model, framework);
    },
    oscalComponentDefinition: (doc, over) => {
      const { model } = service.analyse(doc, over);
      return model && oscalComponentDefinition(model);
    },
  };
  return Object.freeze(service);
}
