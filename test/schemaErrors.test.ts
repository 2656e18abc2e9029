/**
 * What the schema's findings say (server/src/service/schema/schemaErrors.ts): for each kind of schema
 * error — a missing key, an unknown key, a wrong type, a value not in the list, a pattern, a date, too
 * few or repeated items, an empty text, a number out of range — the whole message in English and
 * German, the exact range and what the quick-fix gets; and the same for an organisation profile's
 * errors, which name the profile. Every expected value is written out here.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Finding, Settings } from '../server/src/service';
import { brief, cleanWith, doc, service } from './helpers/fixtures';

/** A schema finding in both languages, with what its fix gets. */
interface Seen { at: string; en: string; de: string; data?: unknown }

function schemaFindings(text: string, settings: Partial<Settings> = {}, files: Record<string, string> = {}): Seen[] {
  const run = (locale: 'en' | 'de') => service({ ...settings, locale }, files).check(doc(text));
  const [en, de] = [run('en'), run('de')];
  assert.deepEqual(de.map(brief), en.map(brief), 'German shows the same findings at the same places');
  const seen = (f: Finding, i: number): Seen => ({ at: brief(f).replace(/^schema /, ''), en: f.message, de: de[i].message, ...(f.data ? { data: f.data } : {}) });
  en.forEach((f) => f.code === 'schema' && assert.equal(f.severity, 1, 'a schema finding is an error'));
  return en.map(seen).filter((_, i) => en[i].code === 'schema');
}

const pa01 = '{id: PA-01, title: A physical-access measure, cia: [C], kind: technical}';
/** The fixture with measure PA-01 (line 12) written as `measure`. */
const measure = (written: string) => cleanWith([pa01, written]);
const withCommitments = (lines: string) => `${cleanWith()}commitments:\n${lines}`;

test('a missing key: named with the object that lacks it (measure, section, item, named entry, document), at its first key', () => {
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [C]}')), [{
    at: '12:10-12:19',
    en: 'Measure PA-01 lacks the required key "kind": add it.',
    de: 'In Maßnahme PA-01 fehlt der Pflichtschlüssel „kind“: ergänzen Sie ihn.',
    data: { kind: 'missing-key', missingKey: 'kind', filling: { choices: ['technical', 'organizational'] } },
  }]);
  assert.deepEqual(schemaFindings(measure('{title: A physical-access measure, cia: [C], kind: technical}')), [{
    at: '12:10-12:42',
    en: 'Item 1 lacks the required key "id": add it.',
    de: 'In Eintrag 1 fehlt der Pflichtschlüssel „id“: ergänzen Sie ihn.',
    data: { kind: 'missing-key', missingKey: 'id' },
  }]);
  const noMeasures = cleanWith(['  - type: system-access\n    measures:\n      - {id: SA-01, title: A system-access measure, cia: [C], kind: technical}\n', '  - type: system-access\n']);
  assert.deepEqual(schemaFindings(noMeasures), [{
    at: '13:5-13:24',
    en: 'Section system-access lacks the required key "measures": add it.',
    de: 'In Abschnitt system-access fehlt der Pflichtschlüssel „measures“: ergänzen Sie ihn.',
    data: { kind: 'missing-key', missingKey: 'measures' },
  }]);
  assert.deepEqual(schemaFindings(`${cleanWith()}subprocessors:\n  - {name: Hosting AG, locations: [DE]}\n`), [{
    at: '38:6-38:22',
    en: 'Hosting AG lacks the required key "purpose": add it.',
    de: 'In Hosting AG fehlt der Pflichtschlüssel „purpose“: ergänzen Sie ihn.',
    data: { kind: 'missing-key', missingKey: 'purpose', filling: { expects: 'text' } },
  }]);
  assert.deepEqual(schemaFindings(cleanWith(['  lastUpdated: 2026-11-01\n', ''])), [{
    at: '2:1-2:9',
    en: 'document lacks the required key "lastUpdated": add it.',
    de: 'In document fehlt der Pflichtschlüssel „lastUpdated“: ergänzen Sie ihn.',
    data: { kind: 'missing-key', missingKey: 'lastUpdated', filling: { expects: 'date' } },
  }]);
  assert.deepEqual(schemaFindings(cleanWith(['controls:\n', 'x-controls:\n'])), [{
    at: '1:1-1:7',
    en: 'The document lacks the required key "controls": add it.',
    de: 'Dem Dokument fehlt der Pflichtschlüssel „controls“: ergänzen Sie ihn.',
    data: { kind: 'missing-key', missingKey: 'controls' },
  }]);
});

test('a missing key of a block list item is marked on its first line only', () => {
  const text = measure('\n        id: PA-01\n        title: A physical-access measure\n        cia: [C]').replace('      - \n', '      -\n');
  assert.deepEqual(schemaFindings(text).map((f) => [f.at, f.en]), [['13:9-13:18', 'Measure PA-01 lacks the required key "kind": add it.']]);
  // an item whose first key's value spans lines: the finding ends with that line
  const long = measure('- title: |\n          A physical-access\n          measure\n        cia: [C]\n        kind: technical').replace('      - - title', '      - title');
  assert.deepEqual(schemaFindings(long).map((f) => [f.at, f.en]), [['12:9-12:17', 'Item 1 lacks the required key "id": add it.']]);
});

