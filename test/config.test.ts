/**
 * The repository's configuration file, `.tom-studio.yaml`, as the service reads it: what it sets,
 * what is wrong in it (each problem at its place, never a crash), where it is found, and how it
 * stands against the editor's settings and the command line (docs/configuration.md).
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import configSchema from '../schemas/tom-studio-config.schema.json';
import {
  createTomService, defaultSettings, findConfigFile, parseConfigFile, resolveSettings, rules, severitySettings, type ConfigFile,
} from '../server/src/service';
import { brief, doc, read, service } from './helpers/fixtures';

const uri = 'file:///repo/.tom-studio.yaml';
const problems = (file: ConfigFile) => file.problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1}-${p.range.end.line + 1}:${p.range.end.character + 1} ${p.message}`);

test('every key: rules, profiles relative to the file, review months, size limit, locale, today', () => {
  const file = parseConfigFile([
    '# the rules our policies follow',
    'rules:',
    '  stale-review: error',
    '  placeholder-text: off',
    'schemas:',
    '  policies/*.tom.yaml: profiles/group.schema.json',
    'staleReviewMonths: 6',
    'maxFileSizeMB: 8',
    'locale: de',
    'today: 2026-11-25',
    'x-team: compliance   # extensions are ignored',
  ].join('\n'), uri);
  assert.deepEqual(problems(file), []);
  assert.deepEqual(file.settings, {
    rules: { 'stale-review': 'error', 'placeholder-text': 'off' },
    schemas: { '/repo/policies/*.tom.yaml': 'file:///repo/profiles/group.schema.json' },
    staleReviewMonths: 6,
    maxFileSize: 8 * 1024 * 1024,
    locale: 'de',
    today: '2026-11-25',
  });
  assert.deepEqual(parseConfigFile('', uri), { uri, settings: {}, problems: [] }, 'an empty file sets nothing');
});

test('each mistake is one problem at its place, and the valid rest still applies', () => {
  const file = parseConfigFile([
    'rules:',
    '  stale-reveiw: error',
    '  cia-order: warn',
    '  overdue: error',
    'schemas:',
    '  "*.tom.yaml": https://example.com/profile.json',
    'staleReviewMonths: 0',
    'locale: fr',
    'today: 2026-02-30',
    'colour: blue',
  ].join('\n'), uri);
  assert.deepEqual(problems(file), [
    '2:3-2:15 Unknown key "stale-reveiw": did you mean "stale-review"? Extensions start with x-.',
    '3:14-3:18 "warn" is not a valid cia-order: use one of off, hint, info, warning, error.',
    '6:17-6:49 "https://example.com/profile.json" is a URL; only local schema files are read (nothing is ever downloaded): save the profile in the repository and name its path relative to this file.',
    '7:20-7:21 staleReviewMonths must be at least 1.',
    '8:9-8:11 "fr" is not a valid locale: use en or de.',
    '9:8-9:18 "2026-02-30" is not a valid date: write YYYY-MM-DD, e.g. 2025-01-23.',
    '10:1-10:7 Unknown key "colour": allowed here are $schema, rules, schemas, staleReviewMonths, maxFileSizeMB, locale, today. Extensions start with x-.',
  ]);
  assert.deepEqual(file.settings, { rules: { overdue: 'error' }, schemas: {} });
});

test('broken YAML, a list instead of a map, or an alias bomb: a problem, never a crash', () => {
  assert.deepEqual(problems(parseConfigFile('rules: [\n', uri)).length, 1);
  assert.match(problems(parseConfigFile('rules: [\n', uri))[0], /fix the YAML of this configuration file\.$/);
  assert.deepEqual(problems(parseConfigFile('- rules\n', uri)), ['1:1-1:8 the document must be a map (key: value), not a list.']);
  const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)].join('\n');
  assert.match(problems(parseConfigFile(bomb, uri))[0], /^1:1-1:1 This configuration file cannot be read: .*alias/i);
});

test('the nearest file above the document applies (.yaml before .yml), up to the workspace folder', () => {
  const files: Record<string, string> = {
    'file:///repo/.tom-studio.yaml': 'staleReviewMonths: 24',
    'file:///repo/team/.tom-studio.yml': 'staleReviewMonths: 6',
    'file:///.tom-studio.yaml': 'staleReviewMonths: 3',
  };
  const months = (docUri: string, stopAt?: string[]) => findConfigFile(docUri, (u) => files[u], stopAt)?.settings.staleReviewMonths;
  assert.equal(months('file:///repo/team/sub/a.tom.yaml'), 6);
  assert.equal(months('file:///repo/other/a.tom.yaml'), 24);
  assert.equal(months('file:///elsewhere/a.tom.yaml'), 3, 'without a workspace folder, up to the root');
  assert.equal(months('file:///ws/a.tom.yaml', ['file:///ws']), undefined, 'never above the workspace folder');
  assert.equal(months('untitled:Untitled-1'), undefined, 'an unsaved document has no folder');
});

test('precedence: defaults < editor settings < .tom-studio.yaml < command line, rule by rule', () => {
  const editor = { rules: { 'stale-review': 'off', 'cia-order': 'error' }, staleReviewMonths: 18, locale: 'de' } as const;
  const file = { rules: { 'stale-review': 'warning', overdue: 'info' }, staleReviewMonths: 6 } as const;
  const commandLine = { rules: { overdue: 'error' } } as const;
  assert.deepEqual(resolveSettings({ editor, file, commandLine }), {
    ...defaultSettings,
    rules: { 'stale-review': 'warning', 'cia-order': 'error', overdue: 'error' },
    staleReviewMonths: 6,
    locale: 'de',
  });
  assert.deepEqual(resolveSettings({}), defaultSettings);
});

test('a profile of the file binds the documents its glob matches below the file\'s folder, and no others', () => {
  const profile = read('examples', 'profiles', 'group-profile.schema.json');
  const { settings } = parseConfigFile('schemas:\n  policies/*.tom.yaml: profiles/group.schema.json\n', 'file:///repo/.tom-studio.yaml');
  const s = service(settings, { 'file:///repo/profiles/group.schema.json': profile });
  const clean = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
  assert.equal(s.check(doc(clean, 'file:///repo/policies/a.tom.yaml')).length, 18, 'bound');
  assert.deepEqual(s.check(doc(clean, 'file:///other/policies/a.tom.yaml')).map(brief), [], 'another repository is not');
  assert.deepEqual(s.check(doc(clean, 'file:///repo/drafts/a.tom.yaml')).map(brief), [], 'another folder is not');
});

test('in an untrusted workspace the file\'s profiles are not applied, and the file says so at `schemas`', () => {
  const text = 'rules:\n  cia-order: off\nschemas:\n  policies/*.tom.yaml: profiles/group.schema.json\n';
  const untrusted = parseConfigFile(text, 'file:///repo/.tom-studio.yaml', { trusted: false });
  assert.deepEqual(untrusted.settings, { rules: { 'cia-order': 'off' } }, 'the rest of the file still counts');
  assert.deepEqual(untrusted.problems.map((p) => [p.range, p.severity, p.message]), [[
    { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } }, 2,
    'These profiles are not applied: the workspace is not trusted, and a profile is a schema compiled into code. Trust the workspace (Manage Workspace Trust) to apply them.',
  ]]);
  assert.deepEqual(parseConfigFile(text, 'file:///repo/.tom-studio.yaml').problems, [], 'trusted by default (the CLI, editors without workspace trust)');
});

test('the configuration schema offers exactly the rule ids of the service, each with its summary, and every severity', () => {
  assert.deepEqual(Object.keys(configSchema.properties.rules.properties).sort(), Object.keys(rules).sort());
  assert.deepEqual(configSchema.$defs.severity.enum, severitySettings);
  for (const [key, property] of Object.entries(configSchema.properties)) assert.ok(property.description, `${key} has a description for hover`);
});

test('the findings of a version are cached by the value of the settings, not by which object carries them', () => {
  const profile = read('examples', 'profiles', 'group-profile.schema.json');
  let reads = 0;
  const s = createTomService({ host: { today: () => '2026-11-25', readFile: () => { reads++; return profile; } } });
  const clean = doc(read('test', 'fixtures', 'rules', 'clean.tom.yaml'), 'file:///repo/a.tom.yaml');
  // each feature of the LSP layer gets its own copy of the document's settings in the worst case
  const settings = () => ({ schemas: { '*.tom.yaml': 'file:///repo/p.json' }, rules: { 'cia-order': 'off' as const } });
  const first = s.check(clean, settings());
  assert.deepEqual(s.check(clean, settings()), first);
  assert.equal(reads, 1, 'the second check with equal settings reused the findings');
  s.check(clean, { ...settings(), rules: { 'cia-order': 'error' } });
  assert.equal(reads, 2, 'other settings are checked again');
});
