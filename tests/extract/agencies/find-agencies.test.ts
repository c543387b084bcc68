import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../../src/extract/agencies/index.js';

const found = (text: string): [string, string][] => findAgencies(text).map((a) => [a.raw, a.name]);

describe('findAgencies: heads and the grammar of what follows', () => {
  it.each([
    [
      'Sở Y tế (87,8%), Sở Xây dựng đang tổ chức thẩm định',
      [
        ['Sở Y tế', 'Sở Y tế'],
        ['Sở Xây dựng', 'Sở Xây dựng'],
      ],
    ],
    ['Sở Kế hoạch và Đầu tư chủ trì, phối hợp', [['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư']]],
    [
      'Sở KH&ĐT, Sở NN&PTNT, Sở TN&MT',
      [
        ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
        ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
        ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
      ],
    ],
    [
      'Sở LĐ-TB&XH và Sở GD&ĐT, Sở TT&TT, Sở KH&CN, Sở GTVT, Sở VHTT',
      [
        ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
        ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
        ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
        ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
        ['Sở GTVT', 'Sở Giao thông vận tải'],
        ['Sở VHTT', 'Sở Văn hóa và Thể thao'],
      ],
    ],
    [
      'UBND tỉnh đã chỉ đạo; UBND thành phố Rạch Giá; Ủy ban nhân dân huyện Đức Trọng báo cáo',
      [
        ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
        ['UBND thành phố Rạch Giá', 'Ủy ban nhân dân thành phố Rạch Giá'],
        ['Ủy ban nhân dân huyện Đức Trọng', 'Ủy ban nhân dân huyện Đức Trọng'],
      ],
    ],
    [
      'UBND xã Đạ Tông, UBND phường Xuân Hương - Đà Lạt và UBND đặc khu Phú Quý',
      [
        ['UBND xã Đạ Tông', 'Ủy ban nhân dân xã Đạ Tông'],
        ['UBND phường Xuân Hương', 'Ủy ban nhân dân phường Xuân Hương'],
        ['UBND đặc khu Phú Quý', 'Ủy ban nhân dân đặc khu Phú Quý'],
      ],
    ],
    [
      'Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 65.137 hồ sơ',
      [['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh']],
    ],
    ['Trung tâm Phát triển quỹ đất giải quyết hồ sơ', [['Trung tâm Phát triển quỹ đất', 'Trung tâm Phát triển quỹ đất']]],
    [
      'BQLDA chuyên ngành NN&PTNT (37,3%)',
      [['BQLDA chuyên ngành NN&PTNT', 'Ban Quản lý dự án chuyên ngành Nông nghiệp và Phát triển nông thôn']],
    ],
    [
      'BQL Dự án ĐT XD các công trình GT',
      [['BQL Dự án ĐT XD các công trình GT', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông']],
    ],
    [
      'Văn phòng UBND tỉnh, VP UBND tỉnh Lâm Đồng, VPCP và Văn phòng Chính phủ',
      [
        ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
        ['VP UBND tỉnh Lâm Đồng', 'Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng'],
        ['VPCP', 'Văn phòng Chính phủ'],
        ['Văn phòng Chính phủ', 'Văn phòng Chính phủ'],
      ],
    ],
    [
      'đã trình Thủ tướng Chính phủ theo nghị quyết của Chính phủ và Quốc hội',
      [
        ['Thủ tướng Chính phủ', 'Thủ tướng Chính phủ'],
        ['Chính phủ', 'Chính phủ'],
        ['Quốc hội', 'Quốc hội'],
      ],
    ],
    [
      'Ban Thường vụ Tỉnh ủy, Ban Thường vụ Thành ủy/Huyện ủy và Thường trực Tỉnh ủy',
      [
        ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
        ['Ban Thường vụ Thành ủy', 'Ban Thường vụ Thành ủy'],
        ['Huyện ủy', 'Ban Thường vụ Huyện ủy'],
        ['Tỉnh ủy', 'Tỉnh ủy'],
      ],
    ],
    [
      'Đoàn ĐBQH tỉnh và Ủy ban MTTQ Việt Nam tỉnh, HĐND tỉnh',
      [
        ['Đoàn ĐBQH tỉnh', 'Đoàn Đại biểu Quốc hội tỉnh'],
        ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
        ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
      ],
    ],
    [
      'Công an tỉnh 29 hồ sơ, Thanh tra tỉnh, Cục Thuế tỉnh, Chi cục Thủy sản, Kho bạc Nhà nước tỉnh',
      [
        ['Công an tỉnh', 'Công an tỉnh'],
        ['Thanh tra tỉnh', 'Thanh tra tỉnh'],
        ['Cục Thuế tỉnh', 'Cục Thuế tỉnh'],
        ['Chi cục Thủy sản', 'Chi cục Thủy sản'],
        ['Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước tỉnh'],
      ],
    ],
    [
      'Giám đốc Đài PTTH KG; Trường Cao đẳng Sư phạm; Vườn Quốc gia Bidoup - Núi Bà',
      [
        ['Đài PTTH KG', 'Đài Phát thanh và Truyền hình Kiên Giang'],
        ['Trường Cao đẳng Sư phạm', 'Trường Cao đẳng Sư phạm'],
        ['Vườn Quốc gia Bidoup - Núi Bà', 'Vườn Quốc gia Bidoup - Núi Bà'],
      ],
    ],
    ['Trung tâm Xúc tiến Đầu tư, TMDL', [['Trung tâm Xúc tiến Đầu tư, TMDL', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads headings in capitals', () => {
    expect(found('IV. PHỐI HỢP VỚI HỘI ĐỒNG NHÂN DÂN TỈNH, ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH, SỞ Y TẾ')).toEqual([
      ['HỘI ĐỒNG NHÂN DÂN TỈNH', 'Hội đồng nhân dân tỉnh'],
      ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
      ['SỞ Y TẾ', 'Sở Y tế'],
    ]);
  });

  it.each([
    'các sở, ban, ngành và địa phương',
    'UBND các huyện, thành phố thực hiện',
    'UBND cấp xã tiếp nhận',
    'các Bộ, ngành Trung ương',
    'Ban hành kế hoạch; Trường hợp vi phạm; trung tâm thương mại',
    'Bộ nhiệm: Chánh Văn phòng,',
    'xây dựng Chính phủ điện tử và Bộ chỉ số',
    'Phòng, chống tham nhũng; công tác thanh tra; Công an',
    '85 Trung tâm Phục vụ hành chính công trang bị màn hình',
  ])('is not an agency: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('never reads an agency inside a document number', () => {
    expect(found('Quyết định số 117/QĐ- UBND ngày 17/01/2025 của UBND tỉnh')).toEqual([['UBND tỉnh', 'Ủy ban nhân dân tỉnh']]);
  });

  it('unifies tone placement and Unicode forms', () => {
    const nfd = 'Sở Văn hoá và Thể thao'.normalize('NFD');
    expect(findAgencies(nfd.normalize('NFC'))[0]?.name).toBe('Sở Văn hóa và Thể thao');
    expect(findAgencies('Uỷ ban nhân dân tỉnh Khánh Hoà')[0]?.name).toBe('Ủy ban nhân dân tỉnh Khánh Hòa');
  });

  it('gives offsets into the text', () => {
    const text = 'Chủ tịch UBND tỉnh Kiên Giang giao';
    const [agency] = findAgencies(text);
    expect(text.slice(agency!.start, agency!.end)).toBe('UBND tỉnh Kiên Giang');
  });

  it('runs in linear time on hostile input', () => {
    const hostile = 'Sở Trung tâm Ban '.repeat(5_000) + 'và '.repeat(20_000) + 'Ban Quản lý dự án '.repeat(3_000);
    const start = performance.now();
    findAgencies(hostile);
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
