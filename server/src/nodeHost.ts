/** The language service's host on Node (server and CLI): local files only, today from the clock unless fixed. */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { utcToday, type Host } from './service';

export function nodeHost(log: (message: string) => void, today?: string): Host {
  return {
    today: () => today ?? utcToday(),
    readFile(uri) {
      if (!uri.startsWith('file:')) return undefined; // nothing is ever fetched
      try {
        return readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
    log,
  };
}

export const fileUri = (path: string) => pathToFileURL(path).href;
