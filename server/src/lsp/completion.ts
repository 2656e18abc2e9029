/**
 * Completion: keys, values, scope ids, dates, next ids and catalogue measures. The trigger characters
 * open the list where a TOM author pauses: after `key:` and its space, in `[C, `, after a list's `- `.
 */
import type { Feature } from './context';
import { onDocument } from './request';

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] } },
  register(ctx) {
    ctx.connection.onCompletion(onDocument(ctx, 'completion', [], (doc, { position }) => ctx.service.complete(doc, position)));
  },
};