test('an entry of a list is named by its place in the list, counted from 1', () => {
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, scope: [hq, 42]}')), [{
    at: '12:94-12:96',
    en: 'item 2 of scope must be a string, not a number.',
    de: 'Eintrag 2 von scope muss eine Zeichenkette sein, ist aber eine Zahl.',
  }]);
  // the eleventh, and a list under a key with digits
  const eleventh = schemaFindings(measure(`{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, scope: [${'hq, '.repeat(10)}42]}`));
  assert.deepEqual(eleventh.map((f) => f.en), ['item 11 of scope must be a string, not a number.']);
  const mapped = schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, mappings: {iso27001: [42]}}'));
  assert.deepEqual(mapped.map((f) => [f.en, f.de]), [['item 1 of iso27001 must be a string, not a number.', 'Eintrag 1 von iso27001 muss eine Zeichenkette sein, ist aber eine Zahl.']]);
});

test('an unknown key: the allowed key it is a near miss of, or every allowed key', () => {
  assert.deepEqual(schemaFindings(measure('{id: PA-01, tilte: A physical-access measure, title: T, cia: [C], kind: technical}')), [{
    at: '12:21-12:26',
    en: 'Unknown key "tilte": did you mean "title"? Extensions start with x-.',
    de: 'Unbekannter Schlüssel „tilte“: meinten Sie „title“? Erweiterungen beginnen mit x-.',
    data: { kind: 'unknown-key', key: 'tilte', replacement: 'title' },
  }]);
  const measureKeys = 'id, title, description, cia, kind, status, due, scope, owner, reviewed, evidence, mappings';
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, colour: red}')), [{
    at: '12:82-12:88',
    en: `Unknown key "colour": allowed here are ${measureKeys}. Extensions start with x-.`,
    de: `Unbekannter Schlüssel „colour“: erlaubt sind hier ${measureKeys}. Erweiterungen beginnen mit x-.`,
    data: { kind: 'unknown-key', key: 'colour' },
  }]);
});

test('a value not in the list: the value meant, or every allowed value ("or" for two)', () => {
  const status = (value: string) => schemaFindings(measure(`{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, status: ${value}}`));
  const statuses = ['implemented', 'partial', 'planned', 'not-applicable'];
  assert.deepEqual(status('planed'), [{
    at: '12:90-12:96',
    en: '"planed" is not a valid status: did you mean "planned"? Use one of implemented, partial, planned, not-applicable.',
    de: '"planed" ist kein gültiger Wert für status: meinten Sie „planned“? Verwenden Sie einen von implemented, partial, planned, not-applicable.',
    data: { kind: 'value', replacement: 'planned' },
  }]);
  assert.deepEqual(status('done'), [{
    at: '12:90-12:94',
    en: '"done" is not a valid status: use one of implemented, partial, planned, not-applicable.',
    de: '"done" ist kein gültiger Wert für status: verwenden Sie einen von implemented, partial, planned, not-applicable.',
    data: { kind: 'fill', filling: { choices: statuses } },
  }]);
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [C], kind: techy}')), [{
    at: '12:71-12:76',
    en: '"techy" is not a valid kind: use technical or organizational.',
    de: '"techy" ist kein gültiger Wert für kind: verwenden Sie technical oder organizational.',
    data: { kind: 'fill', filling: { choices: ['technical', 'organizational'] } },
  }]);
});

test('a CIA tag in lower case is written in capitals; another word is no CIA tag', () => {
  const cia = (tags: string) => schemaFindings(measure(`{id: PA-01, title: A physical-access measure, cia: [${tags}], kind: technical}`));
  assert.deepEqual(cia('i'), [{
    at: '12:61-12:62',
    en: 'CIA tags are written in capitals: write I.',
    de: 'CIA-Kennzeichen werden großgeschrieben: schreiben Sie I.',
    data: { kind: 'value', replacement: 'I' },
  }]);
  assert.deepEqual(cia('X'), [{
    at: '12:61-12:62',
    en: '"X" is not a CIA tag: use C (confidentiality), I (integrity) or A (availability).',
    de: '"X" ist kein CIA-Kennzeichen: verwenden Sie C (Vertraulichkeit), I (Integrität) oder A (Verfügbarkeit).',
    data: { kind: 'value', replacement: 'C' },
  }]);
  assert.deepEqual(cia('5').map((f) => f.en), ['5 is not a CIA tag: use C (confidentiality), I (integrity) or A (availability).']);
});

test('a number where the list holds that text: quote it', () => {
  assert.deepEqual(schemaFindings(withCommitments('  tlsMinVersion: 1.2\n')), [{
    at: '38:18-38:21',
    en: 'tlsMinVersion must be the text "1.2", not a number: quote it.',
    de: 'tlsMinVersion muss der Text "1.2" sein, keine Zahl: setzen Sie ihn in Anführungszeichen.',
    data: { kind: 'value', replacement: '1.2' },
  }]);
  assert.deepEqual(schemaFindings(withCommitments('  tlsMinVersion: [1]\n')), [{
    at: '38:18-38:21',
    en: '[1] is not a valid tlsMinVersion: use 1.2 or 1.3.',
    de: '[1] ist kein gültiger Wert für tlsMinVersion: verwenden Sie 1.2 oder 1.3.',
    data: { kind: 'fill', filling: { choices: ['1.2', '1.3'] } },
  }]);
});

