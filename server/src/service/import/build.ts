/**
 * Steps 2 and 3 of the import: lines → what each one is (title, category heading, measure,
 * metadata, other) → the document draft. One pass over the lines with a little state: where we are
 * (introduction, a category, a subprocessor list, the closing contact block) and which measure is
 * still open for the prose that follows it. Measures first gather in groups, one per heading; a
 * group's control type is settled at the end (named by its heading, or guessed from the words when
 * the heading is the organisation's own or names several types). Whatever finds no place goes to
 * `unmapped` with its line, so that nothing is ever dropped.
 */
import { controlType, controlTypes, fold, type ControlType } from '../catalogue/controlTypes';
import { typePrefix } from '../document/measureIds';
import { trailingCia } from './cia';
import { commitmentsIn } from './commitments';
import { typeFromContent } from './content';
import { updatedDate } from './dates';
import type { DocumentDraft, MeasureDraft, SectionDraft, Sourced } from './draft';
import { categoryOf, isHeadingLike, isSubprocessorHeading, kindLabel, type Category, type Certainty } from './headings';
import { guessKind, type Kind } from './kind';
import type { Line } from './lines';
import { labelled, trailingPlace } from './measures';
import { isBoilerplate, isClosingHeading, labelledOrganization, organizationIn, roleIn } from './metadata';
import { isDefinition, sentences } from './prose';
import { cellsOf, headerColumns, readRows, subprocessorOf } from './subprocessors';

type Where = 'introduction' | 'section' | 'subprocessors' | 'closing' | 'unknown';

/** A "(place)" a measure ends with, until we know whether other measures name it too. */
interface Place { place: string; fullTitle: string }

/** The measures under one heading, before their control type is settled. */
interface Group {
  heading?: Sourced;
  /** One type when the heading names it; several for an ambiguous name; all for an own heading. */
  candidates: ControlType[];
  how: 'named' | 'ambiguous' | 'content';
  /** How prominent the heading is (see rank): a lower heading inside is a measure or a sub-group. */
  rank: number;
  description: string[];
  measures: MeasureDraft[];
  /** No list, table or "Title: text" under the heading: each sentence of its prose is a measure. */
  prose: boolean;
}

const titleWords = /technische\s+und\s+organisatorische|technical\s+(?:and|&)\s+organi[sz]ational|\bTOMs?\b|security\s+measures|sicherheitsma(?:ß|ss)nahmen|ma(?:ß|ss)nahmen\s+zur\s+(?:datensicherheit|sicherheit)|security\s+at\b|datensicherheit/i;
const checkMark = /^(?:[✓✔☑✗✘☒×xX•●○◯–—-]|ja|nein|yes|no|n\/a|k\.\s?a\.)$/;

