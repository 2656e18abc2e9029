/**
 * The architecture as the imports show it: the language service stays pure (the server, the CLI and
 * the tests can all call it, and so could a browser), the adapters reach it only through its facade,
 * and the VS Code client shares nothing with the server but the protocol. Imports are read with
 * TypeScript's own pre-processor, so that multi-line imports, `export … from`, `import()` and
 * `require()` all count, and nothing in a comment or a string does.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { repoRoot } from './helpers/fixtures';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** Every module specifier a source file imports, re-exports, `import()`s or `require()`s. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const src = join(repoRoot, 'server', 'src');
const service = join(src, 'service');
const facade = join(service, 'index');
const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);
/** A relative specifier as the path it names (without extension); a package name as it is. */
const target = (file: string, spec: string) => (spec.startsWith('.') ? resolve(dirname(file), spec) : spec);

/** `file: specifier` for each import in `files` that `refused` rejects. */
function offenders(files: string[], refused: (file: string, spec: string) => boolean): string[] {
  return files.flatMap((f) => importsOf(readFileSync(f, 'utf8')).filter((spec) => refused(f, spec)).map((spec) => `${relative(repoRoot, f)}: ${spec}`));
}

const nodeBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);
// the LSP *types* and the text document are plain data; the connection and the editor API are not
const editorOrConnection = (spec: string) => /^vscode(-languageserver(\/.*)?|-languageclient(\/.*)?|-jsonrpc(\/.*)?|-languageserver-protocol(\/.*)?)?$/.test(spec);

test('the import reader sees every form of import, and nothing in comments or strings', () => {
  const text = [
    "import {\n  a,\n  b,\n} from '../service/fixes';",
    "export * from './service/types';",
    "export { x } from 'node:fs';",
    'const lazy = () => import("vscode");',
    "const fs = require('fs');",
    "// import { no } from 'commented-out';",
    "const s = \"import { no } from 'in-a-string'\";",
  ].join('\n');
  assert.deepEqual(importsOf(text), ['../service/fixes', './service/types', 'node:fs', 'vscode', 'fs']);
});

test('server/src/service imports no Node built-in, no vscode and no LSP connection', () => {
  const files = sources(service);
  assert.ok(files.length > 50, `read ${files.length} files`);
  assert.deepEqual(offenders(files, (_, spec) => nodeBuiltin(spec) || editorOrConnection(spec)), []);
});

test('the LSP layer, the CLI and the other server files use the service only through its facade (service/index.ts)', () => {
  const adapters = sources(src).filter((f) => !inside(f, service));
  assert.ok(adapters.some((f) => f.includes(`${sep}lsp${sep}`)) && adapters.some((f) => f.includes(`${sep}cli${sep}`)), 'lsp/ and cli/ are read');
  const bypass = (file: string, spec: string) => {
    const path = target(file, spec);
    return inside(path, service) && path !== service && path !== facade;
  };
  assert.deepEqual(offenders(adapters, bypass), []);
});

test('the VS Code client shares nothing with the server but the protocol of its custom messages', () => {
  const files = sources(join(repoRoot, 'client', 'src'));
  const protocol = join(src, 'protocol');
  assert.deepEqual(offenders(files, (file, spec) => inside(target(file, spec), src) && target(file, spec) !== protocol), []);
});
