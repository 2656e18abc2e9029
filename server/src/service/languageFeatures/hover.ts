/**
 * Hover: what the thing under the cursor means, in the user's language (English or German). Control
 * types, CIA tags, keys and enum values are explained from the schema; scope ids and measure ids from
 * the document; locations from the law data; findings by their rule.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Analysis } from '../document/analysis';
import { citation, closestControlTypes, controlType, fold } from '../catalogue/controlTypes';
import bdsg64 from '../law/bdsg64.json';
import { readLocation } from '../law/countries';
import { describeLocation, placeName } from '../law/describe';
import { rules } from '../rules';
import { isEmptyDocumentFinding } from '../rules/schema';
import { identifierOf, type Identifier } from '../document/identifiers';
import { scalarAt, pathIs, type CursorScalar, type Path } from '../document/scalars';
import { get, items, str, type TomModel } from '../document/model';
import { measureCount, measureLabel, sectionLabel, textLabel } from '../document/labels';
import { constValues, described, item, schemaAt } from '../schema/schemaPath';
import schema from '../../../../schemas/tom.schema.json';
import { rangeOf } from '../rules/rule';
import type { Finding, Locale, Localized } from '../types';
import { mappingIdHover } from '../frameworks/hover';

/** § 64 BDSG is Part 3 of the BDSG: law enforcement (Directive (EU) 2016/680), not GDPR processing. */
const bdsg64Scope: Localized = {
  en: '§ 64 BDSG belongs to Part 3 of the BDSG, which governs processing by competent authorities for ' +
    'law-enforcement purposes (Directive (EU) 2016/680), not processing under the GDPR.',
  de: '§ 64 BDSG gehört zu Teil 3 des BDSG, der die Verarbeitung durch zuständige Behörden zu Zwecken der ' +
    'Strafverfolgung regelt (Richtlinie (EU) 2016/680), nicht die Verarbeitung nach der DSGVO.',
};

/** FORMAT.md: German names keep their classic meaning, which § 64(3) BDSG no longer shares. */
const germanNamesNote: Localized = {
  en: '*Note:* the German names keep their classic meaning (Anlage zu § 9 BDSG a.F.). ' +
    `§ 64(3) BDSG today uses "Zugangskontrolle" for equipment access, close to the old *Zutrittskontrolle*; ${bdsg64Scope.en}`,
  de: '*Hinweis:* Die deutschen Namen behalten ihre klassische Bedeutung (Anlage zu § 9 BDSG a.F.). ' +
    `§ 64 Abs. 3 BDSG verwendet „Zugangskontrolle“ heute für den Zugang zu Anlagen, nahe der früheren *Zutrittskontrolle*; ${bdsg64Scope.de}`,
};
const typesWithNote = new Set(['physical-access', 'system-access']);

/** "§ 64(3) sentence 1 no. 1 BDSG" as a German reader cites it: "§ 64 Abs. 3 Satz 1 Nr. 1 BDSG". */
const germanSource = (source: string) => source.replace(/\((\d+)\) sentence (\d+) no\. (\d+)/, ' Abs. $1 Satz $2 Nr. $3');

function controlTypeHover(id: string, locale: Locale): string | undefined {
  const type = controlType(id);
  if (type) return typesWithNote.has(id) ? `${type.markdown[locale]}\n\n${germanNamesNote[locale]}` : type.markdown[locale];
  // a name instead of an id: what it may mean, and where a § 64(3) BDSG name comes from
  const meant = closestControlTypes(id);
  if (!meant.length) return undefined;
  const goal = bdsg64.find((g) => fold(g.name) === fold(id));
  if (locale === 'de') {
    const ids = meant.map((t) => `\`${t.id}\` (${t.de} / ${t.en}, ${citation(t.reference, 'de')})`).join(', ');
    const origin = goal ? `\n\n*${goal.name}* ist ein Kontrollziel aus ${germanSource(goal.source)}: ${goal.meaningDe}. ${bdsg64Scope.de}` : '';
    return `**${id}** ist keine Kennung eines Kontrolltyps; gemeint ist vielleicht ${ids}.${origin}`;
  }
  const ids = meant.map((t) => `\`${t.id}\` (${t.en} / ${t.de}, ${citation(t.reference, 'en')})`).join(', ');
  const origin = goal ? `\n\n*${goal.name}* is a control goal of ${goal.source}: ${goal.meaning}. ${bdsg64Scope.en}` : '';
  return `**${id}** is not a control type id; it may mean ${ids}.${origin}`;
}

/**
 * What the law says about a subprocessor location, in the user's language: EEA, adequacy decision
 * (act, date, scope) or third country.
 */
function locationHover(written: string, locale: Locale): string {
  const location = readLocation(written);
  if (location.kind === 'unknown') {
    return locale === 'de'
      ? `**${written}** ist weder ein ISO-3166-Alpha-2-Code noch ein bekannter Ländername: schreiben Sie den Code (\`DE\`, \`US\`, …) oder \`EU\`.`
      : `**${written}** is not an ISO 3166 alpha-2 code or a country name the tools know: write the code (\`DE\`, \`US\`, …) or \`EU\`.`;
  }
  const read = locale === 'de' ? 'wird gelesen als' : 'is read as';
  const named = location.kind === 'name' || location.code !== written ? `\`${written}\` ${read} \`${location.code}\`. ` : '';
  return `**${placeName(location.code)[locale]}**\n\n${named}${describeLocation(location.code)[locale]}`;
}

