/**
 * "Last Updated: January 23, 2025", "Stand: 14. Mai 2018", "Zuletzt aktualisiert am 14.05.2018" →
 * the document's `lastUpdated` as YYYY-MM-DD.
 */
import { fold } from '../catalogue/controlTypes';
import { isDate } from '../util/dates';

const label = /^(?:last\s+(?:updated|modified|revised|changed)(?:\s+on)?|updated(?:\s+on)?|revised|effective(?:\s+date|\s+from|\s+as\s+of)?|as\s+of|date|version\b[^:]*?|valid\s+from|stand(?:\s+vom)?|zuletzt\s+(?:aktualisiert|geändert)(?:\s+am)?|aktualisiert(?:\s+am)?|letzte\s+(?:änderung|aktualisierung)(?:\s+am)?|geändert\s+am|gültig\s+ab|datum|version\s+vom)\s*[:\-–,]?\s*(.+?)\s*$/i;

const months: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janner: 1, feb: 2, february: 2, februar: 2, mar: 3, march: 3, marz: 3, maerz: 3,
  apr: 4, april: 4, may: 5, mai: 5, jun: 6, june: 6, juni: 6, jul: 7, july: 7, juli: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, okt: 10, october: 10, oktober: 10, nov: 11, november: 11,
  dec: 12, dez: 12, december: 12, dezember: 12,
};

/** The date of a line that only states when the document was last updated. */
export function updatedDate(text: string): string | undefined {
  const m = label.exec(text.trim());
  return m ? parseDate(m[1]) ?? dateIn(m[1]) : undefined;
}

/** A date written somewhere in a short text: "3.2 vom 15. Januar 2025", "4 – effective 1 April 2025". */
function dateIn(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const patterns = [/\d{4}-\d{1,2}-\d{1,2}/, /\d{1,2}\.\s?\d{1,2}\.\s?\d{4}/, /\d{1,2}(?:\.|st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}/u, /\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/u];
  for (const re of patterns) {
    for (const m of text.matchAll(new RegExp(re, `${re.flags}g`))) {
      const date = parseDate(m[0]);
      if (date) return date;
    }
  }
  return undefined;
}

/** A written date in English or German: "January 23, 2025", "23 January 2025", "14. Mai 2018", "14.05.2018", "2018-05-14". */
export function parseDate(text: string): string | undefined {
  const s = text.replace(/[.,]?\s*$/, '');
  let y: number | undefined, mo: number | undefined, d: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s))) [d, mo, y] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(s))) [mo, d, y] = [months[fold(m[1])], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(s))) [d, mo, y] = [+m[1], months[fold(m[2])], +m[3]];
  if (!y || !mo || !d) return undefined;
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isDate(date) ? date : undefined;
}
