/**
 * The draft → YAML written the way a person writes a TOM document (like ../examples): block style,
 * `cia: [C, I, A]` flow lists, quotes only where YAML needs them, titles on one line, long texts as
 * folded blocks, and comments that say where converted values came from.
 */
import { Document, Scalar, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DocumentDraft } from './draft';

export interface DocumentMeta {
  organization?: string;
  role?: string;
  language: string;
  /** The imported file's name and format, for the header comment. */
  source: string;
  /** The organisation was read from the text: its line goes beside it as a comment. */
  organizationFromText?: boolean;
}

/** Where a folded block's lines are wrapped. */
const width = 90;

/** Each source line is a paragraph of its own. */
const text = (parts: string[]) => parts.join('\n');

export function writeYaml(draft: DocumentDraft, meta: DocumentMeta): string {
  const data: Record<string, unknown> = {
    tom: 1,
    document: {
      title: draft.title?.text ?? '',
      organization: meta.organization ?? '',
      role: meta.role ?? '',
      language: meta.language,
      lastUpdated: draft.lastUpdated?.date ?? '',
      ...(draft.summary.length ? { summary: text(draft.summary) } : {}),
      ...(draft.references.length ? { references: draft.references } : {}),
    },
  };
  if (draft.scopes.length) data.scopes = Object.fromEntries(draft.scopes.map((s) => [s.id, { title: s.title }]));
  data.controls = draft.sections.map((s) => ({
    type: s.type,
    ...(s.title ? { title: s.title } : {}),
    ...(s.description.length ? { description: text(s.description) } : {}),
    measures: s.measures.map((m) => ({
      id: m.id,
      title: m.title,
      ...(m.description.length ? { description: text(m.description) } : {}),
      cia: m.cia ?? [],
      kind: m.kind,
      ...(m.scope ? { scope: [m.scope] } : {}),
    })),
  }));
  const subprocessors = draft.subprocessorGroups.flatMap((g) => g.subprocessors);
  if (subprocessors.length) {
    data.subprocessors = subprocessors.map((p) => ({
      name: p.name,
      purpose: p.purpose,
      ...(p.service ? { service: p.service } : {}),
      locations: p.locations,
      ...(p.transferMechanism ? { transferMechanism: p.transferMechanism } : {}),
      ...(p.dataCategories ? { dataCategories: p.dataCategories } : {}),
      ...p.extra,
    }));
  }
  if (draft.commitments.length) data.commitments = Object.fromEntries(draft.commitments.map((c) => [c.key, c.value]));
  if (draft.unmapped.length) data['x-unmapped'] = draft.unmapped.map((u) => ({ line: u.line, text: u.text }));

  const doc = new Document(data);
  doc.commentBefore = ` Imported from ${meta.source} by \`tom-studio import\`.\n Fill what it left empty ("" and []); \`tom-studio check\` points at each.`;
  style(doc);
  if (draft.lastUpdated?.date) comment(doc, ['document', 'lastUpdated'], ` ${draft.lastUpdated.text} (line ${draft.lastUpdated.line})`);
  if (meta.organizationFromText && draft.organization) comment(doc, ['document', 'organization'], ` ${draft.organization.text} (line ${draft.organization.line})`);
  for (const c of draft.commitments) comment(doc, ['commitments', c.key], ` line ${c.line}`);
  let k = 0;
  for (const group of draft.subprocessorGroups) {
    group.subprocessors.forEach((p, j) => {
      const node = doc.getIn(['subprocessors', k], true) as YAMLMap;
      if (j === 0) node.commentBefore = group.caption.map((c) => ` ${c.text} (line ${c.line})`).join('\n');
      if (p.locationText && p.locationText !== p.locations.join(', ')) comment(doc, ['subprocessors', k, 'locations'], ` ${p.locationText} (line ${p.line})`);
      k++;
    });
  }
  const unmapped = doc.get('x-unmapped', true) as YAMLSeq | undefined;
  if (unmapped) unmapped.commentBefore = ' Lines the importer could not place: move each where it belongs, or delete it.';
  return wrapFoldedBlocks(doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}

/** Flow style for short lists of codes, folded blocks for long texts. */
function style(doc: Document): void {
  const visit = (node: unknown, key?: string) => {
    if (isMap(node)) for (const p of node.items) visit(p.value, String((p.key as Scalar).value));
    else if (isSeq(node)) {
      if (key === 'cia' || key === 'scope' || key === 'locations' || key === 'dataCategories') node.flow = true;
      else for (const item of node.items) visit(item);
    } else if (node instanceof Scalar && typeof node.value === 'string' && (key === 'description' || key === 'summary') && (node.value.length > width - 10 || node.value.includes('\n'))) {
      node.type = Scalar.BLOCK_FOLDED;
    }
  };
  visit(doc.contents);
}

function comment(doc: Document, path: (string | number)[], text: string): void {
  const node = doc.getIn(path, true) as Scalar | undefined;
  if (node) node.comment = text;
}

/**
 * Wraps the lines of folded blocks (`>-`) at spaces. In a folded block a line break between two
 * lines of text reads as one space, so the value stays exactly the same.
 */
export function wrapFoldedBlocks(yaml: string): string {
  const out: string[] = [];
  let blockIndent = -1;
  for (const line of yaml.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && !line.trim()) {
      out.push(line); // a paragraph break inside the block
      continue;
    }
    if (blockIndent >= 0 && indent > blockIndent) {
      out.push(...wrap(line.slice(indent), width - indent).map((l) => ' '.repeat(indent) + l));
      continue;
    }
    blockIndent = /(?::|^\s*-) >-?$/.test(line) ? indent : -1;
    out.push(line);
  }
  return out.join('\n');
}

function wrap(textLine: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of textLine.split(' ')) {
    if (current && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines;
}
