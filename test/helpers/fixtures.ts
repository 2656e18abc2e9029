/** Fixture helpers: reading shipped files, a service with a fixed date, and `|` cursor markers. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTomService, type Finding, type Settings, type TomService } from '../../server/src/service';
import { fixedToday, repoRoot } from './lspClient';

export { fixedToday, repoRoot };

export const read = (...parts: string[]) => readFileSync(join(repoRoot, ...parts), 'utf8');

export function service(settings: Partial<Settings> = {}, files: Record<string, string> = {}): TomService {
  return createTomService({ host: { today: () => fixedToday, readFile: (uri) => files[uri] }, settings });
}

export const doc = (text: string, uri = 'file:///ws/test.tom.yaml', version = 1) => ({ uri, version, getText: () => text });

/** Splits "a: |b" into the text without the marker and the marker's offset. */
export function cursor(textWithMarker: string, marker = '|'): { text: string; offset: number } {
  const offset = textWithMarker.indexOf(marker);
  if (offset < 0) throw new Error('no cursor marker in fixture');
  return { text: textWithMarker.slice(0, offset) + textWithMarker.slice(offset + marker.length), offset };
}

/** A finding as tests compare it: rule, 1-based line:col-line:col. */
export const brief = (f: Finding) =>
  `${f.code} ${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1}`;

export function check(text: string, settings: Partial<Settings> = {}): Finding[] {
  return service(settings).check(doc(text));
}

/** The rule fixture without findings (test/fixtures/rules/clean.tom.yaml), with each `from` replaced by its `to`. */
export function cleanWith(...edits: [from: string, to: string][]): string {
  let text = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), `the fixture holds ${from}`);
    text = text.replace(from, to);
  }
  return text;
}
