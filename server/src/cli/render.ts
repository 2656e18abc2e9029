/**
 * `tom-studio render FILE --format html|md --lang de|en [--template standard|scc-annex-ii] [-o OUT]`: the
 * published page, as the preview shows it, or the measures under the headings of Annex II of the SCC.
 */
import { createTomService, renderTemplates, uiLanguages, type RenderFormat, type RenderTemplate } from '../service';
import { fileUri, nodeHost } from '../nodeHost';
import { readText, writeOutput } from './files';
import { UsageError, type CommandResult } from './command';
import { cliSettings } from './settings';

export interface RenderCliOptions {
  file?: string;
  format: string;
  lang?: string;
  template?: string;
  out?: string;
}

const formats = ['html', 'md'];
/** The page's own words exist in these languages only. */
const languages: readonly string[] = uiLanguages;

/**
 * Renders what parses even when the document has errors (the page shows what is there); errors go
 * to stderr as a hint to run `check`, and the exit code stays 0 unless the file cannot be read or written.
 */
export function runRender(opts: RenderCliOptions): CommandResult {
  if (!opts.file) throw new UsageError('render needs a file: tom-studio render FILE [--format html|md] [--lang en|de] [-o OUT]');
  if (!formats.includes(opts.format)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  if (opts.lang !== undefined && !languages.includes(opts.lang)) throw new UsageError(`--lang must be one of ${languages.join(', ')}`);
  if (opts.template !== undefined && !(renderTemplates as readonly string[]).includes(opts.template)) throw new UsageError(`--template must be one of ${renderTemplates.join(', ')}`);
  const read = readText(opts.file);
  if ('error' in read) return { stdout: '', stderr: `tom-studio: ${opts.file}: ${read.error}\n`, exitCode: 2 };
  const service = createTomService({ host: nodeHost((m) => process.stderr.write(`${m}\n`)) });
  const source = { uri: fileUri(opts.file), version: 0, getText: () => read.text };
  // the repository's configuration applies here too (its size limit decides what is analysed)
  const settings = cliSettings({ commandLine: {} }).forFile(opts.file);
  const page = service.render(source, { format: opts.format as RenderFormat, lang: opts.lang, template: opts.template as RenderTemplate | undefined }, settings);
  const broken = service.analyse(source, settings).findings.length > 0;
  const warning = broken ? `tom-studio: ${opts.file} has syntax errors; the page shows what parsed (run \`tom-studio check\`)\n` : '';
  return opts.out ? writeOutput(opts.out, page.text, warning) : { stdout: page.text, stderr: warning, exitCode: 0 };
}
