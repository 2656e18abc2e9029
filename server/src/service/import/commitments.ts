/**
 * Numeric promises in the wording of measures ("innerhalb von 72 Stunden", "within 48 hours",
 * "TLS 1.2", "minimum password length of 12 characters") → `commitments`, which rules then check.
 * The first statement of each promise wins; each keeps the line it came from.
 */
export type CommitmentKey = 'breachNotificationHours' | 'deletionHours' | 'backupDeletionDays' | 'tlsMinVersion' | 'passwordMinLength' | 'accessReviewMonths';

export interface Commitment { key: CommitmentKey; value: number | string; line: number }

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12, ein: 1, einen: 1, zwei: 2, drei: 3, vier: 4, sechs: 6, zwölf: 12,
};
const count = (s: string) => numberWords[s.toLowerCase()] ?? Number(s);

const hours = /\b(?:within|in|no later than|innerhalb(?: von)?|binnen|spätestens(?: nach| innerhalb von)?)\s+(\d{1,4})\s*(?:hours|hrs|h|stunden|std\.?)(?![\p{L}])/iu;
const days = /\b(?:within|after|in|innerhalb(?: von)?|binnen|nach)\s+(\d{1,4})\s*(?:days|tagen?)\b/i;
const months = /\b(?:every|alle)\s+(\d{1,2}|one|two|three|four|six|twelve|zwei|drei|vier|sechs|zwölf)\s+(?:months?|monate[n]?)\b/i;
const periods: [RegExp, number][] = [[/\b(?:monthly|monatlich)/i, 1], [/\b(?:quarterly|vierteljährlich|quartalsweise)/i, 3], [/\b(?:half-yearly|semi-annually|halbjährlich)/i, 6], [/\b(?:annually|yearly|jährlich)/i, 12]];

const breach = /breach|incident|notif|verletzung|vorfall|vorfälle|meld|benachrichtig/i;
const deletion = /delet|eras|lösch|remov/i;
const backup = /backup|sicherung|sicherheitskopie/i;
const review = /review|überprüf|prüf|recertif|rezertifi/i;
const access = /access|permission|account|zugang|zugriff|berechtigung|konto/i;

/** The promises a line of text makes, read clause by clause ("... within 24 hours; from backups after 30 days"). */
export function commitmentsIn(text: string, line: number): Commitment[] {
  const aboutDeletion = deletion.test(text);
  return text.split(/[;:]\s|\.\s+(?=\p{Lu})/u).flatMap((clause) => clauseCommitments(clause, aboutDeletion, line));
}

function clauseCommitments(text: string, aboutDeletion: boolean, line: number): Commitment[] {
  const found: Commitment[] = [];
  const add = (key: CommitmentKey, value: number | string) => found.push({ key, value, line });
  const h = hours.exec(text);
  if (h && breach.test(text)) add('breachNotificationHours', Number(h[1]));
  else if (h && deletion.test(text) && !backup.test(text)) add('deletionHours', Number(h[1]));
  const d = days.exec(text);
  if (d && aboutDeletion && backup.test(text)) add('backupDeletionDays', Number(d[1]));
  // Only 1.2 and 1.3 are valid minimums; a text naming an older version is weak-crypto's business.
  const tls = [...text.matchAll(/\bTLS\s*v?(1\.[0-3])\b/gi)].map((m) => m[1]).sort();
  if (tls.length && (tls[0] === '1.2' || tls[0] === '1.3')) add('tlsMinVersion', tls[0]);
  const pw = /(?:password|passwort|kennwort)[^.]*?\b(\d{1,3})\s*(?:characters|chars|zeichen|stellen)\b|\b(\d{1,3})\s*(?:characters|chars|zeichen|stellen)[^.]*?(?:password|passwort|kennwort)/i.exec(text);
  if (pw && /min|least|mindest/i.test(text)) add('passwordMinLength', Number(pw[1] ?? pw[2]));
  if (review.test(text) && access.test(text)) {
    const m = months.exec(text);
    const every = m ? count(m[1]) : periods.find(([re]) => re.test(text))?.[1];
    if (every) add('accessReviewMonths', every);
  }
  return found;
}
