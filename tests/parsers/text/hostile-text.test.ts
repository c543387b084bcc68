import { describe, expect, it } from 'vitest';
import { textParser } from '../../../src/parsers/text/index.js';
import { processBytes } from '../../../src/pipeline.js';
import type { Source } from '../../../src/model/source.js';

const source = (bytes: Uint8Array): Source => ({
  path: 'x.txt',
  format: 'text',
  sha256: '0'.repeat(64),
  bytes: bytes.length,
  pages: null,
  ocr: false,
});

describe('text reports that are not what they claim', () => {
  it('refuses NUL bytes as binary data, naming the offset', async () => {
    const bytes = new Uint8Array([0x41, 0x42, 0x00, 0x43]);
    await expect(textParser.parse(bytes, source(bytes), {})).rejects.toMatchObject({
      code: 'invalid_text',
      message: expect.stringContaining('offset 2'),
    });
  });

  it('decodes the legacy Windows-1258 code page with a warning', async () => {
    // "Sở Y tế" in Windows-1258: S, ơ (0xF5) + hook above (0xD2), …
    const bytes = new Uint8Array([0x53, 0xf5, 0xd2, 0x20, 0x59, 0x20, 0x74, 0xea, 0xec, 0x0a]);
    const layout = await textParser.parse(bytes, source(bytes), {});
    expect(layout.warnings.map((w) => w.code)).toEqual(['legacy_encoding']);
    expect(layout.items[0]).toMatchObject({ text: 'Sở Y tế' });
  });

  it('refuses a file over the byte cap before decoding it', async () => {
    const bytes = new Uint8Array(2048).fill(0x61);
    await expect(textParser.parse(bytes, source(bytes), { maxBytes: 1024 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('goes through a long single-line file in linear time, end to end', async () => {
    const line = 'Đã giao 2.307 nhiệm vụ, hoàn thành 1.367 nhiệm vụ (chiếm tỷ lệ 59,26%), ';
    const time = async (repeat: number): Promise<number> => {
      const bytes = new TextEncoder().encode(line.repeat(repeat));
      const start = performance.now();
      await processBytes(bytes, 'long.txt', { check: false });
      return performance.now() - start;
    };
    const small = await time(500);
    const large = await time(5000);
    // Ten times the text may cost more than ten times the time only by a margin, never quadratically.
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });
});
