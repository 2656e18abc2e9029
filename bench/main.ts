/**
 * `npm run bench`: our server against yaml-language-server and the floor (yaml + ajv in-process) on
 * generated documents of 100, 1,000 and 10,000 measures. Prints the table and writes bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/lspClient';
import { floorMs } from './floor';
import { generate } from './generate';
import { watchMachine } from './machine';
import { measure, type Measurement } from './measure';
import { report, type Row } from './report';
import { tomServer, yamlServer } from './servers';

const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);

async function main() {
  const machine = watchMachine();
  const started = Date.now();
  const rows: Row[] = [];
  for (const n of sizes) {
    const doc = generate(n);
    const uri = `file:///bench/measures-${n}.tom.yaml`;
    const floor = floorMs(doc.text);
    const results: Measurement[] = [];
    for (const server of [tomServer, yamlServer]) {
      process.stderr.write(`${n} measures: ${server.name}…\n`);
      results.push(await measure(server, uri, doc));
    }
    rows.push({ measures: n, chars: doc.text.length, floorMs: floor, ours: results[0], yamlLs: results[1] });
  }
  const text = report(rows, machine.stop(), (Date.now() - started) / 60_000);
  process.stdout.write(text);
  if (!process.env.BENCH_SIZES) writeFileSync(join(repoRoot, 'bench', 'RESULTS.md'), text);
}

main().catch((e) => { console.error(e); process.exit(1); });
