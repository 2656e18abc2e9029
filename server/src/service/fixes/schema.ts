/**
 * `schema` findings that have a mechanical fix: a missing required key, a CIA list, an unknown key
 * that is a near-miss of an allowed one, an enum value that is a near-miss (or a number that must be a string).
 * Where the repair is the author's choice, the fixes offer the choices (docs/quick-fixes.md): each
 * allowed value, today's date, the section's expected CIA tags, a placeholder to fill in, or an
 * unknown key kept as an `x-` extension, so that ignoring the finding is never the only way out.
 */
import { isMap } from 'yaml';
import { pairOf } from '../document/model';
import type { SchemaData } from '../rules/schema';
import { ciaList, fixCia, fixEmptyCia } from './ciaOrder';
import { fillingValues } from './placeholders';
import { fixRequiredKey } from './requiredKey';
import { fixEmptyDocument } from './skeleton';
import { replaceScalar } from './textEdits';
import type { FixBuilder, FixDraft } from './types';

export const fixSchema: FixBuilder<SchemaData> = (ctx) => {
  const { data, target } = ctx;
  if (data?.kind === 'missing-key') return fixRequiredKey({ ...ctx, data });
  if (data?.kind === 'empty-document') return fixEmptyDocument(ctx);
  if (data?.kind === 'fill' && 'expects' in data.filling && data.filling.expects === 'cia') return fixEmptyCia(ctx);
  if (ciaList(target)) return fixCia(ctx);
  const step = target?.at(-1);
  if (!step) return [];
  const replace = (value: string, draft: Omit<FixDraft, 'edits'>): FixDraft[] => {
    const edit = replaceScalar(target!, value);
    return edit ? [{ ...draft, edits: [edit] }] : [];
  };
  if (data?.kind === 'unknown-key') {
    if (!step.isKey || !isMap(step.parent)) return [];
    // An unknown key renamed to the allowed key it is a near-miss of, unless that key is there already.
    if (data.replacement !== undefined) {
      return pairOf(step.parent, data.replacement) ? [] : replace(data.replacement, { title: { en: `Rename "${data.key}" to "${data.replacement}"`, de: `„${data.key}“ in „${data.replacement}“ umbenennen` }, preferred: true, safe: true });
    }
    // No near-miss: keep what the author wrote as an extension, which every reader ignores.
    const extension = `x-${data.key}`;
    return pairOf(step.parent, extension) ? [] : replace(extension, { title: { en: `Keep "${data.key}" as the extension "${extension}"`, de: `„${data.key}“ als Erweiterung „${extension}“ behalten` } });
  }
  if (step.isKey) return [];
  if (data?.kind === 'value') return replace(data.replacement, { title: { en: `Change to "${data.replacement}"`, de: `In „${data.replacement}“ ändern` }, preferred: true, safe: true });
  if (data?.kind === 'fill') {
    return fillingValues(data.filling, ctx.today).flatMap(({ value, note, ...draft }) => replace(value, { title: { en: `Change to "${value}"${note.en}`, de: `In „${value}“ ändern${note.de}` }, ...draft }));
  }
  return [];
};
