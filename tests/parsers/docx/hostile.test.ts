import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { SolieuError } from '../../../src/errors/solieu-error.js';
import { docxParser } from '../../../src/parsers/docx/index.js';
import type { ParseOptions } from '../../../src/parsers/layout.js';
import { readZip, writeZip, type ZipEntry } from '../../../scripts/lib/zip.js';

/** Issue 7: every broken or crafted DOCX gets one clear error code, built here in memory. */

const source = { path: 'hostile.docx', format: 'docx' as const, sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false };

async function failure(bytes: Uint8Array, options: ParseOptions = {}): Promise<SolieuError> {
  try {
    await docxParser.parse(bytes, source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(SolieuError);
    return error as SolieuError;
  }
  throw new Error('expected the parser to refuse the file');
}

const valid = async (): Promise<Buffer> => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo thử.')] }] }));
const minimalParts = (documentXml: string): ZipEntry[] => [
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  { name: 'word/document.xml', data: documentXml },
];

describe('DOCX that is not a DOCX', () => {
  it('refuses an empty file, random bytes and a PDF', async () => {
    expect((await failure(new Uint8Array())).code).toBe('invalid_docx');
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i += 1) random[i] = (i * 7919 + 13) % 251;
    const err = await failure(random);
    expect(err.code).toBe('invalid_docx');
    expect(err.message).toMatch(/not a zip/u);
    expect((await failure(Buffer.from('%PDF-1.7\n…'))).message).toMatch(/PDF/u);
  });

  it('names a Word 97–2003 file renamed .docx', async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const err = await failure(ole);
    expect(err.code).toBe('invalid_docx');
    expect(err.message).toMatch(/\.doc/u);
    expect(err.suggestion).toMatch(/rename/u);
  });

  it('says a password-protected Office file needs its password removed', async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1200);
    expect((await failure(ole)).code).toBe('password_required');
  });

  it('refuses a zip without word/document.xml, naming the missing part', async () => {
    const err = await failure(writeZip([{ name: 'hello.txt', data: 'xin chào' }]));
    expect(err.code).toBe('invalid_docx');
    expect(err.message).toContain('word/document.xml');
  });

  it('refuses a truncated download', async () => {
    const bytes = await valid();
    const err = await failure(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(err.code).toBe('invalid_docx');
    expect(err.message).toMatch(/truncated|zip/u);
  });

  it('refuses a main part that is not WordprocessingML', async () => {
    const err = await failure(writeZip(minimalParts('<html>không phải Word</html>')));
    expect(['invalid_docx']).toContain(err.code);
  });
});

describe('crafted XML', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  it('refuses tables nested thousands deep instead of overflowing the stack', async () => {
    const depth = 5000;
    const body = '<w:tbl><w:tr><w:tc>'.repeat(depth) + '<w:p><w:r><w:t>x</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl>'.repeat(depth);
    const err = await failure(writeZip(minimalParts(`<w:document ${W}><w:body>${body}</w:body></w:document>`)));
    expect(err.code).toBe('invalid_docx');
  });

  it('does not expand XML entities (billion laughs)', async () => {
    const level = (n: number): string => `<!ENTITY l${n} "${`&l${n - 1};`.repeat(10)}">`;
    const dtd = `<!DOCTYPE d [<!ENTITY l0 "lol">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(level).join('')}]>`;
    const xml = `<?xml version="1.0"?>${dtd}<w:document ${W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>`;
    const started = performance.now();
    const outcome = await docxParser.parse(writeZip(minimalParts(xml)), source, {}).then(
      (doc) => doc.items.map((i) => (i.type === 'paragraph' ? i.text : '')).join('').length,
      (error: unknown) => (error instanceof SolieuError ? error.code : 'crash'),
    );
    expect(outcome === 'invalid_docx' || (typeof outcome === 'number' && outcome < 1000)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('zip bombs', () => {
  it('refuses a package whose directory declares more than the cap, before inflating', async () => {
    const bomb = writeZip([
      ...minimalParts('<w:document/>'),
      { name: 'word/media/big.bin', data: Buffer.alloc(1024), declaredSize: 300 * 1024 * 1024 },
    ]);
    const err = await failure(bomb);
    expect(err.code).toBe('zip_bomb');
    expect(err.message).toMatch(/declares/u);
  });

  it('refuses an entry that expands more than 100:1 when it is big', async () => {
    const zeros = Buffer.alloc(6 * 1024 * 1024);
    const err = await failure(writeZip([...minimalParts('<w:document/>'), { name: 'word/media/zeros.bin', data: zeros }]));
    expect(err.code).toBe('zip_bomb');
    expect(err.message).toMatch(/:1/u);
  });

  it('honours a lower cap given by the caller', async () => {
    const entries = await readZip(await valid());
    const filler = Buffer.alloc(300 * 1024, 0x61);
    const err = await failure(writeZip([...entries, { name: 'word/media/filler.bin', data: filler }]), { maxBytes: 256 * 1024 });
    expect(err.code).toBe('zip_bomb');
  });

  it('catches a directory that lies about sizes while inflating', async () => {
    const real = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const liar = writeZip([...minimalParts('<w:document/>'), { name: 'word/media/liar.bin', data: real, declaredSize: 1000 }]);
    const err = await failure(liar);
    expect(err.code).toBe('zip_bomb');
    expect(err.message).toMatch(/lies about sizes|limit/u);
  });

  it('keeps working after refusing a bomb', async () => {
    await failure(writeZip([...minimalParts('<w:document/>'), { name: 'x.bin', data: Buffer.alloc(10), declaredSize: 0xfffffff0 }]));
    const doc = await docxParser.parse(await valid(), source, {});
    expect(doc.items).toHaveLength(1);
  });
});
