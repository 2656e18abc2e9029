/**
 * `npm run eval:import`: the importer's figures on the corpus, per document and overall.
 * `--verbose` also lists the measures missed, the extra ones, the wrong types and the lost lines.
 */
import { scoreCorpus } from './score';

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(x * 100).toFixed(0).padStart(3)}%`;
const flag = (b: boolean | undefined) => (b === undefined ? '  -' : b ? ' ok' : ' NO');

const overall = scoreCorpus();
console.log('document                  recall precision types  lost  lang org date');
for (const s of overall.documents) {
  console.log(`${s.name.padEnd(26)}${pct(s.recall)}   ${pct(s.precision)}   ${pct(s.typeAccuracy)} ${String(s.lost.length).padStart(5)}  ${flag(s.language)} ${flag(s.organization)} ${flag(s.lastUpdated)}   (${s.found}/${s.gold} found, ${s.imported} made)`);
  if (!verbose) continue;
  for (const m of s.missed) console.log(`    missed: ${m}`);
  for (const m of s.extra) console.log(`    extra: ${m}`);
  for (const m of s.mistyped) console.log(`    type: ${m}`);
  for (const l of s.lost) console.log(`    lost line ${l.line}: ${l.text}`);
}
console.log(`${'overall'.padEnd(26)}${pct(overall.recall)}   ${pct(overall.precision)}   ${pct(overall.typeAccuracy)} ${String(overall.lost).padStart(5)}`);
