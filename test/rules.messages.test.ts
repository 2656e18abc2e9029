/**
 * What a user reads for each finding of the rules that are not about the law: the whole message in
 * English and in German (`locale: 'de'`), the exact range, the severity and the rule id; and what
 * `# tom-ignore` silences. Every expected value is written out here, from the fixture's own text.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { createTomService, type Finding, type Settings, type SeveritySetting } from '../server/src/service';
import { parseRuleOptions } from '../server/src/cli/check';
import { formatText } from '../server/src/cli/formats/text';
import { brief, check, cleanWith, doc, fixedToday, read, repoRoot } from './helpers/fixtures';

/** What the quick-fixes of rule `code`'s findings get (the id, scope or type they write). */
const dataOf = (text: string, code: string) => check(text).filter((f) => f.code === code).map((f) => f.data);

const error = 1;
const warning = 2;
const info = 3;
const hint = 4;

/** A finding as the Problems panel shows it, in both languages. */
interface Seen { at: string; severity: number | undefined; en: string; de: string }

/** Checks `text` as the editor would, failing when a rule throws (the server only logs that). */
function checked(text: string, settings: Partial<Settings>): Finding[] {
  const logged: string[] = [];
  const findings = createTomService({ host: { today: () => fixedToday, readFile: () => undefined, log: (m) => logged.push(m) }, settings }).check(doc(text));
  assert.deepEqual(logged, [], 'no rule failed');
  return findings;
}

/** The findings of rule `code` (all of them without `code`), in English and German: the same places in both. */
function seen(text: string, code?: string, settings: Partial<Settings> = {}): Seen[] {
  const en = checked(text, settings);
  const de = checked(text, { ...settings, locale: 'de' });
  assert.deepEqual(de.map(brief), en.map(brief), 'German shows the same findings at the same places');
  return en.flatMap((f, i) => (code === undefined || f.code === code ? [{ at: brief(f), severity: f.severity, en: f.message, de: de[i].message }] : []));
}

const inputMeasure = '      - {id: IN-01, title: A input measure, cia: [I], kind: technical}';

