/**
 * The published page as data: what the HTML and Markdown writers show, already in the chosen
 * language, with each measure's source line. Built from the YAML AST (not from the plain data) so
 * that a document with errors still renders everything that parsed.
 */
import { isMap, isScalar, type Node } from 'yaml';
import type { Analysis } from '../document/analysis';
import { deref } from '../document/parse';
import { controlType, ciaOrder, type Cia } from '../catalogue/controlTypes';
import { severityName } from '../rules/findings';
import { get, items, maps, str, type Measure, type Section, type TomModel } from '../document/model';
import type { Finding, Severity } from '../types';
import { labels, regionName, uiLanguage, uiLanguages, type Labels, type UiLanguage } from './i18n';
import { annexIIHeadings } from '../frameworks/annexII';
import { controlTitle, shortName } from '../frameworks/catalogues';
import { coverage as frameworkCoverage, frameworksUsed } from '../frameworks/coverage';

/** The standard page, or the measures under the headings of Annex II of the SCC (docs/crosswalks.md). */
export type RenderTemplate = 'standard' | 'scc-annex-ii';
export const renderTemplates: readonly RenderTemplate[] = ['standard', 'scc-annex-ii'];

/** A document text in the page's language; `from` names the language shown instead when it is missing. */
export interface Localised {
  text: string;
  from?: string;
}

/** A text's paragraphs as its author separated them (a blank line between), each trimmed. */
export const paragraphsOf = (text: string): string[] => text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter(Boolean);

export interface MeasureView {
  id: string;
  title: Localised;
  description?: Localised;
  cia: Cia[];
  kind?: string;
  status: string;
  due?: string;
  scopes: Localised[];
  /** 0-based line of the measure in the source, for reveal and scroll sync. */
  line: number;
}

export interface SectionView {
  number: number;
  /** The control type id as written (anchor and coverage row). */
  type: string;
  title: Localised;
  reference?: string;
  description?: Localised;
  measures: MeasureView[];
  line: number;
}

export interface CoverageRow {
  title: Localised;
  counts: Record<Cia, number>;
  expected: Cia[];
  /** Expected tags that no measure of the section carries. */
  gaps: Cia[];
}

export interface SubprocessorView {
  name: string;
  purpose?: Localised;
  service?: Localised;
  locations: { code: string; name: string }[];
  /** The one mechanism (no location), or one per location (`transferMechanism: {US: dpf, IN: scc}`). */
  mechanisms: { location?: string; mechanism: string }[];
  dataCategories: string[];
}

export interface CertificationView { name: string; holder: string; validUntil?: string; scope?: Localised }

export interface FindingView { severity: Severity; rule: string; line: number; message: string }

/** How much of a framework the document's mappings cover (the preview's coverage view). */
export interface FrameworkView { id: string; name: string; covered: number; total: number }

export interface PageView {
  /** The language asked for (document texts) and the one the labels are in. */
  lang: string;
  ui: UiLanguage;
  labels: Labels;
  /** The languages the document is published in (`document.languages`, else its `language`). */
  published: string[];
  /** Languages worth offering in a language switch: the published ones and those of the labels. */
  languages: string[];
  title: Localised;
  organization: string;
  role?: string;
  lastUpdated?: string;
  version?: string;
  summary?: Localised;
  references: { title: Localised; url: string }[];
  sections: SectionView[];
  coverage: CoverageRow[];
  subprocessors: SubprocessorView[];
  certifications: CertificationView[];
  commitments: string[];
  /** Present in the preview only. */
  findings?: FindingView[];
  template: RenderTemplate;
  /** Each framework the document maps to, with its coverage. */
  frameworks: FrameworkView[];
}

