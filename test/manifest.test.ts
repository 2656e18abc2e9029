/**
 * The extension manifest as a user depends on it: every contributed string resolves in English and
 * German, snippets expand to valid TOM, the grammar and the settings match what the server knows, and
 * the packaged .vsix runs without node_modules.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import schema from '../schemas/tom.schema.json';
import { defaultSettings, rules } from '../server/src/service';
import { sanitise } from '../server/src/lsp/settings';
import { check, fixedToday, read, repoRoot } from './helpers/fixtures';
import { startLspProcess } from './helpers/lspClient';
import { readZip } from './helpers/zip';

const json = (...parts: string[]) => JSON.parse(read(...parts));
const manifest = json('package.json');
const contributes = manifest.contributes;
const nls: Record<string, Record<string, string>> = { en: json('package.nls.json'), de: json('package.nls.de.json') };
const ruleIds = Object.keys(rules).sort();
const controlTypeIds = schema.$defs.controlType.oneOf.map((c) => c.const);

/** Every string value in a JSON tree, with where it was found. */
function* strings(node: unknown, path = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  else if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* strings(v, `${path}[${i}]`);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* strings(v, `${path}.${k}`);
}

test('every %key% in the manifest has an English and a German text, and no text is left over', () => {
  const used = new Set<string>();
  for (const [path, value] of strings(manifest)) {
    const key = /^%(.+)%$/.exec(value)?.[1];
    if (!key) continue;
    used.add(key);
    for (const [lang, texts] of Object.entries(nls)) assert.ok(texts[key]?.trim(), `${path}: "${key}" has no ${lang} text`);
  }
  for (const [lang, texts] of Object.entries(nls)) assert.deepEqual(Object.keys(texts).filter((k) => !used.has(k)), [], `unused keys in the ${lang} file`);
});

test('every contributed command has a title, and menus and keybindings name declared commands', () => {
  const declared = new Set<string>();
  for (const c of contributes.commands ?? []) {
    assert.ok(typeof c.title === 'string' && c.title.trim(), `${c.command} has no title`);
    declared.add(c.command);
  }
  const referenced = [
    ...(contributes.keybindings ?? []).map((k: { command: string }) => k.command),
    ...Object.values(contributes.menus ?? {}).flat().map((m) => (m as { command?: string }).command).filter(Boolean),
  ];
  for (const command of referenced) assert.ok(declared.has(command), `${command} is used in menus/keybindings but not declared`);
});

test('the client\'s UI strings all have a German translation', () => {
  const dir = join(repoRoot, 'client', 'src');
  const used = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) used.add(m[2].replace(/\\(.)/g, '$1'));
  }
  assert.ok(used.size > 0, 'the client uses vscode.l10n.t');
  const de = json('l10n', 'bundle.l10n.de.json');
  assert.deepEqual([...used].filter((s) => !de[s]), [], 'strings without German');
  assert.deepEqual(Object.keys(de).filter((s) => !used.has(s)), [], 'German strings nobody uses');
});

test('the tom language: file extensions, first line, language configuration', () => {
  const [language] = contributes.languages;
  assert.equal(language.id, 'tom');
  assert.deepEqual(language.extensions, ['.tom.yaml', '.tom.yml']);
  const firstLine = new RegExp(language.firstLine);
  for (const yes of ['tom: 1', 'tom: 1   # format version']) assert.ok(firstLine.test(yes), yes);
  for (const no of ['tom: 2', 'tom: 10', 'atom: 1', '# tom: 1']) assert.ok(!firstLine.test(no), no);
  const config = json(language.configuration);
  assert.equal(config.comments.lineComment, '#');
  assert.deepEqual(contributes.yamlValidation, [
    { fileMatch: ['*.tom.yaml', '*.tom.yml'], url: './schemas/tom.schema.json' },
    // completions and hover in .tom-studio.yaml (with the YAML extension), from its own schema
    { fileMatch: ['.tom-studio.yaml', '.tom-studio.yml'], url: './schemas/tom-studio-config.schema.json' },
  ]);
});

test('the extension stays on in Restricted Mode, holding back only settings that name files to read', () => {
  const trust = manifest.capabilities.untrustedWorkspaces;
  assert.notEqual(trust.supported, false);
  assert.deepEqual(trust.restrictedConfigurations, ['tom.schemas']);
  assert.ok(manifest.capabilities.virtualWorkspaces, 'virtual workspaces are declared');
});

