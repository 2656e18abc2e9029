/**
 * `schema` findings that have a mechanical fix: a missing required key, a CIA list, an unknown key
 * that is a near-miss of an allowed one, an enum value that is a near-miss (or a number that must be a string).
 * Where the repair is the author's choice, the fixes offer the choices (docs/quick-fixes.md): each
 * allowed value, today's date, the section's expected CIA tags, a placeholder to fill in, or an
 * unknown key kept as an `x-` extension, so that ignoring the finding is never the only way out.
 */
import { isMap } from 'yaml';
import { pairOf } from '../document/model';
import { ciaList, fixCia, fixEmptyCia } from './cia';
import { placeholder } from './placeholders';
import { fixRequiredKey } from './requiredKey';
import { replaceScalar } from './textEdits';
import type { FixBuilder, FixDraft } from './types';

export const fixSchema: FixBuilder = (ctx) => {
  const { finding, target, today } = ctx;
  const data = finding.data ?? {};
  if (typeof data.missingKey === 'string') return fixRequiredKey(ctx);
  if (data.expects === 'cia') return fixEmptyCia(ctx);
  if (ciaList(target)) return fixCia(ctx);
  const step = target?.at(-1);
  if (!step) return [];
  const replace = (value: string, draft: Omit<FixDraft, 'edits'>): FixDraft[] => {
    const edit = replaceScalar(target!, value);
    return edit ? [{ ...draft, edits: [edit] }] : [];
  };
  const replacement = data.replacement;
  if (typeof data.key === 'string') {
    if (!step.isKey || !isMap(step.parent)) return [];
    // An unknown key renamed to the allowed key it is a near-miss of, unless that key is there already.
    if (typeof replacement === 'string') {
      return pairOf(step.parent, replacement) ? [] : replace(replacement, { title: `Rename "${data.key}" to "${replacement}"`, preferred: true, safe: true });
    }
    // No near-miss: keep what the author wrote as an extension, which every reader ignores.
    const extension = `x-${data.key}`;
    return pairOf(step.parent, extension) ? [] : replace(extension, { title: `Keep "${data.key}" as the extension "${extension}"` });
  }
  if (step.isKey) return [];
  if (typeof replacement === 'string') return replace(replacement, { title: `Change to "${replacement}"`, preferred: true, safe: true });
  if (Array.isArray(data.choices)) return data.choices.flatMap((c) => replace(String(c), { title: `Change to "${c}"`, choice: true }));
  if (data.expects === 'date') return replace(today, { title: `Set to today (${today})` });
  if (data.expects === 'text') return replace(placeholder, { title: `Write ${placeholder} here (to fill in)`, creates: ['placeholder-text'] });
  return [];
};
