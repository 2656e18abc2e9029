/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): StrykerJS changes one small
 * piece of the rules, fixes, law data and schema-error wording at a time and runs the fast
 * service-level tests; a change no test notices is a surviving mutant, reviewed in docs/testing.md.
 *
 * StrykerJS has no node:test runner, so the `command` runner runs test/mutation/fast.cjs (the
 * service-level test files, in one process, stopping at the first failure) against the output of
 * one `tsc` build of the instrumented sources (mutation switching: one build serves every mutant).
 */
export default {
  $schema: '../../node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  mutate: [
    'server/src/service/rules/**/*.ts',
    'server/src/service/fixes/**/*.ts',
    'server/src/service/law/**/*.ts',
    'server/src/service/schema/schemaErrors.ts',
  ],
  testRunner: 'command',
  commandRunner: { command: 'node --test-reporter=./test/mutation/bail.mjs test/mutation/fast.cjs' },
  buildCommand: 'tsc -p tsconfig.test.json',
  coverageAnalysis: 'off',
  concurrency: 2,
  timeoutMS: 10000,
  // only what the build and the fast tests read: sources, schemas, tests, examples, docs (law.md), and
  // the files generated from the rule modules (rules.messages checks that they are up to date)
  ignorePatterns: ['/*', '!/server', '!/schemas', '!/test', '!/examples', '!/snippets', '!/docs', '!/package.json', '!/package.nls.json', '!/package.nls.de.json', '!/tsconfig.json', '!/tsconfig.test.json', '/test/e2e', '/test/vscode'],
  tempDirName: 'out/stryker-tmp',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'out/mutation/report.html' },
  jsonReporter: { fileName: 'out/mutation/report.json' },
  thresholds: { high: 90, low: 80, break: 80 },
};
