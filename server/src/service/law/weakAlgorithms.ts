/**
 * Broken or deprecated protocols and algorithms, each with the document that deprecates it and what
 * to use instead (facts: the documents' own versions are named; `asOf` is when this list was checked).
 *
 * Patterns match whole words. Acronyms that are also words (DES is the German article "des", WEP and
 * WPA are rare as words) match only in capitals; the others in any case ("md5", "rc4").
 */
import type { Localized } from '../types';

export interface WeakAlgorithm {
  id: string;
  /** Global regexes (one scan per text). */
  pattern: RegExp;
  /** The document(s) that deprecate it. */
  deprecatedBy: string;
  instead: Localized;
  source: string;
  asOf: string;
}

const checked = '2026-12-01';

export const weakAlgorithms: readonly WeakAlgorithm[] = [
  {
    id: 'ssl',
    pattern: /\bSSL ?v?[23](?:\.0)?(?!\.?\d)/gi,
    deprecatedBy: 'RFC 6176 (SSL 2.0), RFC 7568 (SSL 3.0)',
    instead: { en: 'require TLS 1.2 or 1.3 (BSI TR-02102-2)', de: 'verlangen Sie TLS 1.2 oder 1.3 (BSI TR-02102-2)' },
    source: 'RFC 6176; RFC 7568; BSI TR-02102-2 (2025-01)', asOf: checked,
  },
  {
    id: 'tls-1.0-1.1',
    pattern: /\bTLS ?v?1(?:\.[01])?(?!\.?\d)/gi,
    deprecatedBy: 'RFC 8996 and NIST SP 800-52 Rev. 2',
    instead: { en: 'require TLS 1.2 or 1.3 (BSI TR-02102-2)', de: 'verlangen Sie TLS 1.2 oder 1.3 (BSI TR-02102-2)' },
    source: 'RFC 8996 (March 2021); NIST SP 800-52 Rev. 2 (August 2019); BSI TR-02102-2 (2025-01)', asOf: checked,
  },
  {
    id: 'md4',
    pattern: /\bMD4\b/gi,
    deprecatedBy: 'RFC 6150',
    instead: { en: 'use SHA-256, SHA-384 or SHA-3 (BSI TR-02102-1)', de: 'verwenden Sie SHA-256, SHA-384 oder SHA-3 (BSI TR-02102-1)' },
    source: 'RFC 6150 (March 2011); BSI TR-02102-1 (2025-01)', asOf: checked,
  },
  {
    id: 'md5',
    pattern: /\bMD5\b/gi,
    deprecatedBy: 'RFC 6151 and BSI TR-02102-1',
    instead: { en: 'use SHA-256, SHA-384 or SHA-3 (BSI TR-02102-1)', de: 'verwenden Sie SHA-256, SHA-384 oder SHA-3 (BSI TR-02102-1)' },
    source: 'RFC 6151 (March 2011); BSI TR-02102-1 (2025-01)', asOf: checked,
  },
  {
    // HMAC-SHA-1 stays acceptable (NIST SP 800-131A Rev. 2, section 10), so it is no finding.
    id: 'sha-1',
    pattern: /(?<!HMAC[- ]?)\bSHA-?1(?!\.?\d|\w)/gi,
    deprecatedBy: 'NIST SP 800-131A Rev. 2 (disallowed for digital signatures) and BSI TR-02102-1',
    instead: { en: 'use SHA-256 or stronger (BSI TR-02102-1); HMAC-SHA-1 remains acceptable', de: 'verwenden Sie SHA-256 oder stärker (BSI TR-02102-1); HMAC-SHA-1 bleibt zulässig' },
    source: 'NIST SP 800-131A Rev. 2 (March 2019); BSI TR-02102-1 (2025-01)', asOf: checked,
  },
  {
    id: 'des',
    pattern: /(?<!Triple[- ]?)\bDES\b/g,
    deprecatedBy: 'NIST (FIPS 46-3 withdrawn 2005) and NIST SP 800-131A Rev. 2',
    instead: { en: 'use AES (BSI TR-02102-1)', de: 'verwenden Sie AES (BSI TR-02102-1)' },
    source: 'NIST SP 800-131A Rev. 2 (March 2019); BSI TR-02102-1 (2025-01)', asOf: checked,
  },
  {
    id: '3des',
    pattern: /\b(?:3DES|TDEA|TDES|Triple[- ]?DES)\b/gi,
    deprecatedBy: 'NIST SP 800-131A Rev. 2 (encryption disallowed after 2023)',
    instead: { en: 'use AES (BSI TR-02102-1)', de: 'verwenden Sie AES (BSI TR-02102-1)' },
    source: 'NIST SP 800-131A Rev. 2 (March 2019); BSI TR-02102-1 (2025-01)', asOf: checked,
  },
  {
    id: 'rc4',
    pattern: /\b(?:RC4|ARCFOUR)\b/gi,
    deprecatedBy: 'RFC 7465 (prohibited in TLS)',
    instead: { en: 'use AES-GCM or ChaCha20-Poly1305 (BSI TR-02102-2)', de: 'verwenden Sie AES-GCM oder ChaCha20-Poly1305 (BSI TR-02102-2)' },
    source: 'RFC 7465 (February 2015); BSI TR-02102-2 (2025-01)', asOf: checked,
  },
  {
    id: 'ecb',
    pattern: /\b(?:AES[- ])?ECB(?:[- ](?:mode|Modus))?\b/g,
    deprecatedBy: 'BSI TR-02102-1 (ECB is not among the recommended modes: it reveals patterns in the data)',
    instead: { en: 'use AES in GCM or CCM mode (BSI TR-02102-1)', de: 'verwenden Sie AES im GCM- oder CCM-Modus (BSI TR-02102-1)' },
    source: 'BSI TR-02102-1 (2025-01); NIST SP 800-38A', asOf: checked,
  },
  {
    id: 'rsa-1024',
    pattern: /\b(?:RSA|DH|DSA)[- ]?1024(?:[- ]?bits?)?\b/gi,
    deprecatedBy: 'NIST SP 800-131A Rev. 2 (keys under 2048 bits disallowed)',
    instead: { en: 'use RSA with at least 3000 bits or elliptic curves with 250 bits (BSI TR-02102-1)', de: 'verwenden Sie RSA mit mindestens 3000 Bit oder elliptische Kurven mit 250 Bit (BSI TR-02102-1)' },
    source: 'NIST SP 800-131A Rev. 2 (March 2019); BSI TR-02102-1 (2025-01)', asOf: checked,
  },
  {
    id: 'ssh-1',
    pattern: /\bSSH[- ]?v?1(?!\.?\d)/gi,
    deprecatedBy: 'RFC 4251 (SSH-2 replaces the broken SSH-1 protocol) and BSI TR-02102-4',
    instead: { en: 'use SSH-2 with the algorithms of BSI TR-02102-4', de: 'verwenden Sie SSH-2 mit den Verfahren aus BSI TR-02102-4' },
    source: 'RFC 4251 (January 2006); BSI TR-02102-4 (2025-01)', asOf: checked,
  },
  {
    id: 'pptp',
    pattern: /\bPPTP\b/gi,
    deprecatedBy: 'BSI TR-02102-3 (VPNs with IPsec/IKEv2); PPTP relies on MS-CHAPv2, which is broken',
    instead: { en: 'use IPsec with IKEv2 (BSI TR-02102-3) or a TLS-based VPN', de: 'verwenden Sie IPsec mit IKEv2 (BSI TR-02102-3) oder ein TLS-basiertes VPN' },
    source: 'BSI TR-02102-3 (2025-01)', asOf: checked,
  },
  {
    id: 'ms-chap-v2',
    pattern: /\bMS-?CHAP[- ]?v?2\b/gi,
    deprecatedBy: 'BSI TR-02102-3 (MS-CHAPv2 can be cracked offline)',
    instead: { en: 'use EAP-TLS or IKEv2 with certificates (BSI TR-02102-3)', de: 'verwenden Sie EAP-TLS oder IKEv2 mit Zertifikaten (BSI TR-02102-3)' },
    source: 'BSI TR-02102-3 (2025-01)', asOf: checked,
  },
  {
    id: 'ntlm-v1',
    pattern: /\b(?:NTLM[- ]?v?1|LM[- ]hash(?:es)?)\b/gi,
    deprecatedBy: 'Microsoft (NTLMv1 removed from Windows 11 24H2 and Windows Server 2025)',
    instead: { en: 'use Kerberos (or NTLMv2 where Kerberos is impossible)', de: 'verwenden Sie Kerberos (oder NTLMv2, wo Kerberos nicht möglich ist)' },
    source: 'Microsoft, Deprecated features for Windows client (NTLM, 2024)', asOf: checked,
  },
  {
    id: 'wep',
    pattern: /\bWEP\b/g,
    deprecatedBy: 'IEEE 802.11-2007 (WEP deprecated) and BSI IT-Grundschutz NET.2.2',
    instead: { en: 'use WPA3 or WPA2 with AES-CCMP', de: 'verwenden Sie WPA3 oder WPA2 mit AES-CCMP' },
    source: 'IEEE 802.11-2007; BSI IT-Grundschutz-Kompendium NET.2.2', asOf: checked,
  },
  {
    // "WPA2", "WPA 2", "WPA3" and "WPA-3" are fine; only the first version and TKIP are broken.
    id: 'wpa',
    pattern: /\b(?:WPA(?![- ]?[23])\b|TKIP\b)/g,
    deprecatedBy: 'IEEE 802.11-2012 (TKIP deprecated) and BSI IT-Grundschutz NET.2.2',
    instead: { en: 'use WPA3 or WPA2 with AES-CCMP', de: 'verwenden Sie WPA3 oder WPA2 mit AES-CCMP' },
    source: 'IEEE 802.11-2012; BSI IT-Grundschutz-Kompendium NET.2.2', asOf: checked,
  },
];

