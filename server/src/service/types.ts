/** Shared vocabulary of the language service: findings, settings and the host it runs in. */
import type { Diagnostic } from 'vscode-languageserver-types';

export type RuleId =
  | 'yaml-syntax' | 'schema' | 'unknown-control-type' | 'duplicate-id' | 'duplicate-control-type'
  | 'undefined-scope' | 'unused-scope' | 'cia-order' | 'missing-control-type' | 'cia-coverage'
  | 'due-date-missing' | 'overdue' | 'stale-review' | 'weak-crypto' | 'breach-notification'
  | 'third-country-transfer' | 'missing-translation' | 'placeholder-text' | 'unknown-mapping' | 'suppression-reason'
  | 'file-too-large';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A finding is an LSP diagnostic whose `code` is always the rule id. */
export interface Finding extends Diagnostic {
  code: RuleId;
  /** What a quick-fix needs, so that fixes never parse message text. */
  data?: FixData;
}

/** Facts a rule hands to its quick-fix. */
export type FixData = Record<string, unknown>;

export interface Settings {
  /** Per-rule severity overrides. */
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** `reviewed` and `document.lastUpdated` older than this many months are stale. */
  staleReviewMonths: number;
  /** Files larger than this (in bytes) get one `file-too-large` finding instead of analysis. */
  maxFileSize: number;
  /** Glob → local schema file: organisation profiles the document must also satisfy. */
  schemas: Record<string, string>;
}

export const defaultSettings: Settings = {
  rules: {},
  staleReviewMonths: 12,
  maxFileSize: 5 * 1024 * 1024,
  schemas: {},
};

/** What the service needs from its surroundings; injected so that the service stays pure and testable. */
export interface Host {
  /** Today's date as YYYY-MM-DD (tests fix it). */
  today(): string;
  /** Reads a local file by its file: URI (profile schemas); undefined when it cannot be read. Never fetches. */
  readFile(uri: string): string | undefined;
  /** Where internal errors go (the server's output channel, the CLI's stderr). */
  log?(message: string): void;
}
