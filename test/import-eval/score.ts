/**
 * Scores the importer against the corpus in test/fixtures/import/corpus: each document there has a
 * gold file listing every measure a careful reader finds (a distinctive piece of its text) and the
 * control types they would accept for it. A measure the importer made counts as found when its title
 * and description contain that piece; each gold measure is found at most once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fold } from '../../server/src/service/catalogue/controlTypes';
import { importTom } from '../../server/src/service/import';

export const corpusDir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'import', 'corpus');

export interface Gold {
  language: string;
  organization?: string;
  lastUpdated?: string;
  measures: { text: string; types: string[]; kind?: string }[];
}

export interface Score {
  name: string;
  gold: number;
  imported: number;
  found: number;
  typed: number;
  recall: number;
  precision: number;
  typeAccuracy: number;
  /** Source lines with a word that appears nowhere in the YAML. */
  lost: { line: number; text: string }[];
  language: boolean;
  organization?: boolean;
  lastUpdated?: boolean;
  /** Gold measures not found, and imported measures that match none. */
  missed: string[];
  extra: string[];
  mistyped: string[];
}

interface Tom {
  document: { language?: string; organization?: string; lastUpdated?: string };
  controls?: { type: string; measures: { title: string; description?: string; kind?: string }[] }[];
}

export const corpusNames = (): string[] =>
  readdirSync(corpusDir).filter((f) => !f.endsWith('.gold.json')).sort();

export function scoreDocument(name: string, source = readFileSync(join(corpusDir, name), 'utf8'), yaml = importTom(source, { fileName: name }).yaml): Score {
  const gold = JSON.parse(readFileSync(join(corpusDir, name.replace(/\.[a-z]+$/, '.gold.json')), 'utf8')) as Gold;
  const tom = parse(yaml) as Tom;
  const made = (tom.controls ?? []).flatMap((c) => c.measures.map((m) => ({ type: c.type, text: fold(`${m.title} ${m.description ?? ''}`), title: m.title, used: false })));
  let found = 0;
  let typed = 0;
  const missed: string[] = [];
  const mistyped: string[] = [];
  for (const g of gold.measures) {
    const want = fold(g.text);
    const hit = made.find((m) => !m.used && m.text.includes(want));
    if (!hit) {
      missed.push(g.text);
      continue;
    }
    hit.used = true;
    found++;
    if (g.types.includes(hit.type)) typed++;
    else mistyped.push(`${g.text} → ${hit.type} (want ${g.types.join('/')})`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const org = tom.document.organization;
  return {
    name,
    gold: gold.measures.length,
    imported: made.length,
    found,
    typed,
    recall: ratio(found, gold.measures.length),
    precision: ratio(made.filter((m) => m.used).length, made.length),
    typeAccuracy: ratio(typed, found),
    lost: lostLines(visibleLines(source, name), yaml),
    language: tom.document.language === gold.language,
    organization: gold.organization === undefined ? undefined : !!org && fold(org) === fold(gold.organization),
    lastUpdated: gold.lastUpdated === undefined ? undefined : tom.document.lastUpdated === gold.lastUpdated,
    missed,
    extra: made.filter((m) => !m.used).map((m) => m.title),
    mistyped,
  };
}

/** The lines a reader sees: for HTML (and HTML inside Markdown), the text between the tags (scripts and styles left out), entities decoded. */
function visibleLines(source: string, name: string): { line: number; text: string }[] {
  let text = source;
  if (/\.(?:html?|md)$/.test(name)) {
    text = source.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, (m) => m.replace(/[^\n]/g, ''))
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&[a-z]+;/gi, (e) => ({ '&szlig;': 'ß', '&auml;': 'ä', '&ouml;': 'ö', '&uuml;': 'ü', '&Auml;': 'Ä', '&Ouml;': 'Ö', '&Uuml;': 'Ü' })[e] ?? ' ');
  }
  // Heading and list markers ("## 10.", "(ii)", "a)", "•") are markup, like tags.
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t.replace(/^\s*(?:#{1,6}\s+)?(?:(?:[-*•–·▪◦+]|\(?(?:[ivx]{1,5}|[a-z]|\d{1,3})[.)])\s+)?/, '') }));
}

/** Words as the YAML may write them: letters and digits, two or more. */
const words = (s: string) => s.match(/[\p{L}\p{N}]{2,}/gu) ?? [];

function lostLines(lines: { line: number; text: string }[], yaml: string): { line: number; text: string }[] {
  const output = new Set(words(yaml));
  return lines.filter((l) => words(l.text).some((w) => !output.has(w))).map((l) => ({ line: l.line, text: l.text.trim() }));
}

export interface Overall { recall: number; precision: number; typeAccuracy: number; lost: number; documents: Score[] }

export function scoreCorpus(): Overall {
  const documents = corpusNames().map((n) => scoreDocument(n));
  const sum = (f: (s: Score) => number) => documents.reduce((n, s) => n + f(s), 0);
  return {
    recall: sum((s) => s.found) / sum((s) => s.gold),
    precision: sum((s) => s.imported * s.precision) / sum((s) => s.imported),
    typeAccuracy: sum((s) => s.typed) / sum((s) => s.found),
    lost: sum((s) => s.lost.length),
    documents,
  };
}
