import { fixSchema } from '../fixes/schema';
import { finding } from './findings';
import type { Range } from 'vscode-languageserver-types';
import { defineRule } from './rule';

/**
 * A value only the author can choose, and what the fix offers for it: each allowed value, today's
 * date, `TODO` to fill in, or the section's expected CIA tags.
 */
export type Filling = { choices: string[] } | { expects: 'date' | 'text' | 'cia' };

/** What a `schema` finding's fix needs: the kind of problem and its repair. */
export type SchemaData =
  /** An object lacks a required key (and what its schema says the value may be). */
  | { kind: 'missing-key'; missingKey: string; filling?: Filling }
  /** An empty or wrong value without a near-miss: the author picks or fills it in. */
  | { kind: 'fill'; filling: Filling }
  /** A key the schema does not allow, and the allowed key it is a near-miss of. */
  | { kind: 'unknown-key'; key: string; replacement?: string }
  /** A value to write instead: the enum value meant, or a number as the string it must be. */
  | { kind: 'value'; replacement: string }
  /** The `index`th item of a list repeats an earlier one. */
  | { kind: 'repeat'; index: number }
  /** The text holds no YAML at all (blank, or comments only): every required key is missing. */
  | { kind: 'empty-document' };

/**
 * Anything the JSON Schema or an organisation profile rejects. Checked by schema/schemaErrors.ts (ajv's
 * errors, one clear finding each) and schema/profiles.ts.
 */
export const schema = defineRule({
  id: 'schema',
  severity: 'error',
  summary: {
    en: 'anything the JSON Schema or an organisation profile rejects',
    de: 'alles, was das JSON-Schema oder ein Organisationsprofil ablehnt',
  },
  docs: {
    finds: 'anything the JSON Schema or an organisation profile rejects',
    pointsAt: 'the bad value; the unknown key; for a missing key, the key of the object that lacks it (or the first line of a list item)',
  },
  scope: 'document',
  suppressible: true,
  fixes: fixSchema,
  // A missing key is marked on its map's first key, which changes when the fix inserts a key before it:
  // the finding is the map's, so it is the same finding while the map still lacks that key.
  identity: (path, data) => (data?.kind === 'missing-key' ? `${path.replace(/\.[^.[\]]*$/, '')}\u0000${data.missingKey}` : path),
});

/**
 * The finding for a text without any YAML: the required keys, at the start. In CI an empty policy
 * file is a mistake; the editor shows it as a hint until the user types (lsp/diagnostics.ts).
 */
export function emptyDocumentFinding(): ReturnType<typeof finding> {
  const start: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return finding('schema', start, {
    en: 'The document is empty: a TOM document needs the keys tom, document and controls; insert the skeleton (Quick Fix) or start with tom: 1.',
    de: 'Das Dokument ist leer: ein TOM-Dokument braucht die Schlüssel tom, document und controls; fügen Sie das Gerüst ein (Schnellkorrektur) oder beginnen Sie mit tom: 1.',
  }, { kind: 'empty-document' });
}

/** Whether a finding is the one for an empty document. */
export const isEmptyDocumentFinding = (f: { code: string; data?: unknown }) =>
  f.code === 'schema' && (f.data as SchemaData | undefined)?.kind === 'empty-document';
