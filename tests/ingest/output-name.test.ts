import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimName, outputPath, sanitizeName } from '../../src/ingest/output-name.js';

describe('sanitizeName', () => {
  it.each([
    ['Báo cáo tháng 6 năm 2022.pdf', 'bao-cao-thang-6-nam-2022.pdf'],
    ['ĐỀ ÁN 06 – Lâm Đồng.docx', 'de-an-06-lam-dong.docx'],
    ['../../etc/passwd', 'etc-passwd'],
    ['-rf.txt', 'rf.txt'],
    ['..', 'document'],
    ['con.txt', '_con.txt'],
    ['a..b', 'a.b'],
    ['Báo cáo tháng 6 ..txt', 'bao-cao-thang-6.txt'],
    ['x - .- y', 'x.y'],
  ])('%s → %s', (input, expected) => {
    expect(sanitizeName(input)).toBe(expected);
  });

  it('always gives a safe, idempotent name that stays inside the output folder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        const name = sanitizeName(input);
        expect(name).toMatch(/^[a-z0-9_][a-z0-9._-]*$/);
        expect(name).not.toContain('..');
        expect(name.length).toBeLessThanOrEqual(101);
        expect(sanitizeName(name)).toBe(name);
        expect(path.dirname(outputPath('/out', name))).toBe('/out');
      }),
    );
  });
});

describe('claimName', () => {
  it('keeps a name, reuses it for the same source, and disambiguates another source', () => {
    const taken = new Map([['bao-cao.pdf', '/a/Báo cáo.pdf']]);
    expect(claimName('/a/Báo cáo.pdf', taken, undefined)).toBe('bao-cao.pdf');
    const other = claimName('/b/bao cao.pdf', taken, undefined);
    expect(other).toMatch(/^bao-cao\.pdf-[0-9a-f]{8}$/);
    expect(claimName('/b/bao cao.pdf', taken, undefined)).toBe(other);
    expect(claimName('/c/x.pdf', taken, 'kept-name')).toBe('kept-name');
    const long = `/d/${'x'.repeat(200)}.pdf`;
    const longName = claimName(long, new Map([[sanitizeName(path.basename(long)), '/e/y']]), undefined);
    expect(() => outputPath('/out', longName)).not.toThrow();
  });

  it('refuses names that would leave the output folder', () => {
    expect(() => outputPath('/out', '../x')).toThrow(/would leave/);
    expect(() => outputPath('/out', 'a/b')).toThrow(/would leave/);
  });
});

describe('sanitizeName on hostile names', () => {
  it('stays linear on long runs of separators', () => {
    const started = performance.now();
    for (const text of ['-'.repeat(200_000) + 'x', `a${'-.'.repeat(100_000)}b`, `${'.'.repeat(200_000)}!`]) sanitizeName(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
