import { describe, expect, it } from 'vitest';
import { SolieuError } from '../../../src/errors/index.js';
import type { ParseOptions } from '../../../src/parsers/index.js';
import { xlsxFormat } from '../../../src/parsers/xlsx/index.js';
import { DEFAULT_WORKBOOK_LIMITS, guardWorkbookZip } from '../../../src/parsers/xlsx/zip-guard.js';
import { readZip, writeZip, type ZipEntry } from '../../../scripts/lib/zip.js';
import { INDICATORS, buildWorkbook } from './build.js';

/** The workbook side of the shared zip guard (src/parsers/zip): every crafted package gets one clear code. */

const source = { path: 'hostile.xlsx', format: 'xlsx' as const, sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false };

async function failure(run: () => Promise<unknown>): Promise<SolieuError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(SolieuError);
    return error as SolieuError;
  }
  throw new Error('expected the workbook to be refused');
}
const parseFailure = (bytes: Uint8Array, options: ParseOptions = {}): Promise<SolieuError> =>
  failure(() => xlsxFormat.parse(bytes, source, options));

const workbookParts: ZipEntry[] = [
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
];

describe('hostile workbook zips', () => {
  it('refuses a directory that declares more than the cap, before inflating', async () => {
    const err = await parseFailure(
      writeZip([...workbookParts, { name: 'xl/media/big.bin', data: Buffer.alloc(2048), declaredSize: 400 * 1024 * 1024 }]),
    );
    expect(err.code).toBe('zip_bomb');
    expect(err.message).toMatch(/declares/u);
  });

  it('refuses a big entry that expands more than 200:1', async () => {
    const err = await parseFailure(writeZip([...workbookParts, { name: 'xl/media/zeros.bin', data: Buffer.alloc(8 * 1024 * 1024) }]));
    expect(err.code).toBe('zip_bomb');
    expect(err.message).toMatch(/:1/u);
  });

  it('catches a directory that lies about sizes while inflating', async () => {
    const liar = writeZip([...workbookParts, { name: 'xl/media/liar.bin', data: Buffer.alloc(2 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
    const err = await parseFailure(liar);
    expect(err.code).toBe('zip_bomb');
    expect(err.message).toMatch(/lies about sizes|limit/u);
  });

  it('honours a lower cap given with --max-bytes', async () => {
    const entries = await readZip(Buffer.from(await buildWorkbook([INDICATORS])));
    const padded = writeZip([...entries, { name: 'xl/media/filler.bin', data: Buffer.alloc(300 * 1024, 0x61) }]);
    const err = await parseFailure(padded, { maxBytes: 256 * 1024 });
    expect(err.code).toBe('zip_bomb');
  });

  it('refuses a directory with more entries than the limit', async () => {
    const many = writeZip([...workbookParts, ...['a', 'b', 'c'].map((n) => ({ name: `xl/extra/${n}.xml`, data: '<x/>' }))]);
    const err = await failure(() => guardWorkbookZip(many, { ...DEFAULT_WORKBOOK_LIMITS, maxEntries: 4 }));
    expect(err.code).toBe('zip_bomb');
    expect(err.message).toMatch(/5 zip entries/u);
  });

  it('calls a truncated package invalid_xlsx, never a Word error', async () => {
    const whole = await buildWorkbook([INDICATORS]);
    const err = await parseFailure(whole.slice(0, Math.floor(whole.length / 2)));
    expect(err.code).toBe('invalid_xlsx');
  });

  it('keeps reading workbooks after refusing a bomb', async () => {
    await parseFailure(writeZip([...workbookParts, { name: 'x.bin', data: Buffer.alloc(10), declaredSize: 0xfffffff0 }]));
    const doc = await xlsxFormat.parse(await buildWorkbook([INDICATORS]), source, {});
    expect(doc.items.some((item) => item.type === 'table')).toBe(true);
  });
});