interface Ctx {
  model: TomModel;
  lang: string;
  /** The language of plain-string texts. */
  language: string;
  /** `document.languages`: a plain string outside `language` is a visible fallback only for these. */
  declared: string[];
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The text of a `text` field in the chosen language, falling back (visibly) to the document's language. */
function localise(ctx: Ctx, node: unknown): Localised | undefined {
  const doc = ctx.model.doc;
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined || typeof node.value === 'object') return undefined;
    const text = String(node.value);
    const fallback = primary(ctx.lang) !== primary(ctx.language) && ctx.declared.some((l) => primary(l) === primary(ctx.lang));
    return fallback ? { text, from: ctx.language } : { text };
  }
  if (!isMap(node)) return undefined;
  const entries = node.items
    .map((p) => ({ lang: str(p.key), text: str(get(doc, node, str(p.key) ?? '')) }))
    .filter((e): e is { lang: string; text: string } => !!e.lang && e.text !== undefined);
  const exact = entries.find((e) => e.lang === ctx.lang) ?? entries.find((e) => primary(e.lang) === primary(ctx.lang));
  if (exact) return { text: exact.text };
  const other = entries.find((e) => primary(e.lang) === primary(ctx.language)) ?? entries[0];
  return other && { text: other.text, from: other.lang };
}

/** A scalar written as a string, number or date, as text. */
function plain(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}

function mechanismsOf(model: TomModel, node: unknown): SubprocessorView['mechanisms'] {
  const one = plain(node);
  if (one) return [{ mechanism: one }];
  return isMap(node)
    ? node.items.flatMap((p) => {
      const [location, mechanism] = [plain(p.key), plain(deref(model.doc, p.value))];
      return location && mechanism ? [{ location, mechanism }] : [];
    })
    : [];
}

const lineOf = (analysis: Analysis, node: Node) => analysis.text.positionAt(node.range?.[0] ?? 0).line;

function ciaTags(ctx: Ctx, m: Measure): Cia[] {
  const written = items(ctx.model.doc, get(ctx.model.doc, m.map, 'cia')).map((n) => plain(n)?.toUpperCase());
  return ciaOrder.filter((t) => written.includes(t));
}

function measureView(ctx: Ctx, analysis: Analysis, m: Measure): MeasureView {
  const doc = ctx.model.doc;
  const scopes = items(doc, get(doc, m.map, 'scope')).map(plain).filter((s): s is string => !!s)
    .map((id) => localise(ctx, get(doc, get(doc, ctx.model.scopes, id), 'title')) ?? { text: id });
  return {
    id: plain(m.id) ?? '',
    title: localise(ctx, get(doc, m.map, 'title')) ?? { text: labels[uiLanguage(ctx.lang)].untitled },
    description: localise(ctx, get(doc, m.map, 'description')),
    cia: ciaTags(ctx, m),
    kind: plain(get(doc, m.map, 'kind')),
    status: plain(get(doc, m.map, 'status')) ?? 'implemented',
    due: plain(get(doc, m.map, 'due')),
    scopes,
    line: lineOf(analysis, m.map),
  };
}

/** The section's own title in the language, else the control type's name in it, else a fallback. */
function sectionTitle(ctx: Ctx, s: Section, ui: UiLanguage): Localised {
  const own = localise(ctx, get(ctx.model.doc, s.map, 'title'));
  const known = controlType(str(s.type) ?? '');
  if (own && (!own.from || !known)) return own;
  if (known) return { text: ui === 'de' ? known.de : known.en };
  return own ?? { text: plain(s.type) ?? labels[ui].untitled };
}

function coverageRow(section: SectionView): CoverageRow {
  const counts: Record<Cia, number> = { C: 0, I: 0, A: 0 };
  for (const m of section.measures) for (const t of m.cia) counts[t]++;
  const expected = controlType(section.type)?.expectedCia ?? [];
  return { title: section.title, counts, expected, gaps: expected.filter((t) => counts[t] === 0) };
}

/** Findings, most severe first, then in document order. */
function findingViews(findings: Finding[]): FindingView[] {
  const order: Severity[] = ['error', 'warning', 'info', 'hint'];
  return findings
    .map((f) => ({ severity: severityName(f.severity), rule: f.code, line: f.range.start.line, message: f.message }))
    .sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.line - b.line);
}

export interface ViewOptions {
  /** The language to render in; default: the document's language. */
  lang?: string;
  /** The current findings, for the preview's summary; omitted in exports. */
  findings?: Finding[];
  template?: RenderTemplate;
}

