/**
 * What a user reads about the law, word by word, in English and German: the hover on a location
 * (EEA, each adequacy decision with its act, date and scope, third country) and the full message,
 * range, severity and data of every finding of the rules that apply the law. The expected texts are
 * written here, not computed with the product's functions, so that a changed word, date, article or
 * document fails a test.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTomService, type Finding, type Settings } from '../server/src/service';
import { diffTom } from '../server/src/service/diff';
import { decisionName } from '../server/src/service/law/describe';
import { cursor, doc, fixedToday, read, service } from './helpers/fixtures';

/** Checks `text` as the editor would, failing when a rule throws (the server only logs that). */
function check(text: string, settings: Partial<Settings> = {}): Finding[] {
  const logged: string[] = [];
  const findings = createTomService({ host: { today: () => fixedToday, readFile: () => undefined, log: (m) => logged.push(m) }, settings }).check(doc(text));
  assert.deepEqual(logged, [], 'no rule failed');
  return findings;
}

const processor = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
const sub = (body: string) => `${processor}subprocessors:\n  - name: Cloud Inc.\n    purpose: Hosting\n${body}`;

/** A finding as a user sees it: rule, severity, the text it covers, its message. */
function seen(text: string, rule: string, settings: Partial<Settings> = {}) {
  const lines = text.split('\n');
  return check(text, settings).filter((f) => f.code === rule).map((f: Finding) => ({
    severity: f.severity,
    at: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
    covers: f.range.start.line === f.range.end.line ? lines[f.range.start.line].slice(f.range.start.character, f.range.end.character) : '(lines)',
    message: f.message,
  }));
}
const messages = (text: string, rule: string, settings: Partial<Settings> = {}) => seen(text, rule, settings).map((f) => f.message);
/** The English and the German messages of a rule's findings. */
const both = (text: string, rule: string) => [messages(text, rule), messages(text, rule, { locale: 'de' })];

const warning = 2, info = 3, hint = 4;

// ---------------------------------------------------------------------------------------------
// hover on a location

function hoverOn(text: string, needle: string, locale: 'en' | 'de'): string {
  const at = text.lastIndexOf(needle);
  assert.ok(at >= 0, needle);
  const { text: plain, offset } = cursor(`${text.slice(0, at)}|${text.slice(at)}`);
  const position = TextDocument.create('file:///ws/test.tom.yaml', 'tom', 1, plain).positionAt(offset);
  const h = service().hover(doc(plain), position, { locale });
  // the first part is what the location means; a finding's summary may follow after a rule
  return h ? (h.contents as MarkupContent).value.split('\n\n---\n\n')[0] : '';
}
const locationHover = (written: string, locale: 'en' | 'de') =>
  hoverOn(sub(`    locations: [${written}]\n    transferMechanism: scc\n    transferImpactAssessment: {reference: TIA-1, date: 2026-01-01}\n`), `${written}]`, locale);

/** Every adequacy decision for a country: act, date, scope, in both languages. */
const decisions: [code: string, en: string, de: string, decisionEn: string, decisionDe: string, scope: 'full' | 'commercial' | 'private-sector' | 'certified'][] = [
  ['AD', 'Andorra', 'Andorra', 'Commission Decision 2010/625/EU of 19 October 2010', 'Entscheidung 2010/625/EU der Kommission vom 19. Oktober 2010', 'full'],
  ['AR', 'Argentina', 'Argentinien', 'Commission Decision 2003/490/EC of 30 June 2003', 'Entscheidung 2003/490/EG der Kommission vom 30. Juni 2003', 'full'],
  ['BR', 'Brazil', 'Brasilien', 'Commission Implementing Decision (EU) 2026/179 of 26 January 2026', 'Durchführungsbeschluss (EU) 2026/179 der Kommission vom 26. Januar 2026', 'full'],
  ['CA', 'Canada', 'Kanada', 'Commission Decision 2002/2/EC of 20 December 2001', 'Entscheidung 2002/2/EG der Kommission vom 20. Dezember 2001', 'commercial'],
  ['CH', 'Switzerland', 'Schweiz', 'Commission Decision 2000/518/EC of 26 July 2000', 'Entscheidung 2000/518/EG der Kommission vom 26. Juli 2000', 'full'],
  ['FO', 'Faroe Islands', 'Färöer-Inseln', 'Commission Decision 2010/146/EU of 5 March 2010', 'Entscheidung 2010/146/EU der Kommission vom 5. März 2010', 'full'],
  ['GB', 'United Kingdom', 'Vereinigtes Königreich',
    'Commission Implementing Decision (EU) 2021/1772 of 28 June 2021, renewed on 19 December 2025 until 27 December 2031',
    'Durchführungsbeschluss (EU) 2021/1772 der Kommission vom 28. Juni 2021, verlängert am 19. Dezember 2025 bis 27. Dezember 2031', 'full'],
  ['GG', 'Guernsey', 'Guernsey', 'Commission Decision 2003/821/EC of 21 November 2003', 'Entscheidung 2003/821/EG der Kommission vom 21. November 2003', 'full'],
  ['IL', 'Israel', 'Israel', 'Commission Decision 2011/61/EU of 31 January 2011', 'Entscheidung 2011/61/EU der Kommission vom 31. Januar 2011', 'full'],
  ['IM', 'Isle of Man', 'Insel Man', 'Commission Decision 2004/411/EC of 28 April 2004', 'Entscheidung 2004/411/EG der Kommission vom 28. April 2004', 'full'],
  ['JE', 'Jersey', 'Jersey', 'Commission Decision 2008/393/EC of 8 May 2008', 'Entscheidung 2008/393/EG der Kommission vom 8. Mai 2008', 'full'],
  ['JP', 'Japan', 'Japan', 'Commission Implementing Decision (EU) 2019/419 of 23 January 2019', 'Durchführungsbeschluss (EU) 2019/419 der Kommission vom 23. Januar 2019', 'private-sector'],
  ['KR', 'South Korea', 'Südkorea', 'Commission Implementing Decision (EU) 2022/254 of 17 December 2021', 'Durchführungsbeschluss (EU) 2022/254 der Kommission vom 17. Dezember 2021', 'full'],
  ['NZ', 'New Zealand', 'Neuseeland', 'Commission Implementing Decision 2013/65/EU of 19 December 2012', 'Durchführungsbeschluss 2013/65/EU der Kommission vom 19. Dezember 2012', 'full'],
  ['US', 'United States', 'Vereinigte Staaten', 'Commission Implementing Decision (EU) 2023/1795 of 10 July 2023', 'Durchführungsbeschluss (EU) 2023/1795 der Kommission vom 10. Juli 2023', 'certified'],
  ['UY', 'Uruguay', 'Uruguay', 'Commission Implementing Decision 2012/484/EU of 21 August 2012', 'Durchführungsbeschluss 2012/484/EU der Kommission vom 21. August 2012', 'full'],
];
const scopeWords = {
  'full': ['it covers all transfers to the country', 'er gilt für alle Übermittlungen in das Land'],
  'commercial': ['it covers only organisations subject to PIPEDA (commercial activities)', 'er gilt nur für Organisationen, die dem PIPEDA unterliegen (kommerzielle Tätigkeit)'],
  'private-sector': ['it covers only the private sector (business operators under the APPI)', 'er gilt nur für den privaten Sektor (Unternehmen, die dem APPI unterliegen)'],
  'certified': ['it covers only organisations certified under the EU-U.S. Data Privacy Framework (transferMechanism: dpf)', 'er gilt nur für Organisationen, die nach dem EU-U.S. Data Privacy Framework zertifiziert sind (transferMechanism: dpf)'],
};

