/**
 * Hostile and malformed TOM files, generated (so the repository holds no 10 MB fixtures). Each is
 * something a user pastes by accident or an attacker crafts: the tools must answer each with a clear
 * finding, in bounded time and memory, and never crash or fetch anything.
 */

/** A valid measure, for padding documents to a size. */
export const measure = (id: string, title = 'Doors are locked at night') =>
  `      - id: ${id}\n        title: ${title}\n        cia: [C]\n        kind: organizational\n`;

/** A valid document header, up to and including the first section's `measures:`. */
export const header = (extraTop = '') => `tom: 1
document:
  title: Hostile input
  organization: Example
  role: processor
  language: en
  lastUpdated: 2026-10-01
  contact: security@example.com
${extraTop}controls:
  - type: physical-access
    measures:
`;

/** A valid document of about `bytes` characters: measures PA-0001, PA-0002, … (ids wrap every 9999, cycling prefixes). */
export function documentOfSize(bytes: number): string {
  const parts = [header()];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const prefix = String.fromCharCode(65 + Math.floor(i / 9999) % 26, 65 + Math.floor(i / (9999 * 26)) % 26);
    const m = measure(`${prefix}-${String((i % 9999) + 1).padStart(4, '0')}`);
    parts.push(m);
    size += m.length;
  }
  return parts.join('');
}

/** "Billion laughs": each anchor is a list of ten aliases of the one before. */
export function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return `${header()}${measure('PA-01')}x-bomb:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

export const deepFlow = (levels = 20000) => `tom: 1\nx-deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
export const deepBlockSeq = (levels = 20000) => `tom: 1\nx-deep:\n${Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n`;
export const deepBlockMap = (levels = 20000) => `tom: 1\nx-deep:\n${Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} x\n`;

/** One line of `chars` characters: a description holding the whole load. */
export const longLine = (chars: number) => `${header()}${measure('PA-01')}        description: ${'word '.repeat(Math.ceil(chars / 5))}\n`;

/** The same measure id `count` times: every duplicate is reported, so the messages must stay short. */
export const manyDuplicates = (count: number) => header() + measure('PA-01').repeat(count);

/** `count` measures each with a lower-case CIA tag: one schema finding each. */
export const manySchemaErrors = (count: number) =>
  header() + Array.from({ length: count }, (_, i) => measure(`PA-${String(i + 1).padStart(4, '0')}`).replace('[C]', '[c]')).join('');

export const duplicateKeys = `${header()}${measure('PA-01')}document:\n  title: again\n`;

export const mergeKeys = `tom: 1
x-defaults: &defaults
  cia: [C]
  kind: organizational
document:
  title: Merge keys
  organization: Example
  role: processor
  language: en
  lastUpdated: 2026-10-01
  contact: security@example.com
controls:
  - type: physical-access
    measures:
      - id: PA-01
        title: Doors are locked
        <<: *defaults
      - id: PA-02
        <<: *defaults
`;

/** Keys that pollute Object.prototype in careless code, at the top, in a measure and in a merge. */
export const protoKeys = `${header()}${measure('PA-01')}        __proto__:
          polluted: yes
        constructor:
          prototype:
            polluted: yes
x-base: &base
  __proto__: {polluted: yes}
x-merged:
  <<: *base
`;

export const schemaUrl = (url: string) => `$schema: ${url}\n${header()}${measure('PA-01')}`;

export const secondDocument = `${header()}${measure('PA-01')}---\ntom: 1\n`;

export const withBom = `\uFEFF${header()}${measure('PA-01')}`;
export const withCrlf = `${header()}${measure('PA-01')}`.replace(/\n/g, '\r\n');
/** A tab where YAML wants spaces for indentation. */
export const withTabs = `${header()}${measure('PA-01')}\tkind: technical\n`;

/** Bytes that are not UTF-8 (a lone continuation byte, an overlong encoding) inside a title. */
export const invalidUtf8 = Buffer.concat([Buffer.from(`${header()}      - id: PA-01\n        title: Caf`), Buffer.from([0xe9, 0x80, 0xc0, 0xaf]), Buffer.from('\n        cia: [C]\n        kind: technical\n')]);

/** A PNG header and random-looking bytes, as when a binary file is renamed. */
export const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x7f]);
