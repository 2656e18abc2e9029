import { fixSchema } from '../fixes/schema';
import { defineRule } from './rule';

/** What a `schema` finding's fix needs: the kind of problem and its repair. */
export type SchemaData =
  /** An object lacks a required key. */
  | { kind: 'missing-key'; missingKey: string }
  /** A key the schema does not allow, and the allowed key it is a near-miss of. */
  | { kind: 'unknown-key'; key: string; replacement?: string }
  /** A value to write instead: the enum value meant, or a number as the string it must be. */
  | { kind: 'value'; replacement: string }
  /** The `index`th item of a list repeats an earlier one. */
  | { kind: 'repeat'; index: number };

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
