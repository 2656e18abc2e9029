/** Document links for the http(s) URLs written in a document. */
import type { Feature } from './context';
import { onDocument } from './request';

export const linksFeature: Feature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onDocumentLinks(onDocument(ctx, 'document links', [], (doc, _, settings) => ctx.service.documentLinks(doc, settings)));
  },
};