test('hover on a location with an adequacy decision names the act, its date and what it covers, in English and German', () => {
  for (const [code, en, de, decisionEn, decisionDe, scope] of decisions) {
    assert.equal(locationHover(code, 'en'), `**${en} (${code})**\n\n${en} (${code}) has an EU adequacy decision (Art. 45 GDPR): ${decisionEn}; ${scopeWords[scope][0]}.`, code);
    assert.equal(locationHover(code, 'de'), `**${de} (${code})**\n\nFür ${de} (${code}) gibt es einen Angemessenheitsbeschluss der EU (Art. 45 DSGVO): ${decisionDe}; ${scopeWords[scope][1]}.`, code);
  }
});

const noTransfer = {
  en: 'no transfer to a third country (Chapter V GDPR), no transfer mechanism needed.',
  de: 'keine Übermittlung in ein Drittland (Kapitel V DSGVO), kein Übermittlungsinstrument nötig.',
};

test('hover on a location in the EU, the EEA or an EU territory says no transfer mechanism is needed, in English and German', () => {
  assert.equal(locationHover('DE', 'en'), `**Germany (DE)**\n\nGermany (DE) is in the EU: ${noTransfer.en}`);
  assert.equal(locationHover('DE', 'de'), `**Deutschland (DE)**\n\nDeutschland (DE): in der EU; ${noTransfer.de}`);
  for (const [code, en, de] of [['NO', 'Norway', 'Norwegen'], ['IS', 'Iceland', 'Island'], ['LI', 'Liechtenstein', 'Liechtenstein']]) {
    assert.equal(locationHover(code, 'en'), `**${en} (${code})**\n\n${en} (${code}) is a member of the EEA, where the GDPR applies: ${noTransfer.en}`);
    assert.equal(locationHover(code, 'de'), `**${de} (${code})**\n\n${de} (${code}): Mitglied des EWR, in dem die DSGVO gilt; ${noTransfer.de}`);
  }
  const outermost = 'Art. 349 and 355(1) TFEU';
  for (const [code, en, de, note, source] of [
    ['GP', 'Guadeloupe', 'Guadeloupe', 'outermost region (Guadeloupe)', outermost],
    ['GF', 'French Guiana', 'Französisch-Guyana', 'outermost region (French Guiana)', outermost],
    ['MQ', 'Martinique', 'Martinique', 'outermost region (Martinique)', outermost],
    ['RE', 'Réunion', 'Réunion', 'outermost region (Réunion)', outermost],
    ['YT', 'Mayotte', 'Mayotte', 'outermost region (Mayotte, since 1 January 2014)', `${outermost}; Council Decision 2012/419/EU`],
    ['MF', 'Saint Martin (French part)', 'Saint Martin (Französischer Teil)', 'outermost region (Saint Martin)', outermost],
    ['AX', 'Åland Islands', 'Åland-Inseln', 'Åland Islands, EU territory with special arrangements', 'Art. 355(4) TFEU; Protocol No 2 to the 1994 Act of Accession'],
  ]) {
    assert.equal(locationHover(code, 'en'), `**${en} (${code})**\n\n${en} (${code}) is EU territory (${note}; ${source}): ${noTransfer.en}`, code);
    assert.equal(locationHover(code, 'de'), `**${de} (${code})**\n\n${de} (${code}): Gebiet der EU (${source}); ${noTransfer.de}`, code);
  }
});

test('hover on a third country names the safeguards and derogations it needs, in English and German', () => {
  for (const [code, en, de] of [['IN', 'India', 'Indien'], ['CN', 'China', 'China'], ['SG', 'Singapore', 'Singapur']]) {
    assert.equal(locationHover(code, 'en'), `**${en} (${code})**\n\n${en} (${code}) is a third country without an EU adequacy decision: a transfer needs appropriate safeguards such as standard contractual clauses (Art. 46(2)(c) GDPR) or binding corporate rules (Art. 47), or a derogation (Art. 49).`);
    assert.equal(locationHover(code, 'de'), `**${de} (${code})**\n\n${de} (${code}) ist ein Drittland ohne Angemessenheitsbeschluss der EU: eine Übermittlung braucht geeignete Garantien wie Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO) oder verbindliche interne Datenschutzvorschriften (Art. 47) oder eine Ausnahme (Art. 49).`);
  }
});

test('hover on a location written as a name or an alias says what it is read as; an unknown one asks for a code', () => {
  assert.match(locationHover('UK', 'en'), /^\*\*United Kingdom \(GB\)\*\*\n\n`UK` is read as `GB`\. United Kingdom \(GB\) has an EU adequacy decision \(Art\. 45 GDPR\): Commission/);
  assert.match(locationHover('UK', 'de'), /^\*\*Vereinigtes Königreich \(GB\)\*\*\n\n`UK` wird gelesen als `GB`\. Für Vereinigtes Königreich \(GB\) gibt es/);
  assert.equal(locationHover('Deutschland', 'en'), `**Germany (DE)**\n\n\`Deutschland\` is read as \`DE\`. Germany (DE) is in the EU: ${noTransfer.en}`);
  assert.equal(locationHover('Atlantis', 'en'), '**Atlantis** is not an ISO 3166 alpha-2 code or a country name the tools know: write the code (`DE`, `US`, …) or `EU`.');
  assert.equal(locationHover('Atlantis', 'de'), '**Atlantis** ist weder ein ISO-3166-Alpha-2-Code noch ein bekannter Ländername: schreiben Sie den Code (`DE`, `US`, …) oder `EU`.');
  // a key of a transferMechanism map is a location too
  const map = sub('    locations: [JP]\n    transferMechanism: {JP: adequacy}\n');
  assert.match(hoverOn(map, 'JP: adequacy', 'de'), /^\*\*Japan \(JP\)\*\*\n\nFür Japan \(JP\) gibt es einen Angemessenheitsbeschluss/);
});

