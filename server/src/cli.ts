/**
 * The `tom-studio` command line. Each command lives in `cli/<command>.ts` and returns its output and
 * exit code; this file only reads the arguments and prints. Exit codes: 0 clean, 1 findings at error
 * level (or warnings above --max-warnings), 2 usage or I/O error.
 */
import { parseArgs } from 'node:util';
import { runCheck } from './cli/check';
import { runCoverage } from './cli/coverage';
import { runDiff } from './cli/diff';
import { runExport } from './cli/export';
import { runImport } from './cli/import';
import { runRender } from './cli/render';
import { UsageError, type CommandResult } from './cli/command';
import { version } from './cli/version';

const usage = `Usage: tom-studio <command> [options]

Commands:
  check [paths or globs...]   Check TOM files (folders are searched for *.tom.yaml / *.tom.yml)
      --format text|json|sarif|github|gitlab   output format (default text); github: workflow
                                annotations, gitlab: a Code Quality report
      --rule id=off|hint|info|warning|error   change a rule's severity (repeatable)
      --max-warnings N          exit 1 when there are more than N warnings
      --schema [glob=]file.json an organisation profile the files must also satisfy (repeatable)
      --today YYYY-MM-DD        the date rules compare with (default: today)
      --config FILE             the configuration for every file (default: the nearest
                                .tom-studio.yaml above each file; docs/configuration.md)
      --locale en|de            the language of the findings (default: LC_ALL, LC_MESSAGES, LANG)
      --stale-review-months N   reviews older than N months are stale (default 12)
      --max-file-size-mb N      larger files are not analysed (default 5)
      --fix                     apply the safe quick-fixes (docs/quick-fixes.md) and write the files
      --fix-dry-run             print the safe fixes as a unified diff; write nothing
  render FILE                 Render the published page (HTML or Markdown) to stdout
      --format html|md          output format (default html)
      --lang en|de              language of the page (default: the document's)
      --template standard|scc-annex-ii   scc-annex-ii: the measures under the 17 headings of
                                Annex II of the EU Standard Contractual Clauses
      -o, --out FILE            write to FILE instead of stdout
  coverage FILE               For every control of a framework, the measures mapped to it and the
                                controls none covers (a Statement of Applicability draft)
      --framework iso27001|soc2|nist-800-53|bsi-grundschutz|c5|tisax|scc-annex-ii   (required)
      --format text|md|csv|json output format (default text)
      -o, --out FILE            write to FILE instead of stdout
  export FILE                 The document in another format, to stdout
      --format oscal-component  an OSCAL 1.0.6 component definition (JSON): NIST SP 800-53 and
                                ISO 27001 controls from the measures' mappings
      -o, --out FILE            write to FILE instead of stdout
  diff OLD NEW                What changed in meaning between two versions of a TOM file
  diff --git REV [PATH...]    The same for files against a git revision (default: every changed TOM file)
      --format markdown|json    output format (default markdown, ready for a pull-request comment)
      --fail-on-weakening       exit 1 when a change weakens the document
  import FILE                 A TOM document from an existing page (text, Markdown, HTML, Word .docx
                                or PDF); the report of what is unmapped, left to fill or guessed
                                goes to stderr
      -o, --out FILE            write to FILE (.tom.yaml) instead of stdout; --force overwrites
      --lang de|en              the document language (default: detected)
      --organization NAME       document.organization
      --role controller|processor|sub-processor|joint-controller   document.role

Options: --help, --version
`;

function run(argv: string[]): CommandResult | Promise<CommandResult> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { stdout: usage, stderr: '', exitCode: command ? 0 : 2 };
  if (command === '--version' || command === '-v') return { stdout: `${version}\n`, stderr: '', exitCode: 0 };
  switch (command) {
    case 'check': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          format: { type: 'string', default: 'text' },
          rule: { type: 'string', multiple: true, default: [] },
          'max-warnings': { type: 'string' },
          schema: { type: 'string', multiple: true, default: [] },
          today: { type: 'string' },
          config: { type: 'string' },
          locale: { type: 'string' },
          'stale-review-months': { type: 'string' },
          'max-file-size-mb': { type: 'string' },
          fix: { type: 'boolean', default: false },
          'fix-dry-run': { type: 'boolean', default: false },
        },
      });
      const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
      if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings takes a whole number, 0 or more');
      return runCheck({ paths: positionals, format: values.format!, rules: values.rule!, maxWarnings, today: values.today, schemas: values.schema!,
        config: values.config, locale: values.locale, staleReviewMonths: values['stale-review-months'], maxFileSizeMB: values['max-file-size-mb'],
        fix: values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : undefined });
    }
    case 'render': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { format: { type: 'string', default: 'html' }, lang: { type: 'string' }, template: { type: 'string' }, out: { type: 'string', short: 'o' } },
      });
      if (positionals.length > 1) throw new UsageError('render takes one file');
      return runRender({ file: positionals[0], format: values.format!, lang: values.lang, template: values.template, out: values.out });
    }
    case 'coverage': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { framework: { type: 'string' }, format: { type: 'string', default: 'text' }, out: { type: 'string', short: 'o' } },
      });
      if (positionals.length > 1) throw new UsageError('coverage takes one file');
      return runCoverage({ file: positionals[0], framework: values.framework, format: values.format!, out: values.out });
    }
    case 'export': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { format: { type: 'string' }, out: { type: 'string', short: 'o' } },
      });
      if (positionals.length > 1) throw new UsageError('export takes one file');
      return runExport({ file: positionals[0], format: values.format, out: values.out });
    }
    case 'diff': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { git: { type: 'string' }, format: { type: 'string', default: 'markdown' }, 'fail-on-weakening': { type: 'boolean', default: false } },
      });
      return runDiff({ paths: positionals, git: values.git, format: values.format!, failOnWeakening: values['fail-on-weakening']! });
    }
    case 'import': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' }, lang: { type: 'string' }, organization: { type: 'string' }, role: { type: 'string' },
          force: { type: 'boolean', default: false },
        },
      });
      if (positionals.length > 1) throw new UsageError('import takes one file');
      return runImport({ file: positionals[0], ...values, force: values.force! });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** The exit code; a promise for the commands that read files asynchronously (import of Word and PDF). */
export function main(argv: string[]): number | Promise<number> {
  let result: CommandResult | Promise<CommandResult>;
  try {
    result = run(argv);
  } catch (e) {
    result = failure(e);
  }
  return result instanceof Promise ? result.catch(failure).then(print) : print(result);
}

function failure(e: unknown): CommandResult {
  const known = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  return { stdout: '', stderr: `tom-studio: ${(e as Error).message}\n${known ? `\n${usage}` : ''}`, exitCode: 2 };
}

function print(result: CommandResult): number {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.exitCode;
}

