/**
 * A syntax error stays where it is (issue 17): VS Code wraps a selection `[C, I]` in typed brackets and
 * leaves a stray `]`. One finding at the bracket, the rest of the document checked as written, and no
 * schema finding that only the broken line caused (the parser loses `kind` on the next line).
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brief, check, read } from './helpers/fixtures';

const clean = read('test', 'fixtures', 'rules', 'clean.tom.yaml');
const blockMeasure = '      - id: DA-01\n        title: A data-access measure\n        cia: [C, I]\n        kind: technical\n';
const block = clean.replace('      - {id: DA-01, title: A data-access measure, cia: [C, I], kind: technical}\n', blockMeasure);
/** The typo: `[C, I]` selected, `[I, C]` typed, VS Code's closing bracket left behind (line 19). */
const strayBracket = block.replace('cia: [C, I]\n        kind', 'cia: [I, C]]\n        kind');

test('the document with its measure in block style is clean: every finding below comes from the stray bracket', () => {
  assert.deepEqual(check(block), []);
});

test('a stray bracket is one syntax finding at the bracket; the measure is still read as written, and nothing else is reported', () => {
  assert.deepEqual(check(strayBracket).map(brief), [
    'cia-order 20:14-20:20', // the tags as typed, [I, C], read up to the bracket
    'yaml-syntax 20:20-20:21', // the stray bracket itself; `kind` on the next line is no "missing kind"
  ]);
});

test('a later section is still checked: its placeholder is reported, and no finding floods the rest of the file', () => {
  const findings = check(strayBracket.replace('A order measure', 'TODO order measure'));
  assert.deepEqual(findings.map(brief), ['cia-order 20:14-20:20', 'yaml-syntax 20:20-20:21', 'placeholder-text 30:28-30:32']);
  assert.ok(findings.every((f) => f.code !== 'schema'));
});

test('an unclosed quote is one finding from the opening quote to the line end; what rules read of the broken text is not reported', () => {
  // a bilingual document: the title `{en: …, de: …}` typed with a quote in front turns into one plain
  // string, which would "lack" its German text
  const acme = read('examples', 'acme-controller.tom.yaml');
  const line = '        title: {en: Role-based permissions with a quarterly review, de: Rollenbasierte Berechtigungen mit vierteljährlicher Prüfung}';
  assert.ok(acme.includes(`${line}\n`));
  assert.deepEqual(check(acme).map(brief), []);
  const broken = acme.replace(line, line.replace('title: {', 'title: "{'));
  const row = acme.slice(0, acme.indexOf(line)).split('\n').length;
  assert.deepEqual(check(broken).map(brief), [`yaml-syntax ${row}:16-${row}:${line.length + 2}`]);
});

test('one slip, one finding: a tab after a dash, a list left open, a line indented one space too far', () => {
  // each breaks the measure DA-01 (lines 18-21 of the block layout); the lines after it are its echo
  const at = (from: string, to: string) => block.replace(from, to);
  assert.deepEqual(check(at('      - id: DA-01', '      -\tid: DA-01')).map(brief), ['yaml-syntax 18:8-18:9']);
  // the list opened on line 20 is never closed: the finding is at its bracket, not on the next line
  assert.deepEqual(check(at('cia: [C, I]\n        kind', 'cia: [C, I\n        kind')).map(brief), ['yaml-syntax 20:14-20:19']);
  const indented = check(at('\n        cia: [C, I]', '\n         cia: [C, I]'));
  assert.deepEqual(indented.filter((f) => f.code === 'yaml-syntax' || f.code === 'schema').map(brief), ['yaml-syntax 19:16-19:17']);
});

test('what the schema says inside the broken part is its echo; from the first character after it, the rest is checked as written', () => {
  // the document block without its title, and a key and a kind after it that are wrong in any case
  const rest = clean.replace('  title: Rule fixture\n', '').replace('controls:\n', 'colour: red\ncontrols:\n')
    .replace('{id: DA-01, title: A data-access measure, cia: [C, I], kind: technical}', '{id: DA-01, title: A data-access measure, cia: [C, I], kind: technicl}');
  const colour = 'schema 8:1-8:7: Unknown key "colour": allowed here are tom, $schema, document, scopes, controls, subprocessors, certifications, commitments. Extensions start with x-.';
  const kind = 'schema 18:70-18:78: "technicl" is not a valid kind: did you mean "technical"? Use technical or organizational.';
  const seen = (text: string) => check(text).map((f) => `${brief(f)}: ${f.message}`);
  assert.deepEqual(seen(rest), ['schema 2:1-2:9: document lacks the required key "title": add it.', colour, kind]);
  // a quote left open in the document block: the missing title, reported at the block's first
  // character, is the error's echo; the key on the line after the block is not
  assert.deepEqual(seen(rest.replace('organization: Fixture GmbH', 'organization: "Fixture GmbH')), [
    'yaml-syntax 3:17-3:30: Missing closing "quote: add the missing closing character (a quote or bracket opened here is never closed).',
    colour,
    kind,
  ]);
  // a quote left open in a measure: what comes before the measure is checked as written; whether
  // the section's measures carry its tags is not judged while one of them cannot be read
  assert.deepEqual(seen(rest.replace('{id: DA-01, title: A data-access measure', '{id: DA-01, title: "A data-access measure')), [
    'schema 2:1-2:9: document lacks the required key "title": add it.',
    colour,
    'yaml-syntax 18:28-18:80: Missing closing "quote: add the missing closing character (a quote or bracket opened here is never closed).',
  ]);
});
