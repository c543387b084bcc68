import { createHash } from 'node:crypto';
import type { LayoutDocument, LayoutParagraph } from '../../../../src/parsers/layout.js';
import { pdfParser, type PdfParseOptions } from '../../../../src/parsers/pdf/index.js';

/** Parse PDF bytes with a made-up source record; the text layer only unless `ocr` says otherwise (OCR has its own tests). */
export async function parse(bytes: Uint8Array, options: PdfParseOptions = {}): Promise<LayoutDocument> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return pdfParser.parse(
    bytes,
    { path: 'test.pdf', format: 'pdf', sha256, bytes: bytes.length, pages: null, ocr: false },
    { ocr: 'never', ...options },
  );
}

export const paragraphs = (doc: LayoutDocument): LayoutParagraph[] => doc.items.filter((i): i is LayoutParagraph => i.type === 'paragraph');

export const texts = (doc: LayoutDocument): string[] => paragraphs(doc).map((p) => p.text);

/** The text with each anchor shown as `[n]` where it stood: easy to read in assertions. */
export function withMarkers(p: LayoutParagraph): string {
  let out = p.text;
  // Insert from the end; markers sharing an offset keep their order.
  const sorted = [...p.anchors].sort((x, y) => x.offset - y.offset);
  for (let i = sorted.length - 1; i >= 0; i--) {
    const a = sorted[i];
    if (a) out = `${out.slice(0, a.offset)}[${a.footnote}]${out.slice(a.offset)}`;
  }
  return out;
}
