/**
 * `schema` on an empty document: a TOM document skeleton with the required keys, a first section and
 * a measure to fill in. Which role and control types apply only the author knows, so the fix is never
 * applied by fix-all; the placeholders and the control types still missing stay findings.
 */
import { controlType } from '../catalogue/controlTypes';
import { placeholder } from './placeholders';
import type { FixBuilder } from './types';

export const fixEmptyDocument: FixBuilder = ({ text, style, today }) => {
  const first = controlType('physical-access')!;
  const lines = [
    'tom: 1',
    'document:',
    `  title: ${placeholder}`,
    `  organization: ${placeholder}`,
    '  role: processor',
    '  language: en',
    `  lastUpdated: ${today}`,
    'controls:',
    `  - type: ${first.id}`,
    '    measures:',
    '      - id: PA-01',
    `        title: ${placeholder}`,
    `        cia: [${first.expectedCia.join(', ')}]`,
    '        kind: technical',
  ];
  // after any comments the file holds, so that no byte of them changes
  const end = text.length;
  const before = end > 0 && !text.endsWith('\n') ? style.eol : '';
  return [{
    title: { en: 'Insert a TOM document skeleton', de: 'Gerüst eines TOM-Dokuments einfügen' },
    edits: [{ from: end, to: end, text: before + lines.join(style.eol) + style.eol }],
    preferred: true,
    // a processor's contact, like its role, is the author's to write: missing-contact says so
    creates: ['placeholder-text', 'missing-control-type', 'missing-contact'],
  }];
};