// ---- settings ----

/** A non-default value per setting, and what the server makes of it. */
const settingExamples: Record<string, { value: unknown; expect: (s: ReturnType<typeof sanitise>) => unknown }> = {
  rules: { value: { 'stale-review': 'off' }, expect: (s) => s.rules['stale-review'] === 'off' },
  staleReviewMonths: { value: 24, expect: (s) => s.staleReviewMonths === 24 },
  maxFileSizeMB: { value: 1, expect: (s) => s.maxFileSize === 1024 * 1024 },
  schemas: { value: { '*.tom.yaml': 'profiles/acme.json' }, expect: (s) => s.schemas['*.tom.yaml'] === 'file:///ws/profiles/acme.json' },
};
const settingNames = Object.keys(contributes.configuration.properties).map((k) => k.replace(/^tom\./, ''));
// read by vscode-languageclient itself, because the client's id is "tom"
const clientSettings = ['trace.server'];

test('every tom.* setting is read by the server, and the manifest defaults are the server defaults', () => {
  const uri = 'file:///ws/a.tom.yaml';
  const folders = ['file:///ws'];
  for (const name of settingNames.filter((n) => !clientSettings.includes(n))) {
    const example = settingExamples[name];
    assert.ok(example, `tom.${name}: add an example here and read the setting in server/src/lsp/settings.ts`);
    assert.ok(example.expect(sanitise({ [name]: example.value }, uri, folders)), `tom.${name} is not read by the server`);
  }
  const defaults = Object.fromEntries(settingNames.map((n) => [n, contributes.configuration.properties[`tom.${n}`].default]));
  assert.deepEqual(sanitise(defaults, uri, folders), defaultSettings);
  assert.ok(read('client', 'src', 'languageClient.ts').includes(`new LanguageClient('tom'`), 'tom.trace.server needs the client id "tom"');
});

test('tom.rules offers exactly the rule ids of the service, each with all severities', () => {
  const props = contributes.configuration.properties['tom.rules'].properties;
  assert.deepEqual(Object.keys(props).sort(), ruleIds);
  for (const p of Object.values(props) as { enum: string[] }[]) assert.deepEqual(p.enum, ['off', 'hint', 'info', 'warning', 'error']);
});

