/** The published JSON Schema: complete help text for any schema-aware tool, and messages a person can act on. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import schema from '../schemas/tom.schema.json';
import { brief, check, read } from './helpers/fixtures';

type Json = { [k: string]: unknown };

/** Every property schema and every enum value (`const` in a oneOf), with its JSON pointer. */
function* documented(node: unknown, path: string): Generator<[string, Json]> {
  if (!node || typeof node !== 'object') return;
  const s = node as Json;
  for (const [key, value] of Object.entries((s.properties as Json) ?? {})) {
    yield [`${path}/properties/${key}`, value as Json];
    yield* documented(value, `${path}/properties/${key}`);
  }
  for (const [i, alt] of ((s.oneOf as Json[]) ?? []).entries()) {
    if (alt.const !== undefined) yield [`${path}/oneOf/${i}`, alt];
  }
  for (const key of ['items', 'additionalProperties']) if (s[key] && typeof s[key] === 'object') yield* documented(s[key], `${path}/${key}`);
  for (const [name, def] of Object.entries((s.$defs as Json) ?? {})) yield* documented(def, `${path}/$defs/${name}`);
}

test('every property and every enum value has a title, a description and a markdownDescription', () => {
  const all = [...documented(schema, '#')];
  assert.ok(all.length > 80, `walked ${all.length} schemas`);
  const lacking = all.filter(([, s]) => !s.title || !s.description || !s.markdownDescription).map(([p]) => p);
  assert.deepEqual(lacking, []);
});

test('the 14 control types carry their German and English names, article and expected CIA', () => {
  const types = schema.$defs.controlType.oneOf;
  assert.equal(types.length, 14);
  const access = types.find((t) => t.const === 'physical-access')!;
  assert.deepEqual([access['x-names'].en, access['x-names'].de, access['x-reference'], access['x-expectedCia']], ['Physical access control', 'Zutrittskontrolle', 'Art. 32(1)(b)', ['C']]);
});

test('the schema names no remote resource to load: every $ref is local', () => {
  const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];
  assert.ok(refs.length > 10);
  assert.deepEqual(refs.filter((r) => !r.startsWith('"$ref":"#/')), []);
});

test('x- keys are allowed everywhere, other unknown keys nowhere', () => {
  const base = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
  const withExtensions = base
    .replace('tom: 1', 'tom: 1\nx-owner-team: security')
    .replace('  role: processor', '  role: processor\n  x-internal-id: 42')
    .replace('      - {id: PA-01, title: A physical-access measure,', '      - {x-jira: SEC-1, id: PA-01, title: A physical-access measure,');
  assert.deepEqual(check(withExtensions).map(brief), []);
  const unknown = check(base.replace('  role: processor', '  role: processor\n  approver: Jane'));
  assert.deepEqual(unknown.map((f) => [brief(f), f.message]), [['schema 6:3-6:11', 'Unknown key "approver": did you mean "approval"? Extensions start with x-.']]);
});

test('missing required keys are named at the object that lacks them', () => {
  const text = 'tom: 1\ndocument:\n  title: T\n  organization: O\n  language: en\n  lastUpdated: 2026-11-01\ncontrols: []\n';
  assert.deepEqual(check(text).map((f) => `${brief(f)} ${f.message}`), [
    'schema 2:1-2:9 document lacks the required key "role": add it.',
  ]);
  assert.deepEqual(check('x-note: empty\n').map((f) => f.message), [
    'The document lacks the required key "tom": add it.',
    'The document lacks the required key "document": add it.',
    'The document lacks the required key "controls": add it.',
  ]);
});