test('the rule texts in the settings, docs/rules.md and the configuration schema are those of the rule modules', () => {
  // server/generate.mjs writes each rule's summary, default severity, docs and fix column into the
  // manifest, its translations, docs/rules.md and the configuration schema; check mode lists what
  // differs. The list of modules (rules/list.ts) is manifest.test's: a mutation run rewrites the
  // modules' source, which that list is read from.
  const generate = `import { generate } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'server', 'generate.mjs')).href)};
    console.log(JSON.stringify(await generate({ check: true })));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', generate], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout).filter((f: string) => !f.endsWith('rules/list.ts')), []);
});

test('the clean fixture has no finding, in either language', () => {
  assert.deepEqual(seen(cleanWith()), []);
});

test('cia-coverage names the section and the missing tag(s), singular and plural in German', () => {
  assert.deepEqual(seen(cleanWith(['title: A availability measure, cia: [A]', 'title: A availability measure, cia: [C]']), 'cia-coverage'), [{
    at: 'cia-coverage 28:11-28:23', severity: info,
    en: 'No measure of Availability and resilience control carries A, which this control type is expected to protect: tag the measures that do, or add one.',
    de: 'Keine Maßnahme im Abschnitt „Verfügbarkeitskontrolle“ trägt das CIA-Kennzeichen A, dessen Schutzziel dieser Kontrolltyp abdecken soll: kennzeichnen Sie die passenden Maßnahmen oder ergänzen Sie eine.',
  }]);
  assert.deepEqual(seen(cleanWith(['title: A evaluation measure, cia: [C, I, A]', 'title: A evaluation measure, cia: [C]']), 'cia-coverage'), [{
    at: 'cia-coverage 34:11-34:21', severity: info,
    en: 'No measure of Regular testing, assessment and evaluation carries I, A, which this control type is expected to protect: tag the measures that do, or add one.',
    de: 'Keine Maßnahme im Abschnitt „Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung“ trägt die CIA-Kennzeichen I, A, deren Schutzziele dieser Kontrolltyp abdecken soll: kennzeichnen Sie die passenden Maßnahmen oder ergänzen Sie eine.',
  }]);
  // a tag carried by any one of the section's measures is enough
  assert.deepEqual(seen(cleanWith(['title: A evaluation measure, cia: [C, I, A], kind: technical}', 'title: A evaluation measure, cia: [C], kind: technical}\n      - {id: EV-02, title: Tests, cia: [I, A], kind: technical}']), 'cia-coverage'), []);
});

test('cia-order points at the list and writes it in order', () => {
  assert.deepEqual(seen(cleanWith(['cia: [C, I, A]', 'cia: [A, I, C]']), 'cia-order'), [{
    at: 'cia-order 36:55-36:64', severity: hint,
    en: 'CIA tags are written in the order C, I, A: write [C, I, A].',
    de: 'CIA-Kennzeichen stehen in der Reihenfolge C, I, A: schreiben Sie [C, I, A].',
  }]);
  assert.deepEqual(seen(cleanWith(['cia: [C, I, A]', 'cia: [I, C]']), 'cia-order').map((f) => f.en), ['CIA tags are written in the order C, I, A: write [C, I].']);
  // lower case and repeated tags are the schema's findings, not an order to fix
  assert.deepEqual(seen(cleanWith(['cia: [C, I, A]', 'cia: [A, c]']), 'cia-order'), []);
  assert.deepEqual(seen(cleanWith(['cia: [C, I, A]', 'cia: [I, C, I]']), 'cia-order'), []);
});

test('due-date-missing points at the status and names it', () => {
  const partial = cleanWith(['title: A physical-access measure, cia: [C], kind: technical}', 'title: A physical-access measure, cia: [C], kind: technical, status: partial}']);
  assert.deepEqual(seen(partial, 'due-date-missing'), [{
    at: 'due-date-missing 12:90-12:97', severity: warning,
    en: 'A partial measure needs a due date: add due: YYYY-MM-DD.',
    de: 'Eine Maßnahme mit status: partial braucht ein Fälligkeitsdatum: ergänzen Sie due: JJJJ-MM-TT.',
  }]);
});

test('duplicate-control-type: both sections, each naming the other line', () => {
  assert.deepEqual(seen(cleanWith(['  - type: input\n', '  - type: order\n']), 'duplicate-control-type'), [{
    at: 'duplicate-control-type 22:11-22:16', severity: error,
    en: 'Control type order has another section on line 25: merge the two sections into one.',
    de: 'Der Kontrolltyp order hat einen weiteren Abschnitt in Zeile 25: führen Sie die Abschnitte zu einem zusammen.',
  }, {
    at: 'duplicate-control-type 25:11-25:16', severity: error,
    en: 'Control type order has another section on line 22: merge the two sections into one.',
    de: 'Der Kontrolltyp order hat einen weiteren Abschnitt in Zeile 22: führen Sie die Abschnitte zu einem zusammen.',
  }]);
});

test('duplicate-id: every place, each naming the other lines and a free id of its section', () => {
  assert.deepEqual(seen(cleanWith(['id: SA-01', 'id: PA-01']), 'duplicate-id'), [{
    at: 'duplicate-id 12:14-12:19', severity: error,
    en: 'Measure id PA-01 is also used on line 15: ids must be unique; give one of them a new id such as PA-02.',
    de: 'Die Maßnahmen-ID PA-01 steht auch in Zeile 15: IDs müssen eindeutig sein; geben Sie einer der Maßnahmen eine neue ID wie PA-02.',
  }, {
    at: 'duplicate-id 15:14-15:19', severity: error,
    en: 'Measure id PA-01 is also used on line 12: ids must be unique; give one of them a new id such as PA-02.',
    de: 'Die Maßnahmen-ID PA-01 steht auch in Zeile 12: IDs müssen eindeutig sein; geben Sie einer der Maßnahmen eine neue ID wie PA-02.',
  }]);
  assert.deepEqual(dataOf(cleanWith(['id: SA-01', 'id: PA-01']), 'duplicate-id'), [{ replacement: 'PA-02' }, { replacement: 'PA-02' }]);
  // each suggestion is free in the measure's own section
  const sa = '      - {id: SA-01, title: A system-access measure, cia: [C], kind: technical}\n';
  const twoSections = cleanWith([sa, sa.replace('SA-01', 'PA-01') + sa.replace('SA-01', 'SA-02') + sa.replace('SA-01', 'SA-03')]);
  assert.deepEqual(dataOf(twoSections, 'duplicate-id'), [{ replacement: 'PA-02' }, { replacement: 'SA-04' }]);
});

test('a name repeated more than six times names five other lines and counts the rest, in both languages', () => {
  const copies = Array.from({ length: 8 }, (_, i) => `      - {id: PA-01, title: Copy ${i}, cia: [C], kind: technical}\n`).join('');
  const text = cleanWith(['      - {id: PA-01, title: A physical-access measure, cia: [C], kind: technical}\n', copies]);
  const found = seen(text, 'duplicate-id');
  assert.deepEqual(found.map((f) => f.at), [12, 13, 14, 15, 16, 17, 18, 19].map((l) => `duplicate-id ${l}:14-${l}:19`));
  assert.equal(found[0].en, 'Measure id PA-01 is also used on line 13, 14, 15, 16, 17 and 2 more lines: ids must be unique; give one of them a new id such as PA-02.');
  assert.equal(found[0].de, 'Die Maßnahmen-ID PA-01 steht auch in Zeile 13, 14, 15, 16, 17 und 2 weiteren Zeilen: IDs müssen eindeutig sein; geben Sie einer der Maßnahmen eine neue ID wie PA-02.');
  assert.match(found[3].en, /^Measure id PA-01 is also used on line 12, 13, 14, 16, 17 and 2 more lines: /);
  assert.match(found[7].en, /^Measure id PA-01 is also used on line 12, 13, 14, 15, 16 and 2 more lines: /);
  // seven places: five of the other six named, one counted
  const seven = seen(cleanWith(['      - {id: PA-01, title: A physical-access measure, cia: [C], kind: technical}\n', copies.split('\n').slice(0, 7).join('\n') + '\n']), 'duplicate-id');
  assert.equal(seven[6].en, 'Measure id PA-01 is also used on line 12, 13, 14, 15, 16 and 1 more lines: ids must be unique; give one of them a new id such as PA-02.');
  // six places: all five others named, nothing counted
  const six = seen(cleanWith(['      - {id: PA-01, title: A physical-access measure, cia: [C], kind: technical}\n', copies.split('\n').slice(0, 6).join('\n') + '\n']), 'duplicate-id');
  assert.equal(six[5].de, 'Die Maßnahmen-ID PA-01 steht auch in Zeile 12, 13, 14, 15, 16: IDs müssen eindeutig sein; geben Sie einer der Maßnahmen eine neue ID wie PA-02.');
});

test('missing-control-type: one type with its article, several listed with "and", on the controls key', () => {
  assert.deepEqual(seen(cleanWith(['  - type: evaluation\n', '  - type: order\n']), 'missing-control-type'), [{
    at: 'missing-control-type 9:1-9:9', severity: warning,
    en: 'A processor should document Regular testing, assessment and evaluation (Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung, Art. 32(1)(d) GDPR): add a section with type: evaluation.',
    de: 'Für die Rolle „Auftragsverarbeiter“ fehlt der Kontrolltyp Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung (Art. 32 Abs. 1 lit. d DSGVO): ergänzen Sie einen Abschnitt mit type: evaluation.',
  }]);
  assert.deepEqual(seen(cleanWith(['role: processor', 'role: controller']), 'missing-control-type'), [{
    at: 'missing-control-type 9:1-9:9', severity: warning,
    en: 'A controller should document Data protection by design and by default (Datenschutz durch Technikgestaltung und datenschutzfreundliche Voreinstellungen, Art. 25 GDPR): add a section with type: privacy-by-default.',
    de: 'Für die Rolle „Verantwortlicher“ fehlt der Kontrolltyp Datenschutz durch Technikgestaltung und datenschutzfreundliche Voreinstellungen (Art. 25 DSGVO): ergänzen Sie einen Abschnitt mit type: privacy-by-default.',
  }]);
  assert.deepEqual(seen(cleanWith(['  - type: evaluation\n', '  - type: recovery\n'], ['  - type: input\n', '  - type: encryption\n']), 'missing-control-type'), [{
    at: 'missing-control-type 9:1-9:9', severity: warning,
    en: 'A processor should document 2 control types that no section covers: Input control (Eingabekontrolle, Art. 32(1)(b) GDPR) and Regular testing, assessment and evaluation (Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung, Art. 32(1)(d) GDPR). Add a section for each, with type: input, evaluation.',
    de: 'Für die Rolle „Auftragsverarbeiter“ fehlen 2 Kontrolltypen: Eingabekontrolle (Art. 32 Abs. 1 lit. b DSGVO) und Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung (Art. 32 Abs. 1 lit. d DSGVO). Ergänzen Sie je einen Abschnitt mit type: input, evaluation.',
  }]);
  assert.deepEqual(dataOf(cleanWith(['  - type: evaluation\n', '  - type: recovery\n'], ['  - type: input\n', '  - type: encryption\n']), 'missing-control-type'), [{ types: ['input', 'evaluation'] }]);
  // three and more: commas, then "and"; a section without a type covers none and is the schema's business
  const three = cleanWith(['  - type: evaluation\n', '  - type: recovery\n'], ['  - type: input\n', '  - type: encryption\n'], ['  - type: separation\n', '  - type: billing\n'],
    ['  - type: order\n', '  - measures:\n      - {id: OX-01, title: A order measure, cia: [C, I], kind: technical}\n  - type: order\n']);
  assert.deepEqual(seen(three, 'missing-control-type'), [{
    at: 'missing-control-type 9:1-9:9', severity: warning,
    en: 'A processor should document 3 control types that no section covers: Input control (Eingabekontrolle, Art. 32(1)(b) GDPR), Separation control (Trennungskontrolle, Art. 32(1)(b) GDPR) and Regular testing, assessment and evaluation (Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung, Art. 32(1)(d) GDPR). Add a section for each, with type: input, separation, evaluation.',
    de: 'Für die Rolle „Auftragsverarbeiter“ fehlen 3 Kontrolltypen: Eingabekontrolle (Art. 32 Abs. 1 lit. b DSGVO), Trennungskontrolle (Art. 32 Abs. 1 lit. b DSGVO) und Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung (Art. 32 Abs. 1 lit. d DSGVO). Ergänzen Sie je einen Abschnitt mit type: input, separation, evaluation.',
  }]);
  assert.deepEqual(seen(three, 'schema').map((f) => `${f.at}: ${f.en}`), ['schema 25:5-25:14: Item 6 lacks the required key "type": add it.']);
  // a section named by its German name covers its type (unknown-control-type says the rest)
  assert.deepEqual(seen(cleanWith(['  - type: input\n', '  - type: Eingabekontrolle\n']), 'missing-control-type'), []);
  // without a controls key there is nothing to point at: the schema reports the key
  assert.deepEqual(seen(cleanWith(['controls:\n', 'x-controls:\n']), 'missing-control-type'), []);
});

test('missing-translation names the missing languages of each text, on the text', () => {
  const text = cleanWith(['  language: en\n', '  language: de\n  languages: [en, de, fr]\n'], ['title: Rule fixture', 'title: {en: Rule fixture}'],
    ['title: A physical-access measure', 'title: {de: Türen, en: Doors, fr: Portes}']);
  const found = seen(text, 'missing-translation');
  assert.deepEqual(found.slice(0, 2), [{
    at: 'missing-translation 3:10-3:28', severity: warning,
    en: 'title has no de, fr text, but the document is published in en, de, fr: add the translation.',
    de: 'title hat keinen Text für de, fr, das Dokument erscheint aber in en, de, fr: ergänzen Sie die Übersetzung.',
  }, {
    // a plain string is written in document.language (de)
    at: 'missing-translation 16:28-16:51', severity: warning,
    en: 'title has no en, fr text, but the document is published in en, de, fr: add the translation.',
    de: 'title hat keinen Text für en, fr, das Dokument erscheint aber in en, de, fr: ergänzen Sie die Übersetzung.',
  }]);
  assert.equal(found.length, 9, 'the title of PA-01 has every language; each other text lacks two');
  assert.deepEqual(dataOf(text, 'missing-translation').slice(0, 2), [{ missing: ['de', 'fr'], language: 'de' }, { missing: ['en', 'fr'], language: 'de' }]);
  // without document.languages, nothing is missing
  assert.deepEqual(seen(cleanWith(['title: Rule fixture', 'title: {en: Rule fixture}']), 'missing-translation'), []);
});

test('overdue names the measure, the date and its status', () => {
  const text = cleanWith(['title: A physical-access measure, cia: [C], kind: technical}', 'title: A physical-access measure, cia: [C], kind: technical, status: planned, due: 2026-11-24}']);
  assert.deepEqual(seen(text, 'overdue'), [{
    at: 'overdue 12:104-12:114', severity: warning,
    en: 'Measure PA-01 was due on 2026-11-24 and is still planned: implement it and set status: implemented, or agree a new due date.',
    de: 'Maßnahme PA-01 war am 2026-11-24 fällig und ist noch planned: setzen Sie sie um und schreiben Sie status: implemented, oder vereinbaren Sie ein neues Fälligkeitsdatum.',
  }]);
  const unnamed = cleanWith(['{id: PA-01, title: A physical-access measure, cia: [C], kind: technical}', '{title: A physical-access measure, cia: [C], kind: technical, status: partial, due: 2026-01-31}']);
  assert.deepEqual(seen(unnamed, 'overdue').map(({ en, de }) => [en, de]), [[
    'This measure was due on 2026-01-31 and is still partial: implement it and set status: implemented, or agree a new due date.',
    'Diese Maßnahme war am 2026-01-31 fällig und ist noch partial: setzen Sie sie um und schreiben Sie status: implemented, oder vereinbaren Sie ein neues Fälligkeitsdatum.',
  ]]);
  // not a date: the schema says so, overdue does not guess
  assert.deepEqual(seen(cleanWith(['kind: technical}\n  - type: system', 'kind: technical, status: planned, due: soon}\n  - type: system']), 'overdue'), []);
});

test('placeholder-text marks each placeholder word itself', () => {
  assert.deepEqual(seen(cleanWith(['title: A input measure', 'title: TODO and ??? xxx lorem ipsum tbd Fixme']), 'placeholder-text'), [
    ['24:28-24:32', 'TODO'], ['24:37-24:40', '???'], ['24:41-24:44', 'xxx'], ['24:45-24:56', 'lorem ipsum'], ['24:57-24:60', 'tbd'], ['24:61-24:66', 'Fixme'],
  ].map(([at, word]) => ({
    at: `placeholder-text ${at}`, severity: warning,
    en: `"${word}" is a placeholder: write the real text before publishing.`,
    de: `„${word}“ ist ein Platzhalter: schreiben Sie den eigentlichen Text, bevor Sie veröffentlichen.`,
  })));
  // parts of words are not placeholders
  assert.deepEqual(seen(cleanWith(['title: A input measure', 'title: TODOs xxxl Fixmes ??']), 'placeholder-text'), []);
});

test('stale-review: the document date and a measure\'s review, each with its own sentence', () => {
  const text = cleanWith(['lastUpdated: 2026-11-01', 'lastUpdated: 2025-11-24'],
    ['title: A physical-access measure, cia: [C], kind: technical}', 'title: A physical-access measure, cia: [C], kind: technical, reviewed: 2024-01-01}']);
  assert.deepEqual(seen(text, 'stale-review'), [{
    at: 'stale-review 7:16-7:26', severity: warning,
    en: 'The document was last updated on 2025-11-24, more than 12 months ago: review it and update the date (Art. 32(1)(d) GDPR asks for regular evaluation).',
    de: 'Das Dokument wurde zuletzt am 2025-11-24 aktualisiert, vor mehr als 12 Monaten: prüfen Sie erneut und aktualisieren Sie das Datum (Art. 32 Abs. 1 lit. d DSGVO verlangt eine regelmäßige Überprüfung).',
  }, {
    at: 'stale-review 12:92-12:102', severity: warning,
    en: 'Measure PA-01 was last reviewed on 2024-01-01, more than 12 months ago: review it and update the date (Art. 32(1)(d) GDPR asks for regular evaluation).',
    de: 'Maßnahme PA-01 wurde zuletzt am 2024-01-01 überprüft, vor mehr als 12 Monaten: prüfen Sie erneut und aktualisieren Sie das Datum (Art. 32 Abs. 1 lit. d DSGVO verlangt eine regelmäßige Überprüfung).',
  }]);
});

const withScopes = (scopes: string, used: string) => cleanWith(['controls:\n', `scopes:\n${scopes}controls:\n`],
  ['title: A physical-access measure, cia: [C], kind: technical}', `title: A physical-access measure, cia: [C], kind: technical, scope: [${used}]}`]);

test('undefined-scope: the near miss it probably means, or how to define it', () => {
  assert.deepEqual(seen(withScopes('  offices: {title: Offices}\n', 'office, cloud, offices'), 'undefined-scope'), [{
    at: 'undefined-scope 14:90-14:96', severity: error,
    en: 'Scope "office" is not defined under scopes: did you mean "offices"?',
    de: 'Der Geltungsbereich „office“ ist unter scopes nicht definiert: meinten Sie „offices“?',
  }, {
    at: 'undefined-scope 14:98-14:103', severity: error,
    en: 'Scope "cloud" is not defined: add it under scopes (cloud: {title: ...}) or remove it from this list.',
    de: 'Der Geltungsbereich „cloud“ ist nicht definiert: ergänzen Sie ihn unter scopes (cloud: {title: ...}) oder entfernen Sie ihn aus dieser Liste.',
  }]);
  assert.deepEqual(dataOf(withScopes('  offices: {title: Offices}\n', 'office, cloud, offices'), 'undefined-scope'), [{ replacement: 'offices' }, undefined]);
  // without any scopes defined, every name is undefined
  assert.deepEqual(seen(cleanWith(['title: A physical-access measure, cia: [C], kind: technical}', 'title: A physical-access measure, cia: [C], kind: technical, scope: [cloud]}']), 'undefined-scope').map((f) => f.at), ['undefined-scope 12:90-12:95']);
});

test('unused-scope points at the key of each scope no measure names', () => {
  assert.deepEqual(seen(withScopes('  offices: {title: Offices}\n  cloud: {title: Cloud}\n  lab: {title: Lab}\n', 'cloud'), 'unused-scope'), [{
    at: 'unused-scope 10:3-10:10', severity: hint,
    en: 'Scope "offices" is not used by any measure: name it in a measure\'s scope list, or remove it.',
    de: 'Den Geltungsbereich „offices“ nutzt keine Maßnahme: nennen Sie ihn in der scope-Liste einer Maßnahme oder entfernen Sie ihn.',
  }, {
    at: 'unused-scope 12:3-12:6', severity: hint,
    en: 'Scope "lab" is not used by any measure: name it in a measure\'s scope list, or remove it.',
    de: 'Den Geltungsbereich „lab“ nutzt keine Maßnahme: nennen Sie ihn in der scope-Liste einer Maßnahme oder entfernen Sie ihn.',
  }]);
});

test('unknown-control-type: the id a name means, every id an ambiguous name may mean, or the whole list', () => {
  assert.deepEqual(seen(cleanWith(['type: input', 'type: Eingabekontrolle']), 'unknown-control-type'), [{
    at: 'unknown-control-type 22:11-22:27', severity: error,
    en: '"Eingabekontrolle" is not a control type id: use "input" (Input control / Eingabekontrolle).',
    de: '„Eingabekontrolle“ ist keine Kennung einer Kontrollart: verwenden Sie "input" (Input control / Eingabekontrolle).',
  }]);
  assert.deepEqual(seen(cleanWith(['type: input', 'type: Access control']), 'unknown-control-type'), [{
    at: 'unknown-control-type 22:11-22:25', severity: error,
    en: '"Access control" is not a control type id and may mean "physical-access" (Physical access control / Zutrittskontrolle), "system-access" (System access control / Zugangskontrolle) or "data-access" (Data access control / Zugriffskontrolle): choose the one the measures implement.',
    de: '„Access control“ ist keine Kennung einer Kontrollart und kann "physical-access" (Physical access control / Zutrittskontrolle), "system-access" (System access control / Zugangskontrolle) oder "data-access" (Data access control / Zugriffskontrolle) bedeuten: wählen Sie die, die die Maßnahmen umsetzen.',
  }]);
  const ids = 'physical-access, system-access, data-access, transfer, input, order, availability, separation, pseudonymisation, encryption, recovery, evaluation, incident-response, privacy-by-default';
  assert.deepEqual(seen(cleanWith(['type: input', 'type: zzzzzz']), 'unknown-control-type'), [{
    at: 'unknown-control-type 22:11-22:17', severity: error,
    en: `"zzzzzz" is not a control type: use one of ${ids}.`,
    de: `„zzzzzz“ ist keine Kontrollart: verwenden Sie eine von ${ids}.`,
  }]);
  assert.deepEqual(dataOf(cleanWith(['type: input', 'type: Access control']), 'unknown-control-type'), [{ replacements: ['physical-access', 'system-access', 'data-access'] }]);
  assert.deepEqual(dataOf(cleanWith(['type: input', 'type: zzzzzz']), 'unknown-control-type'), [undefined]);
  // a section of no known type has no expected tags; the sections after it are still checked
  assert.deepEqual(seen(cleanWith(['type: input', 'type: zzzzzz'], ['title: A availability measure, cia: [A]', 'title: A availability measure, cia: [C]']), 'cia-coverage').map((f) => f.at), ['cia-coverage 28:11-28:23']);
  // the schema's enum finding at the same place is left out: the rule says more
  assert.deepEqual(seen(cleanWith(['type: input', 'type: zzzzzz'])).filter((f) => f.at.endsWith(' 22:11-22:17')).map((f) => f.at), ['unknown-control-type 22:11-22:17']);
});

test('unknown-mapping: an unknown id with the closest ones, a malformed id with an example', () => {
  const text = cleanWith(['title: A physical-access measure, cia: [C], kind: technical}', 'title: A physical-access measure, cia: [C], kind: technical, mappings: {iso27001: [A.7.99, A.7.4, Q-1], scc-annex-ii: ["99"]}}']);
  assert.deepEqual(seen(text, 'unknown-mapping'), [{
    at: 'unknown-mapping 12:104-12:110', severity: warning,
    en: '"A.7.99" is no control of ISO/IEC 27001:2022 Annex A: did you mean A.7.9 (Assets outside the premises), A.5.9 (Inventory of information and related assets), A.5.19 (Security in supplier relationships)?',
    de: '„A.7.99“ ist keine Anforderung von ISO/IEC 27001:2022 Anhang A: meinten Sie A.7.9 (Assets outside the premises), A.5.9 (Inventory of information and related assets), A.5.19 (Security in supplier relationships)?',
  }, {
    at: 'unknown-mapping 12:119-12:122', severity: warning,
    en: '"Q-1" is not written like an id of ISO/IEC 27001:2022 Annex A (such as A.5.1): write an id of the framework\'s catalogue (completion lists them).',
    de: '„Q-1“ ist nicht wie eine Kennung von ISO/IEC 27001:2022 Anhang A geschrieben (etwa A.5.1): schreiben Sie eine Kennung aus dem Katalog des Rahmenwerks (die Vervollständigung listet sie).',
  }, {
    at: 'unknown-mapping 12:140-12:144', severity: warning,
    en: '"99" is no control of EU Standard Contractual Clauses, Annex II (technical and organisational measures): did you mean 9 (Event logging), 1 (Pseudonymisation and encryption of personal data), 2 (Ongoing confidentiality, integrity, availability and resilience of systems)?',
    de: '„99“ ist keine Anforderung von EU-Standardvertragsklauseln, Anhang II (technische und organisatorische Maßnahmen): meinten Sie 9 (Event logging), 1 (Pseudonymisation and encryption of personal data), 2 (Ongoing confidentiality, integrity, availability and resilience of systems)?',
  }]);
});

test('schema: an empty document or one of comments only is one error at the start, in both languages', () => {
  for (const text of ['', '# nothing here yet\n']) {
    assert.deepEqual(seen(text), [{
      at: 'schema 1:1-1:1', severity: error,
      en: 'The document is empty: a TOM document needs the keys tom, document and controls; insert the skeleton (Quick Fix) or start with tom: 1.',
      de: 'Das Dokument ist leer: ein TOM-Dokument braucht die Schlüssel tom, document und controls; fügen Sie das Gerüst ein (Schnellkorrektur) oder beginnen Sie mit tom: 1.',
    }]);
  }
});

test('file-too-large: one error at the start instead of the analysis', () => {
  assert.deepEqual(seen('tom: 1\n', undefined, { maxFileSize: 3 }), [{
    at: 'file-too-large 1:1-1:1', severity: error,
    en: 'This file has 7 characters, more than the limit of 3: it was not analysed. Split it, or raise the limit (setting tom.maxFileSizeMB, or maxFileSizeMB in .tom-studio.yaml).',
    de: 'Diese Datei hat 7 Zeichen, mehr als die Grenze von 3: sie wurde nicht geprüft. Teilen Sie sie auf oder heben Sie die Grenze an (Einstellung tom.maxFileSizeMB oder maxFileSizeMB in .tom-studio.yaml).',
  }]);
});

// ---- # tom-ignore ----

/** The clean fixture with a placeholder in IN-01's title, `comment` (lines) above that measure. */
const ignored = (comment: string) => cleanWith([inputMeasure, `${comment}      - {id: IN-01, title: TODO input measure, cia: [I], kind: technical}`]);
const todo = (line: number): Seen => ({
  at: `placeholder-text ${line}:28-${line}:32`, severity: warning,
  en: '"TODO" is a placeholder: write the real text before publishing.',
  de: '„TODO“ ist ein Platzhalter: schreiben Sie den eigentlichen Text, bevor Sie veröffentlichen.',
});
const noReason = (at: string): Seen => ({
  at: `suppression-reason ${at}`, severity: warning,
  en: 'This tom-ignore gives no reason: write one after a colon (# tom-ignore rule-id: reason); an auditor will ask for it.',
  de: 'Dieses tom-ignore nennt keine Begründung: schreiben Sie sie nach einem Doppelpunkt (# tom-ignore regel-id: Begründung); die Prüfer werden danach fragen.',
});

test('tom-ignore with the rule and a reason silences it, across blank and comment lines, in any spacing', () => {
  assert.deepEqual(seen(ignored('')), [todo(24)], 'the finding to silence');
  assert.deepEqual(seen(ignored('      # tom-ignore placeholder-text: agreed with legal\n')), []);
  assert.deepEqual(seen(ignored('      #tom-ignore   placeholder-text:agreed   \n')), []);
  assert.deepEqual(seen(ignored('      # tom-ignore overdue,placeholder-text : agreed\n')), []);
  assert.deepEqual(seen(ignored('      # tom-ignore placeholder-text: agreed\n\n      # the title follows in Q1\n')), []);
  assert.deepEqual(seen(ignored('      # tom-ignore placeholder-text: agreed\n').replace(/\n/g, '\r\n')), []);
});

test('tom-ignore naming another rule silences nothing', () => {
  assert.deepEqual(seen(ignored('      # tom-ignore overdue: agreed\n')), [todo(25)]);
  // nor does one above the measure before
  assert.deepEqual(seen(cleanWith(['      - {id: TR-01,', '      # tom-ignore placeholder-text: agreed\n      - {id: TR-01,'], ['title: A input measure', 'title: TODO input measure'])), [todo(25)]);
});

test('tom-ignore without a reason silences the rule and is a finding on the comment', () => {
  assert.deepEqual(seen(ignored('      # tom-ignore placeholder-text\n')), [noReason('24:7-24:36')]);
  assert.deepEqual(seen(ignored('      # tom-ignore placeholder-text:\n')), [noReason('24:7-24:37')]);
  assert.deepEqual(seen(ignored('      # tom-ignore placeholder-text\n').replace(/\n/g, '\r\n')), [noReason('24:7-24:36')]);
});

test('tom-ignore without a rule, or naming an unknown one, is a finding and silences nothing', () => {
  assert.deepEqual(seen(ignored('      # tom-ignore\n')), [{
    at: 'suppression-reason 24:7-24:19', severity: warning,
    en: 'tom-ignore needs the rule to silence and a reason: # tom-ignore rule-id: why this is acceptable.',
    de: 'tom-ignore braucht die abzuschaltende Regel und eine Begründung: # tom-ignore regel-id: warum das vertretbar ist.',
  }, todo(25)]);
  assert.deepEqual(seen(ignored('      # tom-ignore: agreed\n')).map((f) => f.at), ['suppression-reason 24:7-24:27', 'placeholder-text 25:28-25:32']);
  assert.deepEqual(seen(ignored('      #tom-ignore nope, also-nope\n')), [{
    at: 'suppression-reason 24:7-24:34', severity: warning,
    en: 'tom-ignore names "nope", "also-nope", which is not a rule id: use one of the ids in docs/rules.md.',
    de: 'tom-ignore nennt "nope", "also-nope", keine Regel-ID: verwenden Sie eine der IDs aus docs/rules.md.',
  }, noReason('24:7-24:34'), todo(25)]);
  // a known id next to an unknown one still silences its rule
  assert.deepEqual(seen(ignored('      # tom-ignore placeholder-txt, placeholder-text: agreed\n')).map((f) => f.en), [
    'tom-ignore names "placeholder-txt", which is not a rule id: use one of the ids in docs/rules.md.',
  ]);
  // at the end of the file: nothing to silence, still read
  assert.deepEqual(seen(`${cleanWith()}# tom-ignore placeholder-text\n`), [noReason('37:1-37:30')]);
  // "tom-ignore" elsewhere in a comment is not a directive
  assert.deepEqual(seen(ignored('      # see tom-ignore in docs/rules.md\n')), [todo(25)]);
  assert.deepEqual(seen(ignored('      # tom-ignores placeholder-text: a plural is another word\n')), [todo(25)]);
});

