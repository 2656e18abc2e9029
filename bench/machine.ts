/** The machine a run happened on, and how busy it was meanwhile: ratios from one run are what counts. */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine { description: string; load: { min: number; mean: number; max: number } }

/** Samples the 1-minute load average every few seconds until `stop()` returns the machine's description. */
export function watchMachine(): { stop(): Machine } {
  const samples = [loadavg()[0]];
  const timer = setInterval(() => samples.push(loadavg()[0]), 5_000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const cpu = cpus()[0]?.model.trim() ?? 'cpu';
      return {
        description: `nproc ${availableParallelism()} (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}`,
        load: { min: Math.min(...samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length, max: Math.max(...samples) },
      };
    },
  };
}
