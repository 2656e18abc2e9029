/** The outline: sections and measures, scopes, subprocessors, certifications, commitments. */
import type { Feature } from './context';
import { onDocument } from './request';

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'TOM' } },
  register(ctx) {
    ctx.connection.onDocumentSymbol(onDocument(ctx, 'document symbols', [], (doc, _, settings) => ctx.service.documentSymbols(doc, settings)));
  },
};
