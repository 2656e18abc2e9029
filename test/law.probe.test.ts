/**
 * A document built to probe the legal facts (issue 12): transfers to BR, UK, RE, IN with dpf, CN
 * with adequacy, US with and without dpf, IN with scc, JP, CH; a processor's 72 hours; the crypto
 * sentences of the issue. Exactly the expected findings, no others.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brief, check, read } from './helpers/fixtures';

const probe = read('test', 'fixtures', 'law', 'probe.tom.yaml');

test('the probe document gives exactly the findings the law implies', () => {
  const findings = check(probe);
  assert.deepEqual(findings.map((f) => `${brief(f)} ${probe.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)}`), [
    'missing-contact 2:1-2:9 document', // a processor naming no contact (a hint)
    'weak-crypto 22:85-22:92 TLS 1.1', // "…still accepts TLS 1.1." at the end of a sentence
    'weak-crypto 24:36-24:41 SHA-1', // "…checked with SHA-1." (HMAC-SHA1 and "WPA 2" on the same line are fine)
    // line 25: "TLS 1.0 and 1.1 are disabled. SSL ist deaktiviert. SSLv3 wird nicht mehr unterstützt." — no finding
    'weak-crypto 26:28-26:31 md5',
    'weak-crypto 26:43-26:46 rc4',
    'weak-crypto 26:51-26:60 TripleDES',
    'weak-crypto 26:88-26:98 Triple-DES',
    'weak-crypto 26:103-26:106 MD4',
    'weak-crypto 27:30-27:35 SSH-1',
    'weak-crypto 27:76-27:80 PPTP',
    'weak-crypto 27:86-27:95 MS-CHAPv2',
    'weak-crypto 27:101-27:107 NTLMv1',
    'weak-crypto 28:44-28:52 ECB mode',
    'weak-crypto 32:40-32:53 salted hashes', // passwords stored with a fast hash
    'weak-crypto 32:59-32:66 SHA-256',
    // BR (decision 2026/179), UK (= GB, renewed 2025), RE (EU territory): nothing
    'transfer-mechanism 64:24-64:27 dpf', // IN with dpf
    'transfer-mechanism 68:24-68:32 adequacy', // CN with adequacy
    // US with dpf: nothing
    'third-country-transfer 75:17-75:19 US', // US without a mechanism
    'transfer-impact-assessment 79:24-79:27 scc', // IN with scc, no assessment named
    // JP, CH: adequacy decisions, nothing
    'breach-notification 87:28-87:30 72', // a processor's 72 hours
  ]);
});

test('each probe finding cites its law and says what to do, in English and German', () => {
  const en = check(probe);
  const de = check(probe, { locale: 'de' });
  const say = (fs: typeof en, line: number) => fs.find((f) => f.range.start.line === line - 1)?.message ?? '';
  assert.match(say(en, 22), /RFC 8996.*TLS 1\.2 or 1\.3/);
  assert.match(say(en, 24), /NIST SP 800-131A Rev\. 2.*SHA-256/);
  assert.match(say(en, 32), /Argon2id, scrypt, bcrypt or PBKDF2 \(BSI TR-02102-1; OWASP/);
  assert.match(say(de, 32), /Argon2id, scrypt, bcrypt oder PBKDF2/);
  assert.match(say(en, 64), /only recipients in the United States, not India \(IN\): use scc/);
  assert.match(say(de, 64), /nicht für Indien \(IN\)/);
  assert.match(say(en, 68), /no EU adequacy decision for China \(CN\) \(Art\. 45 GDPR\)/);
  assert.match(say(de, 68), /keinen Angemessenheitsbeschluss/);
  assert.match(say(en, 75), /2023\/1795.*certified.*dpf/);
  assert.match(say(en, 79), /transfer impact assessment \(CJEU C-311\/18 Schrems II/);
  assert.match(say(en, 87), /without undue delay \(Art\. 33\(2\) GDPR\).*EDPB Guidelines 9\/2022.*24 to 48 hours/);
  assert.match(say(de, 87), /unverzüglich \(Art\. 33 Abs\. 2 DSGVO\)/);
});