test('tom-ignore silences the whole node below it and nothing after it', () => {
  const text = cleanWith([inputMeasure, [
    '      # tom-ignore placeholder-text: agreed with legal',
    '      - id: IN-01',
    '        title: TODO',
    '        description: TBD',
    '        cia: [I]',
    '        kind: technical',
    '      - {id: IN-02, title: TODO, cia: [I], kind: technical}',
  ].join('\n')]);
  assert.deepEqual(seen(text).map((f) => f.at), ['placeholder-text 30:28-30:32']);
});

test('tom-ignore silences a schema finding; a syntax error and a suppression-reason finding cannot be silenced', () => {
  const colour = (comment: string) => cleanWith([inputMeasure, `${comment}      - {id: IN-01, title: A input measure, cia: [I], kind: technical, colour: red}`]);
  assert.deepEqual(seen(colour(''), 'schema').map((f) => f.at), ['schema 24:72-24:78']);
  assert.deepEqual(seen(colour('      # tom-ignore schema: agreed\n')), []);
  const broken = (comment: string) => cleanWith([inputMeasure, `${comment}      - {id: IN-01, title: A input measure, cia: [I], kind: technical}}`]);
  const syntax = seen(broken(''), 'yaml-syntax');
  assert.ok(syntax.length > 0);
  assert.deepEqual(seen(broken('      # tom-ignore yaml-syntax: agreed\n'), 'yaml-syntax').map((f) => f.at), syntax.map((f) => f.at.replace(/(\d+):(\d+)-(\d+)/, (_, a, b, c) => `${+a + 1}:${b}-${+c + 1}`)));
  assert.deepEqual(seen(cleanWith(['controls:\n', '# tom-ignore suppression-reason: agreed\n# tom-ignore\ncontrols:\n'])).map((f) => f.at), ['suppression-reason 10:1-10:13']);
});

