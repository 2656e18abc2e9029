/** The one way to make a finding, and the severities. */
import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { RuleData } from './';
import type { Finding, Locale, Localized, RuleId, Severity, SeveritySetting } from '../types';

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
 * A finding of rule `code`, with the data its fixes need. diagnose() gives it its severity (the rule's
 * default or the user's) and language. A message is written in every language (`{en, de}`).
 */
export function finding<Id extends RuleId>(code: Id, range: Range, messages: Localized, data?: RuleData<Id>): Finding {
  return { code, range, message: messages.en, source: 'tom', ...(data ? { data } : {}), messages };
}

/** The finding as a client sees it: the message in `locale` (English where a message has no translation). */
export function localize(f: Finding, locale: Locale): Finding {
  if (!f.messages) return f;
  const { messages, ...rest } = f;
  return { ...rest, message: messages[locale] || messages.en };
}
