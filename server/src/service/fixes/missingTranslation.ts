/**
 * missing-translation: a stub for each missing language, to be translated. A language map gets the
 * missing keys; a plain string becomes a map, `title: Foo` → `title: {en: Foo, de: TODO}`, or the
 * block form when the file writes its texts as block maps (or the string spans several lines).
 */
import { isMap, isScalar, Scalar, type Node, type YAMLMap } from 'yaml';
import type { TomModel } from '../document/model';
import type { MissingTranslationData } from '../rules/missingTranslation';
import { inFlow } from './nodeChain';
import { placeholder } from './placeholders';
import { beginsLine, column, endOfLastLine, insertPairs, isPlainSafe, spaces } from './textEdits';
import type { Edit, FixBuilder, FixContext } from './types';

/** Whether the document's language maps are mostly block maps (else flow maps, the default). */
function prefersBlockMaps(model: TomModel): boolean {
  const maps = model.texts.map((t) => t.value).filter(isMap) as YAMLMap[];
  return maps.filter((m) => !m.flow).length > maps.filter((m) => m.flow).length;
}

/** `{en: Foo, de: TODO}` from a one-line string, keeping its source (quotes included) where a flow map allows. */
function flowForm(text: string, node: Scalar, language: string, missing: string[]): Edit {
  const [start, end] = node.range!;
  const source = text.slice(start, end);
  const value = node.type === Scalar.PLAIN && !isPlainSafe(String(node.value), true) ? JSON.stringify(node.value) : source;
  return { from: start, to: end, text: `{${[`${language}: ${value}`, ...missing.map((l) => `${l}: ${placeholder}`)].join(', ')}}` };
}

/** The block form: the value moves one level deeper under its language key; the stubs follow. */
function blockForm(ctx: FixContext<MissingTranslationData>, node: Scalar, keyNode: Node, language: string, missing: string[]): Edit[] | undefined {
  const { text, style } = ctx;
  const [start, end] = node.range!;
  const keyStart = keyNode.range![0];
  const header = /^[|>]([1-9]?)[+-]?[1-9]?/.exec(text.slice(start));
  // An explicit indentation indicator or kept trailing lines would change meaning when re-indented.
  if (header && (/\d/.test(header[0]) || header[0].includes('+'))) return undefined;
  const gap = text.slice(keyNode.range![1], start);
  if (!/^[ \t]*:[ \t]+$/.test(gap) || !beginsLine(text, keyStart)) return undefined;
  const indent = spaces(column(text, keyStart) + style.unit);
  const edits: Edit[] = [{ from: keyNode.range![1] + gap.indexOf(':') + 1, to: start, text: `${style.eol}${indent}${language}: ` }];
  const last = endOfLastLine(text, end);
  for (let line = text.indexOf('\n', start) + 1; line > 0 && line < last; line = text.indexOf('\n', line) + 1) {
    if (/\S/.test(text.slice(line, text.indexOf('\n', line) < 0 ? text.length : text.indexOf('\n', line)))) edits.push({ from: line, to: line, text: spaces(style.unit) });
  }
  edits.push({ from: last, to: last, text: missing.map((l) => `${style.eol}${indent}${l}: ${placeholder}`).join('') });
  return edits;
}

export const fixTranslation: FixBuilder<MissingTranslationData> = (ctx) => {
  const { data, target, model, text, style } = ctx;
  const missing = data?.missing;
  const language = data?.language;
  const step = target?.at(-1);
  if (!step || !missing?.length || step.node.anchor) return [];
  const stubs = missing.map((l) => `${l}: ${placeholder}`).join(', ');
  const draft = (edits: Edit[] | undefined) => edits?.length
    ? [{ title: { en: `Add ${stubs} (to translate)`, de: `${stubs} ergänzen (zu übersetzen)` }, edits, preferred: true, creates: ['placeholder-text' as const] }]
    : [];
  if (isMap(step.node)) {
    const edit = insertPairs(text, style, step.node, missing.map((l) => [l, placeholder]));
    return draft(edit && [edit]);
  }
  if (!isScalar(step.node) || !language || !step.pair || step.isKey) return [];
  const multiLine = /[\r\n]/.test(text.slice(...step.node.range!.slice(0, 2) as [number, number]));
  const block = !inFlow(target!) && (multiLine || prefersBlockMaps(model) || step.node.type === Scalar.BLOCK_FOLDED || step.node.type === Scalar.BLOCK_LITERAL);
  if (!block) return multiLine ? [] : draft([flowForm(text, step.node, language, missing)]);
  return draft(blockForm(ctx, step.node, step.pair.key as Node, language, missing));
};
