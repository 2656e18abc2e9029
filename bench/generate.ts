/**
 * Large TOM documents for the benchmark: `n` measures spread over the fourteen control types, with
 * four deliberate errors at known places. Deterministic, so that every run checks the same text.
 */

/** A deliberate error: what a user would be told, where (0-based line, column of the bad node). */
export interface PlantedError {
  what: string;
  /** Our rule id for it. */
  rule: string;
  line: number;
  character: number;
}

export interface Generated {
  text: string;
  errors: PlantedError[];
  /** Lines of measure titles, spread over the document: where the benchmark types. */
  titleLines: number[];
  /** Lines of section titles, and the document's title line: the benchmark types there too. */
  sectionTitleLines: number[];
  headerLine: number;
  /** Cursor positions (line, character) for completion: after `type: `, `cia: [`, `status: ` and a mapping list's `- `. */
  completionAt: Record<'type' | 'cia' | 'status' | 'mapping', { line: number; character: number }>;
}

const types = [
  'physical-access', 'system-access', 'data-access', 'transfer', 'input', 'order', 'availability',
  'separation', 'pseudonymisation', 'encryption', 'recovery', 'evaluation', 'incident-response', 'privacy-by-default',
];
const prefixes = ['PA', 'SA', 'DA', 'TR', 'IN', 'OR', 'AV', 'SE', 'PS', 'EN', 'RE', 'EV', 'IR', 'PD'];
const cias = ['[C]', '[C, I]', '[I]', '[A]', '[C, I, A]', '[I, A]'];

export function generate(n: number): Generated {
  const lines: string[] = [];
  const errors: PlantedError[] = [];
  const titleLines: number[] = [];
  const sectionTitleLines: number[] = [];
  const completionAt = {} as Generated['completionAt'];
  const push = (s: string) => lines.push(s) - 1;
  const plant = (what: string, rule: string, line: number, text: string, bad: string) =>
    errors.push({ what, rule, line, character: text.indexOf(bad) });

  push('tom: 1');
  push('document:');
  const headerLine = push('  title: Technical and organisational measures of a large group');
  push('  organization: Example Group');
  push('  role: processor');
  push('  language: en');
  push('  lastUpdated: 2026-10-01');
  push('scopes:');
  push('  production:');
  push('    title: Production systems');
  push('controls:');
  const perSection = Math.ceil(n / types.length);
  // The errors sit at a quarter, half and three quarters of the measures, and in the last section.
  let made = 0;
  for (let s = 0; s < types.length && made < n; s++) {
    if (s === types.length - 1) {
      const line = '  - type: incident-respons';
      plant('unknown control type', 'unknown-control-type', push(line), line, 'incident-respons');
    } else {
      const line = `  - type: ${types[s]}`;
      const l = push(line);
      if (s === 1) completionAt.type = { line: l, character: line.length };
    }
    sectionTitleLines.push(push(`    title: Section ${s + 1}`));
    push('    measures:');
    for (let i = 1; i <= perSection && made < n; i++, made++) {
      const id = `${prefixes[s]}-${String(i).padStart(4, '0')}`;
      if (made === Math.floor(n / 2)) {
        // a duplicate id: the first measure of this section's id, again
        const line = `      - id: ${prefixes[s]}-0001`;
        plant('duplicate id', 'duplicate-id', push(line), line, `${prefixes[s]}-0001`);
      } else push(`      - id: ${id}`);
      titleLines.push(push(`        title: Measure ${made + 1} keeps the systems of the group safe`));
      push(`        description: Applied by every team, reviewed every year, evidence in the ticket system (${made + 1}).`);
      if (made === Math.floor(n / 4)) {
        const line = '        cia: [C, i]';
        plant('lower-case CIA tag', 'schema', push(line), line, 'i]');
      } else {
        const line = `        cia: ${cias[made % cias.length]}`;
        const l = push(line);
        if (made === Math.floor(n / 3)) completionAt.cia = { line: l, character: line.indexOf('[') + 1 };
      }
      if (made === Math.floor((3 * n) / 4)) {
        // the measure has no `kind`: reported on its first line, the id
        const idLine = lines.length - 4;
        errors.push({ what: 'missing kind', rule: 'schema', line: idLine, character: lines[idLine].indexOf('id:') });
      } else push(`        kind: ${made % 2 ? 'technical' : 'organizational'}`);
      if (made % 7 === 3) {
        // every seventh measure maps to ISO 27001; one of them is where mapping ids are completed
        push('        mappings:');
        push('          iso27001:');
        push('            - A.8.5');
        const l = push('            - A.8.2');
        if (!completionAt.mapping && made >= n / 5) completionAt.mapping = { line: l, character: '            - '.length };
      }
      const status = push('        status: implemented');
      if (made === Math.floor((2 * n) / 3)) completionAt.status = { line: status, character: '        status: '.length };
      if (made % 10 === 0) push('        scope: [production]');
    }
  }
  return { text: lines.join('\n') + '\n', errors, titleLines, sectionTitleLines, headerLine, completionAt };
}