test('the files generated from the rule modules are up to date, and a stale one is detected', () => {
  const generated = ['package.json', 'package.nls.json', 'package.nls.de.json', join('snippets', 'tom.json'), join('schemas', 'tom-studio-config.schema.json'), join('docs', 'rules.md')];
  const generate = (root: string) => spawnSync(process.execPath, [join(repoRoot, 'server', 'generate.mjs'), '--check', '--root', root], { encoding: 'utf8' });
  const fresh = generate(repoRoot);
  assert.equal(fresh.status, 0, `${fresh.stderr}: run npm run generate (npm run build does) and commit the result`);
  const copy = mkdtempSync(join(tmpdir(), 'tom-generated-'));
  try {
    for (const folder of ['docs', 'snippets', 'schemas']) mkdirSync(join(copy, folder));
    for (const f of generated) writeFileSync(join(copy, f), read(f));
    writeFileSync(join(copy, 'package.nls.de.json'), read('package.nls.de.json').replace('(voreingestellt: `hint`)', '(voreingestellt: `info`)'));
    writeFileSync(join(copy, 'docs', 'rules.md'), read('docs', 'rules.md').replace(/^\| <a id="cia-order">.*\n/m, ''));
    const stale = generate(copy);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /Out of date with the rule modules: package\.nls\.de\.json, docs\/rules\.md\./);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('every rule has an anchor in docs/rules.md (links from the other pages land on its row)', () => {
  const docs = read('docs', 'rules.md');
  for (const id of ruleIds) assert.ok(docs.includes(`<a id="${id}"></a>`), id);
});

// ---- grammar ----

const grammar = json('syntaxes', 'tom.tmLanguage.json');
const rx = (name: string, key = 'match') => new RegExp(grammar.repository[name][key]);

test('the grammar is valid JSON with the scope name the manifest declares, and its includes resolve', () => {
  assert.deepEqual(contributes.grammars, [{ language: 'tom', scopeName: grammar.scopeName, path: './syntaxes/tom.tmLanguage.json' }]);
  assert.equal(grammar.scopeName, 'source.tom');
  for (const [path, value] of strings(grammar)) {
    if (path.endsWith('.include') && value.startsWith('#')) assert.ok(grammar.repository[value.slice(1)], `${path}: ${value}`);
    if (/\.(match|begin|end|while)$/.test(path)) assert.doesNotThrow(() => new RegExp(value), path);
    if (path.startsWith('.repository') && path.endsWith('.name') && !value.endsWith('.yaml')) assert.match(value, /\.tom$/, `${path}: TOM scopes end in .tom`);
  }
});

test('the grammar highlights the 14 control type ids as `type` values and nothing else', () => {
  const type = rx('control-type');
  for (const id of controlTypeIds) assert.equal(type.exec(`  - type: ${id}`)?.[5], id);
  assert.equal(type.exec('{type: encryption, measures: []}')?.[5], 'encryption');
  for (const no of ['  - type: Zutrittskontrolle', '  - type: encryption-at-rest', '    title: encryption']) assert.equal(type.exec(no), null, no);
});

test('the grammar highlights measure ids, CIA tags and tom-ignore comments', () => {
  assert.equal(rx('measure-id').exec('      - id: PA-01')?.[5], 'PA-01');
  assert.equal(rx('measure-id').exec('        title: uses AES-256'), null);
  assert.ok(rx('cia-flow', 'begin').test('        cia: [C, I]'));
  assert.ok(rx('cia-block', 'begin').test('        cia:'));
  assert.ok(new RegExp(grammar.repository['cia-block'].while).test('          - A # availability'));
  assert.deepEqual('[C, I, A]'.match(new RegExp(grammar.repository['cia-tag'].match, 'g')), ['C', 'I', 'A']);
  const ignore = rx('tom-ignore').exec('# tom-ignore cia-order: legacy order kept');
  assert.deepEqual([ignore?.[2], ignore?.[3], ignore?.[5]], ['tom-ignore', 'cia-order', ' legacy order kept']);
});

// ---- snippets ----

const snippets: Record<string, { prefix: string[]; body: string[] }> = json('snippets', 'tom.json');
const variables: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '25' };

/** Expands a snippet as VS Code does when the user accepts every default: first choices, default texts. */
function fill(body: string[]): string {
  let text = body.join('\n');
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(/\$\{\d+\|((?:\\.|[^,|])*)[^}]*\|\}/g, (_, first: string) => first.replace(/\\(.)/g, '$1'))
      .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
      .replace(/\$\{?([A-Z_]+)\}?/g, (_, name: string) => variables[name] ?? assert.fail(`unknown snippet variable ${name}`))
      .replace(/\$\{?\d+\}?/g, '');
  }
  return text;
}

const indent = (text: string, by: string) => text.split('\n').map((l) => (l ? by + l : l)).join('\n');
const skeleton = fill(snippets['TOM document'].body);
/** Where each snippet belongs: the skeleton document with the expanded snippet in its place. */
const placed: Record<string, (body: string) => string> = {
  'TOM document': (b) => b,
  'Control section': (b) => skeleton.replace('controls:\n', `controls:\n${indent(b, '  ')}\n`),
  'Measure': (b) => skeleton.replace('    measures:\n', `    measures:\n${indent(b, '      ')}\n`),
  'Planned measure': (b) => skeleton.replace('    measures:\n', `    measures:\n${indent(b, '      ')}\n`),
  'Scope': (b) => `${skeleton}scopes:\n${indent(b, '  ')}\n`,
  'Subprocessor': (b) => `${skeleton}subprocessors:\n${indent(b, '  ')}\n`,
  'Certification': (b) => `${skeleton}certifications:\n${indent(b, '  ')}\n`,
  'Suppression': (b) => skeleton.replace('      - id:', `      ${b}\n      - id:`),
};