/**
 * Fast hashes are fine for integrity but wrong for storing passwords: a password needs a slow,
 * salted, memory-hard function (BSI TR-02102-1 section on password hashing; OWASP Password Storage
 * Cheat Sheet). These are the words that say a password is stored with a fast hash.
 */
export const fastPasswordHash = {
  pattern: /\b(?:MD5|SHA-?(?:1|224|256|384|512)(?!\d)|SHA-?2|SHA-?3(?:-\d+)?|salted[- ]hash(?:es)?|gesalzene[nrs]? Hash(?:werte?|es)?)\b/gi,
  /** A sentence is about passwords when it names them. */
  context: /passw(?:or)?d|passw[oö]rt|kennw[oö]rt|passphrase|credential|zugangsdaten/i,
  /** A slow password hash in the same sentence means the fast hash is not the password storage. */
  slow: /argon2|scrypt|bcrypt|pbkdf2|yescrypt/i,
  instead: {
    en: 'store passwords with a slow, salted password hash: Argon2id, scrypt, bcrypt or PBKDF2 (BSI TR-02102-1; OWASP Password Storage Cheat Sheet)',
    de: 'speichern Sie Passwörter mit einem langsamen, gesalzenen Passwort-Hash: Argon2id, scrypt, bcrypt oder PBKDF2 (BSI TR-02102-1; OWASP Password Storage Cheat Sheet)',
  } as Localized,
  source: 'BSI TR-02102-1 (2025-01); OWASP Password Storage Cheat Sheet', asOf: checked,
};

/**
 * Words that say the weak thing is switched off or refused: an auditor wants to read "TLS 1.0 and 1.1
 * are disabled", so it is no finding (where the word stands is the rule's business).
 */
export const negation = new RegExp([
  // English
  'disabled', 'deactivated', 'switched off', 'turned off', 'not (?:be )?(?:supported|allowed|permitted|accepted|used|offered|enabled)',
  'no longer', 'never', 'prohibited', 'forbidden', 'blocked', 'rejected', 'refused', 'removed', 'disallowed',
  // German
  'deaktiviert', 'abgeschaltet', 'ausgeschaltet', 'nicht (?:mehr )?(?:unterstützt|erlaubt|zugelassen|verwendet|genutzt|akzeptiert|aktiviert|angeboten)',
  'nicht mehr', 'niemals', 'verboten', 'gesperrt', 'unterbunden', 'abgelehnt', 'ausgeschlossen', 'untersagt', 'entfernt',
].map((w) => `\\b${w}\\b`).join('|'), 'gi');

/** Words that negate only what follows them closely: "no SSLv3", "kein TLS 1.0", "without RC4". */
export const negationBefore = /\b(?:no|not|never|without|kein(?:e|en)?|nie|ohne)\b/gi;