test('the format version is 1', () => {
  assert.deepEqual(schemaFindings(cleanWith(['tom: 1', 'tom: 2'])), [{
    at: '1:6-1:7', en: 'tom must be 1 (the format version).', de: 'tom muss 1 sein (die Formatversion).',
  }]);
});

test('a wrong type: what it must be and what it is; a text may be a string or a map of languages', () => {
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: [a], cia: [C], kind: technical}')), [{
    at: '12:28-12:31',
    en: 'title must be a text: a string, or a map from language to string such as {en: ..., de: ...}; it is a list.',
    de: 'title muss ein Text sein: eine Zeichenkette oder eine Map von Sprache zu Zeichenkette wie {en: ..., de: ...}; hier ist es eine Liste.',
  }]);
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: 5, cia: [C], kind: technical}')).map((f) => [f.en, f.de]), [[
    'title must be a text: a string, or a map from language to string such as {en: ..., de: ...}; it is a number.',
    'title muss ein Text sein: eine Zeichenkette oder eine Map von Sprache zu Zeichenkette wie {en: ..., de: ...}; hier ist es eine Zahl.',
  ]]);
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: C, kind: technical}')), [{
    at: '12:60-12:61', en: 'cia must be a list, not a string.', de: 'cia muss eine Liste sein, ist aber eine Zeichenkette.',
  }]);
  assert.deepEqual(schemaFindings(withCommitments('  deletionHours: soon\n  backupDeletionDays: true\n  passwordMinLength: {a: 1}\n')), [{
    at: '38:18-38:22', en: 'deletionHours must be a whole number, not a string.', de: 'deletionHours muss eine ganze Zahl sein, ist aber eine Zeichenkette.',
  }, {
    at: '39:23-39:27', en: 'backupDeletionDays must be a whole number, not true or false.', de: 'backupDeletionDays muss eine ganze Zahl sein, ist aber true oder false.',
  }, {
    at: '40:22-40:28', en: 'passwordMinLength must be a whole number, not a map.', de: 'passwordMinLength muss eine ganze Zahl sein, ist aber eine Map.',
  }]);
  assert.deepEqual(schemaFindings(cleanWith(['controls:\n', 'controls: 4.5\nx-rest:\n'])).map((f) => [f.at, f.en, f.de]), [
    ['9:11-9:14', 'controls must be a list, not a number.', 'controls muss eine Liste sein, ist aber eine Zahl.'],
  ]);
});

test('an empty value is marked on its key', () => {
  assert.deepEqual(schemaFindings(cleanWith(['organization: Fixture GmbH', 'organization:'])), [{
    at: '4:3-4:15', en: 'organization must be a string, not empty.', de: 'organization muss eine Zeichenkette sein, ist aber leer.',
  }]);
  assert.deepEqual(schemaFindings(cleanWith(['    measures:\n      - {id: SA-01, title: A system-access measure, cia: [C], kind: technical}\n', '    measures:\n'])), [{
    at: '14:5-14:13', en: 'measures must be a list, not empty.', de: 'measures muss eine Liste sein, ist aber leer.',
  }]);
});

test('a pattern: the schema\'s description of the form, in German from the table of patterns', () => {
  assert.deepEqual(schemaFindings(cleanWith(['contact: privacy@fixture.example', 'contact: privacy-at-fixture'])), [{
    at: '8:12-8:30',
    en: '"privacy-at-fixture" is not a valid e-mail address: write an e-mail address such as privacy@example.com.',
    de: '"privacy-at-fixture" ist keine gültige E-Mail-Adresse: schreiben Sie eine Adresse wie privacy@example.com.',
  }]);
  assert.deepEqual(schemaFindings(cleanWith(['language: en', 'language: EN_us'])), [{
    at: '6:13-6:18',
    en: '"EN_us" is not a valid language tag: write a BCP-47 language tag such as en, de or de-AT.',
    de: '"EN_us" ist kein gültiges Sprachkürzel: schreiben Sie ein BCP-47-Kürzel wie en, de oder de-AT.',
  }]);
  assert.deepEqual(schemaFindings(measure('{id: pa-1, title: A physical-access measure, cia: [C], kind: technical}')), [{
    at: '12:14-12:18',
    en: '"pa-1" is not a valid measure id: write 2 to 5 capital letters, a dash and 2 to 4 digits, e.g. PA-01; unique in the document.',
    de: '"pa-1" ist keine gültige Maßnahmen-ID: 2 bis 5 Großbuchstaben, ein Bindestrich und 2 bis 4 Ziffern, z. B. PA-01; eindeutig im Dokument.',
  }]);
  // a language tag as the key of a text: marked on the key
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: {EN_x: Doors}, cia: [C], kind: technical}')).map((f) => [f.at, f.en]), [
    ['12:29-12:33', '"EN_x" is not a valid language tag: write a BCP-47 language tag such as en, de or de-AT.'],
  ]);
});

