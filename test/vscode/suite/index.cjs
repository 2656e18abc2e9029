// Runs inside VS Code's extension host (started by ../run.mjs): the extension as a user meets it.
// Plain JS and a tiny runner, so that it needs neither a compile step nor a test framework.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');

const examples = path.join(__dirname, '..', '..', '..', 'examples');
const codeOf = (d) => String(typeof d.code === 'object' ? d.code.value : d.code);

/** Resolves with the document's diagnostics once the language server has published some. */
function diagnosticsOf(uri, timeoutMs = 20000) {
  const now = vscode.languages.getDiagnostics(uri);
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const found = vscode.languages.getDiagnostics(uri);
      if (!found.length) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    });
  });
}

/** Resolves once `probe()` holds, checked whenever a document opens (a language change reopens it). */
function until(probe, what, timeoutMs = 10000) {
  if (probe()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`${what}: not within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = vscode.workspace.onDidOpenTextDocument(() => {
      if (!probe()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

async function untitled(content) {
  const doc = await vscode.workspace.openTextDocument({ language: 'tom', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

const tests = {
  async 'an example opens as a tom document and gets findings with rule ids'() {
    const doc = await vscode.workspace.openTextDocument(path.join(examples, 'unoy-processor.tom.yaml'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'tom');
    const codes = (await diagnosticsOf(doc.uri)).map(codeOf);
    assert.ok(codes.includes('third-country-transfer'), codes.join(', '));
    assert.ok(codes.includes('stale-review'), codes.join(', '));
  },

  async 'a YAML file whose first line is "tom: 1" is a tom document too'() {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tom-')), 'policy.yaml');
    fs.writeFileSync(file, 'tom: 1\ndocument: {}\n');
    const doc = await vscode.workspace.openTextDocument(file);
    // the extension switches it from yaml to tom as it opens
    await until(() => vscode.workspace.textDocuments.some((d) => d.uri.toString() === doc.uri.toString() && d.languageId === 'tom'), 'the switch to tom');
  },

  async 'completion after "type: " offers the control type ids'() {
    const doc = await untitled('tom: 1\ncontrols:\n  - type: \n');
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 10));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['physical-access', 'encryption', 'incident-response']) assert.ok(labels.includes(id), `${id} in ${labels.join(', ')}`);
  },

  async 'hover on a control type explains it'() {
    const doc = await untitled('tom: 1\ncontrols:\n  - type: physical-access\n');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 14));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Physical access control|Zutrittskontrolle/);
  },
};

exports.run = async function run() {
  const failures = [];
  for (const [name, fn] of Object.entries(tests)) {
    try {
      await fn();
      console.log(`  ok  ${name}`);
    } catch (e) {
      failures.push(name);
      console.log(`  FAIL ${name}\n${e && e.stack ? e.stack : e}`);
    }
  }
  const passed = Object.keys(tests).length - failures.length;
  console.log(`${passed} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} VS Code integration test(s) failed`);
};
