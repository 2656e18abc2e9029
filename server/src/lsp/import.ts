/** `tom/import`: the client sends the text of a file it picked; the service turns it into a TOM document. */
import { importTom } from '../service';
import { importRequest } from '../protocol';
import type { Feature, ServerContext } from './context';

export const importFeature: Feature = { capabilities: {}, register };

function register({ connection }: ServerContext): void {
  connection.onRequest(importRequest, (params, token) => {
    if (token.isCancellationRequested) return null;
    try {
      const { yaml, report, message } = importTom(params.text, params);
      const c = report.counts;
      const todo = report.placeholders.length ? `; ${report.placeholders.length} fields to fill` : '';
      const unmapped = report.unmapped.length ? `; ${report.unmapped.length} lines under x-unmapped` : '';
      return { yaml, message, summary: `Imported ${c.sections} sections, ${c.measures} measures, ${c.subprocessors} subprocessors${todo}${unmapped}.` };
    } catch (e) {
      connection.console.error(`TOM: importing ${params.fileName} failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  });
}