test('scope ids: a bad key under scopes and its use are each marked; keys with / and ~ are found', () => {
  const text = cleanWith(['controls:\n', 'scopes:\n  Offices: {title: Offices}\n  a/b: {title: 5}\n  a~b: {title: [x]}\ncontrols:\n'],
    [pa01, '{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, scope: [Offices, a/b, a~b]}']);
  const scopeId = (value: string): [string, string] => [
    `"${value}" is not a valid scope id: write lower-case letters, digits and dashes, starting with a letter, e.g. offices or eu-datacenter.`,
    `"${value}" ist keine gültige Geltungsbereichs-ID: Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, z. B. offices oder eu-datacenter.`,
  ];
  const text5 = (is: string, ist: string): [string, string] => [
    `title must be a text: a string, or a map from language to string such as {en: ..., de: ...}; it is ${is}.`,
    `title muss ein Text sein: eine Zeichenkette oder eine Map von Sprache zu Zeichenkette wie {en: ..., de: ...}; hier ist es ${ist}.`,
  ];
  assert.deepEqual(schemaFindings(text).map((f) => [f.at, f.en, f.de]), [
    ['10:3-10:10', ...scopeId('Offices')],
    ['11:3-11:6', ...scopeId('a/b')],
    ['11:16-11:17', ...text5('a number', 'eine Zahl')],
    ['12:3-12:6', ...scopeId('a~b')],
    ['12:16-12:19', ...text5('a list', 'eine Liste')],
    ['16:90-16:97', ...scopeId('Offices')],
    ['16:99-16:102', ...scopeId('a/b')],
    ['16:104-16:107', ...scopeId('a~b')],
  ]);
});

test('a date that is not one: write YYYY-MM-DD, and the fix offers today', () => {
  assert.deepEqual(schemaFindings(cleanWith(['lastUpdated: 2026-11-01', 'lastUpdated: 2026-13-01'])), [{
    at: '7:16-7:26',
    en: '"2026-13-01" is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23.',
    de: '"2026-13-01" ist kein gültiges Datum: schreiben Sie JJJJ-MM-TT, z. B. 2025-01-23.',
    data: { kind: 'fill', filling: { expects: 'date' } },
  }]);
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, reviewed: yesterday}')).map((f) => [f.at, f.en]), [
    ['12:92-12:101', '"yesterday" is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23.'],
  ]);
});

test('too few items: cia names the tags; other lists say how many', () => {
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [], kind: technical}')), [{
    at: '12:60-12:62',
    en: 'cia needs at least one tag: C (confidentiality), I (integrity) or A (availability).',
    de: 'cia braucht mindestens ein Kennzeichen: C (Vertraulichkeit), I (Integrität) oder A (Verfügbarkeit).',
    data: { kind: 'fill', filling: { expects: 'cia' } },
  }]);
  assert.deepEqual(schemaFindings(cleanWith(['language: en', 'language: en\n  languages: []'])), [{
    at: '7:14-7:16', en: 'languages needs at least one item.', de: 'languages braucht mindestens einen Eintrag.',
  }]);
  assert.deepEqual(schemaFindings(`${cleanWith()}subprocessors:\n  - {name: Hosting AG, purpose: Hosting, locations: []}\n`), [{
    at: '38:53-38:55', en: 'locations needs at least one item.', de: 'locations braucht mindestens einen Eintrag.',
  }]);
});

test('a repeated item: the repeat is marked, and the fix removes that one', () => {
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: A physical-access measure, cia: [C, I, C], kind: technical}')), [{
    at: '12:67-12:68',
    en: '"C" is listed twice in cia: remove the repeat.',
    de: '"C" steht zweimal in cia: entfernen Sie die Wiederholung.',
    data: { kind: 'repeat', index: 2 },
  }]);
  assert.deepEqual(schemaFindings(cleanWith(['language: en', 'language: en\n  languages: [en, de, de]'])), [{
    at: '7:23-7:25',
    en: '"de" is listed twice in languages: remove the repeat.',
    de: '"de" steht zweimal in languages: entfernen Sie die Wiederholung.',
    data: { kind: 'repeat', index: 2 },
  }]);
});

test('an empty text, a text naming no language, a number below its minimum', () => {
  assert.deepEqual(schemaFindings(cleanWith(['organization: Fixture GmbH', 'organization: ""'])), [{
    at: '4:17-4:19', en: 'organization must not be empty.', de: 'organization darf nicht leer sein.', data: { kind: 'fill', filling: { expects: 'text' } },
  }]);
  assert.deepEqual(schemaFindings(measure('{id: PA-01, title: {}, cia: [C], kind: technical}')), [{
    at: '12:28-12:30', en: 'title must name at least one language, e.g. {en: ...}.', de: 'title muss mindestens eine Sprache nennen, z. B. {en: ...}.',
  }]);
  assert.deepEqual(schemaFindings(withCommitments('  deletionHours: -1\n  passwordMinLength: 0\n')), [{
    at: '38:18-38:20', en: 'deletionHours must be at least 0.', de: 'deletionHours muss mindestens 0 sein.',
  }, {
    at: '39:22-39:23', en: 'passwordMinLength must be at least 1.', de: 'passwordMinLength muss mindestens 1 sein.',
  }]);
});

// ---- organisation profiles ----

/** The fixture checked against a profile (a local JSON Schema) besides the built-in schema. */
function withProfile(profile: object, text: string): Seen[] {
  return schemaFindings(text, { schemas: { '*.tom.yaml': 'file:///ws/profile.json' } }, { 'file:///ws/profile.json': JSON.stringify(profile) });
}
const documentProfile = (properties: object, more: object = {}) => ({ type: 'object', properties: { document: { properties, ...more } } });

