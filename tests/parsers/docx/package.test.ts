import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readWordDocument } from '../../../src/parsers/docx/word-model.js';
import { DEFAULT_ZIP_LIMITS, inflatePart, inspectDocxZip } from '../../../src/parsers/docx/zip-guard.js';
import { readZip, writeZip } from '../../../scripts/lib/zip.js';

/**
 * The zip guard inflates every part once (counting bytes against the caps) and keeps the XML parts;
 * mammoth reads the document from those instead of inflating the package a second time.
 */

async function sample(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Kế hoạch số 17/KH-UBND ngày 07/02/2022.')] } },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun('Đã ban hành 01 Kế hoạch'), new FootnoteReferenceRun(1), new TextRun(' và giao chỉ tiêu.')],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const texts = (nodes: unknown): string[] => JSON.stringify(nodes).match(/"value":"[^"]*"/gu) ?? [];

describe('DOCX package', () => {
  it('keeps the XML parts it inflated, and not the media', async () => {
    const base = await sample();
    const withImage = writeZip([...(await readZip(base)), { name: 'word/media/image1.png', data: Buffer.alloc(4096, 7) }]);
    const pkg = await inspectDocxZip(withImage);
    expect(pkg.parts.has('word/document.xml')).toBe(true);
    expect(pkg.parts.has('word/_rels/document.xml.rels')).toBe(true);
    expect(pkg.parts.has('word/media/image1.png')).toBe(false);
    expect(pkg.entries).toContain('word/media/image1.png');
    expect(pkg.uncompressedBytes).toBeGreaterThan(4096);
  });

  it('reads the document from the kept parts, and inflates a part it was not given', async () => {
    const bytes = await sample();
    const pkg = await inspectDocxZip(bytes);
    const read = await readWordDocument(bytes, pkg, DEFAULT_ZIP_LIMITS);
    expect(texts(read.document.children)).toEqual(['"value":"Đã ban hành 01 Kế hoạch"', '"value":" và giao chỉ tiêu."']);
    expect(texts(read.notes.map((n) => n.body))).toEqual(['"value":"Kế hoạch số 17/KH-UBND ngày 07/02/2022."']);
    // Without the main part in hand, it is inflated on demand (under the same limits) with the same result.
    const parts = new Map(pkg.parts);
    parts.delete('word/document.xml');
    const again = await readWordDocument(bytes, { ...pkg, parts }, DEFAULT_ZIP_LIMITS);
    expect(again.document.children).toEqual(read.document.children);
    expect((await inflatePart(bytes, 'word/document.xml')).equals(pkg.parts.get('word/document.xml') as Buffer)).toBe(true);
  });

  it('refuses an on-demand part beyond the caller cap', async () => {
    const bytes = writeZip([{ name: 'word/media/big.bin', data: Buffer.alloc(64 * 1024, 1) }]);
    await expect(inflatePart(bytes, 'word/media/big.bin', { ...DEFAULT_ZIP_LIMITS, maxUncompressed: 1024 })).rejects.toMatchObject({
      code: 'zip_bomb',
    });
  });
});
