import { isScalar } from 'yaml';
import { finding } from './findings';
import { get } from '../document/model';
import { scanTexts } from '../document/textScan';
import { fixWeakTls } from '../fixes/weakCrypto';
import { defineRule, rangeOf, spanAt } from './rule';

/**
 * Broken protocols and algorithms. Whole words only; the acronyms DES, 3DES, RC4, MD5, WEP and WPA only
 * in capitals, so that the German article "des" and a bare "SSL certificate" are no finding.
 */
const weak: { pattern: RegExp; advice: string }[] = [
  { pattern: /\bSSL ?v?[23](?:\.0)?(?![.\d])/gi, advice: 'SSL 2 and 3 are broken: require TLS 1.2 or newer' },
  { pattern: /\bTLS ?v?1(?:\.[01])?(?![.\d])/gi, advice: 'TLS 1.0 and 1.1 are deprecated (RFC 8996): require TLS 1.2 or newer' },
  { pattern: /\bMD5\b/g, advice: 'MD5 is broken: use SHA-256 or stronger' },
  { pattern: /\bSHA-?1(?![.\d\w])/gi, advice: 'SHA-1 is broken: use SHA-256 or stronger' },
  { pattern: /\b3?DES\b/g, advice: 'DES and 3DES are broken: use AES' },
  { pattern: /\bRC4\b/g, advice: 'RC4 is broken: use AES-GCM or ChaCha20-Poly1305' },
  { pattern: /\bWEP\b/g, advice: 'WEP is broken: use WPA2 or WPA3' },
  { pattern: /\bWPA\b(?![23])/g, advice: 'WPA (the first version) is broken: use WPA2 or WPA3' },
];
const patterns = weak.map((w) => w.pattern);

/** On `tlsMinVersion`: the version to commit to. */
export interface WeakCryptoData { tlsMinVersion: string }

export const weakCrypto = defineRule({
  id: 'weak-crypto',
  severity: 'warning',
  summary: {
    en: 'a broken protocol or algorithm (SSLv3, TLS 1.0, MD5, SHA-1, DES, RC4, ...) named in a text or commitment',
    de: 'ein gebrochenes Protokoll oder Verfahren (SSLv3, TLS 1.0, MD5, SHA-1, DES, RC4, …) in einem Text oder einer Zusage',
  },
  docs: { finds: 'SSL 2/3, TLS 1.0/1.1, MD5, SHA-1, DES, 3DES, RC4, WEP, WPA in a text; `tlsMinVersion` "1.0"/"1.1"', pointsAt: 'the words themselves' },
  scope: 'measure',
  suppressible: true,
  fixes: fixWeakTls,
  check({ model, text, add }) {
    for (const m of scanTexts(model, text.getText(), patterns)) {
      add(finding('weak-crypto', spanAt(text, m.offset, m.text.length), `"${m.text}" names a broken protocol or algorithm: ${weak[m.pattern].advice}.`));
    }
    const tls = get(model.doc, model.commitments, 'tlsMinVersion');
    const version = isScalar(tls) ? String(tls.value) : undefined;
    if (version === '1' || version === '1.0' || version === '1.1') {
      add(finding('weak-crypto', rangeOf(text, tls!), `TLS ${version} is deprecated (RFC 8996): commit to tlsMinVersion: "1.2" or "1.3".`, { tlsMinVersion: '1.2' }));
    }
  },
});
