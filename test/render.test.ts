/**
 * The published page from the YAML source: structure of the HTML and Markdown for the shipped
 * examples, the language choice with visible fallbacks, and escaping of everything the author wrote.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { doc, read, service } from './helpers/fixtures';
import type { RenderOptions } from '../server/src/service';

const render = (text: string, options: RenderOptions) => service().render(doc(text), options).text;
const html = (text: string, lang?: string) => render(text, { format: 'html', lang });
const markdown = (text: string, lang?: string) => render(text, { format: 'md', lang });

/** The text of every element matching `open` (a regex source for the opening tag), tags stripped. */
function texts(page: string, open: string, close: string): string[] {
  return [...page.matchAll(new RegExp(`${open}([\\s\\S]*?)${close}`, 'g'))].map((m) => m[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim());
}
const sectionTitles = (page: string) => texts(page, '<section class="control"[^>]*>\\s*<h2>', '</h2>').map((t) => t.replace(/ Art\..*$/, ''));
const measureIds = (page: string) => texts(page, '<span class="measure-id">', '</span>');
/** Coverage rows as "title C I A", cells as shown ("0 gap" for a gap). */
const coverageRows = (page: string) => texts(page.slice(page.indexOf('<table class="coverage">')), '<tr><th scope="row">', '</tr>');
const subprocessorRows = (page: string) => texts(page.slice(page.indexOf('<table class="subprocessors">')), '<tr>\\s*<th scope="row">', '</tr>');

const commercetools = read('examples', 'commercetools-processor.tom.yaml');
const unoy = read('examples', 'unoy-processor.tom.yaml');
const bilingual = read('test', 'fixtures', 'render', 'bilingual.tom.yaml');
const hostile = read('test', 'fixtures', 'render', 'hostile.tom.yaml');

test('the commercetools example renders its eight numbered sections, 72 measures and the CIA matrix', () => {
  const page = html(commercetools);
  assert.deepEqual(sectionTitles(page), [
    '1. Access Control', '2. Admission Control', '3. Logical Access Control', '4. Separation Control',
    '5. Transfer Control', '6. Input Control', '7. Availability and Resilience Control', '8. Regularly Tests, Assessments and Evaluations',
  ]);
  const ids = measureIds(page);
  assert.equal(ids.length, 72);
  assert.deepEqual([ids[0], ids[9], ids[10], ids[71]], ['PA-01', 'PA-10', 'SA-01', 'EV-21']);
  const rows = coverageRows(page);
  assert.equal(rows.length, 9, 'eight sections and the total');
  assert.equal(rows[0], '1. Access Control 9 10 9', 'PA-02 is the one measure without C and A');
  assert.equal(rows[3], '4. Separation Control 3 3 —', 'no availability measure: a dash, not a gap (A is not expected)');
  assert.equal(rows[8], 'Total 63 56 37');
  assert.match(page, /<h1>Technical and Organizational Measures as Processor<\/h1>/);
  assert.match(page, /<p class="organization">commercetools GmbH<\/p>/);
  assert.match(page, /Last updated<\/dt><dd><time datetime="2025-01-23">23 January 2025<\/time>/);
  assert.match(page, /<dt>Role<\/dt><dd>Processor<\/dd>/);
  assert.match(page, /<a href="https:\/\/cloud.google.com\/security\/compliance" rel="noopener noreferrer">Google Cloud security and compliance<\/a>/);
  assert.deepEqual(texts(page, '<ul class="certifications">', '</ul>'), ['ISO/IEC 27001 SOC 2 Type 2 TISAX Level 2 Cyber Essentials UK HIPAA HDS']);
  assert.deepEqual(texts(page, '<ul class="commitments">', '</ul>'), ['Data in transit is protected with TLS 1.2 or newer. Passwords have at least 12 characters.']);
  assert.match(page, /Applies to: Offices Berlin &amp; Munich/, 'scope titles, escaped');
});

test('a mechanism per location renders with its location, in both formats', () => {
  const text = unoy.replace('    locations: [US, EU]\n    transferMechanism: scc', '    locations: [US, IN]\n    transferMechanism: {US: dpf, IN: scc}');
  assert.ok(subprocessorRows(html(text)).includes('Stripe Inc. Zahlungen Zahlungen Vereinigte Staaten, Indien US: EU-US Data Privacy Framework, IN: Standardvertragsklauseln (Art. 46)'));
  assert.match(markdown(text), /\| US: EU-US Data Privacy Framework, IN: Standardvertragsklauseln \(Art\. 46\) \|/);
});

test('the unoy example renders in German with its subprocessors, locations and transfer mechanisms', () => {
  const page = html(unoy);
  assert.match(page, /<html lang="de">/);
  assert.deepEqual(sectionTitles(page), [
    '1. Zugangskontrolle', '2. Physikalischer Schutz und Umweltsicherheit', '3. Eingeschränkte Zugriffsrechte und Autorisierungsvoraussetzungen',
    '4. Übertragung, Steuerung und Verschlüsselung', '5. Eingabesteuerung', '6. Verfügbarkeitskontrolle',
  ]);
  assert.deepEqual(measureIds(page), ['SA-01', 'SA-02', 'SA-03', 'SA-04', 'SA-05', 'PA-01', 'DA-01', 'DA-02', 'DA-03', 'TR-01', 'TR-02', 'IN-01', 'IN-02', 'AV-01', 'AV-02', 'AV-03', 'AV-04']);
  assert.deepEqual(subprocessorRows(page), [
    'Amazon Web Services Hosting und Infrastruktur Zugriff auf Cloudservices für die UNOY Plattform und API Deutschland, Vereinigte Staaten EU-US Data Privacy Framework',
    'Hubspot Inc. Unterstützung Kundenverwaltung SaaS-Plattform Deutschland —',
    'Userflow Inc. Hilfestellung bei der Produktnutzung Daten: E-Mail-Adresse Hilfestellung Vereinigte Staaten —',
    'Unlayer - Unrolled LLC Erstellung von Mails Vorlagen für E-Mail-Design Europäische Union —',
    'Stripe Inc. Zahlungen Zahlungen Vereinigte Staaten, Europäische Union Standardvertragsklauseln (Art. 46)',
    'Frogged Ltd. Benutzerdienst Benutzerdienst Europäische Union —',
  ]);
  assert.match(page, /Stand<\/dt><dd><time datetime="2023-06-01">1\. Juni 2023<\/time>/);
  assert.match(page, /C<\/abbr> Vertraulichkeit/, 'the legend is in German');
  assert.ok(!page.includes('class="findings"'), 'an export shows no findings');
});

test('the Markdown export has the same structure: headings, measures with CIA tags, tables', () => {
  const md = markdown(commercetools);
  const headings = md.split('\n').filter((l) => l.startsWith('## '));
  assert.equal(headings.length, 8 + 3, 'eight sections, coverage, certifications, commitments');
  assert.equal(headings[0], '## 1. Access Control');
  assert.ok(md.startsWith('# Technical and Organizational Measures as Processor\n\n**commercetools GmbH** · Last updated: 23 January 2025 · Role: Processor'));
  assert.match(md, /^- \*\*PA-02\*\* Formal documentation of key and key token distribution procedures — I · Organisational · Applies to: Offices Berlin \\& Munich$/m);
  assert.match(md, /^\| 1\. Access Control \| \*\*9\*\* \| 10 \| 9 \|$/m);
  assert.match(md, /\[Google Cloud security and compliance\]\(https:\/\/cloud.google.com\/security\/compliance\)/);
  const sub = markdown(unoy);
  assert.match(sub, /^\| \*\*Stripe Inc\.\*\* \| Zahlungen \| Zahlungen \| Vereinigte Staaten, Europäische Union \| Standardvertragsklauseln \(Art\. 46\) \|$/m);
});

test('a bilingual document renders in German, with the missing translation shown as a marked English fallback', () => {
  const de = html(bilingual, 'de');
  assert.match(de, /<html lang="de">/);
  assert.match(de, /<h1>Technische und organisatorische Maßnahmen<\/h1>/);
  assert.deepEqual(sectionTitles(de), ['1. Zutrittskontrolle', '2. Verfügbarkeit'], 'no title: the control type\'s German name');
  assert.match(de, /<span class="fallback" lang="en" title="Noch kein Text auf Deutsch: angezeigt auf Englisch">Visitor log kept at reception<\/span> <span class="fallback-tag"[^>]*>EN<\/span>/);
  assert.match(de, /<span class="fallback" lang="en"[^>]*>Visitors sign in and are accompanied at all times\.<\/span>/, 'a plain string is English');
  assert.match(de, /Ausweisleser an jedem Eingang<\/span>/);
  assert.ok(!/class="fallback"[^>]*>Ausweisleser/.test(de), 'a present translation is no fallback');
  assert.match(de, /Geplant, fällig <time datetime="2027-03-31">31\. März 2027<\/time>/);
  assert.match(de, /Gilt für: Hauptsitz Hamburg/);
  assert.match(de, /Verletzungen des Schutzes personenbezogener Daten werden innerhalb von 48 Stunden gemeldet\./);
  const mdDe = markdown(bilingual, 'de');
  assert.match(mdDe, /^- \*\*PA-02\*\* Visitor log kept at reception _\(Englisch\)_ — C, I · Organisatorisch · Geplant, fällig 31\. März 2027 · Gilt für: Hauptsitz Hamburg$/m);
});

test('the same document in English has no fallback, and the gap in the CIA matrix is visible', () => {
  const en = html(bilingual, 'en');
  assert.ok(!en.includes('class="fallback"'), 'every text exists in English');
  assert.deepEqual(sectionTitles(en), ['1. Physical access control', '2. Availability']);
  const rows = coverageRows(en);
  assert.equal(rows[1], '2. Availability 1 — 0 gap', 'availability is expected to serve A; no measure does');
  assert.match(en, /<td class="gap" title="Availability: gap">/);
  assert.match(markdown(bilingual, 'en'), /^\| 2\. Availability \| 1 \| — \| \*\*0 gap\*\* \|$/m);
  assert.match(en, /Partially implemented, due <time datetime="2027-01-15">15 January 2027<\/time>/);
  assert.match(en, /ISO\/IEC 27001<\/strong> <span class="details">valid until <time datetime="2027-06-30">30 June 2027<\/time>/);
  assert.match(en, /<dt>Version<\/dt><dd>2\.1<\/dd>/);
});

test('document text is escaped: markup renders as text and only http(s) URLs become links', () => {
  for (const page of [html(hostile), render(hostile, { format: 'html', preview: { nonce: 'n0nce', cspSource: 'https://webview', scriptUri: 'https://webview/preview.js' } })]) {
    assert.ok(!/<script>window|<img src|<svg onload|<iframe|<marquee|<details open ontoggle|<object|<b onmouseover|<style>body/i.test(page), 'no element from the document');
    assert.equal((page.match(/<script/g) ?? []).length, page.includes('n0nce') ? 1 : 0, 'only the preview\'s own script');
    assert.match(page, /&lt;script&gt;window\.pwned=1&lt;\/script&gt;Hostile/);
    assert.match(page, /Click me <span class="url">\(javascript:window\.pwnedLink=1\)<\/span>/, 'a javascript: URL is shown, not linked');
    assert.ok(!/href="javascript/i.test(page));
    assert.match(page, /<a href="https:\/\/example.com\/ok" rel="noopener noreferrer">&lt;b onmouseover=window\.pwnedB=1&gt;bold&lt;\/b&gt;<\/a>/);
    assert.match(page, /&#39; onfocus=&#39;window\.pwnedFocus=1&#39; autofocus x=&#39;/);
  }
  const md = markdown(hostile);
  assert.ok(!/(?<!\\)<(script|img)|(?<!\\)\]\(javascript/i.test(md), 'Markdown neither passes HTML through nor links javascript:');
  assert.match(md, /\\<script\\>window\.pwned=1\\<\/script\\>Hostile/);
  assert.match(md, /\\\[link\\\]\(javascript:window\.pwnedMd=1\) \\\*emph\\\* \\`code\\` \\\| pipe/);
});

test('a document with errors still renders what parses', () => {
  const broken = `${commercetools.replace('  - type: separation', '  - type: separation\n    title: [unclosed')}`;
  const { text, measures } = service().render(doc(broken), { format: 'html' });
  assert.ok(service().check(doc(broken)).some((f) => f.code === 'yaml-syntax'));
  assert.ok(measures.length >= 30, `most measures still render (${measures.length})`);
  assert.match(text, /<h1>Technical and Organizational Measures as Processor<\/h1>/);
  const nothing = service().render(doc('\u0000binary'), { format: 'html' }).text;
  assert.match(nothing, /<h1>Untitled<\/h1>/, 'even unreadable input gives a page, not an exception');
});

test('the preview adds the findings summary and source lines; the export has neither', () => {
  const frame = { nonce: 'abc', cspSource: 'https://webview', scriptUri: 'https://webview/preview.js' };
  const { text, measures } = service().render(doc(unoy), { format: 'html', preview: frame });
  assert.match(text, /<aside class="findings">.*Aktuelle Befunde/s);
  assert.match(text, /<li class="finding sev-warning" data-line="\d+"><span class="where">Zeile \d+<\/span> [^<]*<code>third-country-transfer<\/code>/);
  const line = unoy.split('\n').findIndex((l) => l.includes('id: SA-02'));
  assert.deepEqual(measures.find((m) => m.id === 'SA-02'), { id: 'SA-02', line });
  assert.match(text, new RegExp(`<li class="measure" data-line="${line}" id="measure-SA-02">`));
  assert.ok(!html(unoy).includes('data-line'), 'no editor lines in an export');
});

test('a description of several paragraphs keeps them in the page and in the Markdown export', () => {
  const text = read('test', 'fixtures', 'rules', 'clean.tom.yaml').replace(
    '      - {id: OR-01, title: A order measure, cia: [C, I], kind: technical}',
    '      - id: OR-01\n        title: A order measure\n        description: |\n          First paragraph,\n          wrapped.\n\n          Second paragraph.\n        cia: [C, I]\n        kind: technical');
  assert.deepEqual(texts(html(text), '<p class="measure-description">', '</p>'), ['First paragraph, wrapped.', 'Second paragraph.']);
  assert.match(markdown(text), /^- \*\*OR-01\*\* A order measure — C, I · Technical\n {2}First paragraph, wrapped\.\n\n {2}Second paragraph\.$/m);
});
