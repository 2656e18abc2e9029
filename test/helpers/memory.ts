/** A process's resident memory, from /proc/PID/status (Linux): now (VmRSS) and its peak so far (VmHWM), in MiB. */
import { readFileSync } from 'node:fs';

export interface Memory { rssMiB: number; peakMiB: number }

export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rssMiB: mib('VmRSS'), peakMiB: mib('VmHWM') };
}