const schemaOf = (path: Path) => schemaAt(path.map((k) => (typeof k === 'number' ? item : k)));

/** The schema's text for the key at the end of `path`; x- extensions share the one the root has for them. */
function keyDocs(path: Path, locale: Locale): string | undefined {
  const last = path[path.length - 1];
  if (typeof last === 'string' && last.startsWith('x-')) return described(schema.patternProperties['^x-'], locale).markdown;
  const node = schemaOf(path)?.node;
  return node && described(node, locale).markdown;
}

/** The schema's text for one value of an enum (a role, a kind, a status...). */
function enumValueDocs(path: Path, value: string, locale: Locale): string | undefined {
  const node = schemaOf(path);
  return node && constValues(node, locale).find((v) => v.value === value)?.markdown;
}

function scopeHover(analysis: Analysis, model: TomModel, id: Identifier, locale: Locale): string {
  const def = id.definitions[0];
  const title = def && textLabel(model, get(model.doc, get(model.doc, model.scopes, id.name), 'title'));
  const users = model.measures.filter((m) => items(model.doc, get(model.doc, m.map, 'scope')).some((s) => str(s) === id.name)).length;
  const line = def && rangeOf(analysis.text, def).start.line + 1;
  const heading = `${title ? ` — ${title}` : ''}\n\n`;
  if (locale === 'de') {
    const where = def ? `definiert unter \`scopes\` in Zeile ${line}` : 'nicht unter `scopes` definiert';
    return `**Geltungsbereich \`${id.name}\`**${heading}${where} · verwendet von ${measureCount(users, locale)}`;
  }
  const where = def ? `defined under \`scopes\` on line ${line}` : 'not defined under `scopes`';
  return `**Scope \`${id.name}\`**${heading}${where} · used by ${measureCount(users, locale)}`;
}

function measureHover(model: TomModel, id: Identifier, locale: Locale): string {
  const measure = model.measures.find((m) => m.id === id.definitions[0]);
  const de = locale === 'de';
  if (!measure) return `**${de ? 'Maßnahme' : 'Measure'} \`${id.name}\`**`;
  const cia = measure.cia.filter(Boolean).join(', ');
  const status = str(get(model.doc, measure.map, 'status')) ?? 'implemented';
  const facts = de
    ? [`Abschnitt: ${sectionLabel(model, measure.section, locale)}`, `CIA: ${cia || 'keine'}`, `Status: ${status}`]
    : [`section: ${sectionLabel(model, measure.section)}`, `CIA: ${cia || 'none'}`, `status: ${status}`];
  const n = id.definitions.length;
  const twice = n <= 1 ? '' : de ? `\n\nDiese Maßnahmen-ID ist ${n}-mal definiert.` : `\n\nThis id is defined ${n} times.`;
  return `**${measureLabel(model, measure, locale)}**\n\n${facts.join(' · ')}${twice}`;
}

/** A control id under `mappings.<framework>`: its title from the catalogue, or which framework it belongs to. */
function mappingHover(model: TomModel, here: CursorScalar, locale: Locale): string | undefined {
  const framework = String(here.path[here.path.length - 2]);
  const known = mappingIdHover(model, framework, here.node, locale);
  if (known) return known;
  const docs = keyDocs(here.path.slice(0, -1), locale);
  const what = locale === 'de' ? 'eine Anforderung von' : 'a control of';
  return `\`${String(here.node.value)}\` — ${what} **${framework}**${docs ? `: ${docs}` : ''}`;
}

function explain(analysis: Analysis, model: TomModel, here: CursorScalar, locale: Locale): string | undefined {
  const { path, isKey } = here;
  const value = str(here.node);
  const id = identifierOf(model, here);
  if (id?.kind === 'scope') return scopeHover(analysis, model, id, locale);
  if (id?.kind === 'measure') return measureHover(model, id, locale);
  if (isKey && value !== undefined && pathIs(path, 'subprocessors', '#', 'transferMechanism', '*')) return locationHover(value, locale);
  if (isKey) return keyDocs(path, locale);
  if (value === undefined) return undefined;
  if (pathIs(path, 'controls', '#', 'type')) return controlTypeHover(value, locale);
  if (pathIs(path, 'subprocessors', '#', 'locations', '#')) return locationHover(value, locale);
  if (pathIs(path, 'controls', '#', 'measures', '#', 'mappings', '*', '#')) return mappingHover(model, here, locale);
  return enumValueDocs(path, value, locale); // CIA tags, roles, kinds, statuses...
}

/** "`undefined-scope`: a scope name that `scopes` does not define", for each finding under the cursor. */
function findingLines(findings: readonly Finding[], position: Position, locale: Locale): string[] {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return findings
    // an empty file has nothing to hover; its finding is in the Problems panel
    .filter((f) => before(f.range.start, position) && before(position, f.range.end) && !isEmptyDocumentFinding(f))
    .map((f) => `\`${f.code}\`: ${rules[f.code]?.summary[locale] ?? ''}`)
    .filter((line, i, all) => all.indexOf(line) === i);
}

export function hover(analysis: Analysis, position: Position, findings: readonly Finding[] = [], locale: Locale = 'en'): Hover | null {
  const offset = analysis.text.offsetAt(position);
  const model = analysis.model;
  const here = model && scalarAt(model.doc, offset);
  const parts = [here && model && explain(analysis, model, here, locale), findingLines(findings, position, locale).join('\n\n')].filter(Boolean);
  if (parts.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    ...(here ? { range: rangeOf(analysis.text, here.node) } : {}),
  };
}
