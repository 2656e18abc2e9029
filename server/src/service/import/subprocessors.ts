/**
 * Pipe tables of subprocessors ("Name | Purpose | Location |"), with column names in German or
 * English. Rows may span several lines, as in text copied from a web page: a row is complete once
 * it has as many `|` as the header.
 */
import type { Line } from './lines';
import { locationCodes } from './locations';
import { fold } from '../catalogue/controlTypes';

export type Column = 'name' | 'purpose' | 'service' | 'location' | 'transfer' | 'data' | 'other';

const columnWords: [Column, RegExp][] = [
  ['location', /standort|location|\bort\b|\bland\b|country|region|sitz|rechenzentr|data ?cent|server/i],
  ['transfer', /transfer|garantie|mechanism|safeguard|grundlage|drittland/i],
  ['data', /daten|\bdata\b|categor|kategor/i],
  ['name', /verarbeiter|processor|anbieter|provider|vendor|\bname\b|firma|company|dienstleister|unternehmen|entity|partner/i],
  ['purpose', /zweck|purpose|tätigkeit|activit|function|beschreibung|description|\bart\b|nature/i],
  ['service', /service|leistung|dienst|product|produkt/i],
];

export const cellsOf = (text: string): string[] => {
  const cells = text.split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
};

const pipes = (s: string) => s.split('|').length - 1;

/** The columns of a subprocessor table header, or undefined when the row is no such header. */
export function headerColumns(text: string): Column[] | undefined {
  if (!text.includes('|')) return undefined;
  const columns = cellsOf(text).map((c) => columnWords.find(([, re]) => re.test(c))?.[0] ?? 'other');
  if (columns.length < 2) return undefined;
  const named = columns.includes('name') || columns[0] === 'other';
  return named && (columns.includes('location') || columns.includes('purpose')) ? columns : undefined;
}

export interface TableRow { line: number; cells: string[] }

/** The rows after the header at `start`, and the index of the first line after the table. */
export function readRows(lines: Line[], start: number): { rows: TableRow[]; end: number } {
  const width = pipes(lines[start].text);
  const rows: TableRow[] = [];
  let i = start + 1;
  while (i < lines.length && lines[i].text.includes('|')) {
    const first = lines[i];
    let text = first.text;
    i++;
    // A row copied from a web page goes on over the next lines until it has all its cells.
    while (pipes(text) < width && i < lines.length && (lines[i].text.includes('|') || lines[i + 1]?.text.includes('|'))) {
      if (headerColumns(lines[i].text) && pipes(lines[i].text) >= width) break;
      text += ` ${lines[i].text}`;
      i++;
    }
    rows.push({ line: first.line, cells: cellsOf(text) });
  }
  return { rows, end: i };
}

export interface SubprocessorDraft {
  line: number;
  name: string;
  purpose: string;
  service?: string;
  locations: string[];
  /** The location cells as written ("USA**", "Frankfurt*"), kept next to the codes. */
  locationText: string;
  unknownLocations: string[];
  transferMechanism?: string;
  dataCategories?: string[];
  /** Cells of columns the format has no field for, under `x-<column>`. */
  extra: Record<string, string>;
}

const mechanisms: [string, RegExp][] = [
  ['dpf', /\bdpf\b|privacy framework/i], ['scc', /\bscc|standard ?(?:contractual|vertrags)/i], ['bcr', /\bbcr\b|binding corporate|verbindliche interne/i],
  ['adequacy', /adequa|angemessenheit/i],
];
const mechanismOf = (cell: string) => mechanisms.find(([, re]) => re.test(cell))?.[0];

/** "Hilfestellung Daten: E-Mail Adresse" → the text before and the data categories after "Daten:". */
function splitData(cell: string): { text: string; data: string[] } {
  const m = /^(.*?)\s*\b(?:daten(?:kategorien)?|data(?: categories)?)\s*:\s*(.+)$/i.exec(cell);
  return m ? { text: m[1], data: m[2].split(/\s*[,;]\s*/) } : { text: cell, data: [] };
}

export function subprocessorOf(row: TableRow, columns: Column[], header: string[]): SubprocessorDraft {
  const draft: SubprocessorDraft = { line: row.line, name: '', purpose: '', locations: [], locationText: '', unknownLocations: [], extra: {} };
  const places: string[] = [];
  const data: string[] = [];
  row.cells.forEach((raw, i) => {
    const { text: cell, data: found } = splitData(raw);
    data.push(...found);
    const column = columns[i] ?? 'other';
    if (!/[\p{L}\p{N}]/u.test(cell)) return; // "--", "-": nothing
    if (column === 'name' || (column === 'other' && i === 0)) draft.name ||= cell;
    else if (column === 'purpose' && !draft.purpose) draft.purpose = cell;
    else if (column === 'service' && !draft.service) draft.service = cell;
    else if (column === 'location') {
      places.push(cell);
      const { codes, unknown } = locationCodes(cell);
      draft.locations.push(...codes.filter((c) => !draft.locations.includes(c)));
      draft.unknownLocations.push(...unknown);
    } else if (column === 'transfer' && mechanismOf(cell)) draft.transferMechanism = mechanismOf(cell);
    else if (column === 'data') data.push(...cell.split(/\s*[,;]\s*/));
    else draft.extra[`x-${fold(header[i] ?? `column ${i + 1}`).replace(/ /g, '-') || `column-${i + 1}`}`] = cell;
  });
  draft.locationText = places.join(', ');
  if (data.length) draft.dataCategories = data;
  return draft;
}
