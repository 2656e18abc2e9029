/** A coverage report as text, Markdown, CSV or JSON (`tom-studio coverage`, docs/crosswalks.md). */
import { controlTitle } from './catalogues';
import { coverageFigure, type Coverage, type CoveringMeasure } from './coverage';

export const coverageFormats = ['text', 'md', 'csv', 'json'] as const;
export type CoverageFormat = (typeof coverageFormats)[number];

export interface ReportSubject {
  /** The file's name as the user gave it. */
  file: string;
  organization?: string;
}

/** "TO-01 (planned)": the status is named only when the measure is not simply implemented. */
const measureRef = (m: CoveringMeasure) => `${m.id}${m.status === 'implemented' ? '' : ` (${m.status})`}`;
/** "AC-2: TO-01, TO-02 (via AC-2(1))". */
const measureList = (row: Coverage['rows'][number]) =>
  row.measures.map((m) => `${measureRef(m)}${m.via.some((v) => v !== row.control.id) ? ` via ${m.via.join(', ')}` : ''}`).join(', ');

const heading = (c: Coverage, s: ReportSubject) => `${c.framework.name.en} — coverage by ${s.organization ? `${s.organization}, ` : ''}${s.file}`;

function text(c: Coverage, s: ReportSubject): string {
  const idWidth = Math.max(...c.rows.map((r) => r.control.id.length));
  const titleWidth = Math.max(...c.rows.map((r) => controlTitle(r.control).length));
  const lines = c.rows.map((r) => `${r.control.id.padEnd(idWidth)}  ${controlTitle(r.control).padEnd(titleWidth)}  ${r.measures.length ? measureList(r) : '—'}`);
  const missing = c.rows.filter((r) => !r.measures.length).map((r) => r.control.id);
  return [heading(c, s), `Controls covered: ${coverageFigure(c)}`, '', ...lines, '',
    missing.length ? `Not covered (${missing.length}): ${missing.join(', ')}` : 'Every control is covered.', ''].join('\n');
}

/** Markdown table cells: a pipe or line break would end the cell. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function markdown(c: Coverage, s: ReportSubject): string {
  const rows = c.rows.map((r) => `| ${cell(r.control.id)} | ${cell(controlTitle(r.control))} | ${r.measures.length ? cell(measureList(r)) : '**none**'} |`);
  const missing = c.rows.filter((r) => !r.measures.length).map((r) => `\`${r.control.id}\``);
  return [`## ${cell(heading(c, s))}`, '', `Controls covered: **${coverageFigure(c)}**`, '',
    '| Control | Title | Measures |', '|---|---|---|', ...rows, '',
    missing.length ? `Not covered (${missing.length}): ${missing.join(', ')}` : 'Every control is covered.', ''].join('\n');
}

/** RFC 4180: quote fields with a comma, quote or line break; double the quotes. */
const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function csv(c: Coverage): string {
  const rows = c.rows.map((r) => [c.framework.id, r.control.id, controlTitle(r.control), r.measures.length ? 'yes' : 'no',
    r.measures.map((m) => m.id).join(' '), r.measures.map((m) => m.status).join(' ')].map(field).join(','));
  return [['framework', 'control', 'title', 'covered', 'measures', 'statuses'].join(','), ...rows, ''].join('\r\n');
}

function json(c: Coverage, s: ReportSubject): string {
  return `${JSON.stringify({
    file: s.file,
    organization: s.organization,
    framework: { id: c.framework.id, name: c.framework.name.en, edition: c.framework.edition },
    covered: c.covered,
    total: c.total,
    controls: c.rows.map((r) => ({ id: r.control.id, title: controlTitle(r.control), measures: r.measures })),
    notCovered: c.rows.filter((r) => !r.measures.length).map((r) => r.control.id),
  }, null, 2)}\n`;
}

export function coverageReport(c: Coverage, format: CoverageFormat, subject: ReportSubject): string {
  switch (format) {
    case 'md': return markdown(c, subject);
    case 'csv': return csv(c);
    case 'json': return json(c, subject);
    default: return text(c, subject);
  }
}
