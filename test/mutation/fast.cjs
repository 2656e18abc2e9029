/**
 * The fast, service-level tests the mutation run uses: they call the language service directly, with
 * no server process, browser or bundle, in this one process (bail.mjs stops at the first failure).
 *
 * StrykerJS's command runner has no per-test coverage, so this file selects the tests by where the
 * active mutant is (Stryker names it in __STRYKER_ACTIVE_MUTANT__): the tests of the module it changes.
 * A mutant that another suite would kill counts as surviving here, so the score errs low, not high.
 * Without an active mutant (Stryker's first, unmutated run) every file runs.
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const out = join(__dirname, '..', '..', 'out');
const service = join(out, 'server', 'src', 'service');

/** Module (path below server/src/service, compiled) → the test files that check it, most focused first. */
const suites = [
  { modules: /^(rules\/|law\/)/, tests: ['rules.boundaries', 'law.rules', 'law.probe', 'law.data', 'rules', 'examples'] },
  { modules: /^fixes\//, tests: ['fixes.edits', 'fixes.actions', 'fixes.diff', 'fixes', 'fixes.layouts', 'examples'] },
  { modules: /^schema\/schemaErrors\.js/, tests: ['schema', 'rules', 'malformed', 'fixes.layouts'] },
];
const all = [...new Set(suites.flatMap((s) => s.tests))];

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* files(join(dir, e.name));
    else if (e.name.endsWith('.js')) yield join(dir, e.name);
  }
}

/** The compiled module that holds mutant `id`, relative to the service folder. */
function moduleOf(id) {
  const call = `("${id}")`;
  for (const file of files(service)) {
    const code = readFileSync(file, 'utf8');
    if (code.includes('stryMutAct_') && code.includes(call)) return relative(service, file).split('\\').join('/');
  }
  return undefined;
}

const active = process.env.__STRYKER_ACTIVE_MUTANT__;
const mutated = active === undefined ? undefined : moduleOf(active);
const tests = mutated === undefined ? all : suites.find((s) => s.modules.test(mutated))?.tests ?? all;
for (const t of tests) require(join(out, 'test', `${t}.test.js`));
