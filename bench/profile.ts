/**
 * In-process profile of keystrokes on a generated document: the first check, then 40 one-character
 * edits spread over the measures, each checked. `node bench/profile.mjs [measures]`; with
 * PROFILE=file.cpuprofile the keystrokes (not the first check) are recorded for Chrome's profiler.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
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
const times: number[] = [];
for (let i = 0; i < 40; i++) {
  lines[titleLines[Math.floor((i * titleLines.length) / 40)]] += 'x';
  const next = lines.join('\n');
  t = performance.now();
  service.check({ uri, version: i + 2, getText: () => next }, settings);
  times.push(performance.now() - t);
}
if (profile) writeFileSync(profile, JSON.stringify(((await post('Profiler.stop')) as { profile: object }).profile));
times.sort((a, b) => a - b);
console.log(`keystroke check (40 edits): p50 ${times[20].toFixed(0)} ms, p95 ${times[38].toFixed(0)} ms, max ${times[39].toFixed(0)} ms`);
}

void keystrokes();