test('tom-ignore reaches past blank and comment lines to the next node only, and nothing before it', () => {
  const second = inputMeasure.replace('IN-01', 'IN-02').replace('A input', 'TODO input');
  // above the second measure, with a blank line between: the first measure is not the one silenced
  assert.deepEqual(seen(cleanWith([inputMeasure, `${inputMeasure}\n      # tom-ignore placeholder-text: agreed\n\n${second}`])), []);
  // a finding of the same rule before the comment stays
  assert.deepEqual(seen(cleanWith([inputMeasure, `${inputMeasure.replace('A input', 'TODO input')}\n      # tom-ignore placeholder-text: agreed\n${second}`])), [todo(24)]);
  // a top-level key: the next key, from its first column on, is not silenced
  assert.deepEqual(seen(cleanWith(['controls:\n', '# tom-ignore schema: agreed\ncolour: red\nflavour: sweet\ncontrols:\n'])).map((f) => `${f.at}: ${f.en}`), [
    'schema 11:1-11:8: Unknown key "flavour": allowed here are tom, $schema, document, scopes, controls, subprocessors, certifications, commitments. Extensions start with x-.',
  ]);
  // a block map's range ends where the next key's line begins: that key is not the map's
  assert.deepEqual(seen(cleanWith(['controls:\n', '# tom-ignore schema: agreed\ncolour:\n  hue: red\nflavour: sweet\ncontrols:\n'])).map((f) => f.at), ['schema 12:1-12:8']);
});

