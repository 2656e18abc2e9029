/**
 * Rename of scope ids and measure ids. A refusal (nothing renameable at the cursor, an invalid or
 * taken new name) is answered with an error the editor shows as it is.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Feature } from './context';
import { onDocument } from './request';

const refusal = <T extends object>(result: T | { error: string }): T | ResponseError =>
  'error' in result ? new ResponseError(LSPErrorCodes.RequestFailed, result.error) : result;

export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(ctx) {
    ctx.connection.onPrepareRename(onDocument(ctx, 'prepare rename', null, (doc, { position }, settings) =>
      refusal(ctx.service.prepareRename(doc, position, settings))));
    ctx.connection.onRenameRequest(onDocument(ctx, 'rename', null, (doc, { position, newName }, settings) =>
      refusal(ctx.service.rename(doc, position, newName, settings))));
  },
};
