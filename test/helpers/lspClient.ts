/**
 * A real JSON-RPC client for the real server: spawns `node dist/server.js --stdio` (the shipped bundle)
 * and speaks LSP to it over its stdin/stdout. Waits for events; never sleeps. `startLspProcess` drives
 * any stdio language server the same way (the benchmark runs yaml-language-server with it).
 *
 * A server error fails the test that caused it: the session records every error-level
 * `window/logMessage` (the server logs a handler's exception there and answers with an empty result),
 * every error response to a request (a cancelled request is not an error), and stderr lines that
 * show an uncaught error. `assertNoServerErrors()` (every LSP test file calls it in `afterEach`) and
 * `stop()` fail on any of them, unless the session was started with `expectErrors`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection, ErrorCodes, LSPErrorCodes, MessageType, ResponseError, StreamMessageReader, StreamMessageWriter,
  type LogMessageParams, type ProtocolConnection, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
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
  /** Every publication for `uri` so far, in order of arrival, with its arrival time (performance.now()). */
  published(uri: string): { version?: number; at: number }[];
  /** Settings the server gets from workspace/configuration (section "tom"). */
  settings: Record<string, unknown>;
  /** Resolves with the first client/registerCapability registration of `method` (clients declaring dynamic registration get them). */
  registered(method: string): Promise<{ method: string; registerOptions?: unknown }>;
  /** Shuts the server down; fails on server errors (see assertNoServerErrors) unless they are expected. */
  stop(): Promise<void>;
  stderr(): string;
  /** Error logs, error responses and uncaught errors seen so far, oldest first. */
  errors: string[];
  /** Fails with every server error seen since the last call (and forgets them), unless `expectErrors`. */
  assertNoServerErrors(): void;
  /** For a test that provokes errors on purpose: the errors seen since the last check are exactly these, in order (and are forgotten). */
  expectServerErrors(expected: RegExp[]): void;
}

export async function startServer(opts: { today?: string; settings?: Record<string, unknown>; rootUri?: string; snippetSupport?: boolean; workspaceCapabilities?: Record<string, unknown>; initializationOptions?: unknown; expectErrors?: boolean; locale?: string } = {}): Promise<LspSession> {
  const settings = opts.settings ?? {};
  // read by the configuration callback, which may run before startLspProcess returns
  let session: LspSession | undefined;
  session = await startLspProcess({
    args: [join(repoRoot, 'dist', 'server.js'), '--stdio'],
    env: { TOM_STUDIO_TODAY: opts.today ?? fixedToday },
    rootUri: opts.rootUri,
    snippetSupport: opts.snippetSupport,
    workspaceCapabilities: opts.workspaceCapabilities,
    initializationOptions: opts.initializationOptions,
    expectErrors: opts.expectErrors,
    locale: opts.locale,
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
  /** `initialize`'s initializationOptions, as the VS Code client sends them (e.g. `workspaceTrusted`). */
  initializationOptions?: unknown;
  /** The answer to workspace/configuration for one section. */
  configuration(section: string | undefined): unknown;
  /** The test provokes server errors on purpose: record them, but do not fail on them. */
  expectErrors?: boolean;
  /** The client's UI language (`initialize` `locale`), e.g. `de`; none when unset, as some clients send. */
  locale?: string;
}

/** What the client itself causes, not a server error: a cancelled request, a document edited meanwhile. */
const notErrors: number[] = [LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified, ErrorCodes.PendingResponseRejected, ErrorCodes.ConnectionInactive];

/** A stderr line that shows an error no handler caught (Node's own report of a crash or rejection). */
const uncaught = /uncaught|unhandled|^\s*at .*\(.*:\d+:\d+\)$|^[A-Za-z]*Error: /im;

export async function startLspProcess(opts: LspProcessOptions): Promise<LspSession> {
  const child = spawn(process.execPath, opts.args, { env: { ...process.env, ...opts.env } });
  let stderr = '';
  const errors: string[] = [];
  let reported = 0;
  child.stderr.on('data', (d) => {
    stderr += String(d);
    if (uncaught.test(String(d))) errors.push(`stderr: ${String(d).trim()}`);
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // every request goes through here, the tests' own included: record error responses
  const send = connection.sendRequest.bind(connection) as (...args: unknown[]) => Promise<unknown>;
  (connection as { sendRequest: unknown }).sendRequest = (...args: unknown[]) => send(...args).catch((e: unknown) => {
    if (e instanceof ResponseError && !notErrors.includes(e.code)) errors.push(`error response to ${String(args[0])}: ${e.code} ${e.message}`);
    throw e;
  });
  const assertNoServerErrors = () => {
    const fresh = errors.slice(reported);
    reported = errors.length;
    if (!opts.expectErrors && fresh.length > 0) throw new Error(`the server reported ${fresh.length} error(s):\n${fresh.join('\n')}`);
  };
  const versions = new Map<string, number>();
  const received: PublishDiagnosticsParams[] = [];
  const arrivals: number[] = [];
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
    errors,
    assertNoServerErrors,
    expectServerErrors(expected) {
      const fresh = errors.slice(reported);
      reported = errors.length;
      if (fresh.length !== expected.length || !expected.every((re, i) => re.test(fresh[i]))) {
        throw new Error(`expected server errors ${expected.join(', ')}, got:\n${fresh.join('\n')}`);
      }
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
      assertNoServerErrors();
    },
    stderr: () => stderr,
    registered(method) {
      const already = registrations.find((r) => r.method === method);
      return already ? Promise.resolve(already) : new Promise((resolve) => registrationWaiters.push({ method, resolve }));
    },
    published: (uri) => received.flatMap((p, i) => (p.uri === uri ? [{ version: p.version, at: arrivals[i] }] : [])),
  };
  connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
    registrations.push(...params.registrations);
    for (const r of params.registrations) for (const w of registrationWaiters.filter((x) => x.method === r.method)) w.resolve(r);
    return null;
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    received.push(p);
    arrivals.push(performance.now());
    for (const w of [...waiters]) {
      if (w.test(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((i) => opts.configuration(i.section)));
  connection.onNotification('window/logMessage', (p: LogMessageParams) => {
    if (p.type === MessageType.Error) errors.push(`error log: ${p.message}`);
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? null,
    initializationOptions: opts.initializationOptions,
    ...(opts.locale ? { locale: opts.locale } : {}),
    workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
    capabilities: { workspace: { configuration: true, ...opts.workspaceCapabilities }, textDocument: { completion: { completionItem: { snippetSupport: opts.snippetSupport ?? true } } } },
  });
  await connection.sendNotification('initialized', {});
  return session;
}
