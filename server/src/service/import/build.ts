/**
 * Logical lines → the document draft. One pass over the lines with a little state: where we are
 * (introduction, a control section, a subprocessor list, under a heading we do not know) and which
 * measure is still open for the prose that follows it. Whatever finds no place goes to `unmapped`
 * with its line, so that nothing is ever dropped.
 */
import { fold } from '../catalogue/controlTypes';
import { typePrefix } from '../document/measureIds';
import { trailingCia } from './cia';
import { commitmentsIn } from './commitments';
import { updatedDate } from './dates';
import type { DocumentDraft, MeasureDraft, SectionDraft, Sourced } from './draft';
import { isHeadingLike, isSubprocessorHeading, namedControlType, type Certainty } from './headings';
import { guessKind } from './kind';
import type { Line } from './lines';
import { labelled, trailingPlace } from './measures';
import { cellsOf, headerColumns, readRows, subprocessorOf } from './subprocessors';

type Where = 'introduction' | 'section' | 'subprocessors' | 'unknown';

/** A "(place)" a measure ends with, until we know whether other measures name it too. */
interface Place { place: string; fullTitle: string }

export function buildDraft(lines: Line[]): DocumentDraft {
  const draft: DocumentDraft = { summary: [], references: [], scopes: [], sections: [], subprocessorGroups: [], commitments: [], unmapped: [] };
  let where: Where = 'introduction';
  let section: SectionDraft | undefined;
  let sectionLevel = 0;
  /** A measure whose text follows it: after a sub-heading or a lone "Title:" line. */
  let open: MeasureDraft | undefined;
  /** A subprocessor heading waiting for its table. */
  let caption: Sourced | undefined;
  /** Introduction prose; what precedes the title is page furniture ("Contact us") and stays unmapped. */
  let intro: Sourced[] = [];
  const places = new Map<MeasureDraft, Place>();

  const unmapped = (l: Sourced | Line) => draft.unmapped.push({ line: l.line, text: 'source' in l ? l.source : l.text });
  const enterSection = (type: string, title: string | undefined, line: number) => {
    const existing = draft.sections.find((s) => s.type === type);
    if (!existing) return draft.sections[draft.sections.push({ type, title, line, description: [], measures: [] }) - 1];
    // Each type appears once: a second heading of the same category continues the first section.
    if (title && existing.title) existing.description.push(title);
    else existing.title ??= title;
    return existing;
  };
  const addMeasure = (target: SectionDraft, l: Line) => {
    const cia = trailingCia(l.text);
    const withoutCia = cia?.rest ?? l.text;
    const place = trailingPlace(withoutCia);
    const label = labelled(place?.rest ?? withoutCia);
    const measure: MeasureDraft = {
      line: l.line, id: '', title: label?.label ?? (place?.rest || withoutCia || l.text),
      description: label?.text ? [label.text] : [], cia: cia?.cia, kind: 'organizational',
    };
    if (place && !label) places.set(measure, { place: place.place, fullTitle: withoutCia });
    target.measures.push(measure);
    return measure;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    for (const c of commitmentsIn(l.text, l.line)) if (!draft.commitments.some((k) => k.key === c.key)) draft.commitments.push(c);

    const date = !draft.lastUpdated && !l.marker ? updatedDate(l.text) : undefined;
    if (date) {
      draft.lastUpdated = { date, line: l.line, text: l.text };
      continue;
    }

    const columns = headerColumns(l.text);
    if (columns) {
      const { rows, end } = readRows(lines, i);
      const header = cellsOf(l.text);
      draft.subprocessorGroups.push({
        caption: [...(caption ? [caption] : []), { line: l.line, text: l.text }],
        subprocessors: rows.map((r) => subprocessorOf(r, columns, header)),
      });
      caption = section = open = undefined;
      where = 'subprocessors';
      i = end - 1;
      continue;
    }

    const certainty = headingCertainty(lines, i, where);
    const type = certainty && namedControlType(l.text, certainty);
    if (certainty && (type || isSubprocessorHeading(l.text) || (where === 'introduction' && !draft.title && !l.marker))) {
      open = undefined;
      if (caption) unmapped(caption);
      caption = undefined;
      if (type) {
        where = 'section';
        section = enterSection(type.id, l.text, l.line);
        sectionLevel = l.heading ?? 0;
      } else if (isSubprocessorHeading(l.text)) {
        where = 'subprocessors';
        section = undefined;
        caption = { line: l.line, text: l.text };
      } else {
        draft.title = { line: l.line, text: l.text };
        draft.unmapped.push(...intro);
        intro = [];
      }
      continue;
    }

    if (where === 'section' && section) {
      if (l.heading && l.heading <= sectionLevel) {
        where = 'unknown'; // a heading of the sections' level that names no category we know
        unmapped(l);
      } else if (l.heading) {
        open = addMeasure(section, l); // a sub-heading names a measure; its paragraphs describe it
      } else if (l.marker && certainty) {
        section.description.push(l.text); // a bullet standing alone above paragraphs: a sub-heading
        open = undefined;
      } else if (l.marker) {
        addMeasure(section, l);
        open = undefined;
      } else if (labelled(trailingCia(l.text)?.rest ?? l.text)) {
        const label = labelled(trailingCia(l.text)?.rest ?? l.text)!;
        // "Physikalischer Schutz und Umweltsicherheit: ..." inside another section is a section of its own.
        const own = namedControlType(label.label, 'exact');
        const measure = addMeasure(own && own.id !== section.type ? enterSection(own.id, undefined, l.line) : section, l);
        open = label.text ? undefined : measure;
      } else if (open) open.description.push(l.text);
      else section.description.push(l.text);
    } else if (where === 'introduction' && !l.heading && !trailingCia(l.text)) {
      const url = /https:\/\/[^\s)>\]]+/.exec(l.text);
      if (url) draft.references.push({ title: referenceTitle(l.text, url[0]), url: url[0].replace(/[.,;]$/, '') });
      else intro.push({ line: l.line, text: l.text });
    } else unmapped(l);
  }
  if (caption) unmapped(caption);
  draft.summary = intro.map((s) => s.text);
  draft.role = roleIn([draft.title?.text ?? '', ...draft.summary].join(' '));
  finish(draft, places);
  return draft;
}

