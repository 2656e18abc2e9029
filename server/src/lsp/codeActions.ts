/**
 * Code actions: the verified quick-fixes of the findings at the cursor, those of the diagnostics the
 * user picked first (tom-ignore last), "fix all" per rule, and `source.fixAll.tom` for fix-on-save
 * (`"editor.codeActionsOnSave": {"source.fixAll.tom": "explicit"}`).
 */
import { CodeActionKind } from 'vscode-languageserver';
import type { Feature } from './context';
import { onDocument } from './request';

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.tom`] } },
  register(ctx) {
    ctx.connection.onCodeAction(onDocument(ctx, 'codeAction', [], (doc, { range, context }, settings, token) =>
      ctx.service.codeActions(doc, range, { only: context.only, diagnostics: context.diagnostics, settings, isCancelled: () => token.isCancellationRequested })));
  },
};