export function buildDraft(lines: Line[]): DocumentDraft {
  const draft: DocumentDraft = { summary: [], references: [], scopes: [], sections: [], subprocessorGroups: [], commitments: [], unmapped: [], guesses: [] };
  const groups: Group[] = [];
  const named = namedTypes(lines);
  const titleAt = titleIndex(lines);
  let where: Where = 'introduction';
  let group: Group | undefined;
  /** "Technische Maßnahmen" above a list: the kind of what follows, until the next heading. */
  let kind: { kind: Kind; depth: number } | undefined;
  /** A measure whose text follows it: after a sub-heading or a lone "Title:" line. */
  let open: MeasureDraft | undefined;
  /** A subprocessor heading waiting for its table. */
  let caption: Sourced | undefined;
  /** Introduction prose; what precedes the title is page furniture ("Contact us") and stays unmapped. */
  let intro: Sourced[] = [];
  const places = new Map<MeasureDraft, Place>();

  const unmapped = (l: Sourced | Line) => draft.unmapped.push({ line: l.line, text: 'source' in l ? l.source : l.text });
  const openGroup = (category: Category | undefined, heading: Sourced | undefined, rank: number, i: number): Group => {
    let candidates = category?.types ?? [...controlTypes];
    // "Access Control" beside "Admission Control" and "Logical Access Control" can only mean premises.
    if (category?.ambiguous) candidates = candidates.filter((t) => !named.has(t.id)).length ? candidates.filter((t) => !named.has(t.id)) : candidates;
    const how = !category ? 'content' : candidates.length === 1 ? 'named' : 'ambiguous';
    const g: Group = { heading, candidates, how, rank, description: [], measures: [], prose: isProse(lines, i) };
    groups.push(g);
    where = 'section';
    open = kind = undefined;
    return g;
  };
  const addMeasure = (target: Group, l: Line, text = l.text) => {
    const cia = trailingCia(text);
    const withoutCia = cia?.rest ?? text;
    const place = trailingPlace(withoutCia);
    const label = labelled(place?.rest ?? withoutCia);
    const measure: MeasureDraft = {
      line: l.line, id: '', title: label?.label ?? (place?.rest || withoutCia || text),
      description: label?.text ? [label.text] : [], cia: cia?.cia, kind: kind?.kind ?? 'organizational', kindStated: !!kind,
    };
    if (place && !label) places.set(measure, { place: place.place, fullTitle: withoutCia });
    target.measures.push(measure);
    return measure;
  };
  const setOrganization = (name: string, l: Line | Sourced) => {
    draft.organization ??= { name, line: l.line, text: 'source' in l ? l.source : l.text };
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.chrome) {
      unmapped(l);
      continue;
    }
    if (l.meta) {
      if (!readMeta(draft, l)) unmapped(l);
      continue;
    }
    for (const c of commitmentsIn(l.text, l.line)) if (!draft.commitments.some((k) => k.key === c.key)) draft.commitments.push(c);

    const date = !draft.lastUpdated && !l.marker && !l.cells ? updatedDate(l.text) : undefined;
    if (date) {
      draft.lastUpdated = { date, line: l.line, text: l.source };
      continue;
    }
    if (where === 'introduction' || !draft.organization) {
      const labelledOrg = !l.cells ? labelledOrganization(l.text) : undefined;
      if (labelledOrg) {
        setOrganization(labelledOrg.organization, l);
        if (labelledOrg.role) draft.role ??= labelledOrg.role;
        if (draft.organization?.line === l.line) continue;
      }
    }

    const columns = headerColumns(l.text);
    if (columns && !(l.cells && group && !caption)) {
      const { rows, end } = readRows(lines, i);
      const header = cellsOf(l.text);
      draft.subprocessorGroups.push({
        caption: [...(caption ? [caption] : []), { line: l.line, text: l.text }],
        subprocessors: rows.map((r) => subprocessorOf(r, columns, header)),
      });
      caption = group = open = undefined;
      where = 'subprocessors';
      i = end - 1;
      continue;
    }
    if (l.cells) {
      let end = i;
      while (lines[end + 1]?.cells && lines[end + 1].table === l.table) end++;
      group = readTable(lines.slice(i, end + 1), group, openGroup, addMeasure, unmapped, i);
      where = group ? 'section' : where;
      i = end;
      continue;
    }

    if (i === titleAt) {
      draft.title = { line: l.line, text: l.text };
      const org = organizationIn(l.text);
      if (org) setOrganization(org, l);
      draft.unmapped.push(...intro);
      intro = [];
      continue;
    }

    const certainty = headingCertainty(lines, i, where);
    const category = certainty ? categoryOf(l.text, certainty) : undefined;
    if (category) {
      if (caption) unmapped(caption);
      caption = undefined;
      group = openGroup(category, { line: l.line, text: l.text }, rank(l), i);
      continue;
    }
    if (certainty && isSubprocessorHeading(l.text)) {
      open = group = undefined;
      if (caption) unmapped(caption);
      where = 'subprocessors';
      caption = { line: l.line, text: l.text };
      continue;
    }
    if ((certainty || l.bold) && isClosingHeading(l.text) || (l.heading && isClosingHeading(l.text))) {
      where = 'closing';
      group = open = undefined;
      unmapped(l);
      continue;
    }
    if (where === 'closing' || isBoilerplate(l) || isDateLine(l.text)) {
      unmapped(l);
      continue;
    }
    // An organisation's own heading ("Data centers", "Firewalling"): a group typed from its measures.
    const ownHeading = (l.heading || (l.bold && isHeadingLike(l.text))) && !kindLabel(l.text) && !l.text.endsWith(':')
      && (draft.title || where !== 'introduction') && (!group || rank(l) <= group.rank);
    if (ownHeading) {
      if (caption) unmapped(caption);
      caption = undefined;
      group = openGroup(undefined, { line: l.line, text: l.text }, rank(l), i);
      group.prose = false; // an own heading's prose is an introduction; only its lists are measures
      continue;
    }

    if (where === 'section' && group) {
      const stated = kindLabel(l.text);
      const label = labelled(trailingCia(l.text)?.rest ?? l.text);
      // "a) Zutrittskontrolle: Die Geschäftsstelle ist …": the label names the category, the text is the measure.
      const own = label?.text && !stated ? categoryOf(label.label, 'exact') : undefined;
      const nextIsItem = lines[i + 1]?.marker !== undefined && (lines[i + 1].depth ?? 0) >= (l.depth ?? 0);
      if (stated) {
        kind = { kind: stated, depth: l.depth ?? 0 };
        group.description.push(l.text);
        open = undefined;
      } else if (l.heading) {
        open = addMeasure(group, l); // a sub-heading names a measure; its paragraphs describe it
      } else if (l.marker && certainty) {
        group.description.push(l.text); // a bullet standing alone above paragraphs: a sub-heading
        open = undefined;
      } else if (own && !own.ambiguous && !(group.how === 'named' && own.types[0].id === group.candidates[0].id)) {
        // The label heads the measure's own category; a one-sentence text is the measure itself.
        const target = openGroup(own, { line: l.line, text: label!.label }, group.rank, i);
        where = 'section';
        if (sentences(label!.text).length === 1) addMeasure(target, l, label!.text);
        else addMeasure(target, l);
      } else if (/:$/.test(l.text) && nextIsItem && !trailingCia(l.text)) {
        group.description.push(l.text); // "Maßnahmen in den Rechenzentren:": a lead-in, not a measure
        open = undefined;
      } else if (l.marker) {
        if (kind && (l.depth ?? 0) < kind.depth) kind = undefined;
        addMeasure(group, l);
        open = undefined;
      } else if (label) {
        const measure = addMeasure(group, l);
        open = label.text ? undefined : measure;
      } else if (open) open.description.push(l.text);
      else if (group.prose) {
        sentences(l.text).forEach((sentence, k) => {
          // A paragraph may open with a sentence that only introduces ("If something goes wrong, we act quickly.").
          if (isDefinition(sentence) || (k === 0 && !typeFromContent(sentence))) group!.description.push(sentence);
          else addMeasure(group!, l, sentence.replace(/(?<![A-Z]|\b(?:z|d|u|bzw|etc|Inc|Ltd))\.$/, ''));
        });
      } else group.description.push(l.text);
    } else if (where === 'introduction' && !l.heading && !trailingCia(l.text)) {
      const url = /https:\/\/[^\s)>\]]+/.exec(l.text);
      if (url) draft.references.push({ title: referenceTitle(l.text, url[0]), url: url[0].replace(/[.,;]$/, '') });
      else {
        const org = organizationIn(l.text) ?? (i < titleAt && isOrganizationLine(l) ? l.text : undefined);
        if (org) setOrganization(org, l);
        if (i < titleAt && org === l.text) continue;
        intro.push({ line: l.line, text: l.text });
      }
    } else unmapped(l);
  }
  if (caption) unmapped(caption);
  draft.summary = intro.map((s) => s.text);
  draft.role ??= roleIn([draft.title?.text ?? '', ...draft.summary].join(' '));
  if (draft.organization) draft.guesses.push({ line: draft.organization.line, text: `organization: ${draft.organization.name}` });
  if (draft.role) draft.guesses.push({ line: draft.title?.line ?? 1, text: `role: ${draft.role}, from the title or introduction` });
  settleTypes(draft, groups);
  finish(draft, places);
  return draft;
}