/**
 * Whether a line stands as a heading, and so how surely it must name a category: Markdown and
 * HTML headings always; numbered and plain lines when short; a bullet when it stands alone
 * (no bullet before or after it) inside a section, as sub-headings do in copied web pages.
 */
function headingCertainty(lines: Line[], i: number, where: Where): Certainty | undefined {
  const l = lines[i];
  if (l.heading) return 'keyword';
  if (trailingCia(l.text) || !isHeadingLike(l.text, 8)) return undefined;
  if (l.marker === 'bullet') {
    const alone = lines[i - 1]?.marker !== 'bullet' && lines[i + 1] !== undefined && !lines[i + 1].marker;
    return alone && where === 'section' ? 'keyword' : undefined;
  }
  return l.marker === 'number' || !labelled(l.text) ? 'near' : undefined;
}

/** "Google: https://cloud.google.com/..." → "Google"; a bare address is named by its host. */
function referenceTitle(text: string, url: string): string {
  const title = text.replace(url, '').replace(/^[\s:()–-]+|[\s:()–-]+$/g, '');
  return title || new URL(url).hostname;
}

/** The role the title or introduction names ("Technical and Organizational Measures as Processor"). */
function roleIn(text: string): string | undefined {
  if (/sub-?processor|(?:sub|unter)auftragsverarbeiter/i.test(text)) return 'sub-processor';
  if (/joint controller|gemeinsam verantwortlich/i.test(text)) return 'joint-controller';
  if (/processor|auftragsverarbeit/i.test(text)) return 'processor';
  if (/\bcontroller\b|verantwortliche[rn]?\b/i.test(text)) return 'controller';
  return undefined;
}

/** Ids by section prefix, kinds from the wording, and scopes for the places that several measures name. */
function finish(draft: DocumentDraft, places: Map<MeasureDraft, Place>): void {
  const counts = new Map<string, number>();
  for (const { place } of places.values()) counts.set(place, (counts.get(place) ?? 0) + 1);
  const scopeIds = new Map<string, string>();
  for (const [place, n] of counts) {
    if (n < 2) continue;
    const base = /^[a-z]/.test(fold(place)) ? fold(place).split(' ')[0] : `scope-${fold(place).split(' ')[0]}`;
    let id = base;
    for (let k = 2; [...scopeIds.values()].includes(id); k++) id = `${base}-${k}`;
    scopeIds.set(place, id);
    draft.scopes.push({ id, title: place });
  }
  for (const s of draft.sections) {
    const prefix = typePrefix(s.type);
    s.measures.forEach((m, k) => {
      const place = places.get(m);
      if (place && scopeIds.has(place.place)) m.scope = scopeIds.get(place.place);
      else if (place) m.title = place.fullTitle;
      m.id = `${prefix}-${String(k + 1).padStart(2, '0')}`;
      m.kind = guessKind([m.title, ...m.description].join(' '));
    });
  }
}
