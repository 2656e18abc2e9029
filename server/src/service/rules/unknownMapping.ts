import { controlTitle, framework, readId, type Control } from '../frameworks/catalogues';
import { documentMappings } from '../frameworks/mappings';
import { fixUnknownMapping } from '../fixes/unknownMapping';
import { finding } from './findings';
import { defineRule, rangeOf, type RuleContext } from './rule';

/** The nearest id of the framework, which the quick-fix writes. */
export interface UnknownMappingData { replacement: string }

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
    const malformed = reading.kind === 'malformed';
    const closest = reading.closest.map(named).join(', ');
    add(finding('unknown-mapping', rangeOf(text, ref.node), {
      en: `${malformed ? `"${ref.raw}" is not written like an id of ${f.name.en} (such as ${f.controls[0].id})` : `"${ref.raw}" is no control of ${f.name.en}`}${
        closest ? `: did you mean ${closest}?` : `: write an id of the framework's catalogue (completion lists them).`}`,
      de: `${malformed ? `„${ref.raw}“ ist nicht wie eine Kennung von ${f.name.de ?? f.name.en} geschrieben (etwa ${f.controls[0].id})` : `„${ref.raw}“ ist keine Anforderung von ${f.name.de ?? f.name.en}`}${
        closest ? `: meinten Sie ${closest}?` : `: schreiben Sie eine Kennung aus dem Katalog des Rahmenwerks (die Vervollständigung listet sie).`}`,
    }, reading.closest.length ? { replacement: reading.closest[0].id } : undefined));
  }
}

/** A mapping id that names no control of its framework (docs/crosswalks.md). */
export const unknownMapping = defineRule({
  id: 'unknown-mapping',
  severity: 'warning',
  summary: {
    en: 'a mapping id that names no control of its framework',
    de: 'eine Zuordnung, die keine Anforderung ihres Rahmenwerks nennt',
  },
  docs: { finds: 'a `mappings` id that is malformed or names no control of its framework; names the closest ids', pointsAt: 'the id' },
  // the closest ids are searched for the first unknown ids of the whole document
  scope: 'document',
  suppressible: true,
  fixes: fixUnknownMapping,
  check: checkUnknownMapping,
});
