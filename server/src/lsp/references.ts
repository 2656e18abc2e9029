/** Find references of a scope id or measure id. */
import type { Feature } from './context';
import { onDocument } from './request';

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(ctx) {
    ctx.connection.onReferences(onDocument(ctx, 'references', [], (doc, { position, context }, settings) =>
      ctx.service.references(doc, position, context.includeDeclaration, settings)));
  },
};