test('a renewed adequacy decision without an end date names the renewal only', () => {
  const renewed = { act: 'Decision X', date: '2020-02-29', renewed: '2024-03-01', scope: 'full' as const, source: 's', asOf: '2026-12-01' };
  assert.equal(decisionName(renewed, 'en'), 'Decision X of 29 February 2020, renewed on 1 March 2024');
  assert.equal(decisionName(renewed, 'de'), 'Decision X vom 29. Februar 2020, verlängert am 1. März 2024');
});

test('the review diff names each new location outside the EU/EEA, marking those an adequacy decision covers', () => {
  const eeaCodes = ['AT', 'DE', 'GR', 'SE', 'EU', 'IS', 'LI', 'NO', 'GP', 'GF', 'MQ', 'RE', 'YT', 'MF', 'AX'];
  const withDecision = ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY'];
  const before = sub('    locations: [FR]\n');
  const after = sub(`    locations: [FR, ${[...eeaCodes, ...withDecision, 'US', 'IN', 'CN'].join(', ')}]\n`);
  assert.deepEqual(diffTom(before, after).changes.map((c) => c.weakening), [[
    `new location outside the EU/EEA: ${withDecision.map((c) => `${c} (adequacy decision)`).join(', ')}, US, IN, CN`,
  ]]);
});

// ---------------------------------------------------------------------------------------------
// the transfer rules

test('third-country-transfer: the message for a third country and for the US, in English and German, at the location', () => {
  const text = sub('    locations: [IN, US]\n');
  assert.deepEqual(seen(text, 'third-country-transfer').map((f) => [f.severity, f.covers]), [[warning, 'IN'], [warning, 'US']]);
  assert.deepEqual(check(text).filter((f) => f.code === 'third-country-transfer').map((f) => f.data), [{ location: 'IN' }, { location: 'US' }]);
  assert.deepEqual(both(text, 'third-country-transfer'), [[
    'Cloud Inc. processes data in India (IN), a third country without an EU adequacy decision (Art. 45 GDPR): add transferMechanism: scc (Art. 46(2)(c)), bcr (Art. 47) or derogation (Art. 49).',
    'Cloud Inc. processes data in United States (US): the adequacy decision (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023) covers only organisations certified under the EU-U.S. Data Privacy Framework: add transferMechanism: dpf if the recipient is certified, else scc (Art. 46(2)(c) GDPR).',
  ], [
    'Cloud Inc. verarbeitet Daten in Indien (IN), einem Drittland ohne Angemessenheitsbeschluss der EU (Art. 45 DSGVO): ergänzen Sie transferMechanism: scc (Art. 46 Abs. 2 lit. c), bcr (Art. 47) oder derogation (Art. 49).',
    'Cloud Inc. verarbeitet Daten in Vereinigte Staaten (US): der Angemessenheitsbeschluss (Durchführungsbeschluss (EU) 2023/1795 der Kommission vom 10. Juli 2023) gilt nur für Organisationen, die nach dem EU-U.S. Data Privacy Framework zertifiziert sind: ergänzen Sie transferMechanism: dpf, wenn der Empfänger zertifiziert ist, sonst scc (Art. 46 Abs. 2 lit. c DSGVO).',
  ]]);
  // a subprocessor without a name is still named; an unknown location is location-code's business
  const nameless = `${processor}subprocessors:\n  - purpose: Hosting\n    locations: [CN, Atlantis]\n`;
  assert.deepEqual(messages(nameless, 'third-country-transfer').map((m) => m.slice(0, 46)), ['This subprocessor processes data in China (CN)']);
  // a map names the mechanism per location: a location the map leaves out still needs one
  assert.deepEqual(seen(sub('    locations: [US, IN]\n    transferMechanism: {US: dpf}\n'), 'third-country-transfer').map((f) => f.covers), ['IN']);
  assert.deepEqual(seen(sub('    locations: [United States, IN]\n    transferMechanism: {US: dpf, IN: bcr}\n    transferImpactAssessment: {reference: T, date: 2026-01-01}\n'), 'third-country-transfer'), []);
});

test('transfers: each written location is read once; a non-scalar location or mechanism entry is none', () => {
  // an empty or nested location is the schema's business; the third country beside it is still found
  assert.deepEqual(seen(sub('    locations: ["", [IN], {CN: x}, VN]\n'), 'third-country-transfer').map((f) => f.covers), ['VN']);
  // a map entry that is not a single mechanism leaves the location without one
  assert.deepEqual(seen(sub('    locations: [IN]\n    transferMechanism: {IN: [scc]}\n'), 'third-country-transfer').map((f) => f.covers), ['IN']);
  // the map's entry is found under the location as written before its code
  assert.deepEqual(seen(sub('    locations: [USA]\n    transferMechanism: {USA: dpf, US: adequacy}\n'), 'transfer-mechanism'), []);
  assert.deepEqual(seen(sub('    locations: [USA]\n    transferMechanism: {USA: adequacy, US: dpf}\n'), 'transfer-mechanism').map((f) => f.covers), ['adequacy']);
});

test('transfer-mechanism: each misfit has its message, in English and German, at the mechanism, naming every place it does not fit', () => {
  const dpf = sub('    locations: [IN, CN, VN, JP, DE]\n    transferMechanism: dpf\n');
  assert.deepEqual(seen(dpf, 'transfer-mechanism').map((f) => [f.severity, f.at, f.covers]), [[warning, '41:24', 'dpf'], [warning, '41:24', 'dpf']]);
  assert.deepEqual(both(dpf, 'transfer-mechanism'), [[
    'dpf (the EU-U.S. Data Privacy Framework) covers only recipients in the United States, not India (IN), China (CN) and Vietnam (VN): use scc (Art. 46(2)(c) GDPR), bcr (Art. 47) or derogation (Art. 49) there; a map such as {US: dpf, IN: scc} names a mechanism per location.',
    'dpf (the EU-U.S. Data Privacy Framework) covers only recipients in the United States; Japan (JP) has an adequacy decision of its own: write adequacy (Art. 45 GDPR).',
  ], [
    'dpf (das EU-U.S. Data Privacy Framework) gilt nur für Empfänger in den Vereinigten Staaten, nicht für Indien (IN), China (CN) und Vietnam (VN): verwenden Sie dort scc (Art. 46 Abs. 2 lit. c DSGVO), bcr (Art. 47) oder derogation (Art. 49); eine Zuordnung wie {US: dpf, IN: scc} nennt das Instrument je Ort.',
    'dpf (das EU-U.S. Data Privacy Framework) gilt nur für Empfänger in den Vereinigten Staaten; für Japan (JP) gibt es einen eigenen Angemessenheitsbeschluss: schreiben Sie adequacy (Art. 45 DSGVO).',
  ]]);
  const adequacy = sub('    locations: [US, IN, CH, FR]\n    transferMechanism: adequacy\n');
  assert.deepEqual(seen(adequacy, 'transfer-mechanism').map((f) => f.covers), ['adequacy', 'adequacy']);
  assert.deepEqual(both(adequacy, 'transfer-mechanism'), [[
    'The adequacy decision for the United States (Implementing Decision (EU) 2023/1795) covers only organisations certified under the EU-U.S. Data Privacy Framework: write dpf if the recipient is certified, else scc (Art. 46(2)(c) GDPR).',
    'There is no EU adequacy decision for India (IN) (Art. 45 GDPR): use scc (Art. 46(2)(c)), bcr (Art. 47) or derogation (Art. 49).',
  ], [
    'Der Angemessenheitsbeschluss für die Vereinigten Staaten (Durchführungsbeschluss (EU) 2023/1795) gilt nur für Organisationen, die nach dem EU-U.S. Data Privacy Framework zertifiziert sind: schreiben Sie dpf, wenn der Empfänger zertifiziert ist, sonst scc (Art. 46 Abs. 2 lit. c DSGVO).',
    'Für Indien (IN) gibt es keinen Angemessenheitsbeschluss der EU (Art. 45 DSGVO): verwenden Sie scc (Art. 46 Abs. 2 lit. c), bcr (Art. 47) oder derogation (Art. 49).',
  ]]);
  // each map entry is its own mechanism: one finding each
  const map = sub('    locations: [IN, CN, US]\n    transferMechanism: {IN: adequacy, CN: adequacy, US: dpf}\n');
  assert.deepEqual(seen(map, 'transfer-mechanism').map((f) => `${f.at} ${f.message.slice(0, 46)}`), [
    '41:29 There is no EU adequacy decision for India (IN',
    '41:43 There is no EU adequacy decision for China (CN',
  ]);
  // sound mechanisms, and unknown places, are no misfit
  assert.deepEqual(seen(sub('    locations: [US, Atlantis]\n    transferMechanism: dpf\n'), 'transfer-mechanism'), []);
  assert.deepEqual(seen(sub('    locations: [CH, GB]\n    transferMechanism: adequacy\n'), 'transfer-mechanism'), []);
  assert.deepEqual(seen(sub('    locations: [IN, US]\n    transferMechanism: scc\n'), 'transfer-mechanism'), []);
});

