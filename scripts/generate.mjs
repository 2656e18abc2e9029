// Writes what the rule modules (server/src/service/rules/) declare into the files that cannot import
// code: the `tom.rules` setting in package.json, its texts in package.nls.json and package.nls.de.json,
// and the table in docs/rules.md. A file is written only when its content changes.
//
//   node scripts/generate.mjs           update the files (the build runs this first)
//   node scripts/generate.mjs --check   change nothing; exit 1 naming the files that are stale
//   --root DIR                          the files in DIR instead of the repository (the staleness test)
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const severities = ['off', 'hint', 'info', 'warning', 'error'];

/** The rule modules, bundled from their TypeScript sources and loaded here. */
async function ruleModules() {
  const { outputFiles } = await esbuild.build({
    entryPoints: [join(root, 'server/src/service/rules/index.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.ruleModules;
}

const capitalised = (s) => s[0].toUpperCase() + s.slice(1);
/** `tom.x` in a summary becomes a link to the setting in VS Code's settings editor. */
const settingLinks = (s) => s.replace(/`tom\.(\w+)`/g, '`#tom.$1#`');
const defaultWord = { en: 'default', de: 'voreingestellt' };

function manifest(text, rules) {
  const lines = rules.map((r) => `            "${r.id}": {"enum": ${JSON.stringify(severities).replace(/,/g, ', ')}, "markdownDescription": "%config.rule.${r.id}%"}`);
  return text.replace(/("tom\.rules": \{[^]*?"properties": \{\n)[^]*?(\n\s*\},\n\s*"additionalProperties": false)/, (_, open, close) => open + lines.join(',\n') + close);
}

function nls(text, rules, locale) {
  const entries = Object.entries(JSON.parse(text)).filter(([key]) => !key.startsWith('config.rule.'));
  const at = entries.findIndex(([key]) => key === 'config.rules') + 1;
  const generated = rules.map((r) => [`config.rule.${r.id}`, `${settingLinks(capitalised(r.summary[locale]))} (${defaultWord[locale]}: \`${r.severity}\`).`]);
  entries.splice(at, 0, ...generated);
  return JSON.stringify(Object.fromEntries(entries), null, 2) + '\n';
}

const tableStart = '<!-- The table is generated from the rule modules by scripts/generate.mjs: edit the modules, not the table. -->';
const tableEnd = '<!-- end of the generated table -->';

function docsTable(text, rules) {
  const cell = (s) => s.replace(/\|/g, '\\|');
  const rows = rules.map((r) => `| <a id="${r.id}"></a>\`${r.id}\` | ${r.severity} | ${cell(r.docs.finds)} | ${cell(r.docs.pointsAt)} | ${r.fixes ? 'yes' : ''} |`);
  const table = [tableStart, '| rule | default | finds | where it points | quick-fix |', '|---|---|---|---|---|', ...rows, tableEnd].join('\n');
  const from = text.indexOf(tableStart);
  const to = text.indexOf(tableEnd);
  if (from < 0 || to < 0) throw new Error(`docs/rules.md: the markers of the generated table are missing (${tableStart})`);
  return text.slice(0, from) + table + text.slice(to + tableEnd.length);
}

export async function generate({ check = false, into = root } = {}) {
  const rules = await ruleModules();
  const outputs = {
    'package.json': (t) => manifest(t, rules),
    'package.nls.json': (t) => nls(t, rules, 'en'),
    'package.nls.de.json': (t) => nls(t, rules, 'de'),
    'docs/rules.md': (t) => docsTable(t, rules),
  };
  const stale = [];
  for (const [file, make] of Object.entries(outputs)) {
    const path = join(into, file);
    const before = readFileSync(path, 'utf8');
    const after = make(before);
    if (after === before) continue;
    stale.push(file);
    if (!check) writeFileSync(path, after);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const at = process.argv.indexOf('--root');
  const stale = await generate({ check, into: at > 0 ? process.argv[at + 1] : root });
  if (check && stale.length) {
    console.error(`Out of date with the rule modules: ${stale.join(', ')}. Run npm run generate.`);
    process.exit(1);
  }
  if (!check && stale.length) console.log(`generated ${stale.join(', ')}`);
}
