import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from './helpers/cli';
import { read } from './helpers/fixtures';

const broken = () => read('examples', 'unoy-processor.tom.yaml').replace('type: physical-access', 'type: Zutrittskontrolle').replace('cia: [C, I, A]', 'cia: [i, c, a]');

test('check --fix-dry-run prints a unified diff and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tom-fix-'));
  writeFileSync(join(dir, 'a.tom.yaml'), broken());
  const r = cli(['check', '--fix-dry-run', 'a.tom.yaml'], { cwd: dir });
  assert.match(r.stdout, /^--- a\/a\.tom\.yaml\n\+\+\+ b\/a\.tom\.yaml\n@@ /);
  assert.match(r.stdout, /^-  - type: Zutrittskontrolle\n\+  - type: physical-access$/m);
  assert.equal(readFileSync(join(dir, 'a.tom.yaml'), 'utf8'), broken());
});

test('check --fix writes the safe fixes, keeps CRLF and the BOM, and never writes invalid UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tom-fix-'));
  const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(broken().replace(/\n/g, '\r\n'))]);
  writeFileSync(join(dir, 'a.tom.yaml'), crlf);
  const bad = Buffer.concat([Buffer.from(broken()), Buffer.from([0xff, 0x0a])]);
  writeFileSync(join(dir, 'bad.tom.yaml'), bad);
  const r = cli(['check', '--fix', '.'], { cwd: dir });
  const fixed = readFileSync(join(dir, 'a.tom.yaml'));
  assert.deepEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const textOut = fixed.toString('utf8').slice(1);
  assert.equal(textOut, read('examples', 'unoy-processor.tom.yaml').replace(/\n/g, '\r\n'));
  assert.deepEqual(readFileSync(join(dir, 'bad.tom.yaml')), bad, 'the invalid file is untouched');
  assert.match(r.stderr, /bad\.tom\.yaml: not valid UTF-8, so not fixed/);
  assert.doesNotMatch(r.stdout.split('\n').filter((l) => l.startsWith('a.tom.yaml')).join('\n'), /unknown-control-type|schema/, 'the report shows the fixed file');
});