test('a profile\'s findings name the profile, in both languages', () => {
  const profile = { type: 'object', properties: { document: { required: ['dpo'] }, commitments: { properties: { deletionHours: { maximum: 100 }, passwordMinLength: { const: 12 } } } } };
  assert.deepEqual(withProfile(profile, withCommitments('  deletionHours: 200\n  passwordMinLength: 8\n')), [{
    at: '2:1-2:9',
    en: 'document lacks the required key "dpo": add it. (profile profile.json)',
    de: 'In document fehlt der Pflichtschlüssel „dpo“: ergänzen Sie ihn. (Profil profile.json)',
    data: { kind: 'missing-key', missingKey: 'dpo' },
  }, {
    at: '38:18-38:21', en: 'deletionHours must be at most 100. (profile profile.json)', de: 'deletionHours darf höchstens 100 sein. (Profil profile.json)',
  }, {
    at: '39:22-39:23', en: 'passwordMinLength must be 12. (profile profile.json)', de: 'passwordMinLength muss 12 sein. (Profil profile.json)',
  }]);
});

test('a profile\'s alternatives are reported once, by their titles or descriptions', () => {
  const profile = documentProfile({
    version: { anyOf: [{ type: 'string', pattern: '^v', title: 'A v-version' }, { type: 'string', pattern: '^[0-9]{4}$', description: 'A year' }, { type: 'string', pattern: '^x' }] },
  });
  assert.deepEqual(withProfile(profile, cleanWith(['  language: en\n', '  language: en\n  version: "1.0"\n'])), [{
    at: '7:12-7:17',
    en: 'version must be one of: A v-version; A year; another form. (profile profile.json)',
    de: 'version muss eine dieser Formen haben: A v-version; A year; eine andere Form. (Profil profile.json)',
  }]);
  const choices = documentProfile({ version: { oneOf: [{ const: 'Jane' }, { const: 'John' }] } });
  assert.deepEqual(withProfile(choices, cleanWith(['  language: en\n', '  language: en\n  version: Jan\n'])), [{
    at: '7:12-7:15',
    en: '"Jan" is not a valid version: did you mean "Jane"? Use Jane or John. (profile profile.json)',
    de: '"Jan" ist kein gültiger Wert für version: meinten Sie „Jane“? Verwenden Sie Jane oder John. (Profil profile.json)',
    data: { kind: 'value', replacement: 'Jane' },
  }]);
});

test('a profile\'s pattern without a description says the pattern; a key pattern marks the key', () => {
  const profile = documentProfile({
    summary: { type: 'string', pattern: '^[A-Z]', title: 'Summary' },
    contact: { pattern: '^[a-z]+@acme\\.example$' },
  }, { propertyNames: { pattern: '^[a-z]+$', title: 'Key' } });
  assert.deepEqual(withProfile(profile, cleanWith(['  language: en\n', '  language: en\n  summary: lower\n'])), [{
    at: '7:12-7:17',
    en: '"lower" is not a valid summary: it must match ^[A-Z]. (profile profile.json)',
    de: '"lower" ist ungültig (Summary): der Wert muss auf ^[A-Z] passen. (Profil profile.json)',
  }, {
    at: '8:3-8:14',
    en: '"lastUpdated" is not a valid key: it must match ^[a-z]+$. (profile profile.json)',
    de: '"lastUpdated" ist ungültig (Key): der Wert muss auf ^[a-z]+$ passen. (Profil profile.json)',
  }, {
    at: '9:12-9:35',
    en: '"privacy@fixture.example" is not a valid value: it must match ^[a-z]+@acme\\.example$. (profile profile.json)',
    de: '"privacy@fixture.example" ist ungültig (value): der Wert muss auf ^[a-z]+@acme\\.example$ passen. (Profil profile.json)',
  }]);
});

test('a profile\'s types: several named with "or"; a number where it wants text for tlsMinVersion: quote it', () => {
  const profile = { type: 'object', properties: { document: { properties: { version: { type: ['integer', 'null'] } } }, commitments: { properties: { tlsMinVersion: { type: 'string' } } } } };
  assert.deepEqual(withProfile(profile, cleanWith(['  language: en\n', '  language: en\n  version: Jane\n'])), [{
    at: '7:12-7:16',
    en: 'version must be a whole number or empty, not a string. (profile profile.json)',
    de: 'version muss eine ganze Zahl oder leer sein, ist aber eine Zeichenkette. (Profil profile.json)',
  }]);
  const tls = withProfile(profile, withCommitments('  tlsMinVersion: 1.3\n'));
  assert.deepEqual(tls.find((f) => f.en.endsWith('(profile profile.json)')), {
    at: '38:18-38:21',
    en: 'tlsMinVersion must be a string, not a number: quote it, "1.3". (profile profile.json)',
    de: 'tlsMinVersion muss eine Zeichenkette sein, ist aber eine Zahl: setzen Sie den Wert in Anführungszeichen, "1.3". (Profil profile.json)',
    data: { kind: 'value', replacement: '1.3' },
  });
});

