/** A lens over each section: "12 measures · C 10 · I 11 · A 7". */
import type { Feature } from './context';
import { onDocument } from './request';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeLens(onDocument(ctx, 'code lenses', [], (doc, _, settings) => ctx.service.codeLenses(doc, settings)));
  },
};