test('transfer-impact-assessment: scc and bcr for third countries ask for the assessment, in English and German, at the mechanism', () => {
  const scc = sub('    locations: [IN, DE, CN, CH]\n    transferMechanism: scc\n');
  assert.deepEqual(seen(scc, 'transfer-impact-assessment').map((f) => [f.severity, f.at, f.covers]), [[info, '41:24', 'scc']]);
  assert.deepEqual(both(scc, 'transfer-impact-assessment'), [[
    'Cloud Inc.: standard contractual clauses for India (IN) and China (CN) need a transfer impact assessment (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020): add transferImpactAssessment: {reference: …, date: YYYY-MM-DD}.',
  ], [
    'Cloud Inc.: Standardvertragsklauseln für Indien (IN) und China (CN) setzen eine Bewertung der Übermittlung (Transfer Impact Assessment) voraus (EuGH C-311/18 Schrems II; EDSA-Empfehlungen 01/2020): ergänzen Sie transferImpactAssessment: {reference: …, date: JJJJ-MM-TT}.',
  ]]);
  const bcr = sub('    locations: [US]\n    transferMechanism: bcr\n');
  assert.deepEqual(both(bcr, 'transfer-impact-assessment'), [[
    'Cloud Inc.: binding corporate rules for United States (US) need a transfer impact assessment (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020): add transferImpactAssessment: {reference: …, date: YYYY-MM-DD}.',
  ], [
    'Cloud Inc.: verbindliche interne Datenschutzvorschriften für Vereinigte Staaten (US) setzen eine Bewertung der Übermittlung (Transfer Impact Assessment) voraus (EuGH C-311/18 Schrems II; EDSA-Empfehlungen 01/2020): ergänzen Sie transferImpactAssessment: {reference: …, date: JJJJ-MM-TT}.',
  ]]);
  // one finding per mechanism of a map; none for an assessed, adequate or EEA place, or another mechanism
  assert.deepEqual(seen(sub('    locations: [IN, CN]\n    transferMechanism: {IN: scc, CN: bcr}\n'), 'transfer-impact-assessment').map((f) => f.covers), ['scc', 'bcr']);
  for (const body of [
    '    locations: [IN]\n    transferMechanism: scc\n    transferImpactAssessment: {reference: TIA-1, date: 2026-01-01}\n',
    '    locations: [CH, DE, JP]\n    transferMechanism: scc\n',
    '    locations: [IN]\n    transferMechanism: derogation\n',
    '    locations: [US]\n    transferMechanism: dpf\n',
  ]) assert.deepEqual(seen(sub(body), 'transfer-impact-assessment'), [], body);
});

test('location-code: a country name gets its code with a fix, an unknown place a request for one, in English and German', () => {
  const text = sub('    locations: [Vereinigte Staaten, Atlantis, European Union, Europäische Union, DE]\n    transferMechanism: dpf\n');
  assert.deepEqual(seen(text, 'location-code').map((f) => [f.severity, f.covers]),
    [[info, 'Vereinigte Staaten'], [info, 'Atlantis'], [info, 'European Union'], [info, 'Europäische Union']]);
  assert.deepEqual(check(text).filter((f) => f.code === 'location-code').map((f) => f.data),
    [{ replacement: 'US' }, undefined, { replacement: 'EU' }, { replacement: 'EU' }]);
  assert.deepEqual(both(text, 'location-code'), [[
    '"Vereinigte Staaten" is United States (US): write its ISO 3166 code US, as docs/format.md asks for locations.',
    '"Atlantis" is neither an ISO 3166 alpha-2 code nor a country name the tools know: write the country\'s code (DE, US, …) or EU, so that transfers to it can be checked (Chapter V GDPR).',
    '"European Union" is the EU: write its ISO 3166 code EU, as docs/format.md asks for locations.',
    '"Europäische Union" is the EU: write its ISO 3166 code EU, as docs/format.md asks for locations.',
  ], [
    '„Vereinigte Staaten“ ist Vereinigte Staaten (US): schreiben Sie den ISO-3166-Code US, wie docs/format.md es für Orte vorsieht.',
    '„Atlantis“ ist weder ein ISO-3166-Alpha-2-Code noch ein bekannter Ländername: schreiben Sie den Code des Landes (DE, US, …) oder EU, damit Übermittlungen dorthin geprüft werden können (Kapitel V DSGVO).',
    '„European Union“ ist die EU: schreiben Sie den ISO-3166-Code EU, wie docs/format.md es für Orte vorsieht.',
    '„Europäische Union“ ist die EU: schreiben Sie den ISO-3166-Code EU, wie docs/format.md es für Orte vorsieht.',
  ]]);
  // UK and EL are codes people write: accepted as written; a code the list lacks is unknown
  assert.deepEqual(seen(sub('    locations: [UK, EL, EU, XK]\n'), 'location-code').map((f) => f.covers), ['XK']);
  // a name is read as its country whatever its case and accents
  assert.deepEqual(check(sub('    locations: [SCHWEIZ, südkorea]\n')).filter((f) => f.code === 'location-code').map((f) => f.data),
    [{ replacement: 'CH' }, { replacement: 'KR' }]);
});