test('a profile keyword without its own wording still gives a sentence with the key', () => {
  const profile = { type: 'object', properties: { commitments: { properties: { backupDeletionDays: { multipleOf: 7 } } } } };
  assert.deepEqual(withProfile(profile, withCommitments('  backupDeletionDays: 10\n')), [{
    at: '38:23-38:25',
    en: 'backupDeletionDays: must be multiple of 7. (profile profile.json)',
    de: 'backupDeletionDays ist so nicht erlaubt (must be multiple of 7). (Profil profile.json)',
  }]);
});

// ---- where a finding points when the YAML and the data differ ----

test('a value a measure takes from a merge key is marked on the measure that merges it', () => {
  const text = cleanWith(['controls:\n', 'x-defaults: &d {kind: techy}\ncontrols:\n'], [pa01, '{<<: *d, id: PA-01, title: A physical-access measure, cia: [C]}']);
  assert.deepEqual(schemaFindings(text), [{
    at: '13:9-13:72',
    en: '"techy" is not a valid kind: use technical or organizational.',
    de: '"techy" ist kein gültiger Wert für kind: verwenden Sie technical oder organizational.',
    data: { kind: 'fill', filling: { choices: ['technical', 'organizational'] } },
  }]);
});

test('keys 1 and "1" are one key to the data, the later one: its value is marked', () => {
  assert.deepEqual(schemaFindings(cleanWith(['controls:\n', 'scopes:\n  1: x\n  "1": {title: 5}\ncontrols:\n'])), [{
    at: '11:16-11:17',
    en: 'title must be a text: a string, or a map from language to string such as {en: ..., de: ...}; it is a number.',
    de: 'title muss ein Text sein: eine Zeichenkette oder eine Map von Sprache zu Zeichenkette wie {en: ..., de: ...}; hier ist es eine Zahl.',
  }]);
});

test('a key without a value (? key) is marked on the key', () => {
  assert.deepEqual(schemaFindings(cleanWith(['  contact: privacy@fixture.example\n', '  ? contact\n'])), [{
    at: '8:5-8:12', en: 'contact must be a string, not empty.', de: 'contact muss eine Zeichenkette sein, ist aber leer.',
  }]);
});

test('a list shared by an alias: its repeat is reported once, at the anchored list', () => {
  const text = cleanWith(['controls:\n', 'x-tags: &t [C, C]\ncontrols:\n'], [pa01, '{id: PA-01, title: A physical-access measure, cia: *t, kind: technical}'],
    ['{id: SA-01, title: A system-access measure, cia: [C], kind: technical}', '{id: SA-01, title: A system-access measure, cia: *t, kind: technical}']);
  assert.deepEqual(schemaFindings(text), [{
    at: '9:16-9:17',
    en: '"C" is listed twice in cia: remove the repeat.',
    de: '"C" steht zweimal in cia: entfernen Sie die Wiederholung.',
    data: { kind: 'repeat', index: 1 },
  }]);
});

test('an empty measure {} lacks each required key, marked on the {}', () => {
  assert.deepEqual(schemaFindings(measure('{}')), [
    { at: '12:9-12:11', en: 'Item 1 lacks the required key "id": add it.', de: 'In Eintrag 1 fehlt der Pflichtschlüssel „id“: ergänzen Sie ihn.', data: { kind: 'missing-key', missingKey: 'id' } },
    {
      at: '12:9-12:11', en: 'Item 1 lacks the required key "title": add it.', de: 'In Eintrag 1 fehlt der Pflichtschlüssel „title“: ergänzen Sie ihn.',
      data: { kind: 'missing-key', missingKey: 'title', filling: { expects: 'text' } },
    },
    { at: '12:9-12:11', en: 'Item 1 lacks the required key "cia": add it.', de: 'In Eintrag 1 fehlt der Pflichtschlüssel „cia“: ergänzen Sie ihn.', data: { kind: 'missing-key', missingKey: 'cia' } },
    {
      at: '12:9-12:11', en: 'Item 1 lacks the required key "kind": add it.', de: 'In Eintrag 1 fehlt der Pflichtschlüssel „kind“: ergänzen Sie ihn.',
      data: { kind: 'missing-key', missingKey: 'kind', filling: { choices: ['technical', 'organizational'] } },
    },
  ]);
});

// ---- wording at the edges ----

test('a document that is no map: "the document" in English, "das Dokument" in German', () => {
  assert.deepEqual(schemaFindings('~\n'), [{
    at: '1:1-1:2', en: 'the document must be a map (key: value), not empty.', de: 'das Dokument muss eine Map (Schlüssel: Wert) sein, ist aber leer.',
  }]);
});

test('a value is shown as written, quotes and backslashes included', () => {
  assert.deepEqual(schemaFindings(cleanWith(['contact: privacy@fixture.example', 'contact: pri"vacy\\at'])), [{
    at: '8:12-8:23',
    en: '"pri"vacy\\at" is not a valid e-mail address: write an e-mail address such as privacy@example.com.',
    de: '"pri"vacy\\at" ist keine gültige E-Mail-Adresse: schreiben Sie eine Adresse wie privacy@example.com.',
  }]);
});

