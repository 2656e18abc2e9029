/**
 * The fast, service-level tests the mutation run uses (a few seconds in all): they call the language
 * service directly, with no server process, browser or bundle. Loaded into one process so that
 * node:test runs them one after the other; bail.mjs stops at the first failure.
 */
const files = ['rules', 'rules.boundaries', 'law', 'fixes', 'fixes.layouts', 'schema', 'malformed', 'examples'];
for (const f of files) require(`../../out/test/${f}.test.js`);