test('a "# tom-ignore" line inside a block text is text, not a directive; below the text it is one', () => {
  const measure = (line: string) => cleanWith([inputMeasure, [
    '      - id: IN-01',
    '        title: A input measure',
    '        description: |',
    '          Every change is logged.',
    line,
    '        cia: [i]',
    '        kind: technical',
  ].join('\n')]);
  assert.deepEqual(seen(measure('          # tom-ignore schema: this line is text'), 'schema').map((f) => f.at), ['schema 29:15-29:16']);
  assert.deepEqual(seen(measure('        # tom-ignore schema: agreed'), 'schema'), []);
});

test('tom-ignore above a flow map with a key and no value, on the last line without a line break, in a binary file', () => {
  const colour = (id: string) => `      - {id: ${id}, title: A input measure, cia: [I], kind: technical, colour}`;
  assert.deepEqual(seen(cleanWith([inputMeasure, `      # tom-ignore schema: agreed\n${colour('IN-01')}\n${colour('IN-02')}`])).map((f) => `${f.at}: ${f.en}`), [
    'schema 26:72-26:78: Unknown key "colour": allowed here are id, title, description, cia, kind, status, due, scope, owner, reviewed, evidence, mappings. Extensions start with x-.',
  ]);
  assert.deepEqual(seen(`${ignored('')}# tom-ignore placeholder-text: agreed`), [todo(24)]);
  assert.deepEqual(seen(`${ignored('')}# tom-ignore placeholder-text`), [todo(24), noReason('37:1-37:30')]);
  assert.deepEqual(seen('# tom-ignore placeholder-text: agreed\ntitle: TODO\0\n').map((f) => `${f.at}: ${f.en}`), [
    'yaml-syntax 2:12-2:13: This file contains binary data (a NUL character), not YAML text: open the right file, or remove the binary content.',
  ]);
});

