/**
 * `tom-studio coverage FILE --framework ID [--format text|md|csv|json] [-o OUT]`: for every control of
 * the framework, the measures mapped to it, and those no measure covers (docs/crosswalks.md).
 */
import { coverageFormats, coverageReport, createTomService, frameworkIds, isFrameworkId, type CoverageFormat } from '../service';
import { fileUri, nodeHost } from '../nodeHost';
import { readText, writeOutput } from './files';
import { UsageError, type CommandResult } from './command';

export interface CoverageCliOptions {
  file?: string;
  framework?: string;
  format: string;
  out?: string;
}

export function runCoverage(opts: CoverageCliOptions): CommandResult {
  if (!opts.file) throw new UsageError(`coverage needs a file: tom-studio coverage FILE --framework ${frameworkIds.join('|')}`);
  if (!opts.framework || !isFrameworkId(opts.framework)) throw new UsageError(`--framework must be one of ${frameworkIds.join(', ')}`);
  if (!(coverageFormats as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${coverageFormats.join(', ')}`);
  const read = readText(opts.file);
  if ('error' in read) return { stdout: '', stderr: `tom-studio: ${opts.file}: ${read.error}\n`, exitCode: 2 };
  const service = createTomService({ host: nodeHost((m) => process.stderr.write(`${m}\n`)) });
  const source = { uri: fileUri(opts.file), version: 0, getText: () => read.text };
  const result = service.coverage(source, opts.framework);
  if (!result) return { stdout: '', stderr: `tom-studio: ${opts.file} does not parse as YAML (run \`tom-studio check\`)\n`, exitCode: 2 };
  const model = service.analyse(source).model;
  const organization = model?.meta?.get('organization');
  const report = coverageReport(result, opts.format as CoverageFormat, { file: opts.file, organization: typeof organization === 'string' ? organization : undefined });
  return opts.out ? writeOutput(opts.out, report, '') : { stdout: report, stderr: '', exitCode: 0 };
}
