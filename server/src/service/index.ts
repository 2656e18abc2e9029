/**
 * The TOM language service: everything that turns a TOM document into findings, completions, fixes
 * and pages. It never sees the LSP connection, `vscode` or the file system: the host injects file
 * access and the clock. The language server, the CLI and the tests all call it.
 */
import type {
  CodeAction, CodeLens, CompletionItem, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range,
} from 'vscode-languageserver-types';
import { analyse, type Analysis, type SourceDocument } from './analysis';
import { codeLenses } from './codeLens';
import { complete } from './completion';
import { utcToday } from './dates';
import { diagnose } from './diagnose';
import { codeActions, fixAll, type Checker, type FixAllOptions, type FixAllResult } from './fixes';
import { foldingRanges } from './folding';
import { coverage, type Coverage } from './frameworks/coverage';
import { oscalComponentDefinition } from './frameworks/oscal';
import type { FrameworkId } from './frameworks/catalogues';
import { hover } from './hover';
import { documentLinks } from './links';
import { definition, prepareRename, references, rename, type PrepareRenameResult, type RenameResult } from './navigation';
import { renderPage, type RenderedPage, type RenderOptions } from './render';
import { documentSymbols } from './symbols';
import { defaultSettings, type Finding, type Host, type Settings } from './types';

export type { Analysis, SourceDocument } from './analysis';
export * from './types';
export type { PreviewFrame, RenderedPage, RenderFormat, RenderOptions, RenderTemplate } from './render';
export { renderTemplates } from './render';
export { rules, isRuleId, isSeveritySetting, severityName, severitySettings } from './findings';
export { keyPathAt } from './keyPath';
export type { FixAllOptions, FixAllResult } from './fixes';
export { frameworkIds, isFrameworkId, type FrameworkId } from './frameworks/catalogues';
export type { Coverage } from './frameworks/coverage';
export { oscalVersion } from './frameworks/oscal';
export { coverageFormats, coverageReport, type CoverageFormat } from './frameworks/coverageReport';

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
  /** What the cursor is on (control type, CIA tag, key, scope, measure, mapping) and the findings there. */
  hover(doc: SourceDocument, position: Position, settings?: Partial<Settings>): Hover | null;
  /** The outline: sections with their measures, then scopes, subprocessors, certifications, commitments. */
  documentSymbols(doc: SourceDocument): DocumentSymbol[];
  foldingRanges(doc: SourceDocument): FoldingRange[];
  /** Every http(s) URL written in the document, at its exact place. */
  documentLinks(doc: SourceDocument): DocumentLink[];
  /** Where the scope id or measure id under the cursor is defined. */
  definition(doc: SourceDocument, position: Position): Location[];
  references(doc: SourceDocument, position: Position, includeDeclaration: boolean): Location[];
  /** The name to rename at the cursor, or why nothing there can be renamed. */
  prepareRename(doc: SourceDocument, position: Position): PrepareRenameResult;
  /** Minimal edits renaming a scope id or measure id everywhere, or why the new name is refused. */
  rename(doc: SourceDocument, position: Position, newName: string): RenameResult;
  /** Over each section: its measure count and how many measures carry each CIA tag. */
  codeLenses(doc: SourceDocument): CodeLens[];
  /** What can be typed at the cursor: keys, values, scope ids, dates, the next id, catalogue measures. */
  complete(doc: SourceDocument, position: Position): CompletionItem[];
  /** Verified quick-fixes for the findings in `range`, "fix all" per rule, and source.fixAll.tom when `only` asks for it (docs/quick-fixes.md). */
  codeActions(doc: SourceDocument, range: Range, options?: { only?: string[]; settings?: Partial<Settings>; isCancelled?: () => boolean }): CodeAction[];
  /** The text with preferred fixes applied until none applies (only safe ones with `safeOnly`), and their titles. */
  fixAll(doc: SourceDocument, options?: FixAllOptions & { settings?: Partial<Settings> }): FixAllResult;
  /** For every control of a framework, the measures mapped to it (docs/crosswalks.md); undefined when nothing parsed. */
  coverage(doc: SourceDocument, framework: FrameworkId): Coverage | undefined;
  /** The document as an OSCAL component definition (JSON value); undefined when nothing parsed. */
  oscalComponentDefinition(doc: SourceDocument): object | undefined;
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
  // The findings of each analysis (so per version) for the settings and day they were computed for: a
  // repeated check, hover and code actions on the same version share them instead of running every
  // rule again. Copies go out, so that no caller can change what the next one gets.
  const known = new WeakMap<Analysis, { over?: Partial<Settings>; today: string; findings: Finding[] }>();
  const findingsOf = (analysis: Analysis, over?: Partial<Settings>, isCancelled?: () => boolean): Finding[] => {
    const today = host.today();
    const hit = known.get(analysis);
    if (hit && hit.over === over && hit.today === today) return [...hit.findings];
    const findings = diagnose(analysis, host, mergeSettings(settings, over), isCancelled);
    if (!isCancelled?.()) known.set(analysis, { over, today, findings });
    return [...findings];
  };
  /** Checks the document's text, or a fixed version of it (not cached: fixes try many candidate texts). */
  const checker = (doc: SourceDocument, over?: Partial<Settings>): Checker => (text) => {
    if (text === doc.getText()) {
      const analysis = service.analyse(doc);
      return { analysis, findings: findingsOf(analysis, over) };
    }
    const effective = mergeSettings(settings, over);
    const analysis = analyse({ uri: doc.uri, version: doc.version, getText: () => text }, effective.maxFileSize);
    return { analysis, findings: diagnose(analysis, host, effective) };
  };
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
      if (effective.maxFileSize !== settings.maxFileSize) return diagnose(analyse(doc, effective.maxFileSize), host, effective, isCancelled);
      return findingsOf(service.analyse(doc), over, isCancelled);
    },
    render: (doc, options, over) => renderPage(service.analyse(doc), options, options.preview ? service.check(doc, over) : undefined),
    forget(uri) {
      cache.delete(uri);
    },
    hover: (doc, position, over) => hover(service.analyse(doc), position, service.check(doc, over)),
    documentSymbols: (doc) => documentSymbols(service.analyse(doc)),
    foldingRanges: (doc) => foldingRanges(service.analyse(doc)),
    documentLinks: (doc) => documentLinks(service.analyse(doc)),
    definition: (doc, position) => definition(service.analyse(doc), position),
    references: (doc, position, includeDeclaration) => references(service.analyse(doc), position, includeDeclaration),
    prepareRename: (doc, position) => prepareRename(service.analyse(doc), position),
    rename: (doc, position, newName) => rename(service.analyse(doc), position, newName),
    codeLenses: (doc) => codeLenses(service.analyse(doc)),
    complete: (doc, position) => {
      const analysis = service.analyse(doc);
      return complete(analysis, analysis.text.offsetAt(position), host.today());
    },
    codeActions: (doc, range, o = {}) => codeActions(checker(doc, o.settings), doc.getText(), host.today(), { uri: doc.uri, range, only: o.only, isCancelled: o.isCancelled }),
    fixAll: (doc, o = {}) => fixAll(checker(doc, o.settings), doc.getText(), host.today(), o),
    coverage: (doc, framework) => {
      const { model } = service.analyse(doc);
      return model && coverage(model, framework);
    },
    oscalComponentDefinition: (doc) => {
      const { model } = service.analyse(doc);
      return model && oscalComponentDefinition(model);
    },
  };
  return Object.freeze(service);
}
