/** What every LSP feature module gets: the connection, the open documents, the service, the settings. */
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TomService } from '../service';
import type { SettingsCache } from './settings';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: TomService;
  settings: SettingsCache;
  /** What the client said it can do, from `initialize` (empty before it). */
  client: ClientCapabilities;
  /** Asks for the findings of an open document to be computed again (after a settings change). */
  revalidate(uri?: string): void;
}

/** One LSP feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  capabilities: ServerCapabilities;
  register(ctx: ServerContext): void;
}