test('a rule set to off shows nothing; another severity changes only the severity', () => {
  const text = ignored('');
  assert.deepEqual(seen(text, undefined, { rules: { 'placeholder-text': 'off' } }), []);
  for (const [setting, severity] of [['error', error], ['warning', warning], ['info', info], ['hint', hint]] as const) {
    assert.deepEqual(seen(text, undefined, { rules: { 'placeholder-text': setting } }), [{ ...todo(24), severity }]);
  }
});

test('findings come in the order of their place: line, then column', () => {
  const text = cleanWith(['title: A input measure, cia: [I]', 'title: TODO input ??? measure, cia: [I]'],
    ['lastUpdated: 2026-11-01', 'lastUpdated: 2025-01-01'], ['  - type: order\n', '  - type: input\n']);
  assert.deepEqual(seen(text).map((f) => f.at), [
    'stale-review 7:16-7:26',
    'missing-control-type 9:1-9:9',
    'duplicate-control-type 22:11-22:16',
    'placeholder-text 24:28-24:32',
    'placeholder-text 24:39-24:42',
    'duplicate-control-type 25:11-25:16',
  ]);
});

// What no comment may silence: a text that does not parse (its comments cannot be trusted), a file
// never read, and the finding about a silencing comment itself. Every other rule can be silenced.
const unsilenceable = new Set(['yaml-syntax', 'suppression-reason']);

test('tom-ignore above the first finding of each rule fixture silences the findings of that rule on that line, and only those', () => {
  const dir = join('test', 'fixtures', 'rules');
  for (const name of readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith('.tom.yaml')).map((f) => f.replace('.tom.yaml', ''))) {
    const text = read(dir, `${name}.tom.yaml`);
    const before = check(text);
    const first = before.find((f) => f.code === name);
    if (!first) continue; // the clean fixture
    const lines = text.split('\n');
    const line = first.range.start.line;
    const indent = /^\s*/.exec(lines[line])![0];
    lines.splice(line, 0, `${indent}# tom-ignore ${name}: accepted for this test`);
    const silenced = (f: Finding) => !unsilenceable.has(name) && f.code === name && f.range.start.line === line;
    const shifted = before.filter((f) => !silenced(f)).map((f) => brief({ ...f, range: f.range.start.line >= line ? shift(f.range) : f.range }));
    assert.deepEqual(check(lines.join('\n')).map(brief), shifted, name);
  }
});

const shift = ({ start, end }: Finding['range']): Finding['range'] => ({ start: { ...start, line: start.line + 1 }, end: { ...end, line: end.line + 1 } });

test('the command line names each severity, and refuses a severity that does not exist', () => {
  const text = ignored('');
  const line = (setting: SeveritySetting) => formatText([{ path: 'a.tom.yaml', findings: check(text, { rules: { 'placeholder-text': setting } }), text }], { error: 0, warning: 0, info: 0, hint: 1 }).split('\n')[0];
  assert.equal(line('error'), 'a.tom.yaml:24:28 error placeholder-text "TODO" is a placeholder: write the real text before publishing.');
  assert.equal(line('warning'), 'a.tom.yaml:24:28 warning placeholder-text "TODO" is a placeholder: write the real text before publishing.');
  assert.equal(line('info'), 'a.tom.yaml:24:28 info placeholder-text "TODO" is a placeholder: write the real text before publishing.');
  assert.equal(line('hint'), 'a.tom.yaml:24:28 hint placeholder-text "TODO" is a placeholder: write the real text before publishing.');
  assert.deepEqual(parseRuleOptions(['placeholder-text=off', 'overdue=hint', 'schema=error']), { 'placeholder-text': 'off', overdue: 'hint', schema: 'error' });
  assert.throws(() => parseRuleOptions(['overdue=fatal']), { message: '--rule overdue=fatal: the severity must be one of off, hint, info, warning, error' });
  assert.throws(() => parseRuleOptions(['overdue=Error']), { message: '--rule overdue=Error: the severity must be one of off, hint, info, warning, error' });
});

// ---- a second check of the same document (rules run per measure, and keep each measure's findings) ----

