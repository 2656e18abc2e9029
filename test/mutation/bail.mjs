/**
 * A node:test reporter for mutation testing: silent, and it ends the process at the first failing
 * test, so that a killed mutant costs only the time to its first failure.
 */
export default async function* bail(source) {
  for await (const event of source) {
    if (event.type === 'test:fail' && !event.data.todo && !event.data.skip) {
      process.stderr.write(`killed by: ${event.data.name}\n`);
      process.exit(1);
    }
  }
  yield '';
}