// ---------------------------------------------------------------------------------------------
// certifications

const certified = (name: string, validUntil?: string) =>
  `${processor}certifications:\n  - name: ${name}\n${validUntil ? `    validUntil: ${validUntil}\n` : ''}`;

test('certification-expired: an edition whose certificates lapsed, in English and German, from the day after its end', () => {
  const text = certified('ISO/IEC 27001:2013');
  assert.deepEqual(seen(text, 'certification-expired').map((f) => [f.severity, f.at, f.covers]), [[warning, '38:11', 'ISO/IEC 27001:2013']]);
  assert.deepEqual(both(text, 'certification-expired'), [[
    'Certificates to ISO/IEC 27001:2013 are no longer valid: the transition to ISO/IEC 27001:2022 ended on 31 October 2025 (IAF MD 26). Name the 2022 edition once certified to it, or remove the certification.',
  ], [
    'Zertifikate nach ISO/IEC 27001:2013 gelten nicht mehr: die Übergangsfrist zu ISO/IEC 27001:2022 endete am 31. Oktober 2025 (IAF MD 26). Nennen Sie die Ausgabe 2022, sobald Sie danach zertifiziert sind, oder entfernen Sie die Zertifizierung.',
  ]]);
  // before, on and after the last valid day
  for (const [today, found] of [['2025-10-30', 0], ['2025-10-31', 0], ['2025-11-01', 1]] as const) {
    assert.equal(seen(text, 'certification-expired', { today }).length, found, today);
  }
  // every name of the standard, however spaced and cased; not the current edition, another standard or a longer year
  for (const name of ['ISO 27001:2013', 'DIN EN ISO/IEC 27001:2013', '"iso/iec 27001 : 2013"', '"  ISO/IEC   27001: 2013 certificate"']) {
    assert.equal(seen(certified(name), 'certification-expired').length, 1, name);
  }
  for (const name of ['ISO/IEC 27001:2022', 'ISO/IEC 27701:2013', 'ISO/IEC 27001:20131', 'Our ISO 27001:2013', 'ISO/IEC 27001', 'ISO/IEC 27001:2005', 'ISO.IEC 27001:2013']) {
    assert.deepEqual(seen(certified(name), 'certification-expired'), [], name);
  }
});

test('certification-expired: validUntil past is a warning, within 90 days a note, in English and German', () => {
  // today is 2026-11-25
  const past = certified('SOC 2 Type 2', '2026-11-24');
  assert.deepEqual(seen(past, 'certification-expired').map((f) => [f.severity, f.covers]), [[warning, '2026-11-24']]);
  assert.deepEqual(both(past, 'certification-expired'), [
    ['SOC 2 Type 2 expired on 24 November 2026: renew the certificate and update validUntil, or remove the certification.'],
    ['SOC 2 Type 2 ist am 24. November 2026 abgelaufen: erneuern Sie das Zertifikat und aktualisieren Sie validUntil, oder entfernen Sie die Zertifizierung.'],
  ]);
  const today = certified('SOC 2 Type 2', '2026-11-25');
  assert.deepEqual(seen(today, 'certification-expired').map((f) => [f.severity, f.covers]), [[info, '2026-11-25']]);
  assert.deepEqual(both(today, 'certification-expired'), [
    ['SOC 2 Type 2 expires on 25 November 2026, in 0 days: plan the renewal audit now.'],
    ['SOC 2 Type 2 läuft am 25. November 2026 ab, in 0 Tagen: planen Sie jetzt das Rezertifizierungsaudit.'],
  ]);
  assert.deepEqual(messages(certified('SOC 2 Type 2', '2027-02-23'), 'certification-expired'), ['SOC 2 Type 2 expires on 23 February 2027, in 90 days: plan the renewal audit now.']);
  assert.deepEqual(seen(certified('SOC 2 Type 2', '2027-02-24'), 'certification-expired'), []);
  // without a name the certification is still named
  const nameless = `${processor}certifications:\n  - validUntil: 2026-01-01\n  - validUntil: 2026-12-01\n`;
  assert.deepEqual(both(nameless, 'certification-expired'), [[
    'This certification expired on 1 January 2026: renew the certificate and update validUntil, or remove the certification.',
    'This certification expires on 1 December 2026, in 6 days: plan the renewal audit now.',
  ], [
    'Diese Zertifizierung ist am 1. Januar 2026 abgelaufen: erneuern Sie das Zertifikat und aktualisieren Sie validUntil, oder entfernen Sie die Zertifizierung.',
    'Diese Zertifizierung läuft am 1. Dezember 2026 ab, in 6 Tagen: planen Sie jetzt das Rezertifizierungsaudit.',
  ]]);
  // a lapsed edition that has also expired gets both findings, the edition first
  assert.deepEqual(seen(certified('ISO 27001:2013', '2026-01-01'), 'certification-expired').map((f) => f.covers), ['ISO 27001:2013', '2026-01-01']);
  // not a date: the schema's business
  assert.deepEqual(seen(certified('SOC 2', 'soon'), 'certification-expired'), []);
});

// ---------------------------------------------------------------------------------------------
// breach notification, contact, control types

const commitments = (doc: string, yaml: string) => `${doc}commitments:\n${yaml}`;
const controller = processor.replace('role: processor', 'role: controller')
  .replace('controls:\n', 'controls:\n  - type: privacy-by-default\n    measures:\n      - {id: PD-01, title: A default measure, cia: [C], kind: technical}\n');

