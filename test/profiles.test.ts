/** Organisation profiles: extra local JSON Schemas from the settings or the document's `$schema`. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brief, doc, read, service } from './helpers/fixtures';
import { cli } from './helpers/cli';

const clean = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
const profile = read('examples', 'profiles', 'group-profile.schema.json');
const files = { 'file:///ws/profiles/group.schema.json': profile, 'file:///ws/broken.schema.json': '{"type": ' };

test('a profile named in the settings applies to the files its glob matches, findings name it', () => {
  const s = service({ schemas: { 'policies/*.tom.yaml': 'file:///ws/profiles/group.schema.json' } }, files);
  const found = s.check(doc(clean, 'file:///ws/policies/a.tom.yaml'));
  assert.equal(found.length, 18, found.map(brief).join('\n')); // 9 measures × owner, reviewed
  assert.deepEqual(brief(found[0]), 'schema 12:10-12:19');
  assert.equal(found[0].message, 'Measure PA-01 lacks the required key "owner": add it. (profile group.schema.json)');
  assert.deepEqual(s.check(doc(clean, 'file:///ws/other/a.tom.yaml')).map(brief), [], 'other folders are not bound by it');
});

test('$schema in the document names a local profile relative to the document', () => {
  const s = service({}, files);
  const text = clean.replace('tom: 1', 'tom: 1\n$schema: ../profiles/group.schema.json');
  const found = s.check(doc(text, 'file:///ws/policies/a.tom.yaml'));
  assert.equal(found.length, 18);
  assert.match(found[0].message, /\(profile \.\.\/profiles\/group\.schema\.json\)$/);
});

test('a URL is refused with a finding and never fetched; a missing or broken profile is one clear finding', () => {
  const s = service({}, files);
  const url = s.check(doc(clean.replace('tom: 1', 'tom: 1\n$schema: https://evil.example/profile.json')));
  assert.deepEqual(url.map(brief), ['schema 2:10-2:43']);
  assert.match(url[0].message, /only local schema files are read/);
  const missing = s.check(doc(clean.replace('tom: 1', 'tom: 1\n$schema: nope.schema.json'), 'file:///ws/a.tom.yaml'));
  assert.deepEqual(missing.map((f) => `${brief(f)} ${f.message}`), ['schema 2:10-2:26 The profile schema nope.schema.json cannot be read: check that the file exists (file:///ws/nope.schema.json).']);
  const broken = s.check(doc(clean.replace('tom: 1', 'tom: 1\n$schema: broken.schema.json'), 'file:///ws/a.tom.yaml'));
  assert.equal(broken.length, 1);
  assert.match(broken[0].message, /^The profile schema broken\.schema\.json is broken and was not applied: it is not valid JSON/);
});

test('the CLI applies --schema profiles from local files and refuses URLs', () => {
  const r = cli(['check', 'examples/acme-controller.tom.yaml', '--schema', 'examples/profiles/group-profile.schema.json']);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /acme-controller\.tom\.yaml:33:9 error schema Measure SA-01 lacks the required key "owner": add it\. \(profile group-profile\.schema\.json\)/);
  const url = cli(['check', 'examples', '--schema', 'https://example.com/p.json']);
  assert.equal(url.status, 2);
  assert.match(url.stderr, /only local schema files are read, never URLs/);
});
