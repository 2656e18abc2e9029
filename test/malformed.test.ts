/** Malformed input gives clear findings at their place, in bounded time, never a crash (service level). */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brief, check, read } from './helpers/fixtures';

const clean = read('test', 'fixtures', 'rules', 'clean.tom.yaml');

/** Runs `fn` and fails if it takes longer than `ms`. */
function within<T>(ms: number, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const took = performance.now() - start;
  assert.ok(took < ms, `took ${took.toFixed(0)} ms, bound ${ms} ms`);
  return result;
}

test('every syntax error at its place, plus the findings the rest still allows', () => {
  const text = clean
    .replace('  role: processor', '  role: processor\n  role: controller') // duplicate key, line 6
    .replace('      - {id: EV-01', '\t- {id: EV-01') // a tab as indentation, last line
    .replace('A order measure', 'TODO order measure'); // a rule finding in a part that parses
  assert.deepEqual(check(text).map(brief), [
    'yaml-syntax 6:3-6:7', // the duplicate key
    'placeholder-text 28:28-28:32', // a rule still runs on the parts that parse
    'cia-coverage 35:11-35:21', // the evaluation section lost its measure to the broken line...
    'schema 36:5-36:13', // ...so its `measures:` key is empty
    'yaml-syntax 36:14-37:1',
    'yaml-syntax 37:1-37:2', // the tab
    'yaml-syntax 37:2-37:3',
    'yaml-syntax 37:2-38:1',
  ]);
});

test('a second YAML document is an error at its separator', () => {
  assert.deepEqual(check(`${clean}---\ntom: 1\n`).map(brief), ['yaml-syntax 37:1-37:4']);
});

test('a BOM and CRLF line endings change no finding and no range', () => {
  const text = clean.replace('A order measure', 'TODO order measure');
  const expected = check(text).map(brief);
  assert.deepEqual(expected, ['placeholder-text 27:28-27:32']);
  assert.deepEqual(check(text.replace(/\n/g, '\r\n')).map(brief), expected);
  // the BOM is one UTF-16 unit at the start of line 1; later lines are unaffected
  assert.deepEqual(check(`\uFEFF${text}`).map(brief), expected);
});

test('binary data is refused with one clear finding', () => {
  const [f] = within(1000, () => check('tom: 1\n\u0000\u0001\u0002PK\u0003\u0004'));
  assert.equal(brief(f), 'yaml-syntax 2:1-2:2');
  assert.match(f.message, /binary data/);
});

test('invalid UTF-8 (decoded as U+FFFD) is reported where it is, and the rest is still checked', () => {
  const found = check(clean.replace('Fixture GmbH', 'Fixture G\uFFFDmbH'));
  assert.deepEqual(found.map(brief), ['yaml-syntax 4:26-4:27']);
  assert.match(found[0].message, /not valid UTF-8/);
});

test('an alias bomb ("billion laughs") is refused in bounded time', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const found = within(2000, () => check(`${levels.join('\n')}\n`));
  const bomb = found.find((f) => f.code === 'yaml-syntax');
  assert.ok(bomb, found.map(brief).join('\n'));
  assert.match(bomb.message, /Aliases here expand to too much data/);
  assert.equal(bomb.range.start.line, 1, 'points at the first alias');
});

test('10,000 levels of nesting, flow or block, are refused before parsing', () => {
  for (const text of ['['.repeat(10000) + ']'.repeat(10000), `${'- '.repeat(10000)}x\n`, `a: ${'{b: '.repeat(10000)}1${'}'.repeat(10000)}\n`]) {
    const found = within(2000, () => check(text));
    assert.equal(found.length, 1, found.map(brief).join('\n'));
    assert.equal(found[0].code, 'yaml-syntax');
    assert.match(found[0].message, /nests more than 100 levels/);
  }
});

test('a 10 MB file gets one file-too-large finding instead of analysis', () => {
  const huge = `${clean}${'# padding line to make the file large\n'.repeat(280000)}`;
  assert.ok(huge.length > 10_000_000);
  const found = within(2000, () => check(huge));
  assert.deepEqual(found.map((f) => f.code), ['file-too-large']);
  assert.match(found[0].message, /setting tom\.maxFileSizeMB, or maxFileSizeMB in \.tom-studio\.yaml/);
  // with the limit raised, it is analysed, still in bounded time
  assert.deepEqual(within(15000, () => check(huge, { maxFileSize: 20_000_000 })).map(brief), []);
});

test('merge keys are resolved before validation; __proto__ keys pollute nothing', () => {
  const text = clean.replace('controls:', 'x-defaults: &m {cia: [C], kind: technical}\ncontrols:')
    .replace('      - {id: PA-01, title: A physical-access measure, cia: [C], kind: technical}', '      - {<<: *m, id: PA-01, title: A physical-access measure}')
    .replace('tom: 1', 'tom: 1\nx-evil: {__proto__: {polluted: true}, constructor: {prototype: {polluted: true}}}');
  assert.deepEqual(check(text).map(brief), []);
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
});
