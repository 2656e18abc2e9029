import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Composer, isMap, isPair, isScalar, isSeq, Parser } from 'yaml';
import { generate } from '../bench/generate';
import { read } from './helpers/fixtures';
import { int, mutate, pick, prng, type Random } from './helpers/fuzz';
import { readBlock } from '../server/src/service/document/blockReader';
import { parseOptions } from '../server/src/service/document/parseOptions';
import { splitParts } from '../server/src/service/document/parts';

/** How many mutated texts: TOM_BLOCK_READER_INPUTS=200000 for a longer run. */
const total = Number(process.env.TOM_BLOCK_READER_INPUTS ?? 20000);

/** What the fast path must reproduce of each node: where it is, what it holds, how it was written. */
function shape(node: unknown): unknown {
  if (isPair(node)) return { key: shape(node.key), value: shape(node.value) };
  if (isScalar(node)) {
    const { value, range, type, source, format, minFractionDigits } = node;
    return { value, range, type, source, format, minFractionDigits };
  }
  if (isMap(node) || isSeq(node)) return { map: isMap(node), flow: !!node.flow, range: node.range, items: node.items.map(shape) };
  return node;
}

/** The library's reading of the same text at the same offset. */
function library(text: string, base: number) {
  const parser = new Parser();
  parser.offset = base;
  const docs = Array.from(new Composer(parseOptions).compose(parser.parse(text)));
  return { docs, clean: docs.length === 1 && docs[0].errors.length === 0 && docs[0].warnings.length === 0 };
}

/** Block texts, quoted texts, one-line lists and plain values of every kind the reader takes on. */
const shapes = `tom: 1
document:
  title: "Quoted \\"title\\" with \\u00e9scapes"   # trailing comment
  organization: 'It''s single'
  note: plain text, with commas [and brackets] and a #hash inside
  version: 1.50
  count: 0x1F
  octal: 0o17
  big: 12345678901234567890
  flag: True
  nothing: ~
  also: null
  inf: -.inf
  negative: -5
  dashed: -x- and :colon ?question
  nan: .NaN
  exp: 1e3
controls:
  - type: encryption
    description: |
      Line one
        more indented

      after a blank line
    folded: >
      folded one
      folded two

        kept indented
      back
    stripped: |-
      no newline at the end


    kept: |+
      keep the blank lines


    measures:
      - id: M-1
        cia: [ C , I,A ]
        scope: []
        tags: [a b, c-d, 3, true]
        list:
        - same column
        - second   # comment
        nested:
          - - not compact
          - key: value
            other: 2
        evidence:
          - kind: policy
            ref: "x"
`;

const bases = [
  ...['unoy-processor.tom.yaml', 'commercetools-processor.tom.yaml', 'acme-controller.tom.yaml'].map((f) => read('examples', f)),
  generate(30).text,
  shapes,
];

/** A document cut into its parts where it can be, else whole: the reader reads both. */
function piecesOf(text: string): [string, number][] {
  const parts = splitParts(text);
  return parts ? parts.map((p) => [text.slice(p.start, p.end), p.start]) : [[text, 0]];
}

/** Line-level slips besides the character-level mutations: indentation, a line repeated or moved, a blank line. */
function slip(random: Random, text: string): string {
  const lines = text.split('\n');
  const i = int(random, lines.length);
  switch (int(random, 4)) {
    case 0: lines[i] = ' '.repeat(1 + int(random, 3)) + lines[i]; break;
    case 1: lines.splice(i, 0, lines[int(random, lines.length)]); break;
    case 2: lines.splice(i, 0, pick(random, ['', '   ', '# note', '  # indented note', '      more text'])); break;
    default: lines[i] = lines[i].replace(/^ +/, (s) => s.slice(0, Math.max(0, s.length - 1 - int(random, 2))));
  }
  return lines.join('\n');
}

test(`on ${total} mutated parts, what the fast reader reads equals the yaml library's reading (nodes, ranges, types, data), and it reads only what the library reads cleanly`, () => {
  const random = prng(20261201);
  let read = 0;
  let compared = 0;
  for (let i = 0; compared < total; i++) {
    let text = bases[i % bases.length];
    for (let m = int(random, 4); m > 0; m--) text = random() < 0.5 ? mutate(random, text) : slip(random, text);
    for (const [part, start] of piecesOf(text)) {
      const base = random() < 0.5 ? start : int(random, 1000);
      const fast = readBlock(part, base);
      compared++;
      if (!fast) continue;
      const { docs, clean } = library(part, base);
      assert.ok(clean, `the reader read a part the library reports errors in:\n${part}\n${docs.flatMap((d) => d.errors.map((e) => e.message)).join('\n')}`);
      assert.deepEqual(shape(fast.contents), shape(docs[0].contents), `the reader's nodes differ from the library's for:\n${JSON.stringify(part)}`);
      assert.deepEqual(fast.data, docs[0].toJS(), `the reader's data differs from the library's for:\n${part}`);
      read++;
    }
  }
  // the test says little unless the reader takes most parts
  assert.ok(read > compared / 2, `the reader read only ${read} of ${compared} parts`);
});

test('the fast reader reads every part of the shipped examples and of a generated document, block texts and one-line lists included', () => {
  for (const text of bases.slice(0, 4)) {
    const unread = piecesOf(text).filter(([part, base]) => !readBlock(part, base) && !/^\s*(controls|measures):\s*$/m.test(part));
    assert.deepEqual(unread.map(([part]) => part), []);
  }
  // an empty value (`controls:`, a section's `measures:`) and a list inside a list are the library's
  const unread = piecesOf(shapes).filter(([part, base]) => !readBlock(part, base)).map(([part]) => part.trim().split('\n')[0]);
  assert.deepEqual(unread, ['controls:', '- type: encryption', '- id: M-1']);
});
