import { describe, expect, it } from 'vitest';
import { extractPlaces, findPlaces, homeProvince } from '../../../src/extract/places/index.js';
import { Place } from '../../../src/model/agency.js';
import { buildReport } from '../references/report-builder.js';

const places = (text: string): [string, string, string][] => findPlaces(text).map((p) => [p.raw, p.name, p.kind]);

describe('findPlaces', () => {
  it('reads bare lists of listed names', () => {
    expect(places('Rạch Giá, Phú Quốc, Hà Tiên, Kiên Lương.')).toEqual([
      ['Rạch Giá', 'Rạch Giá', 'city'],
      ['Phú Quốc', 'Phú Quốc', 'city'],
      ['Hà Tiên', 'Hà Tiên', 'city'],
      ['Kiên Lương', 'Kiên Lương', 'district'],
    ]);
    expect(places('đạt rất thấp như: An Biên (55,07%), Hòn Đất (56,6%), Đức Trọng (61%), Cư Jút (40%)')).toEqual([
      ['An Biên', 'An Biên', 'district'],
      ['Hòn Đất', 'Hòn Đất', 'district'],
      ['Đức Trọng', 'Đức Trọng', 'district'],
      ['Cư Jút', 'Cư Jút', 'district'],
    ]);
  });

  it('reads level words with any capitalised name', () => {
    expect(places('đoạn qua phường Vĩnh Bảo, thành phố Rạch Giá; xã Mỹ Hoà Hưng; đặc khu Phú Quý; thị trấn Kiên Lương')).toEqual([
      ['phường Vĩnh Bảo', 'Vĩnh Bảo', 'ward'],
      ['thành phố Rạch Giá', 'Rạch Giá', 'city'],
      ['xã Mỹ Hoà Hưng', 'Mỹ Hoà Hưng', 'commune'],
      ['đặc khu Phú Quý', 'Phú Quý', 'district'],
      ['thị trấn Kiên Lương', 'Kiên Lương', 'district'],
    ]);
    expect(places('Quy hoạch tỉnh Kiên Giang; Thành phố Hồ Chí Minh và TỈNH LÂM ĐỒNG')).toEqual([
      ['tỉnh Kiên Giang', 'Kiên Giang', 'province'],
      ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'city'],
      ['TỈNH LÂM ĐỒNG', 'Lâm Đồng', 'province'],
    ]);
  });

  it('does not count a name inside an agency name', () => {
    expect(places('UBND huyện Kiên Hải, Vườn Quốc gia Phú Quốc và huyện Kiên Hải')).toEqual([['huyện Kiên Hải', 'Kiên Hải', 'district']]);
  });

  it.each([
    'kinh tế - xã hội của tỉnh, các huyện, thành phố',
    'tư tưởng Hồ Chí Minh',
    '144/144 xã, phường, thị trấn và cấp xã Tỷ lệ đạt',
    'Điện Biên Phủ trên không',
  ])('is not a place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('extractPlaces', () => {
  it('gives one place per name with every mention, positions into the blocks', () => {
    const report = buildReport({
      paragraphs: ['Các thành phố (Rạch Giá, Hà Tiên) và huyện Kiên Hải; thành phố Rạch Giá'],
      footnotes: ['Rạch Giá, Kiên Hải.'],
      tables: [
        [
          ['Đơn vị', 'Ghi chú'],
          ['UBND thành phố Rạch Giá', 'Rạch Giá'],
        ],
      ],
    });
    const found = extractPlaces(report);
    expect(found.map((p) => [p.name, p.kind, p.mentions.length])).toEqual([
      ['Rạch Giá', 'city', 4],
      ['Hà Tiên', 'city', 1],
      ['Kiên Hải', 'district', 2],
    ]);
    for (const place of found) {
      expect(() => Place.parse(place)).not.toThrow();
      for (const m of place.mentions) {
        const text = m.position.block.startsWith('fn')
          ? report.footnotes.find((f) => f.id === m.position.block)!.text
          : report.blocks.find((b) => b.id === m.position.block)!.text;
        expect(text.slice(m.position.start, m.position.end)).toBe(m.raw);
      }
    }
  });

  it('finds the home province from the header, else from the text', () => {
    expect(homeProvince(buildReport({ meta: { issuer: 'UBND TỈNH QUẢNG NGÃI' } }))).toBe('Quảng Ngãi');
    expect(homeProvince(buildReport({ paragraphs: ['tỉnh Kiên Giang, tỉnh Kiên Giang và tỉnh An Giang'] }))).toBe('Kiên Giang');
    expect(homeProvince(buildReport({ paragraphs: ['tỉnh Kiên Giang và tỉnh An Giang'] }))).toBeNull();
  });

  it('runs in linear time on hostile input', () => {
    const hostile = 'huyện Phú Quốc '.repeat(5_000) + 'xã A B C D E F '.repeat(5_000);
    const start = performance.now();
    findPlaces(hostile);
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
