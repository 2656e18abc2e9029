import { controlTitle, framework, readId, type Control } from '../frameworks/catalogues';
import { documentMappings } from '../frameworks/mappings';
import { finding } from '../findings';
import { rangeOf, type Rule, type RuleContext } from './rule';

/** "A.8.2 (Privileged access rights)". */
const named = (c: Control) => `${c.id} (${controlTitle(c)})`;

/**
 * The closest ids are looked for for this many unknown ids per document: each search compares with
 * every id of the framework (IT-Grundschutz has almost 2,000), and a pasted list of thousands of
 * wrong ids must not stall the editor. Later ones are reported without suggestions.
 */
const searchedIds = 200;

/**
 * A mapping id that names no control of its framework: malformed (not written like the framework's
 * ids) or unknown (written like one, but no such control). The message names the closest ids, and the
 * nearest one is what the quick-fix writes.
 */
export function checkUnknownMapping({ model, text, add }: RuleContext): void {
  let searched = 0;
  for (const ref of documentMappings(model).refs) {
    if (ref.control) continue;
    const f = framework(ref.framework)!;
    const reading = readId(ref.framework, ref.raw, searched++ < searchedIds ? 3 : 0);
    if (reading.kind === 'known') continue;
    const what = reading.kind === 'malformed'
      ? `"${ref.raw}" is not written like an id of ${f.name.en} (such as ${f.controls[0].id})`
      : `"${ref.raw}" is no control of ${f.name.en}`;
    const hint = reading.closest.length
      ? `: did you mean ${reading.closest.map(named).join(', ')}?`
      : `: write an id of the framework's catalogue (completion lists them).`;
    add(finding('unknown-mapping', rangeOf(text, ref.node), `${what}${hint}`,
      reading.closest.length ? { replacement: reading.closest[0].id } : undefined));
  }
}

export const unknownMapping: Rule = { id: 'unknown-mapping', check: checkUnknownMapping };
