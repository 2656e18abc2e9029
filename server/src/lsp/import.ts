/**
 * `tom/import`: the client sends the file it picked (its text, or its bytes for Word and PDF); the
 * readers convert Word and PDF, the service turns the text into a TOM document and its report.
 */
import { readImportSource } from '../readers';
import { importTom } from '../service';
import { importRequest } from '../protocol';
import type { Feature, ServerContext } from './context';

export const importFeature: Feature = { capabilities: {}, register };

/** "unoy-toms-de.txt" → "unoy-toms-de.tom.yaml": the name the imported document will be saved under. */
export const importedName = (fileName: string): string => `${fileName.replace(/\.[^./\\]+$/, '')}.tom.yaml`;

function register({ connection }: ServerContext): void {
  connection.onRequest(importRequest, async (params, token) => {
    if (token.isCancellationRequested) return null;
    try {
      const source = params.base64 !== undefined
        ? await readImportSource(Buffer.from(params.base64, 'base64'), params.fileName)
        : { text: params.text ?? '', notes: [] };
      const { yaml, report, message } = importTom(source.text, { ...params, format: source.format, sourceKind: source.sourceKind });
      const c = report.counts;
      const todo = report.placeholders.length ? `; ${report.placeholders.length} fields to fill` : '';
      const unmapped = report.unmapped.length ? `; ${report.unmapped.length} lines under x-unmapped` : '';
      const notes = source.notes.map((n) => `${n}\n`).join('');
      return {
        yaml, message: notes + message, fileName: importedName(params.fileName),
        summary: `${notes ? `${source.notes[0]} ` : ''}Imported ${c.sections} sections, ${c.measures} measures, ${c.subprocessors} subprocessors${todo}${unmapped}.`,
      };
    } catch (e) {
      connection.console.error(`TOM: importing ${params.fileName} failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  });
}
