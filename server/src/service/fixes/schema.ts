/**
 * `schema` findings that have a mechanical fix: a missing required key, a CIA list, an unknown key
 * that is a near-miss of an allowed one, an enum value that is a near-miss (or a number that must be a string).
 */
import { isMap } from 'yaml';
import { pairOf } from '../document/model';
import type { SchemaData } from '../rules/schema';
import { ciaList, fixCia } from './ciaOrder';
import { fixRequiredKey } from './requiredKey';
import { fixEmptyDocument } from './skeleton';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixSchema: FixBuilder<SchemaData> = (ctx) => {
  const { data, target } = ctx;
  if (data?.kind === 'missing-key') return fixRequiredKey({ ...ctx, data });
  if (data?.kind === 'empty-document') return fixEmptyDocument(ctx);
  if (ciaList(target)) return fixCia(ctx);
  const step = target?.at(-1);
  if (!step || (data?.kind !== 'value' && data?.kind !== 'unknown-key')) return [];
  const replacement = data.replacement;
  if (replacement === undefined) return [];
  if (data.kind === 'unknown-key') {
    // An unknown key renamed to the allowed key it is a near-miss of, unless that key is there already.
    if (!step.isKey || !isMap(step.parent) || pairOf(step.parent, replacement)) return [];
    const edit = replaceScalar(target!, replacement);
    return edit ? [{ title: `Rename "${data.key}" to "${replacement}"`, edits: [edit], preferred: true, safe: true }] : [];
  }
  if (step.isKey) return [];
  const edit = replaceScalar(target!, replacement);
  return edit ? [{ title: `Change to "${replacement}"`, edits: [edit], preferred: true, safe: true }] : [];
};
