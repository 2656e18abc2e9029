/** `tom-studio check [paths or globs...]`: findings of every TOM file, in the format the reader needs. */
import { relative } from 'node:path';
import {
  createTomService, isRuleId, isSeveritySetting, settingsFromRaw, severityName, severitySettings, type RawSettings, type RuleId, type Settings, type SeveritySetting,
} from '../service';
import { expandPaths, readText } from './files';
import { fixFile, type FixMode } from './fix';
import { formatGithub } from './formats/github';
import { formatGitlab } from './formats/gitlab';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { fileUri, nodeHost } from '../nodeHost';
import { cliSettings } from './settings';
import { UsageError, type CommandResult } from './command';
import type { Counts, FileResult } from './results';

export interface CheckOptions {
  paths: string[];
  format: string;
  rules: string[];
  maxWarnings?: number;
  today?: string;
  schemas: string[];
  /** A configuration file for every file checked, instead of the nearest `.tom-studio.yaml` of each. */
  config?: string;
  /** The options named as the settings are (`--locale`, `--stale-review-months`, `--max-file-size-mb`), as given. */
  locale?: string;
  staleReviewMonths?: string;
  maxFileSizeMB?: string;
  /** Apply the safe fixes first: write them, or only print their diff (cli/fix.ts). */
  fix?: FixMode;
}

/** Each output format; only `text` is for people, so only there may a dry-run diff share stdout. */
const formatters: Record<string, (results: FileResult[], counts: Counts) => string> = {
  text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub, gitlab: formatGitlab,
};
const formats = Object.keys(formatters);

/** `--rule id=severity` → overrides; a wrong id or severity is a usage error naming the choices. */
export function parseRuleOptions(values: string[]): Partial<Record<RuleId, SeveritySetting>> {
  const out: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const v of values) {
    const [id, sev] = v.split('=');
    if (!isRuleId(id)) throw new UsageError(`--rule ${v}: "${id}" is not a rule id`);
    if (!isSeveritySetting(sev)) throw new UsageError(`--rule ${v}: the severity must be one of ${severitySettings.join(', ')}`);
    out[id] = sev;
  }
  return out;
}

/** `--schema glob=file.json` → the `schemas` setting, with files resolved to URIs. */
export function parseSchemaOptions(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const [glob, file] = eq > 0 ? [v.slice(0, eq), v.slice(eq + 1)] : ['*.tom.y*ml', v];
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(file)) throw new UsageError(`--schema ${v}: only local schema files are read, never URLs`);
    out[glob] = fileUri(file);
  }
  return out;
}

/** The options that set a setting of the same name: read as the configuration file's keys are, a bad value is a usage error. */
export function parseSettingOptions(opts: Pick<CheckOptions, 'locale' | 'staleReviewMonths' | 'maxFileSizeMB' | 'today'>): Partial<Settings> {
  const number = (v: string | undefined) => (v === undefined || v.trim() === '' ? v : Number(v));
  const raw: RawSettings = { locale: opts.locale, staleReviewMonths: number(opts.staleReviewMonths), maxFileSizeMB: number(opts.maxFileSizeMB), today: opts.today };
  const read = settingsFromRaw(raw, () => undefined);
  const refused: [unknown, unknown, string][] = [
    [opts.locale, read.locale, '--locale takes en or de'],
    [opts.staleReviewMonths, read.staleReviewMonths, '--stale-review-months takes a whole number from 1 to 120'],
    [opts.maxFileSizeMB, read.maxFileSize, '--max-file-size-mb takes a number above 0, at most 100'],
    [opts.today, read.today, '--today takes a date, YYYY-MM-DD'],
  ];
  for (const [given, taken, usage] of refused) if (given !== undefined && taken === undefined) throw new UsageError(usage);
  return read;
}

export function runCheck(opts: CheckOptions): CommandResult {
  if (!formats.includes(opts.format)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  const settings = cliSettings({
    config: opts.config,
    commandLine: { rules: parseRuleOptions(opts.rules), schemas: parseSchemaOptions(opts.schemas), ...parseSettingOptions(opts) },
  });
  const service = createTomService({ host: nodeHost((m) => process.stderr.write(`${m}\n`)) });
  const { files, errors } = expandPaths(opts.paths.length ? opts.paths : ['.']);
  const results: FileResult[] = [];
  let diffs = '';
  for (const file of files) {
    const read = readText(file);
    if ('error' in read) {
      errors.push(`${relative(process.cwd(), file)}: ${read.error}`);
      continue;
    }
    const shown = relative(process.cwd(), file) || file;
    const effective = settings.forFile(file);
    const fixed = opts.fix ? fixFile(service, fileUri(file), file, shown, read, opts.fix, effective) : undefined;
    if (fixed?.error) errors.push(fixed.error);
    diffs += fixed?.diff ?? '';
    const text = fixed?.text ?? read.text;
    const findings = service.check({ uri: fileUri(file), version: fixed ? 1 : 0, getText: () => text }, effective);
    results.push({ path: shown, findings, text });
  }
  errors.push(...settings.problems());
  if (files.length === 0 && errors.length === 0) errors.push(`no *.tom.yaml or *.tom.yml files found in ${opts.paths.join(' ') || '.'}`);
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[severityName(f.severity)]++;
  const output = formatters[opts.format](results, counts);
  const failed = counts.error > 0 || (opts.maxWarnings !== undefined && counts.warning > opts.maxWarnings);
  const problems = errors.map((e) => `tom-studio: ${e}\n`).join('');
  const diffToStdout = opts.format === 'text';
  return {
    stdout: (diffToStdout ? diffs : '') + output,
    stderr: (diffToStdout ? '' : diffs) + problems,
    exitCode: errors.length ? 2 : failed ? 1 : 0,
  };
}