export function buildPageView(analysis: Analysis, options: ViewOptions = {}): PageView {
  const model = analysis.model;
  const doc = model?.doc;
  const meta = model?.meta;
  const language = (model && plain(get(doc!, meta, 'language'))) || 'en';
  const declared = model ? items(model.doc, get(model.doc, meta, 'languages')).map(plain).filter((l): l is string => !!l) : [];
  const lang = options.lang || language;
  const ui = uiLanguage(lang);
  const page: PageView = {
    lang,
    ui,
    labels: labels[ui],
    published: declared.length ? declared : [language],
    languages: [...new Set([...(declared.length ? declared : [language]), ...uiLanguages])],
    title: { text: labels[ui].untitled },
    organization: '',
    references: [],
    sections: [],
    coverage: [],
    subprocessors: [],
    certifications: [],
    commitments: [],
    findings: options.findings && findingViews(options.findings),
    template: options.template ?? 'standard',
    frameworks: [],
  };
  if (!model) return page;
  const ctx: Ctx = { model, lang, language, declared };
  const at = (map: unknown, key: string) => get(model.doc, map, key);

  page.title = localise(ctx, at(meta, 'title')) ?? page.title;
  page.organization = plain(at(meta, 'organization')) ?? '';
  page.role = plain(at(meta, 'role'));
  page.lastUpdated = plain(at(meta, 'lastUpdated'));
  page.version = plain(at(meta, 'version'));
  page.summary = localise(ctx, at(meta, 'summary'));
  for (const r of maps(model.doc, at(meta, 'references'))) {
    const url = plain(at(r, 'url'));
    if (url) page.references.push({ title: localise(ctx, at(r, 'title')) ?? { text: url }, url });
  }
  page.sections = model.sections.map((s, i) => {
    const type = plain(s.type) ?? '';
    return {
      number: i + 1,
      type,
      title: sectionTitle(ctx, s, ui),
      reference: controlType(type)?.reference,
      description: localise(ctx, at(s.map, 'description')),
      measures: s.measures.map((m) => measureView(ctx, analysis, m)),
      line: lineOf(analysis, s.map),
    };
  });
  page.coverage = page.sections.map(coverageRow);
  if (page.template === 'scc-annex-ii') {
    // the same page, its sections the 17 headings; the CIA table belongs to the control types, so it goes
    page.sections = annexIIHeadings(model).map(({ heading, measures }, i) => ({
      number: i + 1,
      type: `annex-ii-${heading.id}`,
      title: { text: controlTitle(heading, ui) },
      measures: measures.map((m) => measureView(ctx, analysis, m)),
      line: measures.length ? lineOf(analysis, measures[0].map) : 0,
    }));
    page.coverage = [];
  }
  page.frameworks = frameworksUsed(model).map((id) => {
    const c = frameworkCoverage(model, id);
    return { id, name: shortName(id), covered: c.covered, total: c.total };
  });
  page.subprocessors = model.subprocessors.map((s) => ({
    name: plain(at(s, 'name')) ?? '',
    purpose: localise(ctx, at(s, 'purpose')),
    service: localise(ctx, at(s, 'service')),
    locations: items(model.doc, at(s, 'locations')).map(plain).filter((c): c is string => !!c)
      .map((code) => ({ code, name: regionName(code, ui) })),
    mechanisms: mechanismsOf(model, at(s, 'transferMechanism')),
    dataCategories: items(model.doc, at(s, 'dataCategories')).map(plain).filter((c): c is string => !!c),
  }));
  page.certifications = model.certifications.map((c) => ({
    name: plain(at(c, 'name')) ?? '',
    holder: plain(at(c, 'holder')) ?? page.organization,
    validUntil: plain(at(c, 'validUntil')),
    scope: localise(ctx, at(c, 'scope')),
  }));
  for (const p of isMap(model.commitments) ? model.commitments.items : []) {
    const sentence = page.labels.commitments[str(p.key) ?? ''];
    const value = plain(at(model.commitments, str(p.key) ?? ''));
    if (sentence && value !== undefined) page.commitments.push(sentence(value));
  }
  return page;
}
