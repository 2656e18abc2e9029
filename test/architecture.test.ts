/** The language service stays pure: the server, the CLI and the tests can all call it, and so can a browser. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './helpers/fixtures';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

test('server/src/service imports no Node built-in, no vscode and no LSP connection', () => {
  const service = join(repoRoot, 'server', 'src', 'service');
  const files = sources(service);
  assert.ok(files.length > 50, `read ${files.length} files`);
  const forbidden = /from '(node:[^']+|fs|path|os|child_process|net|http|https|url|crypto|vscode|vscode-languageserver|vscode-languageserver\/node|vscode-languageclient[^']*)'|require\(/;
  const offenders = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')
    .filter((line) => forbidden.test(line))
    .map((line) => `${relative(repoRoot, f)}: ${line.trim()}`));
  assert.deepEqual(offenders, []);
});
