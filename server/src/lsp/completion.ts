/**
 * Completion: keys, values, scope ids, dates, next ids and catalogue measures. The trigger characters
 * open the list where a TOM author pauses: after `key:` and its space, in `[C, `, after a list's `- `.
 * Clients that cannot expand snippets (Neovim without a snippet plugin) get the plain text instead.
 */
import { InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { plainText } from '../service';
import type { Feature } from './context';
import { onDocument } from './request';

function withoutSnippets(item: CompletionItem): CompletionItem {
  if (item.insertTextFormat !== InsertTextFormat.Snippet) return item;
  const textEdit = item.textEdit ? { ...item.textEdit, newText: plainText(item.textEdit.newText) } : undefined;
  return { ...item, insertTextFormat: InsertTextFormat.PlainText, ...(item.insertText ? { insertText: plainText(item.insertText) } : {}), ...(textEdit ? { textEdit } : {}) };
}

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] } },
  register(ctx) {
    ctx.connection.onCompletion(onDocument(ctx, 'completion', [], (doc, { position }, settings) => {
      const items = ctx.service.complete(doc, position, settings);
      return ctx.client.textDocument?.completion?.completionItem?.snippetSupport ? items : items.map(withoutSnippets);
    }));
  },
};
