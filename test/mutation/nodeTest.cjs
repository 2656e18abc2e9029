/**
 * `require('node:test')` for the mutation run: our tests are written for node:test, which StrykerJS
 * has no runner for, so during `npm run test:mutation` (and only there) this file, loaded through
 * mocha's `require` option, hands the test files mocha's BDD functions under node:test's names.
 * That lets Stryker's mocha runner record which test covers which mutant (per-test coverage) and
 * run only those tests for each mutant.
 *
 * It maps what the service-level test files use (`test(name, [options], fn)` and the hooks), and
 * refuses anything else loudly rather than running a test differently from node:test.
 */
const Module = require('node:module');

/**
 * mocha calls a function that declares a parameter with a `done` callback and waits for it; node:test
 * passes a TestContext instead. So every function is wrapped in one without parameters. None of the
 * selected tests uses its context: the one they get says so if a new test starts to.
 */
const context = new Proxy({}, {
  get: (_, key) => { throw new Error(`node:test shim: the test context's ${String(key)} is not mapped to mocha`); },
});

function wrap(fn) {
  if (typeof fn !== 'function') throw new TypeError('node:test shim: expected a test function');
  return function () { return fn(context); };
}

/** node:test's (name, [options], [fn]) → mocha's it / it.skip, with its timeout. */
function test(name, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const { skip, todo, only, timeout, ...rest } = options ?? {};
  const unknown = Object.keys(rest);
  if (unknown.length) throw new Error(`node:test shim: option ${unknown.join(', ')} is not mapped to mocha`);
  if (only) throw new Error('node:test shim: `only` would hide the other tests from the mutation run');
  if (skip || todo || fn === undefined) return globalThis.it.skip(name);
  const mochaTest = globalThis.it(name, wrap(fn));
  if (timeout !== undefined && timeout !== Infinity) mochaTest.timeout(timeout);
  return mochaTest;
}

const hook = (name) => (fn) => globalThis[name](wrap(fn));

const nodeTest = Object.assign(test, {
  test,
  it: test,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
});

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'node:test' ? nodeTest : load.call(this, request, ...rest);
};