test('breach-notification: each message in English and German, at the number or the key', () => {
  const late = commitments(processor, '  breachNotificationHours: 72\n');
  assert.deepEqual(seen(late, 'breach-notification').map((f) => [f.severity, f.at, f.covers]), [[warning, '38:28', '72']]);
  assert.deepEqual(both(late, 'breach-notification'), [
    ['A processor notifies the controller without undue delay (Art. 33(2) GDPR); 72 hours uses up the controller\'s whole 72 hours for notifying the authority (Art. 33(1); EDPB Guidelines 9/2022): promise less, typically 24 to 48 hours.'],
    ['Ein Auftragsverarbeiter meldet dem Verantwortlichen unverzüglich (Art. 33 Abs. 2 DSGVO); 72 Stunden verbrauchen die ganzen 72 Stunden, die der Verantwortliche für die Meldung an die Aufsichtsbehörde hat (Art. 33 Abs. 1; EDSA-Leitlinien 9/2022): sagen Sie weniger zu, üblich sind 24 bis 48 Stunden.'],
  ]);
  const authority = commitments(processor.replace('role: processor', 'role: sub-processor'), '  authorityNotificationHours: 24\n');
  assert.deepEqual(seen(authority, 'breach-notification').map((f) => [f.at, f.covers]), [['38:3', 'authorityNotificationHours']]);
  assert.deepEqual(both(authority, 'breach-notification'), [
    ['A processor does not notify the supervisory authority: the controller does (Art. 33(1) GDPR), after the processor has notified it (Art. 33(2)): write controllerNotificationHours instead.'],
    ['Ein Auftragsverarbeiter meldet nicht an die Aufsichtsbehörde: das tut der Verantwortliche (Art. 33 Abs. 1 DSGVO), nachdem der Auftragsverarbeiter ihn informiert hat (Art. 33 Abs. 2): schreiben Sie stattdessen controllerNotificationHours.'],
  ]);
  const slow = commitments(controller, '  authorityNotificationHours: 96\n');
  assert.deepEqual(seen(slow, 'breach-notification').map((f) => [f.severity, f.covers]), [[warning, '96']]);
  assert.deepEqual(both(slow, 'breach-notification'), [
    ['The controller notifies the supervisory authority within 72 hours of becoming aware of a breach (Art. 33(1) GDPR), later only with reasons for the delay: promise 72 hours or less instead of 96.'],
    ['Der Verantwortliche meldet eine Verletzung binnen 72 Stunden, nachdem sie ihm bekannt wurde, an die Aufsichtsbehörde (Art. 33 Abs. 1 DSGVO), später nur mit einer Begründung der Verzögerung: sagen Sie 72 Stunden oder weniger statt 96 zu.'],
  ]);
  // the role decides which key counts: a processor's controllerNotificationHours, a controller's authorityNotificationHours
  assert.deepEqual(seen(commitments(processor, '  breachNotificationHours: 96\n  controllerNotificationHours: 24\n'), 'breach-notification'), []);
  assert.deepEqual(seen(commitments(controller, '  breachNotificationHours: 96\n  authorityNotificationHours: 72\n'), 'breach-notification'), []);
  assert.deepEqual(seen(commitments(controller, '  controllerNotificationHours: 96\n'), 'breach-notification'), []);
  assert.deepEqual(seen(commitments(processor, '  breachNotificationHours: "96"\n'), 'breach-notification'), [], 'a string is the schema\'s business');
});

test('missing-contact: a processor or sub-processor naming neither contact nor dpo gets a hint on the document key, in English and German', () => {
  const none = processor.replace('  contact: privacy@fixture.example\n', '');
  for (const role of ['processor', 'sub-processor']) {
    const text = none.replace('role: processor', `role: ${role}`);
    assert.deepEqual(seen(text, 'missing-contact').map((f) => [f.severity, f.at, f.covers]), [[hint, '2:1', 'document']], role);
    assert.deepEqual(both(text, 'missing-contact'), [
      ['This processor names no contact: add document.contact, or document.dpo with the data protection officer\'s details (Art. 37(7) GDPR), so that controllers know whom to reach for breach notifications (Art. 33(2)) and assistance (Art. 28(3)).'],
      ['Dieser Auftragsverarbeiter nennt keinen Kontakt: ergänzen Sie document.contact oder document.dpo mit den Kontaktdaten des Datenschutzbeauftragten (Art. 37 Abs. 7 DSGVO), damit Verantwortliche wissen, an wen sie sich für Meldungen von Verletzungen (Art. 33 Abs. 2) und Unterstützung (Art. 28 Abs. 3) wenden.'],
    ], role);
  }
  assert.deepEqual(seen(none.replace('role: processor', 'role: controller'), 'missing-contact'), []);
  assert.deepEqual(seen(none.replace('  role: processor\n', '  role: processor\n  dpo: {name: D. P. Officer, email: dpo@fixture.example}\n'), 'missing-contact'), []);
  assert.deepEqual(seen(processor, 'missing-contact'), []);
});

test('missing-control-type: what each role must cover (processors: eight types and evaluation; controllers also privacy-by-default)', () => {
  const only = (role: string) => processor.replace('role: processor', `role: ${role}`).replace(/controls:\n[\s\S]*$/, 'controls:\n  - type: encryption\n    measures:\n      - {id: EN-01, title: An encryption measure, cia: [C], kind: technical}\n');
  const art32 = ['physical-access', 'system-access', 'data-access', 'transfer', 'input', 'order', 'availability', 'separation'];
  const types = (role: string) => check(only(role)).filter((f) => f.code === 'missing-control-type').map((f) => (f.data as { types: string[] }).types);
  assert.deepEqual(types('processor'), [[...art32, 'evaluation']]);
  assert.deepEqual(types('sub-processor'), [[...art32, 'evaluation']]);
  assert.deepEqual(types('controller'), [[...art32, 'evaluation', 'privacy-by-default']]);
  assert.deepEqual(types('joint-controller'), [[...art32, 'evaluation', 'privacy-by-default']]);
  // any other role, or none, needs no type (and no rule fails on it)
  assert.deepEqual(types('auditor'), []);
  assert.deepEqual(check(only('auditor').replace('  role: auditor\n', '')).filter((f) => f.code === 'missing-control-type'), []);
});

// ---------------------------------------------------------------------------------------------
// weak crypto: each entry of the law data gives its own document and advice

const titled = (title: string) => processor.replace('title: A transfer measure', `title: ${JSON.stringify(title)}`);
const weak = (title: string) => seen(titled(title), 'weak-crypto').map((f) => f.covers);

