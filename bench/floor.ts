/** The floor: what parsing the text with `yaml` and one ajv validation with the same compiled schema cost, in-process. */
import { parse } from 'yaml';
import { tomValidator } from '../server/src/service/schemas';
import { median } from './stats';

export function floorMs(text: string, runs = 5): number {
  const validate = tomValidator(); // compiled once, outside the timing, as the server does
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    validate(parse(text));
    times.push(performance.now() - t);
  }
  return median(times);
}
