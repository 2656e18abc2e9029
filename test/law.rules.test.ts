/** The rules that apply the law: thresholds at, below and above, roles, precision of weak-crypto, names of control types. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brief, check, read } from './helpers/fixtures';

const processor = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
const controller = processor.replace('role: processor', 'role: controller')
  .replace('controls:\n', 'controls:\n  - type: privacy-by-default\n    measures:\n      - {id: PD-01, title: A default measure, cia: [C], kind: technical}\n');
const codes = (text: string, rule: string) => check(text).filter((f) => f.code === rule);
const withCommitments = (doc: string, yaml: string) => `${doc}commitments:\n${yaml}`;

test('breach-notification: a processor notifies the controller; 72 hours or more is a warning (Art. 33(2))', () => {
  for (const [hours, found] of [[24, false], [48, false], [71, false], [72, true], [73, true], [96, true]] as const) {
    const findings = codes(withCommitments(processor, `  breachNotificationHours: ${hours}\n`), 'breach-notification');
    assert.equal(findings.length, found ? 1 : 0, `processor, ${hours} hours`);
    if (found) {
      assert.equal(findings[0].severity, 2 /* warning */);
      assert.match(findings[0].message, /notifies the controller without undue delay \(Art\. 33\(2\) GDPR\)/);
      assert.doesNotMatch(findings[0].message, /allows/);
    }
  }
  // the explicit key wins over the general one
  assert.equal(codes(withCommitments(processor, '  breachNotificationHours: 24\n  controllerNotificationHours: 72\n'), 'breach-notification').length, 1);
  // a processor does not notify the authority
  const authority = codes(withCommitments(processor, '  authorityNotificationHours: 24\n'), 'breach-notification');
  assert.match(authority[0]?.message ?? '', /does not notify the supervisory authority: the controller does \(Art\. 33\(1\) GDPR\).*controllerNotificationHours/);
});

test('breach-notification: a controller notifies the authority within 72 hours (Art. 33(1))', () => {
  assert.deepEqual(codes(controller, 'breach-notification'), []);
  for (const [hours, found] of [[48, false], [71, false], [72, false], [73, true]] as const) {
    for (const key of ['breachNotificationHours', 'authorityNotificationHours']) {
      const findings = codes(withCommitments(controller, `  ${key}: ${hours}\n`), 'breach-notification');
      assert.equal(findings.length, found ? 1 : 0, `controller, ${key} ${hours}`);
      if (found) assert.match(findings[0].message, /within 72 hours of becoming aware of a breach \(Art\. 33\(1\) GDPR\)/);
    }
  }
});

const sentence = (s: string) => processor.replace('title: A transfer measure', `title: ${JSON.stringify(s)}`);
const weak = (s: string) => codes(sentence(s), 'weak-crypto').map((f) => sentence(s).split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character));

test('weak-crypto finds weak names at the end of a sentence, in lower case and in all their spellings', () => {
  assert.deepEqual(weak('The legacy API accepts TLS 1.1.'), ['TLS 1.1']);
  assert.deepEqual(weak('Files are signed with SHA-1.'), ['SHA-1']);
  assert.deepEqual(weak('Checksums use md5 and rc4 streams.'), ['md5', 'rc4']);
  assert.deepEqual(weak('Archives: TripleDES, Triple-DES, 3DES, DES, MD4.'), ['TripleDES', 'Triple-DES', '3DES', 'DES', 'MD4']);
  assert.deepEqual(weak('SSH-1, PPTP, MS-CHAPv2, NTLMv1 and AES in ECB mode remain.'), ['SSH-1', 'PPTP', 'MS-CHAPv2', 'NTLMv1', 'ECB mode']);
  assert.deepEqual(weak('Wi-Fi uses WEP or WPA.'), ['WEP', 'WPA']);
});

test('weak-crypto leaves sound and switched-off things alone, in English and German', () => {
  for (const s of [
    'Wi-Fi uses WPA 2 and WPA3.', 'Webhooks are signed with HMAC-SHA1.', 'TLS 1.2 and TLS 1.3 only.',
    'TLS 1.0 and 1.1 are disabled.', 'SSL ist deaktiviert.', 'SSLv3 is not supported.', 'TLS 1.0 wird nicht mehr unterstützt.',
    'RC4 is prohibited on all endpoints.', 'Die Beschreibung des Systems und das SSL-Zertifikat.',
    'Passwords are hashed with Argon2id; backups are checked with SHA-256.',
    'We have disabled TLS 1.0 everywhere.', 'No SSLv3, no RC4.', 'Kein TLS 1.0 mehr.',
  ]) assert.deepEqual(weak(s), [], s);
  // a negation far before the weak name belongs to something else
  assert.deepEqual(weak('Passwords are never stored in plain text, only as MD5 hashes.'), ['MD5']);
  assert.deepEqual(weak('MD5 checksums are used, with no encryption at rest.'), ['MD5']);
});

