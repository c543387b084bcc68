import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { SolieuError } from '../../../src/errors/solieu-error.js';
import { buildPdf, type PdfPage } from './helpers/build-pdf.js';
import { flow } from './helpers/compose.js';
import { paragraphs, parse } from './helpers/parse.js';

const page = (): PdfPage => ({
  texts: flow('Tổng thu ngân sách 6 tháng là 6.098 tỷ đồng, vượt 7,7% kế hoạch (kế hoạch 5.662 tỷ đồng).', { top: 700, indent: 36 }).runs,
});

async function failure(bytes: Uint8Array, options = {}): Promise<SolieuError> {
  try {
    await parse(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(SolieuError);
    return error as SolieuError;
  }
  throw new Error('expected the parser to refuse the file');
}

/** Deterministic noise (the same bytes on every run). */
function noise(length: number): Uint8Array {
  let state = 0x2545f491;
  return Uint8Array.from({ length }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state & 0xff;
  });
}

describe('broken and hostile PDFs', () => {
  it('refuses a 0-byte file as invalid_pdf', async () => {
    const error = await failure(new Uint8Array(0));
    expect(error.code).toBe('invalid_pdf');
    expect(error.message).toMatch(/empty/u);
    expect(error.suggestion).not.toBeNull();
  });

  it('refuses a truncated download with the reason pdf.js gives', async () => {
    const whole = buildPdf([page(), page(), page()]);
    const error = await failure(whole.slice(0, 600));
    expect(error.code).toBe('invalid_pdf');
    expect(error.message.length).toBeGreaterThan('is not a readable PDF: '.length);
  });

  it('refuses random bytes and a DOCX renamed .pdf', async () => {
    expect((await failure(noise(4096))).code).toBe('invalid_pdf');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo 6 tháng đầu năm 2022')] }] }));
    const error = await failure(new Uint8Array(docx));
    expect(error.code).toBe('invalid_pdf');
    expect(error.message).toMatch(/Invalid PDF structure/u);
  });

  it('asks for a password, rejects a wrong one and opens with the right one', async () => {
    const locked = buildPdf([page()], { userPassword: 'kg2022' });
    expect((await failure(locked)).code).toBe('password_required');
    const wrong = await failure(locked, { password: 'sai-mat-khau' });
    expect(wrong.code).toBe('wrong_password');
    expect(wrong.suggestion).toMatch(/--password/u);
    const doc = await parse(locked, { password: 'kg2022' });
    expect(paragraphs(doc)[0]?.text).toContain('6.098 tỷ đồng');
  });

  it('reports a scan without a text layer as needs_ocr, not as an empty document', async () => {
    const error = await failure(buildPdf([{ image: true }, { image: true }]));
    expect(error.code).toBe('needs_ocr');
    expect(error.suggestion).toBe('the PDF has no text layer; run with --ocr auto (the default) to read it with OCR');
  });

  it('caps the number of pages and the size, with an option to raise them', async () => {
    const three = buildPdf([page(), page(), page()]);
    const pages = await failure(three, { maxPages: 2 });
    expect(pages.code).toBe('too_many_pages');
    expect(pages.message).toContain('3 pages');
    expect((await parse(three, { maxPages: 3 })).source.pages).toBe(3);
    expect((await failure(three, { maxBytes: 100 })).code).toBe('too_large');
  });

  it('leaves the caller bytes untouched', async () => {
    const bytes = buildPdf([page()]);
    const copy = bytes.slice();
    await parse(bytes);
    expect(bytes).toEqual(copy);
  });
});
