/**
 * A third-party editor drives the real server end to end: headless Neovim (Debian package `neovim`)
 * opens an example with one typo, receives the diagnostics, asks for completions and applies the
 * quick-fix; test/neovim/drive.lua writes what Neovim saw to JSON, asserted here.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixedToday, read, repoRoot } from './helpers/fixtures';
import { requireTool, skipWithout } from './helpers/tools';

const missing = spawnSync('nvim', ['--version']).status === 0 ? undefined : 'nvim is not installed (Debian package neovim; .ci/run installs it)';

interface Seen {
  diagnostics: { code: string; message: string; range: { start: { line: number; character: number } } }[];
  completion: string[];
  actions: string[];
  fixedLine: string | null;
  after: { code: string }[];
  errors: string[];
}

test('Neovim: diagnostics, completion and a quick-fix from the real server', { skip: skipWithout(missing) }, () => {
  requireTool(missing);
  const dir = mkdtempSync(join(tmpdir(), 'tom-nvim-'));
  try {
    const text = read('examples', 'unoy-processor.tom.yaml').replace('type: system-access', 'type: sytem-access');
    const lines = text.split('\n');
    const typoLine = lines.findIndex((l) => l.includes('type: sytem-access'));
    const kindLine = lines.findIndex((l) => l.includes('kind: technical'));
    const file = join(dir, 'unoy.tom.yaml');
    writeFileSync(file, text);
    const outFile = join(dir, 'seen.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(repoRoot, 'test', 'neovim', 'drive.lua')}`], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        TOM_STUDIO_TODAY: fixedToday,
        TOM_NVIM_SERVER: join(repoRoot, 'dist', 'server.js'),
        TOM_NVIM_FILE: file,
        TOM_NVIM_OUT: outFile,
        TOM_NVIM_COMPLETE_LINE: String(kindLine),
        TOM_NVIM_COMPLETE_COL: String(lines[kindLine].indexOf('kind: ') + 'kind: '.length),
        TOM_NVIM_FIX_RULE: 'unknown-control-type',
      },
    });
    assert.equal(run.signal, null, `nvim was killed: ${run.stderr}`);
    const seen: Seen = JSON.parse(readFileSync(outFile, 'utf8'));
    assert.deepEqual(seen.errors, []);

    const typo = seen.diagnostics.find((d) => d.code === 'unknown-control-type');
    assert.ok(typo, JSON.stringify(seen.diagnostics.map((d) => d.code)));
    assert.deepEqual(typo.range.start, { line: typoLine, character: lines[typoLine].indexOf('sytem-access') });
    assert.match(typo.message, /"sytem-access" is not a control type id: use "system-access"/);

    assert.ok(seen.completion.includes('technical') && seen.completion.includes('organizational'), `completion offered ${JSON.stringify(seen.completion)}`);

    assert.ok(seen.actions.length > 0, 'a quick-fix is offered for the typo');
    assert.equal(seen.fixedLine, lines[typoLine].replace('sytem-access', 'system-access'));
    // the fixed document's diagnostics arrived: the typo is gone, the example's other findings remain
    assert.deepEqual(seen.after.map((d) => d.code).sort(), ['missing-contact', 'missing-control-type', 'stale-review', 'third-country-transfer', 'transfer-impact-assessment'], 'the fixed document has no typo left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
