/**
 * Diagnostics are pushed: after open at once, after edits debounced. Only the newest version of a
 * document is ever published; work for a version that an edit has overtaken is cancelled.
 *
 * A new, empty file is where a user starts typing: the finding that it is empty (an error in CI) is
 * shown as a hint while the file has been empty since it was opened, and as an error once it has had
 * content (the user emptied it).
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isEmptyDocumentFinding, type Finding } from '../service';
import type { Feature, ServerContext } from './context';
import { warmUpDocument } from './warmUp';

/**
 * Quiet time after the last keystroke before checking: as long as the document's last check took,
 * between these bounds. Waiting spares work only while a check is dear; once an edit costs a few
 * milliseconds (parts reused, docs/performance.md), a long wait would be most of the latency.
 */
export const debounceMs = { min: 15, max: 40 };

export const diagnosticsFeature: Feature = { capabilities: {}, register: registerDiagnostics };

function registerDiagnostics(ctx: ServerContext): void {
  const { connection, documents, service, settings } = ctx;
  const timers = new Map<string, NodeJS.Timeout>();
  /** The documents that have had content since they were opened. */
  const typed = new Set<string>();
  const quietIfUntouched = (doc: TextDocument, findings: Finding[]) => {
    if (/\S/.test(doc.getText())) typed.add(doc.uri);
    return typed.has(doc.uri) ? findings : findings.map((f) => (isEmptyDocumentFinding(f) ? { ...f, severity: DiagnosticSeverity.Hint } : f));
  };
  const lastCheckMs = new Map<string, number>();

  const validate = async (doc: TextDocument) => {
    const current = () => documents.get(doc.uri)?.version === doc.version;
    const effective = await settings.get(doc.uri);
    if (!current()) return;
    let findings;
    const started = performance.now();
    try {
      findings = service.check(doc, effective, () => !current());
      lastCheckMs.set(doc.uri, performance.now() - started);
    } catch (e) {
      connection.console.error(`TOM: checking ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      return;
    }
    if (current()) await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: quietIfUntouched(doc, findings) });
  };

  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      void validate(doc);
    }, delay));
  };

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => {
    const delay = Math.min(debounceMs.max, Math.max(debounceMs.min, lastCheckMs.get(e.document.uri) ?? debounceMs.max));
    schedule(e.document, delay);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    typed.delete(e.document.uri);
    lastCheckMs.delete(e.document.uri);
    service.forget(e.document.uri);
    settings.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // Compile the schema and warm up the parser and rules while the editor is still starting, so that
  // the first document opened is checked as fast as every later one (the compile alone takes ~200 ms).
  const text = warmUpDocument();
  const warmUp = { uri: 'tom-studio:warm-up', version: 0, getText: () => text };
  const round = (n: number) => {
    // one round at a time, and none once a real document is open: warming up must never delay it
    if (n < 3 && documents.all().length === 0) {
      try {
        service.check({ ...warmUp, version: n });
      } catch (e) {
        connection.console.error(`TOM: warm-up failed: ${(e as Error).stack ?? e}`);
        n = 3; // nothing to gain from trying again; the first real document compiles what it needs
      }
      setImmediate(() => round(n + 1));
    } else service.forget(warmUp.uri);
  };
  setImmediate(() => round(0));

  ctx.revalidate = (uri) => {
    for (const doc of documents.all()) if (!uri || doc.uri === uri) schedule(doc, 0);
  };
}