const tls = ['require TLS 1.2 or 1.3 (BSI TR-02102-2)', 'verlangen Sie TLS 1.2 oder 1.3 (BSI TR-02102-2)'];
const sha = ['use SHA-256, SHA-384 or SHA-3 (BSI TR-02102-1)', 'verwenden Sie SHA-256, SHA-384 oder SHA-3 (BSI TR-02102-1)'];
const aes = ['use AES (BSI TR-02102-1)', 'verwenden Sie AES (BSI TR-02102-1)'];
const wifi = ['use WPA3 or WPA2 with AES-CCMP', 'verwenden Sie WPA3 oder WPA2 mit AES-CCMP'];
const weakAdvice: [title: string, word: string, deprecatedBy: string, advice: string[]][] = [
  ['The portal accepts SSLv3', 'SSLv3', 'RFC 6176 (SSL 2.0), RFC 7568 (SSL 3.0)', tls],
  ['The portal accepts TLS 1.0', 'TLS 1.0', 'RFC 8996 and NIST SP 800-52 Rev. 2', tls],
  ['Hashes use MD4', 'MD4', 'RFC 6150', sha],
  ['Checksums use MD5', 'MD5', 'RFC 6151 and BSI TR-02102-1', sha],
  ['Files are signed with SHA-1', 'SHA-1', 'NIST SP 800-131A Rev. 2 (disallowed for digital signatures) and BSI TR-02102-1',
    ['use SHA-256 or stronger (BSI TR-02102-1); HMAC-SHA-1 remains acceptable', 'verwenden Sie SHA-256 oder stärker (BSI TR-02102-1); HMAC-SHA-1 bleibt zulässig']],
  ['Tapes are encrypted with DES', 'DES', 'NIST (FIPS 46-3 withdrawn 2005) and NIST SP 800-131A Rev. 2', aes],
  ['Tapes are encrypted with 3DES', '3DES', 'NIST SP 800-131A Rev. 2 (encryption disallowed after 2023)', aes],
  ['The stream cipher is RC4', 'RC4', 'RFC 7465 (prohibited in TLS)', ['use AES-GCM or ChaCha20-Poly1305 (BSI TR-02102-2)', 'verwenden Sie AES-GCM oder ChaCha20-Poly1305 (BSI TR-02102-2)']],
  ['Blocks use AES-ECB', 'AES-ECB', 'BSI TR-02102-1 (ECB is not among the recommended modes: it reveals patterns in the data)',
    ['use AES in GCM or CCM mode (BSI TR-02102-1)', 'verwenden Sie AES im GCM- oder CCM-Modus (BSI TR-02102-1)']],
  ['Keys are RSA-1024', 'RSA-1024', 'NIST SP 800-131A Rev. 2 (keys under 2048 bits disallowed)',
    ['use RSA with at least 3000 bits or elliptic curves with 250 bits (BSI TR-02102-1)', 'verwenden Sie RSA mit mindestens 3000 Bit oder elliptische Kurven mit 250 Bit (BSI TR-02102-1)']],
  ['Routers speak SSHv1', 'SSHv1', 'RFC 4251 (SSH-2 replaces the broken SSH-1 protocol) and BSI TR-02102-4',
    ['use SSH-2 with the algorithms of BSI TR-02102-4', 'verwenden Sie SSH-2 mit den Verfahren aus BSI TR-02102-4']],
  ['Remote staff use PPTP', 'PPTP', 'BSI TR-02102-3 (VPNs with IPsec/IKEv2); PPTP relies on MS-CHAPv2, which is broken',
    ['use IPsec with IKEv2 (BSI TR-02102-3) or a TLS-based VPN', 'verwenden Sie IPsec mit IKEv2 (BSI TR-02102-3) oder ein TLS-basiertes VPN']],
  ['Logins use MS-CHAPv2', 'MS-CHAPv2', 'BSI TR-02102-3 (MS-CHAPv2 can be cracked offline)',
    ['use EAP-TLS or IKEv2 with certificates (BSI TR-02102-3)', 'verwenden Sie EAP-TLS oder IKEv2 mit Zertifikaten (BSI TR-02102-3)']],
  ['Domain logins use NTLMv1', 'NTLMv1', 'Microsoft (NTLMv1 removed from Windows 11 24H2 and Windows Server 2025)',
    ['use Kerberos (or NTLMv2 where Kerberos is impossible)', 'verwenden Sie Kerberos (oder NTLMv2, wo Kerberos nicht möglich ist)']],
  ['The guest network uses WEP', 'WEP', 'IEEE 802.11-2007 (WEP deprecated) and BSI IT-Grundschutz NET.2.2', wifi],
  ['The guest network uses TKIP', 'TKIP', 'IEEE 802.11-2012 (TKIP deprecated) and BSI IT-Grundschutz NET.2.2', wifi],
];

test('weak-crypto: each weak algorithm names the document that deprecates it and its own advice, in English and German', () => {
  for (const [title, word, by, [en, de]] of weakAdvice) {
    const text = titled(title);
    assert.deepEqual(seen(text, 'weak-crypto').map((f) => [f.severity, f.covers]), [[warning, word]], title);
    assert.deepEqual(both(text, 'weak-crypto'), [
      [`"${word}" is broken or deprecated (${by}): ${en}.`],
      [`„${word}“ ist gebrochen oder veraltet (${by}): ${de}.`],
    ], title);
  }
});

test('weak-crypto: a password stored with a fast hash gets the password advice, in English and German', () => {
  const text = titled('Passwords are stored as salted SHA-256 hashes');
  assert.deepEqual(seen(text, 'weak-crypto').map((f) => f.covers), ['SHA-256']);
  assert.deepEqual(both(text, 'weak-crypto'), [
    ['"SHA-256" is a fast hash, unfit for storing passwords: store passwords with a slow, salted password hash: Argon2id, scrypt, bcrypt or PBKDF2 (BSI TR-02102-1; OWASP Password Storage Cheat Sheet).'],
    ['„SHA-256“ ist ein schneller Hash und für das Speichern von Passwörtern ungeeignet: speichern Sie Passwörter mit einem langsamen, gesalzenen Passwort-Hash: Argon2id, scrypt, bcrypt oder PBKDF2 (BSI TR-02102-1; OWASP Password Storage Cheat Sheet).'],
  ]);
  // every fast hash, in the context of passwords, credentials, passphrases (English and German)
  for (const [title, words] of [
    ['Passwords: MD5', ['MD5']], ['Credentials are kept as SHA1', ['SHA1']], ['Passphrase hashes use SHA-224', ['SHA-224']],
    ['Password hashes: SHA384 and SHA-512', ['SHA384', 'SHA-512']], ['Kennwörter als SHA-2 und SHA3-256', ['SHA-2', 'SHA3-256']],
    ['Zugangsdaten als gesalzene Hashes', ['gesalzene Hashes']], ['Passwort: gesalzener Hashwert', ['gesalzener Hashwert']],
    ['Passwd store: salted-hash', ['salted-hash']], ['Kennwort als SHA3', ['SHA3']],
    ['Passwörter: salted hash, SHA256, SHA-3-512', ['salted hash', 'SHA256', 'SHA-3-512']], ['Passwort: gesalzene Hash, gesalzenes Hashes', ['gesalzene Hash', 'gesalzenes Hashes']],
    ['Passwort: gesalzenen Hashwerte, gesalzene Hashwerten', ['gesalzenen Hashwerte']],
  ] as const) assert.deepEqual(weak(title), words, title);
  // not about passwords, or a slow hash named: integrity hashes are fine
  for (const title of ['Backups are checked with SHA-256', 'Passwords use scrypt over SHA-256', 'Passwords use PBKDF2 with SHA-512',
    'Passwords use yescrypt, salted hashes', 'Passwords use Argon2 over SHA-3', 'Passwords use bcrypt and SHA-256', 'Password hashes: SHA-2560']) {
    assert.deepEqual(weak(title), [], title);
  }
});