test('after an edit above a measure, its kept findings move with it; an edited measure is checked again', () => {
  let today = fixedToday;
  const tom = createTomService({ host: { today: () => today, readFile: () => undefined } });
  const overdue = cleanWith(['title: A physical-access measure, cia: [C], kind: technical}', 'title: A physical-access measure, cia: [C], kind: technical, status: planned, due: 2026-11-24}'],
    ['title: A input measure, cia: [I], kind: technical}', 'title: A input measure, cia: [I], kind: technical, reviewed: 2025-11-24}']);
  const at = (text: string, version: number, settings: Partial<Settings> = {}) => tom.check(doc(text, 'file:///ws/a.tom.yaml', version), settings).map(brief);
  assert.deepEqual(at(overdue, 1), ['overdue 12:104-12:114', 'stale-review 24:82-24:92']);
  const twoLinesMore = overdue.replace('controls:\n', 'controls:\n  # access\n  # more\n');
  assert.deepEqual(at(twoLinesMore, 2), ['overdue 14:104-14:114', 'stale-review 26:82-26:92']);
  // the measure itself edited: checked again
  assert.deepEqual(at(twoLinesMore.replace('due: 2026-11-24', 'due: 2026-12-24'), 3), ['stale-review 26:82-26:92']);
  // what else a measure's findings depend on: the settings, today, the document's languages
  assert.deepEqual(at(twoLinesMore, 4, { staleReviewMonths: 24 }), ['overdue 14:104-14:114']);
  assert.deepEqual(at(twoLinesMore, 5, { rules: { overdue: 'off' } }), ['stale-review 26:82-26:92']);
  today = '2026-11-23';
  assert.deepEqual(at(twoLinesMore, 6), []);
  today = fixedToday;
  const published = twoLinesMore.replace('  language: en\n', '  language: en\n  languages: [en]\n');
  assert.deepEqual(at(published, 7), ['overdue 15:104-15:114', 'stale-review 27:82-27:92']);
  assert.deepEqual(at(published.replace('languages: [en]', 'languages: [en, de]'), 8).filter((f) => f.startsWith('missing-translation 15:')), ['missing-translation 15:28-15:53']);
  assert.deepEqual(at(published.replace('language: en', 'language: de'), 9).filter((f) => f.startsWith('missing-translation 15:')), ['missing-translation 15:28-15:53']);
});

test('a changed document.language alone gives a measure\'s kept findings anew: a plain title is in the new language', () => {
  const tom = createTomService({ host: { today: () => fixedToday, readFile: () => undefined } });
  const bilingual = cleanWith(['  language: en\n', '  language: en\n  languages: [en, de]\n'], ['title: Rule fixture', 'title: {en: Rule fixture, de: Regel}']);
  const at = (text: string, version: number) => tom.check(doc(text, 'file:///ws/a.tom.yaml', version))
    .filter((f) => f.code === 'missing-translation' && f.range.start.line === 24).map((f) => `${brief(f)}: ${f.message}`);
  assert.deepEqual(at(bilingual, 1), ['missing-translation 25:28-25:43: title has no de text, but the document is published in en, de: add the translation.']);
  assert.deepEqual(at(bilingual.replace('language: en', 'language: de'), 2), ['missing-translation 25:28-25:43: title has no en text, but the document is published in en, de: add the translation.']);
});

// ---- what decides whether the rules run at all ----

