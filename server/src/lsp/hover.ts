/** Hover: explanations of control types, CIA tags, keys, scopes, measures and findings. */
import type { Feature } from './context';
import { onDocument } from './request';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(onDocument(ctx, 'hover', null, (doc, { position }, settings) =>
      ctx.service.hover(doc, position, settings)));
  },
};
