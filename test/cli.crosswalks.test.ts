/** `tom-studio coverage`, `render --template scc-annex-ii` and `export --format oscal-component`, run as a user runs them. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { cli } from './helpers/cli';
import { findControl } from '../server/src/service/frameworks/catalogues';
import { read } from './helpers/fixtures';

const title = (f: string, id: string, lang: 'en' | 'de' = 'en') => findControl(f, id)!.title[lang]!;
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('coverage --framework iso27001 lists every control with its measures, and those none covers', () => {
  const r = cli(['coverage', 'examples/acme-controller.tom.yaml', '--framework', 'iso27001']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'ISO/IEC 27001:2022 Annex A — coverage by ACME Analytics GmbH, examples/acme-controller.tom.yaml');
  assert.match(lines[1], /^Controls covered: \d+ of 93 \(\d+%\)$/);
  assert.match(r.stdout, new RegExp(`\nA\\.8\\.5 +${re(title('iso27001', 'A.8.5'))} +SA-01\n`));
  assert.match(r.stdout, new RegExp(`\nA\\.8\\.13 +${re(title('iso27001', 'A.8.13'))} +AV-01, AV-02 \\(planned\\)\n`));
  assert.match(r.stdout, /\nNot covered \(\d+\): A\.5\.1, A\.5\.2, /);
});

test('coverage --format json and csv carry the same figures; -o writes a file', () => {
  const json = JSON.parse(cli(['coverage', 'examples/commercetools-processor.tom.yaml', '--framework', 'nist-800-53', '--format', 'json']).stdout);
  assert.equal(json.framework.id, 'nist-800-53');
  assert.equal(json.covered, json.controls.filter((c: { measures: unknown[] }) => c.measures.length).length);
  assert.equal(json.notCovered.length, json.total - json.covered);
  const dir = mkdtempSync(join(tmpdir(), 'tom-coverage-'));
  try {
    const out = join(dir, 'soa.csv');
    const r = cli(['coverage', 'examples/commercetools-processor.tom.yaml', '--framework', 'nist-800-53', '--format', 'csv', '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    const rows = readFileSync(out, 'utf8').trim().split('\r\n');
    assert.equal(rows.length, json.total + 1);
    assert.equal(rows.filter((row) => /^nist-800-53,[^,]+,(".*"|[^,]*),yes,/.test(row)).length, json.covered);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('coverage refuses an unknown framework or format with exit 2 and the choices', () => {
  const r = cli(['coverage', 'examples/acme-controller.tom.yaml', '--framework', 'pci-dss']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--framework must be one of iso27001, soc2, bsi-grundschutz, nist-800-53, tisax, c5, scc-annex-ii/);
  assert.equal(cli(['coverage', 'examples/acme-controller.tom.yaml', '--framework', 'c5', '--format', 'xlsx']).status, 2);
  assert.equal(cli(['coverage', 'no-such.tom.yaml', '--framework', 'c5']).status, 2);
});

test('render --template scc-annex-ii writes the measures under the 17 headings, in German too', () => {
  const md = cli(['render', 'examples/unoy-processor.tom.yaml', '--template', 'scc-annex-ii', '--format', 'md']);
  assert.equal(md.status, 0, md.stderr);
  assert.equal((md.stdout.match(/^## \d+\. /gm) ?? []).length, 17);
  assert.ok(md.stdout.includes(`\n## 6. ${title('scc-annex-ii', '6', 'de')}\n\n- **TR-01**`));
  const html = cli(['render', 'examples/acme-controller.tom.yaml', '--template', 'scc-annex-ii', '--lang', 'en']);
  assert.ok(html.stdout.includes(`<h2><span class="number">8.</span> ${title('scc-annex-ii', '8')}</h2>`));
  assert.match(html.stdout, /Annex II to the Standard Contractual Clauses/);
  assert.equal(cli(['render', 'examples/acme-controller.tom.yaml', '--template', 'annex']).status, 2);
});

test('export --format oscal-component writes JSON that NIST\'s OSCAL schema accepts, byte for byte the same on every run', () => {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(read('test', 'fixtures', 'oscal', 'oscal_component_schema.json')));
  const r = cli(['export', 'examples/commercetools-processor.tom.yaml', '--format', 'oscal-component']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(validate(JSON.parse(r.stdout)), ajv.errorsText(validate.errors));
  assert.equal(cli(['export', 'examples/commercetools-processor.tom.yaml', '--format', 'oscal-component']).stdout, r.stdout);
  assert.match(r.stdout, /"control-id": "ia-2\.1"/);
  assert.equal(cli(['export', 'examples/commercetools-processor.tom.yaml']).status, 2);
});

test('the worked examples in docs/crosswalks-examples.md are the current output of the command above each', () => {
  const docs = read('docs', 'crosswalks-examples.md');
  const commands = [...docs.matchAll(/<!-- tom-studio (coverage \S+ --framework \S+ --format md) -->\n\n([\s\S]*?)(?=\n<!-- |$)/g)];
  assert.equal(commands.length, 6);
  for (const [, command, shown] of commands) {
    const r = cli(command.split(' '));
    assert.equal(shown, r.stdout.replace(/^## /m, '### '), `docs/crosswalks-examples.md: tom-studio ${command}`);
  }
});
