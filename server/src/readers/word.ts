/**
 * .docx → HTML with mammoth, which maps Word's paragraph styles to headings, lists to <ul>/<ol>,
 * bold runs to <strong> and tables to <table>: the structure the importer reads.
 */
import mammoth from 'mammoth';

export async function wordToHtml(bytes: Uint8Array): Promise<{ html: string; messages: string[] }> {
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    // One element a line, so that the import report can point at something.
    const html = result.value.replace(/(<\/(?:p|h[1-6]|li|tr|table|ul|ol)>)/g, '$1\n');
    return { html, messages: result.messages.filter((m) => m.type === 'error').map((m) => `Word: ${m.message}`) };
  } catch (e) {
    return { html: '', messages: [`the file could not be read as a Word document (${(e as Error).message})`] };
  }
}
