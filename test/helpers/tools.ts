/**
 * Tools the CI installs (.ci/run: Chromium, Neovim) but a developer's machine may lack. Without the
 * tool a test is skipped with the reason, except in CI (CI=true), where a missing tool means the run
 * is broken: there the test runs and fails, naming what is missing.
 */
import { strict as assert } from 'node:assert';

export const inCi = process.env.CI === 'true';

/** The `skip` option of a test that needs a tool: the reason when it is missing, outside CI. */
export const skipWithout = (missing: string | undefined): string | false => (missing && !inCi ? missing : false);

/** The first line of such a test: in CI, a missing tool fails it with the reason. */
export function requireTool(missing: string | undefined): void {
  assert.ok(!missing, `${missing} (CI=true: a tool the CI installs must be there)`);
}