test('weak-crypto: every spelling of each weak name, and only those', () => {
  for (const [title, words] of [
    ['SSL2, SSL 3, ssl v3, SSLv2.0 and SSL3.0', ['SSL2', 'SSL 3', 'ssl v3', 'SSLv2.0', 'SSL3.0']],
    ['TLS1, TLS 1, tls v1.1, TLSv1.0 and TLS1.1', ['TLS1', 'TLS 1', 'tls v1.1', 'TLSv1.0', 'TLS1.1']],
    ['md4, md5, sha1, Sha-1', ['md4', 'md5', 'sha1', 'Sha-1']],
    ['Triple DES, TDEA, TDES, tdes, Triple-DES, 3des, TripleDES', ['Triple DES', 'TDEA', 'TDES', 'tdes', 'Triple-DES', '3des', 'TripleDES']],
    ['arcfour and RC4', ['arcfour', 'RC4']],
    ['ECB, AES ECB, ECB mode, ECB-Modus, AES-ECB-mode', ['ECB', 'AES ECB', 'ECB mode', 'ECB-Modus', 'AES-ECB-mode']],
    ['RSA1024, DH-1024, dsa 1024, RSA-1024-bit, RSA 1024 bits, RSA1024bit', ['RSA1024', 'DH-1024', 'dsa 1024', 'RSA-1024-bit', 'RSA 1024 bits', 'RSA1024bit']],
    ['SSH1, ssh-v1, SSH v1 and SSH-1', ['SSH1', 'ssh-v1', 'SSH v1', 'SSH-1']],
    ['pptp, MSCHAPv2, MS-CHAP-2, ms-chap v2, MS-CHAP2', ['pptp', 'MSCHAPv2', 'MS-CHAP-2', 'ms-chap v2', 'MS-CHAP2']],
    ['NTLM1, NTLM-v1, ntlm v1, LM hash, LM-hashes', ['NTLM1', 'NTLM-v1', 'ntlm v1', 'LM hash', 'LM-hashes']],
    ['WEP, WPA, TKIP', ['WEP', 'WPA', 'TKIP']],
  ] as const) assert.deepEqual(weak(title), words, title);
  for (const title of [
    'TLS 1.2, TLS 1.3, TLSv1.2, TLS 12, xTLS1', 'SSL-Zertifikat, SSL 4, SSLv3.1, SSL30, xSSL3', 'xMD4, MD4x, xSHA1, SHA-1.5, xRC4, xECB, xWEP, TKIPs, SSH10, xSSH1', 'HMAC-SHA1, HMAC SHA-1, HMACSHA1, SHA-256, SHA-1024, SHA1x',
    'MD50, xMD5, MD5x', 'des Systems, Des, DESX, 3DESX', 'WPA2, WPA 2, WPA-3, WPA3, wep, wpa, tkip', 'ecb, ECBs', 'RSA-2048, DH-10240, RSA 1024x',
    'SSH-2, SSHv2, SSH 1.5', 'NTLMv2, LM', 'PPTPx, MS-CHAPv3', 'RC40, ARCFOURx',
  ]) assert.deepEqual(weak(title), [], title);
});

test('weak-crypto: a negation in the same sentence switches a name off, one far before it does not', () => {
  for (const word of [
    'disabled', 'deactivated', 'switched off', 'turned off', 'not supported', 'not be allowed', 'not permitted', 'not accepted', 'not used',
    'not offered', 'not enabled', 'no longer offered', 'never offered', 'prohibited', 'forbidden', 'blocked', 'rejected', 'refused',
    'removed', 'disallowed',
  ]) assert.deepEqual(weak(`TLS 1.0 is ${word}`), [], word);
  for (const word of [
    'deaktiviert', 'abgeschaltet', 'ausgeschaltet', 'nicht unterstützt', 'nicht mehr erlaubt', 'nicht zugelassen', 'nicht verwendet',
    'nicht genutzt', 'nicht akzeptiert', 'nicht aktiviert', 'nicht angeboten', 'niemals angeboten', 'verboten', 'gesperrt', 'unterbunden',
    'abgelehnt', 'ausgeschlossen', 'untersagt', 'entfernt', 'nicht mehr',
  ]) assert.deepEqual(weak(`TLS 1.0 ist ${word}`), [], word);
  for (const before of ['no', 'not', 'never', 'without', 'kein', 'keine', 'keinen', 'nie', 'ohne', 'No', 'OHNE']) {
    assert.deepEqual(weak(`Stores ${before} MD5`), [], before);
  }
  // the negation reaches 25 characters back, not 26; a sentence end stops it
  assert.deepEqual(weak(`never ${'x'.repeat(23)} MD5`), []);
  assert.deepEqual(weak(`never ${'x'.repeat(24)} MD5`), ['MD5']);
  assert.deepEqual(weak('RC4 is disabled. MD5 is used'), ['MD5']);
  assert.deepEqual(weak('RC4 is disabled; MD5 is used'), ['MD5']);
  assert.deepEqual(weak('RC4 is disabled! MD5? Yes'), ['MD5']);
  assert.deepEqual(weak('MD5 is used. RC4 is disabled'), ['MD5']);
  assert.deepEqual(weak('Version 1.0 of TLS 1.1 is current'), ['TLS 1.1']);
  assert.deepEqual(weak('nothing MD5 notes'), ['MD5'], 'a negation inside another word is none');
  assert.deepEqual(weak('Casino MD5 notes'), ['MD5'], 'a negation at the end of another word is none');
  // a negation right before a later name is that name's: the hash actually used still counts
  assert.deepEqual(weak('Passwords are hashed with SHA-256, never MD5.'), ['SHA-256']);
  assert.deepEqual(weak('RC4 is used, never  SSL 3'), ['RC4']);
  assert.deepEqual(weak('RC4 and SSL 3 are never used'), [], 'a negation after both names is theirs');
  assert.deepEqual(weak('RC4 is never used with SSL 3'), [], 'a negation with words before the later name is the earlier one\'s too');
});

test('weak-crypto: tlsMinVersion 1, 1.0 and 1.1 are deprecated, with the fix to 1.2, in English and German', () => {
  for (const version of ['1', '1.0', '1.1']) {
    const text = commitments(processor, `  tlsMinVersion: "${version}"\n`);
    assert.deepEqual(seen(text, 'weak-crypto').map((f) => [f.severity, f.at, f.covers]), [[warning, '38:18', `"${version}"`]], version);
    assert.deepEqual(check(text).find((f) => f.code === 'weak-crypto')?.data, { tlsMinVersion: '1.2' });
    assert.deepEqual(both(text, 'weak-crypto'), [
      [`TLS ${version} is deprecated (RFC 8996; NIST SP 800-52 Rev. 2): commit to tlsMinVersion: "1.2" or "1.3" (BSI TR-02102-2).`],
      [`TLS ${version} ist veraltet (RFC 8996; NIST SP 800-52 Rev. 2): verpflichten Sie sich auf tlsMinVersion: "1.2" oder "1.3" (BSI TR-02102-2).`],
    ], version);
  }
  for (const version of ['"1.2"', '"1.3"', '1.2']) assert.deepEqual(seen(commitments(processor, `  tlsMinVersion: ${version}\n`), 'weak-crypto'), [], version);
});
