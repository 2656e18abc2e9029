/**
 * The importer on the corpus of published-TOM shapes (test/fixtures/import/corpus, `npm run
 * eval:import`): the figures it must hold, per document and overall, also when the same documents
 * arrive as Word and PDF files that the test makes itself.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readImportSource } from '../server/src/readers';
import { importTom } from '../server/src/service/import';
import { corpusDir, corpusNames, scoreCorpus, scoreDocument, type Score } from './import-eval/score';
import { makeDocx, makePdf, type Block } from './helpers/documents';

const figures = (s: Score) => `${s.name}: recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}, types ${s.typeAccuracy.toFixed(2)}, lost ${s.lost.length}`
  + `\n  missed: ${s.missed.join(' | ')}\n  extra: ${s.extra.join(' | ')}\n  mistyped: ${s.mistyped.join(' | ')}\n  lost: ${s.lost.map((l) => l.line).join(', ')}`;

test('the corpus holds at least twelve documents, German and English, text, Markdown and HTML', () => {
  const names = corpusNames();
  assert.ok(names.length >= 12, `${names.length} documents`);
  for (const ext of ['.txt', '.md', '.html']) assert.ok(names.some((n) => n.endsWith(ext)), ext);
  for (const lang of ['de-', 'en-']) assert.ok(names.filter((n) => n.startsWith(lang)).length >= 5, lang);
});

test('overall: recall, precision and control-type accuracy of at least 90%, and no line lost', () => {
  const overall = scoreCorpus();
  assert.ok(overall.recall >= 0.9, `recall ${overall.recall}`);
  assert.ok(overall.precision >= 0.9, `precision ${overall.precision}`);
  assert.ok(overall.typeAccuracy >= 0.9, `type accuracy ${overall.typeAccuracy}`);
  assert.equal(overall.lost, 0, overall.documents.filter((d) => d.lost.length).map(figures).join('\n'));
});

for (const name of corpusNames()) {
  test(`${name}: at least 80% of each figure, the language, the organisation and the date right`, () => {
    const s = scoreDocument(name);
    assert.ok(s.recall >= 0.8 && s.precision >= 0.8 && s.typeAccuracy >= 0.8, figures(s));
    assert.ok(s.language, 'language');
    assert.notEqual(s.organization, false, 'organization');
    assert.notEqual(s.lastUpdated, false, 'lastUpdated');
  });
}

/** A plain-text corpus document as a Word file: category lines as headings, dash lines as a list. */
function wordBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const item = /^- (.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (item && last && 'bullets' in last) last.bullets.push(item[1]);
    else if (item) blocks.push({ bullets: [item[1]] });
    else if (/^Maßnahmen der|^Technische und organisatorische/.test(line)) blocks.push({ heading: /^Technische/.test(line) ? 1 : 2, text: line });
    else blocks.push({ paragraph: line });
  }
  return blocks;
}

test('Word: de-klassisch as a .docx (headings, lists) scores as well as the text', async () => {
  const text = readFileSync(join(corpusDir, 'de-klassisch.txt'), 'utf8');
  const source = await readImportSource(await makeDocx(wordBlocks(text)), 'de-klassisch.docx');
  assert.equal(source.format, 'html');
  const result = importTom(source.text, { fileName: 'de-klassisch.docx', format: source.format, sourceKind: source.sourceKind });
  assert.match(result.message, /^Imported de-klassisch\.docx \(Word\), language de: 8 sections, 23 measures/);
  const s = scoreDocument('de-klassisch.txt', text, result.yaml);
  assert.ok(s.recall === 1 && s.precision === 1 && s.typeAccuracy === 1, figures(s));
  assert.equal(s.lost.length, 0, figures(s));
  assert.ok(s.organization && s.lastUpdated, 'organisation and date');
});

test('Word: a table with a check mark per site, its first row naming the columns', async () => {
  const docx = await makeDocx([
    { heading: 1, text: 'Technische und organisatorische Maßnahmen' },
    { table: [['Maßnahme', 'Berlin', 'Köln'], ['Zutrittskontrolle', '', ''], ['Empfang mit Besucherbuch', '✓', '✓'], ['Zugangskontrolle', '', ''], ['Anmeldung nur mit zweitem Faktor', '✓', '–']] },
  ]);
  const source = await readImportSource(docx, 'standorte.docx');
  const result = importTom(source.text, { format: source.format });
  assert.match(result.yaml, /type: physical-access[\s\S]*title: Empfang mit Besucherbuch\n\s+description: "Berlin: ✓, Köln: ✓"/);
  assert.match(result.yaml, /type: system-access[\s\S]*title: Anmeldung nur mit zweitem Faktor\n\s+description: "Berlin: ✓, Köln: –"/);
});

test('PDF: en-art32 as a text PDF (larger headings) scores as well as the text', async () => {
  const text = readFileSync(join(corpusDir, 'en-art32.txt'), 'utf8');
  const lines = text.split('\n').map((t) => ({ text: t, size: !t.trim() ? 0 : /^\([a-d]\)|^TECHNICAL/.test(t) ? 14 : 10 }));
  const source = await readImportSource(makePdf(lines), 'en-art32.pdf');
  assert.deepEqual(source.notes, []);
  const result = importTom(source.text, { fileName: 'en-art32.pdf', format: source.format, sourceKind: source.sourceKind });
  assert.match(result.message, /^Imported en-art32\.pdf \(PDF\), language en:/);
  const s = scoreDocument('en-art32.txt', text, result.yaml);
  assert.ok(s.recall >= 0.9 && s.precision >= 0.9 && s.typeAccuracy >= 0.9, figures(s));
  assert.equal(s.lost.length, 0, figures(s));
});

test('PDF without a text layer: said plainly, and still a document and a report', async () => {
  const source = await readImportSource(makePdf([{ text: 'x', size: 10 }, { text: 'y', size: 10 }], { images: true }), 'scan.pdf');
  assert.equal(source.text, '');
  assert.match(source.notes[0], /^scan\.pdf has no text layer \(1 page of images, a scan\?\): nothing to import\. Run it through OCR/);
  const result = importTom(source.text, { fileName: 'scan.pdf', format: source.format, sourceKind: source.sourceKind });
  assert.match(result.yaml, /^tom: 1$/m);
  assert.match(result.message, /0 sections, 0 measures/);
});

test('a file that is no Word document or no PDF at all: a note, never an exception', async () => {
  const garbage = new TextEncoder().encode('this is not a zip');
  assert.match((await readImportSource(garbage, 'x.docx')).notes[0], /could not be read as a Word document/);
  assert.match((await readImportSource(garbage, 'x.pdf')).notes[0], /could not be read as a PDF/);
});
