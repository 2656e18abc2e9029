/** Rule ids with their default severities, and the one way to make a finding. */
import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Finding, FixData, Locale, Localized, RuleId, Severity, SeveritySetting } from '../types';

export interface RuleInfo { severity: Severity; summary: string }

/** FORMAT.md's rule table, plus `file-too-large` (a limit of the tools, documented in docs/rules.md). */
export const rules: Record<RuleId, RuleInfo> = {
  'yaml-syntax': { severity: 'error', summary: 'YAML that does not parse' },
  'schema': { severity: 'error', summary: 'anything the JSON Schema (or an organisation profile) rejects' },
  'unknown-control-type': { severity: 'error', summary: 'a section type that is not a control type id' },
  'duplicate-id': { severity: 'error', summary: 'a measure id used twice' },
  'duplicate-control-type': { severity: 'error', summary: 'a control type used in two sections' },
  'undefined-scope': { severity: 'error', summary: 'a scope name that `scopes` does not define' },
  'unused-scope': { severity: 'hint', summary: 'a scope nobody uses' },
  'cia-order': { severity: 'hint', summary: 'CIA tags not in the order C, I, A' },
  'missing-control-type': { severity: 'warning', summary: 'a control type missing that the role needs' },
  'cia-coverage': { severity: 'info', summary: 'a section none of whose measures carries its expected CIA tag(s)' },
  'due-date-missing': { severity: 'warning', summary: '`planned` or `partial` without `due`' },
  'overdue': { severity: 'warning', summary: 'a due date in the past for a measure that is not implemented' },
  'stale-review': { severity: 'warning', summary: '`reviewed` or `document.lastUpdated` older than 12 months' },
  'weak-crypto': { severity: 'warning', summary: 'a broken protocol or algorithm named in a text or commitment' },
  'breach-notification': { severity: 'warning', summary: 'a breach notification promise that does not fit the role: a controller above 72 hours (Art. 33(1) GDPR), a processor at 72 hours or more (Art. 33(2))' },
  'third-country-transfer': { severity: 'warning', summary: 'a subprocessor location in a third country without a transfer mechanism' },
  'transfer-mechanism': { severity: 'warning', summary: 'a transfer mechanism that does not fit the country: dpf outside the US, adequacy without a decision' },
  'transfer-impact-assessment': { severity: 'info', summary: 'standard contractual clauses or binding corporate rules for a third country without a transfer impact assessment' },
  'location-code': { severity: 'info', summary: 'a subprocessor location written as a country name, or one the tools do not know' },
  'missing-contact': { severity: 'hint', summary: 'a processor document naming neither a contact nor a data protection officer' },
  'missing-translation': { severity: 'warning', summary: 'a text lacking one of `document.languages`' },
  'placeholder-text': { severity: 'warning', summary: 'TODO, TBD, FIXME, lorem ipsum, ??? or xxx in a text' },
  'suppression-reason': { severity: 'warning', summary: 'a `# tom-ignore` comment without a reason, or naming an unknown rule' },
  'file-too-large': { severity: 'error', summary: 'a file above the configured size limit, not analysed' },
};

export const isRuleId = (s: string): s is RuleId => Object.prototype.hasOwnProperty.call(rules, s);

/** What a user may set a rule to (setting `tom.rules`, option `--rule`), mildest first. */
export const severitySettings: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
export const isSeveritySetting = (s: unknown): s is SeveritySetting => severitySettings.includes(s as SeveritySetting);

export const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const severityName = (s: DiagnosticSeverity | undefined): Severity =>
  s === DiagnosticSeverity.Warning ? 'warning' : s === DiagnosticSeverity.Information ? 'info' : s === DiagnosticSeverity.Hint ? 'hint' : 'error';

export type FindingSink = (f: Finding) => void;

/**
 * A finding at its rule's default severity; the service applies the user's overrides and language
 * afterwards. A message is written in every language (`{en, de}`); a plain string is English only.
 */
export function finding(code: RuleId, range: Range, message: string | Localized, data?: FixData): Finding {
  const messages = typeof message === 'string' ? undefined : message;
  return {
    code, range, message: messages ? messages.en : (message as string), severity: lspSeverity[rules[code].severity], source: 'tom',
    ...(data ? { data } : {}), ...(messages ? { messages } : {}),
  };
}

/** The finding as a client sees it: the message in `locale` (English where a message has no translation). */
export function localize(f: Finding, locale: Locale): Finding {
  if (!f.messages) return f;
  const { messages, ...rest } = f;
  return { ...rest, message: messages[locale] || messages.en };
}
