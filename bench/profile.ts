/**
 * In-process profile of keystrokes on a generated document: the first check, then 40 one-character
 * edits spread over the measures, each checked. `node bench/profile.mjs [measures]`; with
 * PROFILE=file.cpuprofile the keystrokes (not the first check) are recorded for Chrome's profiler.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTomService } from '../server/src/service';
import { generate } from './generate';
import { floorMs } from './floor';

const n = Number(process.argv[2] ?? 10000);
const { text, titleLines } = generate(n);
const settings = { today: '2026-11-25' };
const service = createTomService({ host: { today: () => '2026-11-25' } });
const uri = 'file:///bench.tom.yaml';
const since = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

const floor = floorMs(text);
let t = performance.now();
service.check({ uri, version: 1, getText: () => text }, settings);
console.log(`${n} measures: floor ${floor.toFixed(0)} ms, first check ${since(t)}`);

async function keystrokes(): Promise<void> {
const session = new Session();
const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) =>
  session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
const profile = process.env.PROFILE;
if (profile) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
const lines = text.split('\n');
const open = TextDocument.create(uri, 'tom', 1, text);
// wall-clock and CPU time (the machine may be shared: CPU time is what this process spent) of the
// analysis (parts, parse, model) and the findings (schema, rules, suppressions) of each keystroke
const stages = { analyse: [] as number[], diagnose: [] as number[], analyseCpu: [] as number[], diagnoseCpu: [] as number[] };
const cpuMs = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
for (let i = 0; i < 40; i++) {
  // as the editor sends it: one character typed at the end of a title, applied to the open document
  const line = titleLines[Math.floor((i * titleLines.length) / 40)];
  const end = { line, character: lines[line].length };
  lines[line] += 'x';
  const edited = TextDocument.update(open, [{ range: { start: end, end }, text: 'x' }], i + 2);
  let cpu = process.cpuUsage();
  t = performance.now();
  service.analyse(edited, settings);
  stages.analyseCpu.push(cpuMs(cpu));
  const analysed = performance.now();
  cpu = process.cpuUsage();
  service.check(edited, settings);
  stages.diagnoseCpu.push(cpuMs(cpu));
  stages.analyse.push(analysed - t);
  stages.diagnose.push(performance.now() - analysed);
}
if (profile) writeFileSync(profile, JSON.stringify(((await post('Profiler.stop')) as { profile: object }).profile));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(0);
console.log(`keystroke (median of 40 edits): analysis ${median(stages.analyse)} ms (CPU ${median(stages.analyseCpu)} ms) + findings ${median(stages.diagnose)} ms (CPU ${median(stages.diagnoseCpu)} ms)`);
}

void keystrokes();
