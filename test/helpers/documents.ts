/**
 * Word and PDF files made by the tests themselves (no binary fixtures): a .docx from paragraphs,
 * lists and tables (jszip, with the parts Word writes), and a text PDF written object by object.
 */
import JSZip from 'jszip';

export type Block =
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: string; bold?: boolean }
  | { bullets: string[] }
  | { table: string[][] };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function body(blocks: Block[]): string {
  return blocks.map((b) => {
    if ('heading' in b) return `<w:p><w:pPr><w:pStyle w:val="Heading${b.heading}"/></w:pPr>${run(b.text)}</w:p>`;
    if ('paragraph' in b) return `<w:p>${run(b.paragraph, b.bold)}</w:p>`;
    if ('bullets' in b) return b.bullets.map((t) => `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(t)}</w:p>`).join('');
    const rows = b.table.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`).join('');
    return `<w:tbl>${rows}</w:tbl>`;
  }).join('');
}

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export async function makeDocx(blocks: Block[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  const heading = (n: number) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`;
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${w}>${heading(1)}${heading(2)}${heading(3)}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`);
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body(blocks)}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Characters outside Latin-1 that WinAnsiEncoding has, by their code there. */
const winAnsi: Record<string, number> = { '–': 0x96, '—': 0x97, '•': 0x95, '„': 0x84, '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80 };

function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = winAnsi[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) out += '?';
    else if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `(${out})`;
}

/**
 * A PDF whose pages hold the given lines (size 0: an empty line), in Helvetica; `images: true`
 * gives pages with a drawn shape and no text at all, as a scan has.
 */
export function makePdf(lines: { text: string; size: number }[], options: { images?: boolean } = {}): Uint8Array {
  // Lines wider than the page are wrapped at spaces, as a word processor does.
  lines = lines.flatMap((l) => {
    const width = Math.floor(1000 / Math.max(l.size, 1));
    const out: { text: string; size: number }[] = [];
    let current = '';
    for (const word of l.text.split(' ')) {
      if (current && current.length + word.length + 1 > width) {
        out.push({ text: current, size: l.size });
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push({ text: current, size: l.size });
    return out;
  });
  const perPage = 48;
  const pages: { text: string; size: number }[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += perPage) pages.push(lines.slice(i, i + perPage));
  const objects: string[] = [];
  const add = (o: string) => objects.push(o) ;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, once the pages' numbers are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    let y = 800;
    const ops = options.images ? ['0.5 g 50 50 500 700 re f'] : ['BT'];
    if (!options.images) {
      for (const l of page) {
        y -= l.size ? l.size * 1.5 : 10;
        if (l.size) ops.push(`/F1 ${l.size} Tf 1 0 0 1 50 ${y} Tm ${pdfString(l.text)} Tj`);
      }
      ops.push('ET');
    }
    const stream = ops.join('\n');
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
