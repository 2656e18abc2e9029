/**
 * The documents the fix tests start from: one small valid TOM document (a processor with one
 * physical-access measure in scope `hq`) in a flow or block layout, with pieces replaced to make a
 * finding. `base` is its flow layout with a comment above and beside, which fixes must keep.
 */
export type Layout = 'flow' | 'block';

export interface Parts { type?: string; cia?: string[]; title?: Record<string, string>; scope?: string[]; extra?: string; tail?: string; scopes?: string }

/** One document in a layout; `parts` replaces pieces of it to make the finding. */
export function document(layout: Layout, parts: Parts = {}): string {
  const { type = 'physical-access', cia = ['C', 'I'], title = { en: 'Badges', de: 'Ausweise' }, scope = ['hq'], extra = '', tail = '', scopes = 'hq' } = parts;
  const list = (key: string, items: string[]) => layout === 'flow'
    ? `        ${key}: [${items.join(', ')}]\n`
    : `        ${key}:\n${items.map((i) => `          - ${i}\n`).join('')}`;
  const map = (key: string, m: Record<string, string>) => layout === 'flow'
    ? `        ${key}: {${Object.entries(m).map(([k, v]) => `${k}: ${v}`).join(', ')}}\n`
    : `        ${key}:\n${Object.entries(m).map(([k, v]) => `          ${k}: ${v}\n`).join('')}`;
  return `tom: 1
document:
  title: {en: Test, de: Test}
  organization: ACME
  role: processor
  language: en
  languages: [en, de]
  lastUpdated: 2026-10-01
scopes:
  ${scopes}: {title: {en: HQ, de: HQ}}
controls:
  - type: ${type}
    measures:
      - id: PA-01
${map('title', title)}${list('cia', cia)}        kind: technical
${list('scope', scope)}${extra}${tail}`;
}

/** The flow document with a comment line on top and one beside the measure's id. */
export const base = `# TOMs of a test\n${document('flow').replace('      - id: PA-01\n', '      - id: PA-01   # the badge readers\n')}`;

/** The same text with CRLF line ends. */
export const crlf = (text: string) => text.replace(/\n/g, '\r\n');
