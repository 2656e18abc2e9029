/**
 * PDF → text lines with pdf.js (Mozilla's PDF reader; the legacy build runs in Node). Text items
 * on one baseline make a line; a line set in a clearly larger font than the body becomes a Markdown
 * heading, so that the importer sees the headings a reader sees.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported: boolean; useSystemFonts: boolean; disableFontFace: boolean; verbosity: number }): { promise: Promise<PdfDocument> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: (TextItem | object)[] }> }>;
  destroy(): Promise<void>;
}

let loaded: Promise<PdfJs> | undefined;

/** pdf.js runs its parser in the same thread here: the worker module is registered as `pdfjsWorker`. */
async function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    // On loading, pdf.js warns on the console that it cannot set up what only drawing pages needs
    // (a canvas); reading text needs none of it, and the warnings would mix into the CLI's output.
    const log = console.log;
    console.log = () => undefined;
    try {
      return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

interface Row { y: number; height: number; text: string }

export interface PdfText { text: string; hasTextLayer: boolean; pages: number; error?: string }

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  let doc: PdfDocument;
  try {
    doc = await (await pdfjs()).getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (e) {
    return { text: '', hasTextLayer: false, pages: 0, error: (e as Error).message };
  }
  const rows: Row[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const page: Row[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = Math.round(item.transform[5]);
      const height = Math.round(Math.abs(item.transform[3]) || item.height);
      const last = page[page.length - 1];
      if (last && Math.abs(last.y - y) <= 2) last.text += (last.text.endsWith(' ') || item.str.startsWith(' ') ? '' : needsSpace(last.text, item.str) ? ' ' : '') + item.str;
      else if (item.str.trim()) page.push({ y, height, text: item.str });
    }
    rows.push(page);
  }
  await doc.destroy();
  const all = rows.flat().filter((r) => r.text.trim());
  if (!all.length) return { text: '', hasTextLayer: false, pages: doc.numPages };
  const body = mostCommon(all.map((r) => r.height));
  const lines: string[] = [];
  const isHeading = (r: Row) => r.height >= body * 1.25;
  for (const page of rows) {
    let previous: Row | undefined;
    for (const r of page) {
      const text = r.text.replace(/\s+/g, ' ').trim();
      const gap = previous ? previous.y - r.y > previous.height * 1.6 : false;
      // A heading wrapped over two lines is one heading.
      if (previous && !gap && isHeading(r) && isHeading(previous) && previous.height === r.height) lines[lines.length - 1] += ` ${text}`;
      else {
        // A gap of more than one and a half lines is a paragraph break.
        if (gap) lines.push('');
        lines.push(isHeading(r) ? `## ${text}` : text);
      }
      previous = r;
    }
    lines.push('');
  }
  return { text: lines.join('\n'), hasTextLayer: true, pages: doc.numPages };
}

const needsSpace = (before: string, next: string) => /[\p{L}\p{N},.;:)]$/u.test(before) && /^[\p{L}\p{N}(]/u.test(next);

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
