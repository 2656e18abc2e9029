import { fixWeakTls } from '../fixes/weakCrypto';
import { isScalar } from 'yaml';
import { finding } from './findings';
import { get } from '../document/model';
import { textSources } from '../document/textScan';
import { fastPasswordHash, negation, negationBefore, weakAlgorithms } from '../law/weakAlgorithms';
import { defineRule, rangeOf, spanAt } from './rule';

/** Any weak name or fast hash: most texts have none and are passed over with one test. */
const anyWeak = new RegExp([...weakAlgorithms.map((w) => w.pattern.source), fastPasswordHash.pattern.source].join('|'), 'i');

/**
 * Sentence ends: `.`, `!`, `?` or `;` before a space or the end (so "TLS 1.1." ends a sentence but the
 * dot in "1.1" does not), and blank lines.
 */
const sentenceEnd = /[.!?;](?=\s|$)|\n\s*\n/g;

function sentences(slice: string): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  let from = 0;
  for (const m of slice.matchAll(sentenceEnd)) {
    const to = (m.index ?? 0) + m[0].length;
    out.push({ from, text: slice.slice(from, to) });
    from = to;
  }
  if (from < slice.length) out.push({ from, text: slice.slice(from) });
  return out;
}

/** How far before a weak name a negation still refers to it ("we have disabled TLS 1.0", "kein SSLv3"). */
const negationReach = 25;

/**
 * Whether the sentence says the name at [from, to) is switched off: a negation after it ("TLS 1.0 and
 * 1.1 are disabled", "SSL ist deaktiviert") unless it stands right before a later name, or just
 * before it ("never MD5"). A negation further before belongs to something else ("passwords are never
 * stored in plain text, only as MD5"). `names`: where the sentence names an algorithm.
 */
function negated(sentence: string, from: number, to: number, names: readonly number[]): boolean {
  const near = (n: RegExpMatchArray) => (n.index ?? 0) < from && from - ((n.index ?? 0) + n[0].length) <= negationReach;
  // "hashed with SHA-256, never MD5": a negation right before a later name is that name's
  const ownedByLater = (n: RegExpMatchArray) => names.some((s) => s > (n.index ?? 0) && /^\s*$/.test(sentence.slice((n.index ?? 0) + n[0].length, s)));
  return [...sentence.matchAll(negation)].some((n) => ((n.index ?? 0) >= to && !ownedByLater(n)) || near(n)) || [...sentence.matchAll(negationBefore)].some(near);
}

/** The version the quick-fix writes for a weak `tlsMinVersion`. */
export interface WeakCryptoData { tlsMinVersion: string }

/**
 * Broken or deprecated protocols and algorithms (law/weakAlgorithms.ts), except where the sentence
 * says they are switched off; and passwords stored with a fast hash, which get advice of their own.
 */
export const weakCrypto = defineRule({
  id: 'weak-crypto',
  severity: 'warning',
  summary: {
    en: 'a broken or deprecated protocol or algorithm named in a text (unless switched off), a password stored with a fast hash, or a weak `tlsMinVersion`',
    de: 'ein gebrochenes oder veraltetes Protokoll oder Verfahren in einem Text (außer es ist abgeschaltet), ein mit einem schnellen Hash gespeichertes Passwort oder eine schwache `tlsMinVersion`',
  },
  docs: { finds: 'a broken or deprecated protocol or algorithm in a text (SSL, TLS 1.0/1.1, MD4, MD5, SHA-1, DES, 3DES, RC4, ECB, RSA-1024, SSH-1, PPTP, MS-CHAPv2, NTLMv1, WEP, WPA/TKIP: `docs/law.md`), unless the sentence says it is switched off; a password stored with a fast hash; `tlsMinVersion` "1.0"/"1.1"', pointsAt: 'the words themselves' },
  scope: 'measure',
  suppressible: true,
  fixes: fixWeakTls,
  check({ model, text, add }) {
    for (const { start, slice } of textSources(model, text.getText())) {
      if (!anyWeak.test(slice)) continue;
      for (const sentence of sentences(slice)) {
        const at = start + sentence.from;
        // every name the sentence holds, matched once: a negation may belong to any of them
        const hashes = [...sentence.text.matchAll(fastPasswordHash.pattern)];
        const weak = weakAlgorithms.map((w) => ({ w, matches: [...sentence.text.matchAll(w.pattern)] }));
        const names = [...hashes, ...weak.flatMap(({ matches }) => matches)].map((m) => m.index ?? 0);
        const stands = (m: RegExpMatchArray) => !negated(sentence.text, m.index ?? 0, (m.index ?? 0) + m[0].length, names);
        const passwordHashes = fastPasswordHash.context.test(sentence.text) && !fastPasswordHash.slow.test(sentence.text) ? hashes.filter(stands) : [];
        for (const m of passwordHashes) {
          add(finding('weak-crypto', spanAt(text, at + (m.index ?? 0), m[0].length), {
            en: `"${m[0]}" is a fast hash, unfit for storing passwords: ${fastPasswordHash.instead.en}.`,
            de: `„${m[0]}“ ist ein schneller Hash und für das Speichern von Passwörtern ungeeignet: ${fastPasswordHash.instead.de}.`,
          }));
        }
        const covered = new Set(passwordHashes.map((m) => m.index));
        for (const { w, matches } of weak) {
          for (const m of matches) {
            if (covered.has(m.index) || !stands(m)) continue;
            add(finding('weak-crypto', spanAt(text, at + (m.index ?? 0), m[0].length), {
              en: `"${m[0]}" is broken or deprecated (${w.deprecatedBy}): ${w.instead.en}.`,
              de: `„${m[0]}“ ist gebrochen oder veraltet (${w.deprecatedBy}): ${w.instead.de}.`,
            }));
          }
        }
      }
    }
    const tls = get(model.doc, model.commitments, 'tlsMinVersion');
    const version = isScalar(tls) ? String(tls.value) : undefined;
    if (version === '1' || version === '1.0' || version === '1.1') {
      add(finding('weak-crypto', rangeOf(text, tls!), {
        en: `TLS ${version} is deprecated (RFC 8996; NIST SP 800-52 Rev. 2): commit to tlsMinVersion: "1.2" or "1.3" (BSI TR-02102-2).`,
        de: `TLS ${version} ist veraltet (RFC 8996; NIST SP 800-52 Rev. 2): verpflichten Sie sich auf tlsMinVersion: "1.2" oder "1.3" (BSI TR-02102-2).`,
      }, { tlsMinVersion: '1.2' }));
    }
  },
});
