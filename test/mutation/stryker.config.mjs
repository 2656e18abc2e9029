/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): StrykerJS changes one small
 * piece of the rules, fixes, law data and schema-error wording at a time and runs the tests that
 * execute it; a change no test notices is a surviving mutant, reviewed in docs/testing.md.
 *
 * The sources are instrumented and compiled once with `tsc` (mutation switching: one build serves
 * every mutant). Stryker's mocha runner then loads the service-level test files once per worker,
 * records in a first run which test reaches which mutant (per-test coverage), and for each mutant
 * runs only those tests, in process, stopping at the first failure. Our tests are written for
 * node:test; test/mutation/nodeTest.cjs lends them mocha's functions under node:test's names.
 */

/**
 * The test files (out/test/<name>.test.js) that check findings, fixes and their wording by calling
 * the language service in this process. Left out:
 * - those that run the CLI, the server or the packaged bundle in another process, a browser or
 *   Neovim: no mutant is active there;
 * - `architecture`, which reads the sources as text;
 * - the two property tests (`fixes.property`, `incremental.property`: minutes each, and they reach
 *   almost every mutant, so every survivor would pay for them), and `completion`, `crosswalks` and
 *   `import.corpus`, which check completion and the importer and hold timing bounds an instrumented
 *   build cannot keep. All of them stay in `npm test`.
 */
const inProcess = [
  'rules.messages', 'schemaErrors', 'law.messages', 'rules.boundaries', 'rules', 'law.rules', 'law.probe', 'law.data',
  'fixes.edits', 'fixes.actions', 'fixes.diff', 'fixes', 'fixes.layouts',
  'schema', 'malformed', 'examples', 'config', 'diff', 'frameworks.data', 'navigation', 'render', 'syntaxRecovery',
];

export default {
  $schema: '../../node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  mutate: [
    'server/src/service/rules/**/*.ts',
    'server/src/service/fixes/**/*.ts',
    'server/src/service/law/**/*.ts',
    'server/src/service/schema/schemaErrors.ts',
  ],
  testRunner: 'mocha',
  mochaOptions: {
    spec: inProcess.map((name) => `out/test/${name}.test.js`),
    require: ['test/mutation/nodeTest.cjs'],
  },
  buildCommand: 'tsc -p tsconfig.test.json',
  coverageAnalysis: 'perTest',
  // A static mutant (a module-level value, computed once when the module loads) cannot be switched
  // on in a loaded process: each one would cost a fresh worker running every test. They are left
  // out of the score and counted in docs/testing.md.
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that loops forever holds a core until its timeout (the dry run's time of its tests × 1.5,
  // plus this) and then costs a new worker. About one mutant in twenty does: at 10 s each they took
  // about a third of the cores' time in a first run.
  timeoutMS: 3000,
  // the first run records coverage and is slow on a loaded machine
  dryRunTimeoutMinutes: 20,
  // `npm run test:mutation -- --incremental` re-tests only the mutants whose code or tests changed
  incrementalFile: 'out/mutation/stryker-incremental.json',
  // only what the build and the tests read: sources, schemas, tests, examples, docs (law.md), bench
  // (a test helper), and the files generated from the rule modules (rules.messages checks them)
  ignorePatterns: ['/*', '!/server', '!/schemas', '!/test', '!/examples', '!/snippets', '!/docs', '!/bench', '!/package.json', '!/package.nls.json', '!/package.nls.de.json', '!/tsconfig.json', '!/tsconfig.test.json', '/test/e2e', '/test/vscode'],
  tempDirName: 'out/stryker-tmp',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'out/mutation/report.html' },
  jsonReporter: { fileName: 'out/mutation/report.json' },
  thresholds: { high: 90, low: 80, break: 80 },
};
