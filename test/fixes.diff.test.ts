/**
 * What `check --fix-dry-run` prints (a unified diff `git apply` reads) and the whole-line edits a
 * "Fix all" action sends, written out line by line: hunks with three lines of context, hunks close
 * together printed as one, a missing final newline, CRLF files, insertions and deletions.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { lineEdits } from '../server/src/service/fixes/diff';
import { unifiedDiff } from '../server/src/service/fixes';

/** Lines a, b, c, … (n of them), each ending with a newline, with some of them upper-cased. */
const letters = (n: number, upper: number[] = []) =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i)).map((c, i) => `${upper.includes(i) ? c.toUpperCase() : c}\n`).join('');

const header = '--- a/f.tom.yaml\n+++ b/f.tom.yaml\n';
const diff = (before: string, after: string) => unifiedDiff('f.tom.yaml', before, after);

test('one changed line: three lines of context, fewer at the start of the file', () => {
  assert.equal(diff(letters(10), letters(10, [1])), `${header}@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n`);
  assert.equal(diff(letters(10), letters(10, [5])), `${header}@@ -3,7 +3,7 @@\n c\n d\n e\n-f\n+F\n g\n h\n i\n`);
  assert.equal(diff(letters(10), letters(10, [9])), `${header}@@ -7,4 +7,4 @@\n g\n h\n i\n-j\n+J\n`);
  assert.equal(diff(letters(10), letters(10)), '', 'no change, no diff');
});

test('hunks at most six lines apart are printed as one, seven apart as two', () => {
  assert.equal(diff(letters(12), letters(12, [1, 8])), `${header}@@ -1,12 +1,12 @@\n a\n-b\n+B\n c\n d\n e\n f\n g\n h\n-i\n+I\n j\n k\n l\n`);
  assert.equal(diff(letters(12), letters(12, [1, 9])), `${header}@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -7,6 +7,6 @@\n g\n h\n i\n-j\n+J\n k\n l\n`);
});

test('insertions and deletions count their lines on each side', () => {
  assert.equal(diff('a\nb\n', 'a\nx\ny\nb\n'), `${header}@@ -1,2 +1,4 @@\n a\n+x\n+y\n b\n`);
  assert.equal(diff('a\nb\nc\n', 'a\nc\n'), `${header}@@ -1,3 +1,2 @@\n a\n-b\n c\n`);
  assert.equal(diff(letters(8), letters(8).replace('e\n', 'e\nE2\n')), `${header}@@ -3,6 +3,7 @@\n c\n d\n e\n+E2\n f\n g\n h\n`);
});

test('a missing final newline is marked; CRLF lines are printed without their CR', () => {
  assert.equal(diff('a\nb', 'a\nc'), `${header}@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n`);
  assert.equal(diff('a\nb', 'a\nb\n'), `${header}@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n`);
  assert.equal(diff('a\r\nb\r\n', 'a\r\nB\r\n'), `${header}@@ -1,2 +1,2 @@\n a\n-b\n+B\n`);
});

test('lineEdits: each changed run of lines as one edit of whole lines, offsets into the old text', () => {
  assert.deepEqual(lineEdits('a\nb\nc\n', 'a\nB\nc\n'), [{ from: 2, to: 4, text: 'B\n' }]);
  assert.deepEqual(lineEdits(letters(6), letters(6, [0, 1, 4])), [{ from: 0, to: 4, text: 'A\nB\n' }, { from: 8, to: 10, text: 'E\n' }]);
  assert.deepEqual(lineEdits('a\r\nb\r\n', 'a\r\nx\r\nb\r\n'), [{ from: 3, to: 3, text: 'x\r\n' }]);
  assert.deepEqual(lineEdits('a\nb', 'a\nb\nc'), [{ from: 2, to: 3, text: 'b\nc' }]);
  assert.deepEqual(lineEdits('a\nb\n', 'a\nb\n'), []);
  assert.deepEqual(lineEdits('', 'a\n'), [{ from: 0, to: 0, text: 'a\n' }]);
});

test('every line changed, a run of lines deleted, a line inserted first, a last line of several characters without a newline', () => {
  assert.equal(diff('a\nb\n', 'x\ny\n'), `${header}@@ -1,2 +1,2 @@\n-a\n-b\n+x\n+y\n`);
  assert.deepEqual(lineEdits('a\n', 'b\n'), [{ from: 0, to: 2, text: 'b\n' }]);
  assert.equal(diff('a\nb\nc\nd\n', 'a\nd\n'), `${header}@@ -1,4 +1,2 @@\n a\n-b\n-c\n d\n`);
  assert.equal(diff('b\n', 'a\nb\n'), `${header}@@ -1,1 +1,2 @@\n+a\n b\n`);
  assert.equal(diff('ab\ncd', 'ab\nce'), `${header}@@ -1,2 +1,2 @@\n ab\n-cd\n\\ No newline at end of file\n+ce\n\\ No newline at end of file\n`);
  assert.deepEqual(lineEdits('ab\ncd', 'ab\nce'), [{ from: 3, to: 5, text: 'ce' }]);
});
