/**
 * The built-in schema's findings, measure by measure: each measure that is a part of its own
 * (document/parts.ts) is validated alone against the schema's `$defs/measure` (compiled once), and
 * its findings are kept with the part: a measure whose text an edit did not change keeps them, moved
 * to its new line. The rest of the document (its header, sections, scopes, ...) is validated with
 * those measures left out. The schema ties nothing in a measure to anything outside it (no
 * `contains`, no `minItems` on `measures`, no `if` above a measure), so the findings are the ones
 * of one validation of the whole data; a property test compares them after thousands of edits.
 */
import type { Document } from 'yaml';
import { isSeq } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ErrorObject } from 'ajv';
import { pairOf, type TomModel } from '../document/model';
import { partOf, type ParsedPart } from '../document/parsedParts';
import type { FindingSink } from '../rules/findings';
import { KeptFindings } from '../rules/keptFindings';
import { reportSchemaErrors } from './schemaErrors';
import { measureValidator, tomValidator } from './schemas';
import type { Finding } from '../types';

interface PartMeasure { section: number; index: number; part: ParsedPart }

/** A measure's findings, kept for the index it had (a measure without id is "Item 3"). */
const kept = new KeptFindings<number>();

/** With `byPart: false`, one validation of the whole data (what the per-part findings must equal). */
export function tomSchemaFindings(model: TomModel, data: unknown, text: TextDocument, add: FindingSink, { byPart = true } = {}): void {
  const doc = model.doc as Document;
  const measures = byPart ? partMeasures(model, data) : [];
  const validate = tomValidator();
  if (!validate(measures.length ? withoutMeasures(data, measures) : data)) reportSchemaErrors(validate.errors ?? [], { doc, text, add });
  const validateMeasure = measureValidator();
  for (const { section, index, part } of measures) {
    const findings = kept.of(part, index, text, () => {
      const own: Finding[] = [];
      if (!validateMeasure(part.data)) {
        const at = `/controls/${section}/measures/${index}`;
        const errors = (validateMeasure.errors ?? []).map((e): ErrorObject => ({ ...e, instancePath: at + e.instancePath }));
        reportSchemaErrors(errors, { doc, text, add: (f) => own.push(f) });
      }
      return own;
    });
    for (const f of findings) add(f);
  }
}

/**
 * The measures read part by part, in sections all of whose measures are: the data of each is its
 * part's own (so it cannot have come from elsewhere). A document parsed whole has none.
 */
function partMeasures(model: TomModel, data: unknown): PartMeasure[] {
  const sections = pairOf(model.root, 'controls')?.value;
  const values = (data as { controls?: unknown } | null)?.controls;
  if (!isSeq(sections) || !Array.isArray(values) || values.length !== sections.items.length) return [];
  const found: PartMeasure[] = [];
  sections.items.forEach((s, section) => {
    const list = pairOf(s, 'measures')?.value;
    const items = (values[section] as { measures?: unknown } | null)?.measures;
    if (!isSeq(list) || !Array.isArray(items) || items.length !== list.items.length) return;
    const parts = list.items.map((node) => (node ? partOf(node) : undefined));
    if (parts.every((p, i) => p && p.data === items[i])) parts.forEach((part, index) => found.push({ section, index, part: part! }));
  });
  return found;
}

/** The data without the measures validated alone: each such section with an empty list. */
function withoutMeasures(data: unknown, measures: readonly PartMeasure[]): unknown {
  const emptied = new Set(measures.map((m) => m.section));
  const whole = data as { controls: unknown[] };
  return { ...whole, controls: whole.controls.map((s, i) => (emptied.has(i) ? { ...(s as object), measures: [] } : s)) };
}