test('a number the list does not hold, and a list holding the text: neither is "quote it"', () => {
  const allowed = { kind: 'fill', filling: { choices: ['1.2', '1.3'] } };
  assert.deepEqual(schemaFindings(withCommitments('  tlsMinVersion: 1.4\n')), [{
    at: '38:18-38:21', en: '1.4 is not a valid tlsMinVersion: use 1.2 or 1.3.', de: '1.4 ist kein gültiger Wert für tlsMinVersion: verwenden Sie 1.2 oder 1.3.', data: allowed,
  }]);
  assert.deepEqual(schemaFindings(withCommitments('  tlsMinVersion: [1.2]\n')), [{
    at: '38:18-38:23', en: '[1.2] is not a valid tlsMinVersion: use 1.2 or 1.3.', de: '[1.2] ist kein gültiger Wert für tlsMinVersion: verwenden Sie 1.2 oder 1.3.', data: allowed,
  }]);
});

test('an object is named by its name up to 60 characters, a longer one by its place', () => {
  const [a60, b61] = ['A'.repeat(60), 'B'.repeat(61)];
  assert.deepEqual(schemaFindings(`${cleanWith()}subprocessors:\n  - {name: ${a60}, locations: [DE]}\n  - {name: ${b61}, locations: [DE]}\n`), [{
    at: '38:6-38:72',
    en: `${a60} lacks the required key "purpose": add it.`,
    de: `In ${a60} fehlt der Pflichtschlüssel „purpose“: ergänzen Sie ihn.`,
    data: { kind: 'missing-key', missingKey: 'purpose', filling: { expects: 'text' } },
  }, {
    at: '39:6-39:73',
    en: 'Item 2 lacks the required key "purpose": add it.',
    de: 'In Eintrag 2 fehlt der Pflichtschlüssel „purpose“: ergänzen Sie ihn.',
    data: { kind: 'missing-key', missingKey: 'purpose', filling: { expects: 'text' } },
  }]);
});

test('an object under a key with digits is named by its key; the 11th item of a list is Item 11', () => {
  const text = cleanWith(['controls:\n', 'scopes:\n  eu1: {}\n  1a: {}\ncontrols:\n'], [pa01, '{id: PA-01, title: A physical-access measure, cia: [C], kind: technical, scope: [eu1, 1a]}']);
  const scopeId = [
    '"1a" is not a valid scope id: write lower-case letters, digits and dashes, starting with a letter, e.g. offices or eu-datacenter.',
    '"1a" ist keine gültige Geltungsbereichs-ID: Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, z. B. offices oder eu-datacenter.',
  ];
  const title = { kind: 'missing-key', missingKey: 'title', filling: { expects: 'text' } };
  assert.deepEqual(schemaFindings(text), [
    { at: '10:3-10:6', en: 'eu1 lacks the required key "title": add it.', de: 'In eu1 fehlt der Pflichtschlüssel „title“: ergänzen Sie ihn.', data: title },
    { at: '11:3-11:5', en: scopeId[0], de: scopeId[1] },
    { at: '11:3-11:5', en: '1a lacks the required key "title": add it.', de: 'In 1a fehlt der Pflichtschlüssel „title“: ergänzen Sie ihn.', data: title },
    { at: '15:95-15:97', en: scopeId[0], de: scopeId[1] },
  ]);
  const eleven = Array.from({ length: 10 }, (_, i) => `  - {name: S${i + 1}, purpose: Hosting, locations: [DE]}\n`).join('');
  assert.deepEqual(schemaFindings(`${cleanWith()}subprocessors:\n${eleven}  - {purpose: Hosting, locations: [DE]}\n`).map((f) => [f.at, f.en, f.de]), [[
    '48:6-48:22', 'Item 11 lacks the required key "name": add it.', 'In Eintrag 11 fehlt der Pflichtschlüssel „name“: ergänzen Sie ihn.',
  ]]);
});

// ---- organisation profiles: alternatives, conditions, fills ----

/** The fixture with an extension key `x-<key>: <value>` in the document header, and a profile for it. */
const withExtension = (key: string, value: string, schema: object) =>
  withProfile(documentProfile({ [`x-${key}`]: schema }), cleanWith(['  language: en\n', `  language: en\n  x-${key}: ${value}\n`]));

test('a profile\'s alternatives: each umbrella once, with none of its branches\' errors, however deep; a keyword beside them is its own finding', () => {
  const twoUmbrellas = {
    allOf: [
      { anyOf: [{ type: 'string', pattern: '^v', title: 'A v-version' }, { type: 'object', title: 'A map with a year' }] },
      { anyOf: [{ maxLength: 2, title: 'Two characters' }, { pattern: '^x', title: 'An x-version' }] },
    ],
    maxLength: 1,
  };
  assert.deepEqual(withExtension('version', '"1.0"', twoUmbrellas), [{
    at: '7:14-7:19',
    en: 'x-version must be one of: A v-version; A map with a year. (profile profile.json)',
    de: 'x-version muss eine dieser Formen haben: A v-version; A map with a year. (Profil profile.json)',
  }, {
    at: '7:14-7:19',
    en: 'x-version must be one of: Two characters; An x-version. (profile profile.json)',
    de: 'x-version muss eine dieser Formen haben: Two characters; An x-version. (Profil profile.json)',
  }, {
    at: '7:14-7:19',
    en: 'x-version: must NOT have more than 1 characters. (profile profile.json)',
    de: 'x-version ist so nicht erlaubt (must NOT have more than 1 characters). (Profil profile.json)',
  }]);
  const deep = { anyOf: [{ type: 'string', title: 'A string' }, { type: 'object', properties: { year: { type: 'integer' } }, title: 'A map with a year' }] };
  assert.deepEqual(withExtension('version', '{year: soon}', deep), [{
    at: '7:14-7:26',
    en: 'x-version must be one of: A string; A map with a year. (profile profile.json)',
    de: 'x-version muss eine dieser Formen haben: A string; A map with a year. (Profil profile.json)',
  }]);
});

