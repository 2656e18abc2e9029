/**
 * Which control type a measure belongs to, from its words, when its heading does not say it alone:
 * an organisation's own heading ("Data centers", "Firewalling"), or a heading that groups several
 * types (Art. 32(1)(b), "Vertraulichkeit", "Access Control"). Each type has the word stems that
 * measures of its kind typically use, in English and German; the type with the most hits wins.
 * Every such guess is listed in the report with its line.
 */
import { controlTypes, fold, type ControlType } from '../catalogue/controlTypes';

const stems: Record<string, string[]> = {
  'physical-access': ['door', 'premise', 'building', 'offices', 'the office', 'visitor', 'badge', 'key fob', 'keys', 'alarm', 'cctv', 'video', 'guard', 'security staff', 'patrol', 'reception', 'lock', 'rack', 'data hall', 'fence', 'turnstile', 'escort', 'filing cabinet',
    'tur', 'gebaude', 'buro', 'besucher', 'schluss', 'schliess', 'ausweis', 'alarmanlage', 'video', 'wachdienst', 'pfort', 'empfang', 'serverraum', 'zutritt', 'transponder', 'vereinzelung', 'biometr', 'abschliess', 'abgeschlossen'],
  'system-access': ['password', 'log in', 'login', 'logs in', 'sign-on', 'single sign', 'mfa', 'multi-factor', 'two-factor', 'second factor', 'authenticat', 'account', 'screen lock', 'lock automatically', 'vpn', 'firewall', 'jump host', 'ssh', 'hardware token', 'interfaces are reachable', 'smartcard',
    'passwort', 'kennwort', 'anmeld', 'authentifiz', 'zwei-faktor', 'benutzerkonto', 'konto', 'bildschirmsperre', 'sperr', 'firewall', 'sprungserver', 'fernzugang', 'wlan'],
  'data-access': ['permission', 'role-based', 'rbac', 'least privilege', 'need-to-know', 'authoris', 'authoriz', 'access rights', 'can see', 'can view', 'only see', 'shred', 'destroy', 'disposal', 'grants access', 'confidentiality undertaking',
    'berechtigung', 'rollen', 'zugriffsrecht', 'vier-augen', 'einsehen', 'vernicht', 'aktenvernichter', 'schredder', 'freigegeben', 'administrator'],
  transfer: ['transfer', 'transmi', 'in transit', 'tls', 'https', 'sftp', 'e-mail', 'email', 'sent ', 'send ', 'export', 'courier', 'shipping', 'leave the',
    'ubertrag', 'ubermittl', 'weitergabe', 'versand', 'versend', 'transport', 'verschlusselte leitung', 'verschlusselten verbindung', 'austausch'],
  input: ['log', 'audit trail', 'record who', 'records who', 'timestamp', 'time stamp', 'changes to', 'traceab', 'who created', 'event',
    'protokoll', 'nachvollzieh', 'eingabe', 'anderung', 'zeitstempel', 'revisionssicher', 'logserver'],
  order: ['sub-processor', 'subprocessor', 'contractor', 'instruction', 'data processing agreement', 'agreement', 'vendor', 'supplier',
    'auftragsverarbeit', 'unterauftrag', 'weisung', 'dienstleister', 'vertrag'],
  availability: ['backup', 'backed up', 'redundan', 'failover', 'ups', 'uninterruptible', 'power', 'fire', 'air condition', 'cooling', 'capacity', 'scale', 'cluster', 'replica', 'availability zone', 'load test', 'peak', 'ddos', 'antivirus', 'anti-virus', 'malware', 'flood',
    'sicherung', 'sichern', 'datensicherung', 'redundant', 'strom', 'notstrom', 'usv', 'brand', 'losch', 'klima', 'kalte', 'virenschutz', 'spiegel', 'ausfall', 'gaslosch'],
  separation: ['tenant', 'segregat', 'separat', 'test data', 'test systems', 'production data', 'staging', 'mandant', 'trenn', 'getrennt', 'testdaten', 'produktivdaten'],
  pseudonymisation: ['pseudonym', 'anonymi', 'anonymis', 'mapping list', 'zuordnungsliste'],
  encryption: ['encrypt', 'tls', 'https', 'aes', 'cipher', 'key management', 'keys are', 'cryptograph', 'verschlussel', 'kryptogra'],
  recovery: ['restore', 'recover', 'point-in-time', 'disaster', 'rto', 'wiederherstell', 'rucksicher', 'wiederanlauf', 'notfall'],
  evaluation: ['audit', 'penetration', 'pen test', 'review', 'assess', 'certif', 'iso 27001', 'soc 2', 'training', 'awareness', 'policy', 'policies', 'committee', 'governance', 'record of processing',
    'prufung', 'pruft', 'uberpruf', 'zertifi', 'schulung', 'richtlinie', 'datenschutzbeauftragt', 'datenschutzmanagement', 'evaluier'],
  'incident-response': ['incident', 'breach', 'notify', 'notification', 'supervisory authority', 'vorfall', 'datenschutzverletzung', 'meldung', 'melden', 'storung'],
  'privacy-by-default': ['minimi', 'default', 'retention', 'deleted', 'delete', 'erasure', 'portab', 'export all', 'never collected', 'opt-in', 'purpose limitation',
    'datenminim', 'voreinstell', 'losch', 'aufbewahrungsfrist'],
};

const words = new Map(controlTypes.map((t) => [t.id, (stems[t.id] ?? []).map((s) => fold(s))]));

/** The candidate whose stems the text uses most; ties go to the earlier candidate. Undefined when none is used. */
export function typeFromContent(text: string, candidates: readonly ControlType[] = controlTypes): ControlType | undefined {
  const folded = ` ${fold(text)} `;
  let best: { type: ControlType; hits: number } | undefined;
  for (const type of candidates) {
    const hits = (words.get(type.id) ?? []).filter((w) => folded.includes(` ${w}`) || (w.length > 4 && folded.includes(w))).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { type, hits };
  }
  return best?.type;
}
