/** `tom-studio import`, run as a process: YAML to stdout or a file, the report on stderr, and a file `check` accepts. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { cli } from './helpers/cli';
import { makeDocx, makePdf } from './helpers/documents';

const tmp = mkdtempSync(join(tmpdir(), 'tom-import-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonFinding { rule: string; line: number; column: number; endColumn: number }

test('-o writes a file that check accepts apart from the placeholders the report announced', () => {
  const out = join(tmp, 'unoy.tom.yaml');
  const r = cli(['import', 'test/fixtures/legacy/unoy-toms-de.txt', '-o', out, '--organization', 'UNOY']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^Imported unoy-toms-de\.txt \(text\), language de: 6 sections, 15 measures, 0 scopes, 6 subprocessors, 1 commitments\.$/m);
  assert.match(r.stderr, /^ {2}line 31: \* für Kunden aus der EU/m, 'what was not mapped, with its line');
  const announced = r.stderr.match(/^ {2}\S.*: (?:""|\[\])(?: \(line \d+\))? — /gm) ?? [];
  assert.equal(announced.length, 2, 'role and lastUpdated; the CIA tags of the 15 measures are proposed from their control types');
  assert.match(r.stderr, /^ {2}line \d+: cia of PA-01(?: … PA-0\d)? \(\d\): \[C\], what physical-access usually protects/m, 'the proposed tags are listed as guesses, with their line');
  assert.match(r.stderr, /tom-studio: wrote /);

  const check = cli(['check', out, '--format', 'json']);
  const findings = (JSON.parse(check.stdout) as { files: { findings: JsonFinding[] }[] }).files[0].findings;
  const lines = readFileSync(out, 'utf8').split('\n');
  const schema = findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax');
  assert.equal(schema.length, announced.length);
  for (const f of schema) assert.match(lines[f.line - 1].slice(f.column - 1, f.endColumn - 1), /^(?:""|\[\])$/, `line ${f.line}`);
});

test('without -o: YAML on stdout, the report on stderr; --lang and --role are used', () => {
  const r = cli(['import', 'test/fixtures/legacy/commercetools-toms-en.txt', '--lang', 'en', '--role', 'sub-processor', '--organization', 'commercetools GmbH']);
  assert.equal(r.status, 0, r.stderr);
  const tom = parse(r.stdout) as { document: Record<string, string> };
  assert.deepEqual([tom.document.organization, tom.document.role, tom.document.language, tom.document.lastUpdated], ['commercetools GmbH', 'sub-processor', 'en', '2025-01-23']);
  assert.match(r.stderr, /8 sections, 72 measures, 1 scopes/);
  assert.doesNotMatch(r.stderr, /To fill/, 'nothing left to fill');
  const file = join(tmp, 'commercetools.tom.yaml');
  writeFileSync(file, r.stdout);
  const check = cli(['check', file]);
  assert.equal(check.status, 0, check.stdout);
  assert.match(check.stdout, /3 findings \(2 warnings, 1 hint\)/, 'stale-review, the missing order section and no contact named (a hint), no errors');
});

test('an existing file is not overwritten without --force; wrong options are usage errors', () => {
  const out = join(tmp, 'kept.tom.yaml');
  writeFileSync(out, 'tom: 1\n');
  const refused = cli(['import', 'test/fixtures/import/patterns-en.md', '-o', out]);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /exists; choose another name or pass --force/);
  assert.equal(readFileSync(out, 'utf8'), 'tom: 1\n');
  assert.equal(cli(['import', 'test/fixtures/import/patterns-en.md', '-o', out, '--force']).status, 0);
  assert.match(readFileSync(out, 'utf8'), /^tom: 1$/m);
  assert.match(readFileSync(out, 'utf8'), /title: Physical Access Control/);
  assert.equal(cli(['import', 'test/fixtures/import/patterns-en.md', '--role', 'owner']).status, 2);
  assert.equal(cli(['import', 'test/fixtures/import/patterns-en.md', '--lang', 'fr']).status, 2);
  assert.equal(cli(['import']).status, 2);
  const missing = cli(['import', 'no/such/file.txt']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no\/such\/file\.txt: cannot be read/);
});

test('a Word file and a PDF: imported like the text; a PDF without a text layer is said plainly', async () => {
  const docx = join(tmp, 'toms.docx');
  writeFileSync(docx, await makeDocx([{ heading: 1, text: 'Technische und organisatorische Maßnahmen' }, { heading: 2, text: 'Zutrittskontrolle' }, { bullets: ['Schließanlage mit Transpondern'] }]));
  const word = cli(['import', docx]);
  assert.equal(word.status, 0, word.stderr);
  assert.match(word.stderr, /^Imported toms\.docx \(Word\), language de: 1 sections, 1 measures/m);
  assert.match(word.stdout, /title: Schließanlage mit Transpondern/);

  const pdf = join(tmp, 'toms.pdf');
  writeFileSync(pdf, makePdf([{ text: 'Technical and Organisational Measures', size: 16 }, { text: '', size: 0 }, { text: 'Input control', size: 13 }, { text: '- Every change is logged', size: 10 }]));
  const text = cli(['import', pdf]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /type: input[\s\S]*title: Every change is logged/);
  assert.doesNotMatch(text.stderr, /Warning/, 'pdf.js stays quiet');

  const scan = join(tmp, 'scan.pdf');
  writeFileSync(scan, makePdf([{ text: 'x', size: 10 }], { images: true }));
  const empty = cli(['import', scan]);
  assert.equal(empty.status, 0);
  assert.match(empty.stderr, /^tom-studio: scan\.pdf has no text layer .*OCR/m);
  assert.match(empty.stdout, /^tom: 1$/m);
});
