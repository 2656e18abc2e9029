import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generate } from '../bench/generate';
import { doc, read, service } from './helpers/fixtures';
import { prng } from './helpers/fuzz';
import { tomSchemaFindings } from '../server/src/service/schema/byPart';
import type { Finding } from '../server/src/service';

/** How many edits: TOM_INCREMENTAL_EDITS=20000 for a longer run. */
const total = Number(process.env.TOM_INCREMENTAL_EDITS ?? 2000);

const bases = [
  ...['unoy-processor.tom.yaml', 'commercetools-processor.tom.yaml', 'acme-controller.tom.yaml'].map((f) => read('examples', f)),
  generate(40).text,
];

type Edit = (text: string, at: number, random: () => number) => string;

const blocks = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length] as const);
const section = /\n  - type:[^]*?(?=\n  - type:|\n\S|$)/g;
const measure = /\n {6}- id:[^]*?(?=\n {6}- |\n {0,4}\S|$)/g;
// mostly what prose is made of, and now and then a character YAML reads as structure
const typed = 'aaeeinorstuy  012:-[]{}#"\'&*!|>\n\t,.?%';
const lineAt = (text: string, at: number) => [text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1] as const;

/** What a user does to a document: typing, deleting, whole lines, whole sections and measures, pasting. */
const edits: Edit[] = [
  (t, at, r) => t.slice(0, at) + typed[Math.floor(r() * typed.length)] + t.slice(at),
  (t, at, r) => t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 4)),
  (t, at) => { const [s, e] = lineAt(t, at); return t.slice(0, s) + t.slice(e + 1); },
  (t, at) => { const [s, e] = lineAt(t, at); return t.slice(0, e + 1) + t.slice(s, e + 1) + t.slice(e + 1); },
  (t, at) => { const [s] = lineAt(t, at); return t.slice(0, s) + '  ' + t.slice(s); },
  (t, _, r) => { const all = blocks(t, section); if (!all.length) return t; const [s, e] = all[Math.floor(r() * all.length)]; return t.slice(0, s) + t.slice(e); },
  (t, _, r) => { const all = blocks(t, measure); if (!all.length) return t; const [s, e] = all[Math.floor(r() * all.length)]; return t.slice(0, e) + t.slice(s, e) + t.slice(e); },
  (t, at, r) => { const all = blocks(t, measure); if (!all.length) return t; const [s, e] = all[Math.floor(r() * all.length)]; const [l] = lineAt(t, at); return l <= s ? t.slice(0, l) + t.slice(s + 1, e + 1) + t.slice(l, s) + t.slice(e + 1) : t; },
  (t, at, r) => { const from = Math.floor(r() * t.length); return t.slice(0, at) + t.slice(from, from + 1 + Math.floor(r() * 200)) + t.slice(at); },
  (t, at) => t.slice(0, at) + 'TODO MD5 ' + t.slice(at),
  // what the rules on the whole document and the schema read: an id given twice, a section's type, a key
  (t, _, r) => { const ids = [...t.matchAll(/- id: (\S+)/g)]; if (ids.length < 2) return t; const [a, b] = [ids[Math.floor(r() * ids.length)], ids[Math.floor(r() * ids.length)]]; return t.slice(0, b.index! + 6) + a[1] + t.slice(b.index! + 6 + b[1].length); },
  (t, _, r) => { const types = [...t.matchAll(/- type: (\S+)/g)]; if (!types.length) return t; const m = types[Math.floor(r() * types.length)]; const to = ['encryption', 'input', 'incident-respons', 'order'][Math.floor(r() * 4)]; return t.slice(0, m.index! + 8) + to + t.slice(m.index! + 8 + m[1].length); },
  (t, _, r) => { const keys = [...t.matchAll(/\n {8}(kind|cia|status): /g)]; if (!keys.length) return t; const m = keys[Math.floor(r() * keys.length)]; return t.slice(0, m.index! + 9) + 'x' + t.slice(m.index! + 9); },
];

/** Findings in a fixed order: validations part by part and whole list them in different orders. */
const ordered = (fs: Finding[]) => fs.map((f) => JSON.stringify([f.range, f.message, f.data])).sort();

test(`after each of ${total} random edits to a document changed in place as the editor's is, the findings kept from version to version equal a fresh check (ranges included)`, () => {
  const random = prng(20261201);
  const incremental = service();
  const uri = 'file:///ws/edited.tom.yaml';
  let version = 0;
  const editor = TextDocument.create(uri, 'tom', version, '');
  let compared = 0;
  let partWiseClean = 0;
  for (let round = 0; compared < total; round++) {
    let text = bases[round % bases.length];
    const history = [text];
    for (let i = 0; i < 25 && compared < total; i++) {
      // one edit in ten is an undo: back to an earlier version
      text = random() < 0.1 && history.length > 1
        ? history[Math.floor(random() * history.length)]
        : edits[Math.floor(random() * edits.length)](text, Math.floor(random() * (text.length + 1)), random);
      history.push(text);
      // as the editor has it: one document, changed in place by each edit
      const before = editor.getText();
      let head = 0;
      while (head < before.length && head < text.length && before[head] === text[head]) head++;
      let tail = 0;
      while (tail < before.length - head && tail < text.length - head && before[before.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
      const range = { start: editor.positionAt(head), end: editor.positionAt(before.length - tail) };
      TextDocument.update(editor, [{ range, text: text.slice(head, text.length - tail) }], ++version);
      assert.equal(editor.getText(), text);
      const kept = incremental.check(editor);
      const fresh = service().check(doc(text, uri, version));
      assert.deepEqual(kept, fresh, `edit ${compared}: the kept findings differ from a fresh check of:\n${text}`);
      // the schema's findings measure by measure equal those of one validation of the whole data
      const { model, data, text: lines } = incremental.analyse(editor);
      if (model && data !== undefined) {
        const byPart: Finding[] = [];
        const whole: Finding[] = [];
        tomSchemaFindings(model, data, lines, (f) => byPart.push(f));
        tomSchemaFindings(model, data, lines, (f) => whole.push(f), { byPart: false });
        assert.deepEqual(ordered(byPart), ordered(whole), `edit ${compared}: the schema's findings part by part differ from the whole validation of:\n${text}`);
      }
      // where the whole text parses cleanly, reading it part by part must give the same data
      const whole = parseAllDocuments(text, { merge: true, uniqueKeys: true, strict: true });
      if (Array.isArray(whole) && whole.length === 1 && whole[0].errors.length === 0) {
        const analysis = incremental.analyse(editor);
        assert.deepEqual(analysis.data, whole[0].toJS(), `edit ${compared}: the parts read differently from the whole text:\n${text}`);
        partWiseClean++;
      }
      compared++;
    }
  }
  assert.ok(partWiseClean > total / 10, `only ${partWiseClean} of ${total} edited texts parsed cleanly: the edits say too little`);
});
