/**
 * `tom/render`: the page of an open document for the preview or an export. The nonce comes from
 * here (crypto-random, fresh per render) because the service has no randomness of its own.
 */
import { randomBytes } from 'node:crypto';
import { renderRequest } from '../protocol';
import type { Feature } from './context';
import { onDocument } from './request';

export const renderFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(renderRequest, onDocument(ctx, 'render', null, (doc, params, settings) => {
      const preview = params.preview && params.format === 'html'
        ? { nonce: randomBytes(18).toString('base64'), cspSource: params.webview?.cspSource ?? '', scriptUri: params.webview?.scriptUri ?? '' }
        : undefined;
      const template = params.template === 'scc-annex-ii' ? params.template : undefined;
      const page = ctx.service.render(doc, { format: params.format === 'md' ? 'md' : 'html', lang: params.lang, template, preview }, settings);
      return { text: page.text, lang: page.lang, languages: page.languages, measures: page.measures };
    }));
  },
};
