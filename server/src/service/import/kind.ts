/**
 * Technical or organisational, guessed from the wording: technical measures name technology
 * (encryption, firewalls, logs, locks), organisational ones rules and people (policies, training,
 * contracts, procedures). The guess is announced in the report; the author reviews it.
 */
export type Kind = 'technical' | 'organizational';

const technical = [
  'encrypt', 'firewall', 'vpn', 'tls', 'ssl', 'ssh', 'https', 'log', 'backup', 'redundan', 'replicat', 'monitor',
  'alarm', 'lock', 'token', 'authenticat', 'factor', 'mfa', 'anti-virus', 'antivirus', 'virus', 'server', 'network', 'disk',
  'automat', 'scan', 'segment', 'separat', 'fire ', 'sensor', 'camera', 'video', 'hash', 'certificate', 'api', 'access via',
  'only accessible', 'only possible', 'oauth', 'system', 'badge', 'reader', 'cctv', 'surveillance',
  'verschlüssel', 'protokoll', 'sicherungskop', 'redundanz', 'replik', 'überwach', 'schloss', 'schließ', 'authentifiz',
  'netzwerk', 'automatisch', 'technisch', 'zwei-faktor', 'virenschutz', 'brandschutz', 'klimatisierung', 'speicher', 'getrennt',
];
const organizational = [
  'policy', 'policies', 'guideline', 'procedure', 'process', 'training', 'instruct', 'document', 'agreement', 'contract',
  'concept', 'plan', 'rule', 'management', 'appoint', 'officer', 'sign', 'obligation', 'ban on', 'assignment', 'approv',
  'select', 'review', 'record', 'audit', 'certif', 'employee', 'visitor', 'guard', 'prohibit', 'need-to-know', 'sanity',
  'richtlinie', 'schulung', 'geschult', 'vertrag', 'vereinbarung', 'dokument', 'verfahren', 'prozess', 'konzept',
  'anweisung', 'verpflicht', 'überprüf', 'beauftrag', 'organisator', 'mitarbeiter', 'besucher', 'regelung', 'zertifi',
];

const hits = (text: string, words: string[]) => words.filter((w) => text.includes(w)).length;

export function guessKind(text: string): Kind {
  const lower = ` ${text.toLowerCase()} `;
  return hits(lower, technical) > hits(lower, organizational) ? 'technical' : 'organizational';
}
