/**
 * `tom/render`: the page of an open document for the preview or an export. The nonce comes from
 * here (crypto-random, fresh per render) because the service has no randomness of its own.
 */
import { randomBytes } from 'node:crypto';
import { renderRequest } from '../protocol';
import type { Feature, ServerContext } from './context';

export const renderFeature: Feature = { capabilities: {}, register };

function register({ connection, documents, service, settings }: ServerContext): void {
  connection.onRequest(renderRequest, async (params, token) => {
    const doc = documents.get(params.uri);
    if (!doc || token.isCancellationRequested) return null;
    const preview = params.preview && params.format === 'html'
      ? { nonce: randomBytes(18).toString('base64'), cspSource: params.webview?.cspSource ?? '', scriptUri: params.webview?.scriptUri ?? '' }
      : undefined;
    const effective = preview ? await settings.get(doc.uri) : undefined;
    if (token.isCancellationRequested) return null;
    try {
      const page = service.render(doc, { format: params.format === 'md' ? 'md' : 'html', lang: params.lang, preview }, effective);
      return { text: page.text, lang: page.lang, languages: page.languages, measures: page.measures };
    } catch (e) {
      connection.console.error(`TOM: rendering ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  });
}
