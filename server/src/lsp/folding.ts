/** Folding ranges for sections, measures, multi-line blocks and comment runs. */
import type { Feature } from './context';
import { onDocument } from './request';

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(ctx) {
    ctx.connection.onFoldingRanges(onDocument(ctx, 'folding ranges', [], (doc, _, settings) => ctx.service.foldingRanges(doc, settings)));
  },
};
