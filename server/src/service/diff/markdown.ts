/**
 * A diff as Markdown, ready to post as a pull-request comment: a headline with counts, then per file
 * the weakening changes first, then measures as a table and the other parts as lists.
 */
import { plural } from '../document/labels';
import type { Area, Change, DocumentDiff, FieldChange } from './types';

export interface FileDiff {
  path: string;
  diff: DocumentDiff;
}

/** Lets a CI job find (and update) its earlier comment instead of adding another. */
export const commentMarker = '<!-- tom-studio diff -->';

/** The author's words, so that `*`, `|` or `<` in a title cannot break the table or the markup. */
const md = (s: string) => s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, '\\$&');

/** Long texts (descriptions) are cut, the comment is a summary; the diff itself has the full text. */
const short = (s: string) => md(s.length > 80 ? `${s.slice(0, 77)}…` : s);

const areaNames: Record<Area, { one: string; many: string }> = {
  document: { one: 'Document', many: 'Document' },
  section: { one: 'Section', many: 'Sections' },
  measure: { one: 'Measure', many: 'Measures' },
  scope: { one: 'Scope', many: 'Scopes' },
  subprocessor: { one: 'Subprocessor', many: 'Subprocessors' },
  certification: { one: 'Certification', many: 'Certifications' },
  commitment: { one: 'Commitment', many: 'Commitments' },
};

function name(c: Change): string {
  switch (c.area) {
    case 'document': return 'The document';
    case 'commitment': return `Commitment \`${c.key}\``;
    case 'measure': return `Measure **${md(c.key)}**${c.title ? ` ${md(c.title)}` : ''}${c.section ? ` (${md(c.section)})` : ''}`;
    default: return `${areaNames[c.area].one} **${md(c.key)}**`;
  }
}

function field(f: FieldChange): string {
  if (f.before === undefined) return `${md(f.field)} added: ${short(f.after ?? '')}`;
  if (f.after === undefined) return `${md(f.field)} removed (was ${short(f.before)})`;
  return `${md(f.field)}: ${short(f.before)} → ${short(f.after)}`;
}

const details = (c: Change) => c.fields.map(field).join('; ');

/** "measures: 2 added, 1 changed · subprocessors: 1 added" */
function counts(changes: Change[]): string {
  const byArea = new Map<Area, Map<string, number>>();
  for (const c of changes) {
    const actions = byArea.get(c.area) ?? new Map<string, number>();
    actions.set(c.action, (actions.get(c.action) ?? 0) + 1);
    byArea.set(c.area, actions);
  }
  return [...byArea].map(([area, actions]) =>
    `${areaNames[area].many.toLowerCase()}: ${[...actions].map(([action, n]) => `${n} ${action}`).join(', ')}`).join(' · ');
}

function measureTable(changes: Change[]): string[] {
  const rows = changes.map((c) => {
    const id = `**${md(c.key)}**${c.previousKey ? ` (was ${md(c.previousKey)})` : ''}${c.title ? ` ${md(c.title)}` : ''}`;
    const section = c.previousSection ? `${md(c.previousSection)} → ${md(c.section ?? '')}` : md(c.section ?? '');
    return `| ${c.weakening.length ? '⚠ ' : ''}${c.action} | ${id} | ${section} | ${details(c)} |`;
  });
  return ['| Change | Measure | Section | Details |', '|---|---|---|---|', ...rows];
}

function list(changes: Change[]): string[] {
  return changes.map((c) => {
    const label = c.area === 'commitment' ? `\`${c.key}\`` : `**${md(c.key)}**${c.title ? ` ${md(c.title)}` : ''}`;
    const fields = c.area === 'commitment' ? c.fields.map((f) => `${f.before ?? '(none)'} → ${f.after ?? '(none)'}`).join('') : details(c);
    return `- ${c.weakening.length ? '⚠ ' : ''}${c.action} ${label}${fields ? `: ${fields}` : ''}`;
  });
}

function renderFile({ path, diff }: FileDiff): string[] {
  const summary = diff.status === 'added' ? `new document (${counts(diff.changes) || 'empty'})`
    : diff.status === 'removed' ? 'deleted'
    : diff.changes.length ? counts(diff.changes) : 'no change in meaning (comments or formatting only)';
  const out = [`### \`${path}\`: ${summary}`, ''];
  for (const p of diff.problems) out.push(`> **Note:** ${md(p)}`, '');
  const weakening = diff.changes.filter((c) => c.weakening.length);
  if (weakening.length) {
    out.push('#### ⚠ Weakening', '', ...weakening.flatMap((c) => c.weakening.map((w) => `- ${name(c)}: ${md(w)}`)), '');
  }
  // a new or deleted document is summed up by its counts; listing every part would drown the review
  if (diff.status !== 'changed') return out;
  for (const area of ['section', 'measure', 'scope', 'subprocessor', 'certification', 'commitment'] as const) {
    const changes = diff.changes.filter((c) => c.area === area);
    if (!changes.length) continue;
    out.push(`#### ${areaNames[area].many}`, '', ...(area === 'measure' ? measureTable(changes) : list(changes)), '');
  }
  return out;
}

export function renderMarkdown(files: FileDiff[]): string {
  // a new document counts as one change, however many parts it brings
  const count = files.reduce((n, f) => n + (f.diff.status === 'added' ? 1 : f.diff.changes.length), 0);
  const weakening = files.flatMap((f) => f.diff.changes).filter((c) => c.weakening.length).length;
  const headline = files.length === 0 ? 'no TOM document changed'
    : `${plural(count, 'change')} in ${plural(files.length, 'file')}, ${weakening ? `${weakening} of them weakening` : 'nothing weakened'}`;
  return [commentMarker, `## ${weakening ? '⚠ ' : ''}TOM changes: ${headline}`, '', ...files.flatMap(renderFile)].join('\n').trimEnd() + '\n';
}
