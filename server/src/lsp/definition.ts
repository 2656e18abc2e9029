/** Go to definition: from a scope reference to its entry under `scopes`, from a measure id to its `id:`. */
import type { Feature } from './context';
import { onDocument } from './request';

export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register(ctx) {
    ctx.connection.onDefinition(onDocument(ctx, 'definition', [], (doc, { position }, settings) => ctx.service.definition(doc, position, settings)));
  },
};
