import { describe, expect, it } from 'vitest';
import { agencyKey, extractAgencies } from '../../../src/extract/agencies/index.js';
import { Agency } from '../../../src/model/agency.js';
import { buildReport } from '../references/report-builder.js';

const summary = (agencies: Agency[]): [string, number][] => agencies.map((a) => [a.name, a.mentions.length]);

describe('extractAgencies', () => {
  it('gives one agency per body with every mention, named by its fullest spelling', () => {
    const report = buildReport({
      paragraphs: [
        'UBND tỉnh đã chỉ đạo Sở Y tế; Ủy ban nhân dân tỉnh giao Cục Thuế tỉnh.',
        'Theo Kế hoạch của UBND tỉnh Lâm Đồng, Sở Y tế và Uỷ ban nhân dân tỉnh Lâm Đồng phối hợp.',
      ],
      tables: [
        [
          ['Đơn vị', 'Đã gửi'],
          ['Cục Thuế', 'X'],
          ['Sở Y tế tỉnh Lâm Đồng', 'X'],
        ],
      ],
    });
    expect(summary(extractAgencies(report))).toEqual([
      ['Ủy ban nhân dân tỉnh Lâm Đồng', 4],
      ['Sở Y tế tỉnh Lâm Đồng', 3],
      ['Cục Thuế tỉnh', 2],
    ]);
  });

  it('takes the home province from the header issuer', () => {
    const report = buildReport({
      meta: { issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG' },
      paragraphs: ['UBND tỉnh giao; UBND tỉnh Đắk Nông báo cáo; UBND tỉnh Lâm Đồng phối hợp.'],
    });
    expect(summary(extractAgencies(report))).toEqual([
      ['Ủy ban nhân dân tỉnh Đắk Nông', 2],
      ['Ủy ban nhân dân tỉnh Lâm Đồng', 1],
    ]);
  });

  it('keeps other provinces apart when the home is unknown', () => {
    const report = buildReport({ paragraphs: ['UBND tỉnh An Giang và UBND tỉnh Kiên Giang; UBND tỉnh'] });
    expect(summary(extractAgencies(report)).map(([n]) => n)).toEqual([
      'Ủy ban nhân dân tỉnh An Giang',
      'Ủy ban nhân dân tỉnh Kiên Giang',
      'Ủy ban nhân dân tỉnh',
    ]);
  });

  it('counts neither the header issuer nor the signature', () => {
    const report = buildReport({
      header: ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'SỞ Y TẾ'],
      paragraphs: ['Sở Y tế báo cáo UBND tỉnh.'],
      signature: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    });
    expect(summary(extractAgencies(report))).toEqual([
      ['Sở Y tế', 1],
      ['Ủy ban nhân dân tỉnh', 1],
    ]);
  });

  it('reads the cells of a column of agencies, including those the grammar cannot name', () => {
    const report = buildReport({
      tables: [
        [
          ['Đơn vị', 'Đã gửi'],
          ['Sở Tài chính', 'X'],
          ['Công an tỉnh', 'X'],
          ['Quân sự', 'X'],
          ['Thanh tra tỉnh', 'X'],
          ['Biên phòng', ''],
        ],
      ],
    });
    const agencies = extractAgencies(report);
    expect(summary(agencies)).toEqual([
      ['Sở Tài chính', 1],
      ['Công an tỉnh', 1],
      ['Thanh tra tỉnh', 1],
      ['Quân sự', 1],
      ['Biên phòng', 1],
    ]);
    const table = report.blocks.find((b) => b.kind === 'table')!;
    for (const agency of agencies) {
      expect(() => Agency.parse(agency)).not.toThrow();
      const [m] = agency.mentions;
      expect(table.text.slice(m!.position.start, m!.position.end)).toBe(m!.raw);
    }
  });

  it('does not add cells of a column that is not a list of agencies', () => {
    const report = buildReport({
      tables: [
        [
          ['Chỉ tiêu', 'Kết quả'],
          ['Tổng thu', '12'],
          ['Sở Y tế', '3'],
          ['Tỷ lệ', '4'],
        ],
      ],
    });
    expect(summary(extractAgencies(report))).toEqual([['Sở Y tế', 1]]);
  });

  it('keys names without case, tone placement and the home province', () => {
    expect(agencyKey('Ủy ban nhân dân tỉnh Kiên Giang', 'Kiên Giang')).toBe(agencyKey('UỶ BAN NHÂN DÂN TỈNH', 'Kiên Giang'));
    expect(agencyKey('Cục Thuế tỉnh', null)).toBe(agencyKey('Cục Thuế', null));
    expect(agencyKey('Sở Y tế tỉnh An Giang', 'Kiên Giang')).not.toBe(agencyKey('Sở Y tế', 'Kiên Giang'));
  });
});