/** "Stand: März 2025", "Version 3": about the document, never a measure (a full date is read as lastUpdated before). */
const isDateLine = (text: string) => /^(?:stand|version|last updated|updated|zuletzt aktualisiert|gültig ab|valid from|effective|datum|date)\b[^.]{0,40}$/i.test(text);

/** How prominent a heading is: Markdown/HTML level 1–6, then bold lines, numbered lines, plain lines. */
const rank = (l: Line): number => l.heading ?? (l.bold ? 7 : l.marker === 'number' ? 8 : 9);

/** Types some heading names for sure: an ambiguous heading means one of the others. */
function namedTypes(lines: Line[]): Set<string> {
  const ids = new Set<string>();
  for (const l of lines) {
    if (!(l.heading || l.bold || isHeadingLike(l.text, 8) || (l.cells && l.cells.length > 0))) continue;
    const c = categoryOf(l.cells ? l.cells[0] : l.text, 'exact');
    if (c && !c.ambiguous) ids.add(c.types[0].id);
  }
  return ids;
}

/** The title: the first line before any category that says it is a TOM document, else the first heading or heading-like line. */
function titleIndex(lines: Line[]): number {
  const before: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.meta || l.chrome || l.cells) continue;
    if ((l.heading || isHeadingLike(l.text, 8)) && categoryOf(l.text, 'near') && !titleWords.test(l.text)) break;
    const ends = /[.;!?]$/.test(l.text) && !(titleWords.test(l.text) && l.text.split(/\s+/).length <= 12);
    if (!l.marker && l.text.length <= 200 && !ends && !updatedDate(l.text)) before.push(i);
  }
  return before.find((i) => titleWords.test(lines[i].text) && lines[i].text.split(/\s+/).length <= 24)
    ?? before.find((i) => lines[i].heading)
    ?? before.find((i) => isHeadingLike(lines[i].text, 8) && !lines[i].marker && !labelled(lines[i].text))
    ?? -1;
}