test('a profile\'s alternatives are named in German by their x-de titles; a list of values and forms names the forms', () => {
  const german = { anyOf: [{ pattern: '^v', title: 'A v-version', 'x-de': { title: 'Eine v-Version' } }, { pattern: '^x', description: 'An x-version' }] };
  assert.deepEqual(withExtension('version', '"1.0"', german), [{
    at: '7:14-7:19',
    en: 'x-version must be one of: A v-version; An x-version. (profile profile.json)',
    de: 'x-version muss eine dieser Formen haben: Eine v-Version; An x-version. (Profil profile.json)',
  }]);
  const mixed = { anyOf: [{ const: 'draft', title: 'The word draft' }, { pattern: '^v', title: 'A v-version' }] };
  assert.deepEqual(withExtension('version', 'dratf', mixed), [{
    at: '7:14-7:19',
    en: 'x-version must be one of: The word draft; A v-version. (profile profile.json)',
    de: 'x-version muss eine dieser Formen haben: The word draft; A v-version. (Profil profile.json)',
  }]);
});

test('a profile\'s if/then: what "then" asks, not the condition', () => {
  assert.deepEqual(withExtension('version', '"1.0"', { if: { type: 'string' }, then: { pattern: '^v', title: 'Version' } }), [{
    at: '7:14-7:19',
    en: '"1.0" is not a valid version: it must match ^v. (profile profile.json)',
    de: '"1.0" ist ungültig (Version): der Wert muss auf ^v passen. (Profil profile.json)',
  }]);
});

test('a profile\'s description that starts with an acronym keeps its capitals', () => {
  assert.deepEqual(withExtension('policy', 'www', { pattern: '^https://', description: 'HTTPS URL of the Privacy page' }), [{
    at: '7:13-7:16',
    en: '"www" is not a valid value: write HTTPS URL of the Privacy page (profile profile.json)',
    de: '"www" ist ungültig (value): HTTPS URL of the Privacy page (Profil profile.json)',
  }]);
});

test('a profile\'s string type on tlsMinVersion: "quote it" only for a number', () => {
  const profile = { type: 'object', properties: { commitments: { properties: { tlsMinVersion: { type: 'string' } } } } };
  assert.deepEqual(withProfile(profile, withCommitments('  tlsMinVersion: true\n')).filter((f) => f.en.endsWith('(profile profile.json)')), [{
    at: '38:18-38:22',
    en: 'tlsMinVersion must be a string, not true or false. (profile profile.json)',
    de: 'tlsMinVersion muss eine Zeichenkette sein, ist aber true oder false. (Profil profile.json)',
  }]);
});

test('a profile\'s date format on key names marks the key, with no date to fill in', () => {
  const profile = { type: 'object', properties: { commitments: { propertyNames: { format: 'date' } } } };
  assert.deepEqual(withProfile(profile, withCommitments('  deletionHours: 24\n')), [{
    at: '38:3-38:16',
    en: '"deletionHours" is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23. (profile profile.json)',
    de: '"deletionHours" ist kein gültiges Datum: schreiben Sie JJJJ-MM-TT, z. B. 2025-01-23. (Profil profile.json)',
  }]);
});

test('a profile\'s minItems above one says how many', () => {
  const profile = { type: 'object', properties: { subprocessors: { items: { properties: { locations: { minItems: 3 } } } } } };
  assert.deepEqual(withProfile(profile, `${cleanWith()}subprocessors:\n  - {name: Hosting AG, purpose: Hosting, locations: [DE]}\n`), [{
    at: '38:53-38:57', en: 'locations needs at least 3 items. (profile profile.json)', de: 'locations braucht mindestens 3 Einträge. (Profil profile.json)',
  }]);
});

test('a profile\'s required key: its fix fills in a text for a string, nothing for alternatives without values', () => {
  const profile = { type: 'object', properties: { document: { required: ['dpo', 'x-owner'], properties: { dpo: { type: 'string' }, 'x-owner': { oneOf: [{ type: 'string' }, { type: 'object' }] } } } } };
  assert.deepEqual(withProfile(profile, cleanWith()), [{
    at: '2:1-2:9',
    en: 'document lacks the required key "dpo": add it. (profile profile.json)',
    de: 'In document fehlt der Pflichtschlüssel „dpo“: ergänzen Sie ihn. (Profil profile.json)',
    data: { kind: 'missing-key', missingKey: 'dpo', filling: { expects: 'text' } },
  }, {
    at: '2:1-2:9',
    en: 'document lacks the required key "x-owner": add it. (profile profile.json)',
    de: 'In document fehlt der Pflichtschlüssel „x-owner“: ergänzen Sie ihn. (Profil profile.json)',
    data: { kind: 'missing-key', missingKey: 'x-owner' },
  }]);
});