test('weak-crypto gives passwords stored with a fast hash their own advice', () => {
  const findings = codes(sentence('Passwords are stored as SHA-1 hashes.'), 'weak-crypto');
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /fast hash, unfit for storing passwords: .*Argon2id, scrypt, bcrypt or PBKDF2 \(BSI TR-02102-1; OWASP/);
  assert.deepEqual(weak('Kennwörter werden als gesalzene Hashwerte gespeichert.'), ['gesalzene Hashwerte']);
  assert.deepEqual(weak('Passwords are hashed with bcrypt.'), []);
});

const typed = (name: string) => processor.replace('type: separation', `type: ${JSON.stringify(name)}`);
const candidates = (name: string) => (check(typed(name)).find((f) => f.code === 'unknown-control-type')?.data as { replacements?: string[] })?.replacements;

test('unknown-control-type offers every defensible id for an ambiguous name, and the right one for § 64(3) BDSG and English names', () => {
  assert.deepEqual(candidates('Access control'), ['physical-access', 'system-access', 'data-access']);
  assert.match(check(typed('Access control')).find((f) => f.code === 'unknown-control-type')!.message, /may mean "physical-access" .* or "data-access" .*: choose/);
  assert.deepEqual(candidates('Entry control'), ['physical-access', 'input']);
  const expected: Record<string, string[]> = {
    'Job control': ['order'], 'Disclosure control': ['transfer'], 'Segregation control': ['separation'], 'Authorization control': ['data-access'],
    'Access control to premises': ['physical-access'], 'Access control to systems': ['system-access'], 'Access control to data': ['data-access'],
    'Load capacity': ['availability'], 'Resilience': ['availability'],
    'Datenträgerkontrolle': ['data-access', 'transfer'], 'Speicherkontrolle': ['data-access'], 'Benutzerkontrolle': ['system-access'],
    'Übertragungskontrolle': ['transfer'], 'Transportkontrolle': ['transfer'], 'Wiederherstellbarkeit': ['recovery'],
    'Zuverlässigkeit': ['availability'], 'Datenintegrität': ['availability'], 'Trennbarkeit': ['separation'],
  };
  for (const [name, ids] of Object.entries(expected)) assert.deepEqual(candidates(name), ids, name);
});

test('location-code reads names as countries and offers the code; UK and EL are accepted as written', () => {
  const doc = `${processor}subprocessors:\n  - name: X\n    purpose: P\n    locations: [UK, EL, Deutschland, United States]\n    transferMechanism: {United States: dpf}\n`;
  assert.deepEqual(check(doc).map(brief), ['location-code 40:25-40:36', 'location-code 40:38-40:51']);
  // the map's entry for UK is read for GB, where dpf does not fit; the US is then left without a mechanism
  assert.deepEqual(check(doc.replace('{United States: dpf}', '{UK: dpf}')).filter((f) => f.code !== 'location-code').map(brief),
    ['third-country-transfer 40:38-40:51', 'transfer-mechanism 41:29-41:32']);
});

test('third-country-transfer: every third-country location of a subprocessor is reported, the EEA and adequate ones between them are not', () => {
  const doc = `${processor}subprocessors:\n  - name: X\n    purpose: P\n    locations: [US, DE, IN, NO, CH, CN, RE]\n`;
  const line = doc.split('\n').findIndex((l) => l.includes('locations:')) + 1;
  assert.deepEqual(codes(doc, 'third-country-transfer').map(brief), [
    `third-country-transfer ${line}:17-${line}:19`, // US: its decision covers only DPF-certified recipients
    `third-country-transfer ${line}:25-${line}:27`, // IN
    `third-country-transfer ${line}:37-${line}:39`, // CN
  ]);
  // a mechanism for all of them silences the rule (and is no misfit for scc)
  assert.deepEqual(codes(doc.replace('    locations:', '    transferMechanism: scc\n    locations:'), 'third-country-transfer'), []);
});