test('every snippet, expanded with its defaults where it belongs, is a valid TOM document', () => {
  for (const [name, snippet] of Object.entries(snippets)) {
    const place = placed[name];
    assert.ok(place, `snippet "${name}": say where it belongs in this test`);
    const body = fill(snippet.body);
    assert.doesNotThrow(() => parse(body), `snippet "${name}" is not YAML`);
    const text = place(body);
    if (name !== 'TOM document') assert.notEqual(text, skeleton, `snippet "${name}" was not placed`);
    const broken = check(text).filter((f) => f.code === 'schema' || f.code === 'yaml-syntax');
    assert.deepEqual(broken.map((f) => `${f.code}: ${f.message}`), [], `snippet "${name}" in place:\n${text}`);
  }
});

test('the new-document snippet passes `tom-studio check` without schema or syntax findings, and offers every control type', () => {
  assert.match(skeleton, /^tom: 1\n/);
  assert.deepEqual(check(skeleton).filter((f) => f.code === 'schema' || f.code === 'yaml-syntax'), []);
  const choices = (name: string) => /type: \$\{\d+\|([^|]*)\|\}/.exec(snippets[name].body.join('\n'))?.[1].split(',');
  assert.deepEqual(choices('TOM document'), controlTypeIds);
  assert.deepEqual(choices('Control section'), controlTypeIds);
  const ignored = /tom-ignore \$\{1\|([^|]*)\|\}/.exec(snippets.Suppression.body[0])?.[1].split(',');
  assert.deepEqual(ignored?.sort(), ruleIds);
});

// ---- the .vsix ----

const work = mkdtempSync(join(tmpdir(), 'tom-vsix-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('the packaged .vsix holds the bundles and the manifest files only, and its server runs without node_modules', { timeout: 60_000 }, async () => {
  // the flags of `npm run package`, without its build: `npm test` has just built dist/, and other
  // test files are running it
  const vsceArgs = (manifest.scripts.package as string).split('&&').pop()!.trim().split(/\s+/).slice(1);
  const vsix = join(work, 'tom-studio.vsix');
  const out = vsceArgs.indexOf('-o');
  vsceArgs.splice(out, 2, '-o', vsix);
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), ...vsceArgs], { cwd: repoRoot, stdio: 'pipe' });

  const packaged = readZip(vsix);
  const files = [...packaged.keys()].filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
  // every file the manifest names, the webview's media, the docs and the licence (as vsce names them)
  const named = [...[...strings(contributes)].map(([, v]) => v).filter((v) => /^\.\/[\w./-]+\.\w+$/.test(v)), manifest.main, manifest.icon];
  const media = readdirSync(join(repoRoot, 'media')).map((f) => `media/${f}`);
  for (const f of [...named.map((v) => v.replace(/^\.\//, '')), ...media, 'dist/server.js', 'schemas/tom.schema.json', 'package.nls.json',
    'package.nls.de.json', 'l10n/bundle.l10n.de.json', 'readme.md', 'LICENSE.txt']) {
    assert.ok(files.includes(f), `${f} is in the vsix`);
  }
  assert.deepEqual(files.filter((f) => /^(node_modules|client|server|test|out|bench|examples)\/|\.map$|\.ts$/.test(f)), [], 'sources, tests and dependencies stay out');
  // pdf.js (PDF import) is most of it: about 0.9 MB of the server bundle once compressed
  assert.ok(statSync(vsix).size < 2 * 1024 * 1024, `the vsix stays small (${statSync(vsix).size} bytes)`);

  // unpacked where no node_modules can be found above it
  for (const [name, data] of packaged) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), data);
  }
  const extension = join(work, 'extension');
  const client = readFileSync(join(extension, 'dist', 'client.js'), 'utf8');
  const required = [...client.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]).filter((m) => m !== 'vscode' && !builtinModules.includes(m.replace(/^node:/, '')));
  assert.deepEqual(required, [], 'the client bundle needs nothing but vscode and Node');

  const lsp = await startLspProcess({ args: [join(extension, 'dist', 'server.js'), '--stdio'], env: { TOM_STUDIO_TODAY: fixedToday }, configuration: () => ({}) });
  try {
    const uri = 'file:///ws/unoy.tom.yaml';
    lsp.open(uri, read('examples', 'unoy-processor.tom.yaml'));
    const p = await lsp.diagnostics(uri);
    assert.ok(p.diagnostics.some((d) => d.code === 'third-country-transfer'), `the packaged server checks documents; stderr: ${lsp.stderr()}`);
  } finally {
    await lsp.stop();
  }
});
