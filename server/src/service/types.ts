/** Shared vocabulary of the language service: findings, settings and the host it runs in. */
import type { Diagnostic } from 'vscode-languageserver-types';

export type RuleId =
  | 'yaml-syntax' | 'schema' | 'unknown-control-type' | 'duplicate-id' | 'duplicate-control-type'
  | 'undefined-scope' | 'unused-scope' | 'cia-order' | 'missing-control-type' | 'cia-coverage'
  | 'due-date-missing' | 'overdue' | 'stale-review' | 'weak-crypto' | 'breach-notification'
  | 'third-country-transfer' | 'transfer-mechanism' | 'transfer-impact-assessment' | 'location-code'
  | 'missing-contact' | 'missing-translation' | 'placeholder-text' | 'suppression-reason'
  | 'file-too-large';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The languages the server speaks (findings, hovers, titles); English is the fallback. */
export type Locale = 'en' | 'de';
export const locales: readonly Locale[] = ['en', 'de'];

/** The language to answer in for a BCP 47 tag or POSIX locale ("de", "de-AT", "de_DE.UTF-8"); English otherwise. */
export function localeOf(tag: string | undefined): Locale {
  const language = tag?.toLowerCase().split(/[-_.]/)[0];
  return locales.find((l) => l === language) ?? 'en';
}

/** A text the server says, in every language it speaks: whoever writes a message writes both. */
export type Localized = Record<Locale, string>;

/** A finding is an LSP diagnostic whose `code` is always the rule id. */
export interface Finding extends Diagnostic {
  code: RuleId;
  /** What a quick-fix needs, so that fixes never parse message text. */
  data?: FixData;
  /**
   * The message in every language, while the finding is inside the service; `message` is the English
   * one until diagnose() picks the user's language and drops this field (clients see only `message`).
   */
  messages?: Localized;
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
  /** The language of messages: the client's UI language (LSP `initialize`), the CLI's `--locale` or environment. */
  locale: Locale;
}

export const defaultSettings: Settings = {
  rules: {},
  staleReviewMonths: 12,
  maxFileSize: 5 * 1024 * 1024,
  schemas: {},
  locale: 'en',
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
