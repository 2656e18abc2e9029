/**
 * A real JSON-RPC client for the real server: spawns `node dist/server.js --stdio` (the shipped bundle)
 * and speaks LSP to it over its stdin/stdout. Waits for events; never sleeps. `startLspProcess` drives
 * any stdio language server the same way (the benchmark runs yaml-language-server with it).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = join(__dirname, '..', '..', '..');
export const fixedToday = '2026-11-25';

export interface LspSession {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  /** Sends didOpen; the version starts at 1. */
  open(uri: string, text: string, languageId?: string): void;
  /** Sends didChange with the given (incremental or full) changes and returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number;
  close(uri: string): void;
  /** Resolves with the first diagnostics for `uri` (at `version`, if given) that satisfy `accept`. */
  /** `fresh`: only diagnostics published after this call (for servers that publish without a version). */
  diagnostics(uri: string, opts?: { version?: number; accept?: (p: PublishDiagnosticsParams) => boolean; timeoutMs?: number; fresh?: boolean }): Promise<PublishDiagnosticsParams>;
  /** Settings the server gets from workspace/configuration (section "tom"). */
  settings: Record<string, unknown>;
  /** Resolves with the first client/registerCapability registration of `method` (clients declaring dynamic registration get them). */
  registered(method: string): Promise<{ method: string; registerOptions?: unknown }>;
  stop(): Promise<void>;
  stderr(): string;
}

export async function startServer(opts: { today?: string; settings?: Record<string, unknown>; rootUri?: string; snippetSupport?: boolean; workspaceCapabilities?: Record<string, unknown> } = {}): Promise<LspSession> {
  const settings = opts.settings ?? {};
  // read by the configuration callback, which may run before startLspProcess returns
  let session: LspSession | undefined;
  session = await startLspProcess({
    args: [join(repoRoot, 'dist', 'server.js'), '--stdio'],
    env: { TOM_STUDIO_TODAY: opts.today ?? fixedToday },
    rootUri: opts.rootUri,
    snippetSupport: opts.snippetSupport,
    workspaceCapabilities: opts.workspaceCapabilities,
    configuration: (section) => (section === 'tom' ? (session?.settings ?? settings) : null),
  });
  session.settings = settings;
  return session;
}

export interface LspProcessOptions {
  /** Arguments to `node` (the server script and its flags). */
  args: string[];
  /** Added to this process's environment. */
  env?: Record<string, string>;
  rootUri?: string;
  /** Whether the client says it expands snippets in completions (default true, as VS Code does). */
  snippetSupport?: boolean;
  /** Added to the client's `workspace` capabilities (e.g. dynamic registration). */
  workspaceCapabilities?: Record<string, unknown>;
  /** The answer to workspace/configuration for one section. */
  configuration(section: string | undefined): unknown;
}

export async function startLspProcess(opts: LspProcessOptions): Promise<LspSession> {
  const child = spawn(process.execPath, opts.args, { env: { ...process.env, ...opts.env } });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += String(d); });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const versions = new Map<string, number>();
  const received: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  type Registration = { method: string; registerOptions?: unknown };
  const registrations: Registration[] = [];
  const registrationWaiters: { method: string; resolve: (r: Registration) => void }[] = [];
  const session: LspSession = {
    connection,
    process: child,
    settings: {},
    open(uri, text, languageId = 'tom') {
      versions.set(uri, 1);
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, changes) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      return version;
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri, { version, accept = () => true, timeoutMs = 10000, fresh = false } = {}) {
      const test = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version) && accept(p);
      const already = fresh ? undefined : received.find(test);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiters.push({ uri, test, resolve: (p) => { clearTimeout(timer); resolve(p); } });
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void connection.sendNotification('exit');
      } catch {
        // the process may be gone already
      }
      connection.dispose();
      if (child.exitCode === null) {
        await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
    stderr: () => stderr,
    registered(method) {
      const already = registrations.find((r) => r.method === method);
      return already ? Promise.resolve(already) : new Promise((resolve) => registrationWaiters.push({ method, resolve }));
    },
  };
  connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
    registrations.push(...params.registrations);
    for (const r of params.registrations) for (const w of registrationWaiters.filter((x) => x.method === r.method)) w.resolve(r);
    return null;
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    received.push(p);
    for (const w of [...waiters]) {
      if (w.test(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((i) => opts.configuration(i.section)));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? null,
    workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
    capabilities: { workspace: { configuration: true, ...opts.workspaceCapabilities }, textDocument: { completion: { completionItem: { snippetSupport: opts.snippetSupport ?? true } } } },
  });
  await connection.sendNotification('initialized', {});
  return session;
}
