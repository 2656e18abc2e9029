/** The floor: what parsing the text with `yaml` and one ajv validation with the same compiled schema cost, in-process. */
import { parse } from 'yaml';
import { tomValidator } from '../server/src/service/schema/schemas';
import { median } from './stats';

/** The median of `runs` warm runs: the servers are warm too (ours checks a small document at start-up). */
export function floorMs(text: string, runs = 5): number {
  const validate = tomValidator(); // compiled once, outside the timing, as the server does
  validate(parse(text)); // warm-up, not counted
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    validate(parse(text));
    times.push(performance.now() - t);
  }
  return median(times);
}