test('a document whose aliases expand too far is not checked beyond the alias finding', () => {
  const levels = ['x-a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 6; i++) levels.push(`x-${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const text = `${cleanWith([inputMeasure, inputMeasure.replace('A input', 'TODO input')])}${levels.join('\n')}\n`;
  assert.deepEqual(seen(text).map((f) => `${f.at}: ${f.en}`), [
    'yaml-syntax 38:10-38:12: Aliases here expand to too much data (Excessive alias count indicates a resource exhaustion attack): a TOM document needs no such nesting of aliases; write the values out.',
  ]);
});

test('schema and suppression-reason set to off show nothing either', () => {
  const colour = cleanWith([inputMeasure, '      # tom-ignore placeholder-text\n      - {id: IN-01, title: A input measure, cia: [I], kind: technical, colour: red}']);
  assert.deepEqual(seen(colour).map((f) => f.at), ['suppression-reason 24:7-24:36', 'schema 25:72-25:78']);
  assert.deepEqual(seen(colour, undefined, { rules: { schema: 'off' } }).map((f) => f.at), ['suppression-reason 24:7-24:36']);
  assert.deepEqual(seen(colour, undefined, { rules: { 'suppression-reason': 'off' } }).map((f) => f.at), ['schema 25:72-25:78']);
});

test('a check cancelled at any point returns no findings, and the next one has them all', () => {
  const text = cleanWith(['title: Rule fixture', 'title: TODO fixture'], [inputMeasure, inputMeasure.replace('A input', 'TODO input').replace('}', ', colour: red}')]);
  const all = ['placeholder-text 3:10-3:14', 'placeholder-text 24:28-24:32', 'schema 24:75-24:81'];
  const tom = createTomService({ host: { today: () => fixedToday, readFile: () => undefined } });
  assert.deepEqual(tom.check(doc(text, 'file:///ws/a.tom.yaml', 1), {}, () => true), []);
  assert.deepEqual(tom.check(doc(text, 'file:///ws/a.tom.yaml', 1)).map(brief), all);
  // cancelled from the k-th time it is asked on: no findings unless only the last question was answered yes
  for (let k = 1; ; k++) {
    const fresh = createTomService({ host: { today: () => fixedToday, readFile: () => undefined } });
    let asked = 0;
    const found = fresh.check(doc(text), {}, () => ++asked >= k);
    if (asked > k) assert.deepEqual(found, [], `cancelled at question ${k} of ${asked}`);
    else {
      assert.deepEqual(found.map(brief), all);
      break;
    }
    assert.deepEqual(fresh.check(doc(text)).map(brief), all, `after a check cancelled at question ${k}`);
  }
  // a later version whose measures are unchanged, cancelled before it starts
  const edited = text.replace('title: TODO fixture', 'title: TBD fixture');
  assert.deepEqual(tom.check(doc(edited, 'file:///ws/a.tom.yaml', 2), {}, () => true), []);
  assert.deepEqual(tom.check(doc(edited, 'file:///ws/a.tom.yaml', 2)).map(brief), ['placeholder-text 3:10-3:13', 'placeholder-text 24:28-24:32', 'schema 24:75-24:81']);
});

test('a document block after the controls: its findings are reported once, at the first check and after an edit of a measure', () => {
  const clean = cleanWith();
  const block = clean.slice(clean.indexOf('document:'), clean.indexOf('controls:'));
  const text = clean.replace(block, '') + block.replace('lastUpdated: 2026-11-01', 'lastUpdated: 2024-11-01').replace('title: Rule fixture', 'title: TODO fixture');
  const tom = createTomService({ host: { today: () => fixedToday, readFile: () => undefined } });
  const at = (t: string, version: number) => tom.check(doc(t, 'file:///ws/a.tom.yaml', version)).map(brief);
  assert.deepEqual(at(text, 1), ['placeholder-text 31:10-31:14', 'stale-review 35:16-35:26']);
  assert.deepEqual(at(text.replace('title: A input measure', 'title: TBD input measure'), 2), ['placeholder-text 17:28-17:31', 'placeholder-text 31:10-31:14', 'stale-review 35:16-35:26']);
});

// ---- the transfers the law rules read (rules/transfers.ts) ----

test('transfers: a location that is not text, or not known, is left to schema and location-code; one written as a name is named by its code', () => {
  const sub = (body: string) => `${cleanWith()}subprocessors:\n  - name: Cloud Inc.\n    purpose: Hosting\n${body}`;
  const law = (text: string) => seen(text).filter((f) => f.at !== 'missing-contact 2:1-2:9').map((f) => `${f.at}: ${f.en}`);
  assert.deepEqual(law(sub('    locations: [42, IN]\n')), [
    'schema 40:17-40:19: item 1 of locations must be a string, not a number.',
    'third-country-transfer 40:21-40:23: Cloud Inc. processes data in India (IN), a third country without an EU adequacy decision (Art. 45 GDPR): add transferMechanism: scc (Art. 46(2)(c)), bcr (Art. 47) or derogation (Art. 49).',
  ]);
  const atlantis = '"Atlantis" is neither an ISO 3166 alpha-2 code nor a country name the tools know: write the country\'s code (DE, US, …) or EU, so that transfers to it can be checked (Chapter V GDPR).';
  assert.deepEqual(law(sub('    locations: [Atlantis, IN]\n    transferMechanism: scc\n')), [
    `location-code 40:17-40:25: ${atlantis}`,
    'transfer-impact-assessment 41:24-41:27: Cloud Inc.: standard contractual clauses for India (IN) need a transfer impact assessment (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020): add transferImpactAssessment: {reference: …, date: YYYY-MM-DD}.',
  ]);
  assert.deepEqual(law(sub('    locations: [Atlantis, India]\n    transferMechanism: dpf\n')), [
    `location-code 40:17-40:25: ${atlantis}`,
    'location-code 40:27-40:32: "India" is India (IN): write its ISO 3166 code IN, as docs/format.md asks for locations.',
    'transfer-mechanism 41:24-41:27: dpf (the EU-U.S. Data Privacy Framework) covers only recipients in the United States, not India (IN): use scc (Art. 46(2)(c) GDPR), bcr (Art. 47) or derogation (Art. 49) there; a map such as {US: dpf, IN: scc} names a mechanism per location.',
  ]);
  assert.deepEqual(law(sub('    locations: [India]\n    transferMechanism: scc\n')), [
    'location-code 40:17-40:22: "India" is India (IN): write its ISO 3166 code IN, as docs/format.md asks for locations.',
    'transfer-impact-assessment 41:24-41:27: Cloud Inc.: standard contractual clauses for India (IN) need a transfer impact assessment (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020): add transferImpactAssessment: {reference: …, date: YYYY-MM-DD}.',
  ]);
});

// ---- a value of the wrong type or an impossible date: the schema's finding, and no rule's ----

test('a scope named by a number, or an impossible date, is left to the schema', () => {
  const at = (text: string) => seen(text).map((f) => `${f.at}: ${f.en}`);
  const scopes = (refs: string) => cleanWith(['controls:\n', 'scopes:\n  office: {title: Office}\n  2024: {title: Old}\ncontrols:\n'],
    ['cia: [C], kind: technical}', `cia: [C], kind: technical, scope: [${refs}]}`]);
  const year = 'schema 11:3-11:7: "2024" is not a valid scope id: write lower-case letters, digits and dashes, starting with a letter, e.g. offices or eu-datacenter.';
  assert.deepEqual(at(scopes('office')), [year]);
  assert.deepEqual(at(scopes('office, 42, offices')), [
    year,
    'schema 15:98-15:100: item 2 of scope must be a string, not a number.',
    'undefined-scope 15:102-15:109: Scope "offices" is not defined under scopes: did you mean "office"?',
  ]);
  assert.deepEqual(at(cleanWith(['  - type: physical-access\n', '  - type: 42\n    measures:\n      - {id: XX-01, title: A measure, cia: [C], kind: technical}\n  - type: physical-access\n'])), [
    'schema 10:11-10:13: 42 is not a valid type: use one of physical-access, system-access, data-access, transfer, input, order, availability, separation, pseudonymisation, encryption, recovery, evaluation, incident-response, privacy-by-default.',
  ]);
  const dates = cleanWith(['lastUpdated: 2026-11-01', 'lastUpdated: 2024-02-30']) + 'certifications:\n  - name: ISO/IEC 27001:2022\n    validUntil: 2025-02-30\n';
  assert.deepEqual(at(dates), [
    'schema 7:16-7:26: "2024-02-30" is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23.',
    'schema 39:17-39:27: "2025-02-30" is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23.',
  ]);
});

test('unknown-mapping searches the closest ids for the first 200 unknown ids of a document, not for more', () => {
  const ids = Array.from({ length: 201 }, (_, i) => `A.7.${100 + i}`);
  const text = cleanWith(['cia: [C], kind: technical}', `cia: [C], kind: technical, mappings: {iso27001: [${ids.join(', ')}]}}`]);
  const found = seen(text, 'unknown-mapping');
  assert.equal(found.length, 201);
  assert.deepEqual(found.slice(199).map((f) => `${f.at}: ${f.en}`), [
    'unknown-mapping 12:1895-12:1902: "A.7.299" is not written like an id of ISO/IEC 27001:2022 Annex A (such as A.5.1): did you mean A.5.29 (Security during disruption), A.7.2 (Controlled physical entry), A.7.9 (Assets outside the premises)?',
    'unknown-mapping 12:1904-12:1911: "A.7.300" is not written like an id of ISO/IEC 27001:2022 Annex A (such as A.5.1): write an id of the framework\'s catalogue (completion lists them).',
  ]);
  // ids of the catalogue do not count
  const known = cleanWith(['cia: [C], kind: technical}', `cia: [C], kind: technical, mappings: {iso27001: [${Array(200).fill('A.7.2').join(', ')}, A.7.300]}}`]);
  assert.deepEqual(seen(known, 'unknown-mapping').map((f) => `${f.at}: ${f.en}`), [
    'unknown-mapping 12:1504-12:1511: "A.7.300" is not written like an id of ISO/IEC 27001:2022 Annex A (such as A.5.1): did you mean A.5.30 (ICT continuity readiness), A.7.3 (Security of offices, rooms and facilities), A.7.10 (Handling of storage media)?',
  ]);
});

test('weak-crypto: a fast hash the sentence says passwords are never stored with is no finding', () => {
  const described = (text: string) => cleanWith([inputMeasure, inputMeasure.replace('title: A input measure,', `title: A input measure, description: "${text}",`)]);
  assert.deepEqual(seen(described('Passwords are stored as MD5 hashes.')).map((f) => `${f.at}: ${f.en}`), [
    'weak-crypto 24:83-24:86: "MD5" is a fast hash, unfit for storing passwords: store passwords with a slow, salted password hash: Argon2id, scrypt, bcrypt or PBKDF2 (BSI TR-02102-1; OWASP Password Storage Cheat Sheet).',
  ]);
  assert.deepEqual(seen(described('Passwords are never stored as MD5 hashes.')), []);
});

test('breach-notification: a processor\'s authorityNotificationHours merged in from an anchor is marked at its value', () => {
  const merged = `${cleanWith(['controls:\n', 'x-base: &base {authorityNotificationHours: 24}\ncontrols:\n'])}commitments:\n  <<: *base\n`;
  assert.deepEqual(seen(merged).map((f) => `${f.at}: ${f.en}`), [
    'breach-notification 9:44-9:46: A processor does not notify the supervisory authority: the controller does (Art. 33(1) GDPR), after the processor has notified it (Art. 33(2)): write controllerNotificationHours instead.',
  ]);
});
