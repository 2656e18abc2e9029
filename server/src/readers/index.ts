/**
 * Word and PDF files → the text the pure import service reads. These conversions live outside
 * server/src/service because they are asynchronous (mammoth and pdf.js return promises, the service
 * is synchronous) and because pdf.js needs its worker set up for the platform; the CLI and the
 * language server both call `readImportSource` and hand the result to `importTom`.
 */
import type { SourceFormat } from '../service';
import { wordToHtml } from './word';
import { pdfToText } from './pdf';

export interface ImportSource {
  /** What the service reads. */
  text: string;
  format?: SourceFormat;
  /** "Word" or "PDF", for the report's first line. */
  sourceKind?: string;
  /** Said before the report: the PDF has no text layer, the text was not valid UTF-8, … */
  notes: string[];
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** The bytes of an imported file, by its extension: .docx and .pdf converted, anything else read as UTF-8 text. */
export async function readImportSource(bytes: Uint8Array, fileName: string): Promise<ImportSource> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'docx') {
    const { html, messages } = await wordToHtml(bytes);
    return { text: html, format: 'html', sourceKind: 'Word', notes: messages };
  }
  if (ext === 'pdf') {
    const { text, hasTextLayer, pages, error } = await pdfToText(bytes);
    if (error) return { text: '', sourceKind: 'PDF', notes: [`${fileName} could not be read as a PDF (${error})`] };
    const notes = hasTextLayer ? [] : [`${fileName} has no text layer (${pages} page${pages === 1 ? '' : 's'} of images, a scan?): nothing to import. Run it through OCR (for example ocrmypdf) and import the result.`];
    return { text, format: 'markdown', sourceKind: 'PDF', notes };
  }
  if (ext === 'doc') return { text: '', notes: [`${fileName} is an old binary Word file: save it as .docx and import that.`] };
  try {
    return { text: strict.decode(bytes), notes: [] };
  } catch {
    return { text: lossy.decode(bytes), notes: [`${fileName} is not valid UTF-8; unreadable bytes are shown as �`] };
  }
}
