/** `tom-studio render`: the shipped command (bin/tom-studio.js over dist/cli.js), run as a user runs it. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from './helpers/cli';
import { repoRoot } from './helpers/fixtures';


test('render writes the HTML page to stdout, in the document\'s language by default', () => {
  const r = cli(['render', 'examples/unoy-processor.tom.yaml']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<!DOCTYPE html>\n<html lang="de">/);
  assert.match(r.stdout, /<h1>GDPR und TOMs<\/h1>/);
  assert.ok(!r.stdout.includes('<script'), 'an export has no script');
});

test('render --format md --lang en -o OUT writes Markdown in English to the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tom-render-'));
  try {
    const out = join(dir, 'toms.md');
    const r = cli(['render', 'test/fixtures/render/bilingual.tom.yaml', '--format', 'md', '--lang', 'en', '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    const md = readFileSync(out, 'utf8');
    assert.ok(md.startsWith('# Technical and organisational measures\n'));
    assert.match(md, /^## 1\. Physical access control$/m);
    const de = cli(['render', 'test/fixtures/render/bilingual.tom.yaml', '--format', 'md', '--lang', 'de']).stdout;
    assert.match(de, /Visitor log kept at reception _\(Englisch\)_/, 'the missing German title is a marked fallback');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a document with syntax errors still renders, with a hint on stderr; bad options exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tom-render-'));
  try {
    const file = join(dir, 'broken.tom.yaml');
    writeFileSync(file, readFileSync(join(repoRoot, 'examples', 'commercetools-processor.tom.yaml'), 'utf8').replace('  - type: input', '  - type: input\n    title: [unclosed'));
    const r = cli(['render', file]);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /has syntax errors; the page shows what parsed/);
    assert.match(r.stdout, /<span class="measure-id">PA-01<\/span>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const args of [['render'], ['render', 'examples/unoy-processor.tom.yaml', '--format', 'pdf'], ['render', 'examples/unoy-processor.tom.yaml', '--lang', 'fr']]) {
    const r = cli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^tom-studio: (render needs a file|--format must be one of html, md|--lang must be one of en, de)/);
  }
  const missing = cli(['render', 'no/such.tom.yaml']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no\/such\.tom\.yaml: cannot be read \(ENOENT\)/);
});
