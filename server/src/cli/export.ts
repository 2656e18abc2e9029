/**
 * `tom-studio export FILE --format oscal-component [-o OUT]`: the document as an OSCAL component
 * definition (JSON) whose implemented requirements are the NIST SP 800-53 and ISO 27001 controls its
 * measures map to (docs/crosswalks.md).
 */
import { createTomService } from '../service';
import { fileUri, nodeHost } from '../nodeHost';
import { readText, writeOutput } from './files';
import { UsageError, type CommandResult } from './command';

export interface ExportCliOptions {
  file?: string;
  format?: string;
  out?: string;
}

const formats = ['oscal-component'];

export function runExport(opts: ExportCliOptions): CommandResult {
  if (!opts.file) throw new UsageError('export needs a file: tom-studio export FILE --format oscal-component [-o OUT]');
  if (!opts.format || !formats.includes(opts.format)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  const read = readText(opts.file);
  if ('error' in read) return { stdout: '', stderr: `tom-studio: ${opts.file}: ${read.error}\n`, exitCode: 2 };
  const service = createTomService({ host: nodeHost((m) => process.stderr.write(`${m}\n`)) });
  const source = { uri: fileUri(opts.file), version: 0, getText: () => read.text };
  const definition = service.oscalComponentDefinition(source);
  if (!definition) return { stdout: '', stderr: `tom-studio: ${opts.file} does not parse as YAML (run \`tom-studio check\`)\n`, exitCode: 2 };
  const broken = service.analyse(source).findings.length > 0;
  const warning = broken ? `tom-studio: ${opts.file} has syntax errors; the export holds what parsed (run \`tom-studio check\`)\n` : '';
  const json = `${JSON.stringify(definition, null, 2)}\n`;
  return opts.out ? writeOutput(opts.out, json, warning) : { stdout: json, stderr: warning, exitCode: 0 };
}