/** A line of a few capitalised words above the title: the organisation's name ("Greenway Volunteers Network"). */
const isOrganizationLine = (l: Line) =>
  !l.marker && !l.heading && /^(?:[\p{Lu}][\p{L}&.'’-]*\s?){1,5}$/u.test(l.text) && !titleWords.test(l.text);

/** Front matter and MultiMarkdown fields: the organisation, the date and the title; false when the field is none of these. */
function readMeta(draft: DocumentDraft, l: Line): boolean {
  const { key, value } = l.meta!;
  if (/^(?:company|organi[sz]ation|organisation|unternehmen|firma|author|autor|processor|auftragsverarbeiter|publisher|herausgeber)$/.test(key) && value) {
    draft.organization ??= { name: value, line: l.line, text: l.source };
    return true;
  }
  const date = /^(?:date|datum|stand|last[ _-]?updated|updated|version)$/.test(key) ? updatedDate(`date: ${value}`) : undefined;
  if (date) {
    draft.lastUpdated ??= { date, line: l.line, text: l.source };
    return true;
  }
  return false;
}

/**
 * Whether the prose under a heading holds the measures: nothing until the next heading is a list
 * item, a table row or a "Title: text" paragraph.
 */
function isProse(lines: Line[], at: number): boolean {
  for (let j = at + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.heading || l.bold || (isHeadingLike(l.text, 8) && !l.marker && categoryOf(l.text, 'near'))) return true;
    if (isClosingHeading(l.text)) return true;
    if (l.marker || l.cells || (labelled(l.text) && !isBoilerplate(l) && !isDateLine(l.text))) return false;
  }
  return true;
}

/**
 * A table of measures: a category column ("Kategorie | Maßnahme"), category rows spanning the table
 * with check marks per site below them, or one column per kind ("Technische Maßnahmen |
 * Organisatorische Maßnahmen"). Returns the group the rows after the table belong to.
 */
function readTable(
  rows: Line[], group: Group | undefined,
  openGroup: (c: Category | undefined, h: Sourced | undefined, rank: number, i: number) => Group,
  addMeasure: (g: Group, l: Line, text?: string) => MeasureDraft,
  unmapped: (l: Line) => void, at: number,
): Group | undefined {
  const header = rows[0].header || looksLikeHeader(rows) ? rows[0] : undefined;
  const body = header ? rows.slice(1) : rows;
  const headerCells = header?.cells ?? [];
  const kinds = headerCells.map(kindLabel);
  const categoryColumn = /^(?:kategorie|category|categories|control|controls|kontrolle|bereich|area|kontrollziel|typ|type|ziel)\b/i.test(headerCells[0] ?? '')
    || body.filter((r) => categoryOf(r.cells![0], 'exact')).length > body.length / 2;
  const ensure = () => group ?? (group = openGroup(undefined, undefined, 9, at));
  if (header) {
    if (group && !categoryColumn) group.description.push(header.text);
    else unmapped(header);
  }
  let last: string | undefined;
  for (const r of body) {
    const cells = r.cells!.map((c) => c.trim());
    const filled = cells.filter((c) => /[\p{L}\p{N}]/u.test(c) && !checkMark.test(c));
    if (kinds.length > 1 && kinds.every(Boolean)) {
      const g = ensure();
      cells.forEach((c, k) => {
        if (!/[\p{L}\p{N}]/u.test(c)) return;
        const m = addMeasure(g, r, c);
        m.kind = kinds[k]!;
        m.kindStated = true;
      });
      continue;
    }
    const rowCategory = categoryOf(cells[0], 'near');
    if (filled.length === 1 && rowCategory) {
      group = openGroup(rowCategory, { line: r.line, text: cells[0] }, 9, at);
      continue;
    }
    if (categoryColumn && rowCategory && filled.length > 1) {
      if (fold(cells[0]) !== last || !group) group = openGroup(rowCategory, { line: r.line, text: cells[0] }, 9, at);
      last = fold(cells[0]);
      for (const c of cells.slice(1)) if (/[\p{L}\p{N}]/u.test(c)) addMeasure(group, r, c);
      continue;
    }
    if (!filled.length) continue;
    const g = ensure();
    const m = addMeasure(g, r, filled[0]);
    // Check marks per site or product: kept with their column's name.
    const marks = cells.slice(1).map((c, k) => (headerCells[k + 1] ? `${headerCells[k + 1]}: ${c}` : c)).filter((c) => /\S/.test(c));
    if (marks.length) m.description.push(marks.join(', '));
  }
  return group;
}

/**
 * A first row that names columns though nothing marks it (Word tables have no header cells): short
 * cells without check marks, over rows that have check marks, or column names a TOM table uses.
 */
function looksLikeHeader(rows: Line[]): boolean {
  const first = rows[0].cells!;
  if (rows.length < 2 || first.some((c) => checkMark.test(c) || c.split(/\s+/).length > 4)) return false;
  return first.every((c) => kindLabel(c))
    || /^(?:kategorie|category|control|kontrolle|bereich|area|maßnahmen?|massnahmen?|measures?|typ|type)$/i.test(first[0])
    || rows.slice(1).some((r) => r.cells!.slice(1).some((c) => checkMark.test(c.trim())));
}

/**
 * Whether a line stands as a heading, and so how surely it must name a category: Markdown and
 * HTML headings and bold lines always; numbered and plain lines when short (or when they begin
 * with a long category name, as Art. 32(1)(b) does); a bullet when it stands alone (no bullet
 * before or after it) inside a section, as sub-headings do in copied web pages.
 */
function headingCertainty(lines: Line[], i: number, where: Where): Certainty | undefined {
  const l = lines[i];
  if (l.heading || l.bold) return 'keyword';
  if (trailingCia(l.text)) return undefined;
  if (!isHeadingLike(l.text, 8)) {
    const long = !l.marker || l.marker === 'number';
    return long && !/[.;!?]$/.test(l.text) && categoryOf(l.text, 'near')?.types.length ? 'near' : undefined;
  }
  if (l.marker === 'bullet') {
    const next = lines[i + 1];
    const alone = lines[i - 1]?.marker !== 'bullet' && next !== undefined && !next.marker && !next.heading && !next.bold && !next.cells && !isBoilerplate(next);
    if (alone && where === 'section') return 'keyword';
    // "- Zutrittskontrolle:" above deeper items, or a bullet that is only a category's name.
    return categoryOf(l.text, 'exact') && (/:$/.test(l.text) || (lines[i + 1]?.depth ?? 0) > (l.depth ?? 0) || lines[i + 1]?.marker === l.marker) && !lines[i + 1]?.heading
      ? 'exact' : undefined;
  }
  return l.marker === 'number' || !labelled(l.text) ? 'near' : undefined;
}

/** "Google: https://cloud.google.com/..." → "Google"; a bare address is named by its host. */
function referenceTitle(text: string, url: string): string {
  const title = text.replace(url, '').replace(/^[\s:()–-]+|[\s:()–-]+$/g, '');
  return title || new URL(url).hostname;
}

/**
 * Each group's measures into the section of their control type: the type its heading names; for
 * an ambiguous heading, the candidate each measure's words point to; for an own heading, the type
 * the words of all its measures point to. Sections come in the order their types first appear.
 */
function settleTypes(draft: DocumentDraft, groups: Group[]): void {
  const sections = new Map<string, SectionDraft>();
  const section = (type: ControlType, line: number) => {
    let s = sections.get(type.id);
    if (!s) {
      s = { type: type.id, line, description: [], measures: [] };
      sections.set(type.id, s);
      draft.sections.push(s);
    }
    return s;
  };
  for (const g of groups) {
    if (!g.measures.length) {
      if (g.heading) draft.unmapped.push(g.heading);
      draft.unmapped.push(...g.description.map((text) => ({ line: g.heading?.line ?? 0, text })).filter((d) => d.line));
      continue;
    }
    const heading = g.heading;
    let whole: ControlType | undefined;
    if (g.how === 'named') whole = g.candidates[0];
    if (g.how === 'content') {
      whole = typeFromContent([heading?.text ?? '', ...g.measures.map((m) => [m.title, ...m.description].join(' '))].join(' '), g.candidates) ?? controlType('evaluation')!;
      // Under an own heading the measures usually share a type; when most point elsewhere, each goes its own way.
      const agree = g.measures.filter((m) => (typeFromContent([m.title, ...m.description].join(' ')) ?? whole) === whole).length;
      if (agree / g.measures.length >= 0.6) {
        draft.guesses.push({ line: heading?.line ?? g.measures[0].line, text: `"${heading?.text ?? 'table'}" names no category: its ${g.measures.length} measures are filed under ${whole.id}, from their words` });
      } else {
        g.candidates = g.candidates.includes(whole) ? [whole, ...g.candidates.filter((c) => c !== whole)] : g.candidates;
        whole = undefined;
      }
    }
    const firstOf = new Set<string>();
    for (const m of g.measures) {
      let type = whole;
      if (!type) {
        type = typeFromContent([m.title, ...m.description].join(' '), g.candidates) ?? g.candidates[0];
        draft.guesses.push({ line: m.line, text: g.how === 'content'
          ? `"${shorten(m.title)}" → ${type.id}, from its words: "${heading?.text ?? 'table'}" names no category`
          : `"${shorten(m.title)}" → ${type.id}: "${heading?.text ?? ''}" may mean ${g.candidates.map((c) => c.id).join(', ')}` });
      }
      const s = section(type, heading?.line ?? m.line);
      if (!firstOf.has(type.id)) {
        firstOf.add(type.id);
        if (heading && g.how === 'named') {
          if (s.title) s.description.push(heading.text);
          else s.title = heading.text;
        } else if (heading && !s.title && g.how === 'content') s.title = heading.text;
        else if (heading && g.how !== 'named') s.description.push(heading.text);
        s.description.push(...g.description);
      }
      s.measures.push(m);
    }
  }
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Ids by section prefix, kinds and CIA tags where the text gives none, and scopes for the places that several measures name. */
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
    const expected = controlType(s.type)?.expectedCia ?? [];
    const guessedCia: MeasureDraft[] = [];
    s.measures.forEach((m, k) => {
      const place = places.get(m);
      if (place && scopeIds.has(place.place)) m.scope = scopeIds.get(place.place);
      else if (place) m.title = place.fullTitle;
      m.id = `${prefix}-${String(k + 1).padStart(2, '0')}`;
      if (!m.kindStated) m.kind = guessKind([m.title, ...m.description].join(' '));
      if (!m.cia) {
        m.cia = [...expected];
        m.ciaGuessed = true;
        guessedCia.push(m);
      }
    });
    if (guessedCia.length) {
      const ids = guessedCia.length === 1 ? guessedCia[0].id : `${guessedCia[0].id} … ${guessedCia[guessedCia.length - 1].id}`;
      draft.guesses.push({ line: guessedCia[0].line, text: `cia of ${ids} (${guessedCia.length}): [${expected.join(', ')}], what ${s.type} usually protects; the text gives no tags` });
    }
  }
}
