import { describe, expect, it } from 'vitest';
import { extractFootnoteContents, listItems } from '../../../src/extract/footnotes/index.js';
import { extractReferences } from '../../../src/extract/references/index.js';
import { FootnoteContent } from '../../../src/model/footnote-content.js';
import { buildReport } from '../references/report-builder.js';

const contents = (...footnotes: string[]) => {
  const report = buildReport({ footnotes });
  return extractFootnoteContents(report, extractReferences(report));
};
const one = (footnote: string) => contents(footnote)[0]!;
const items = (text: string): string[] => listItems(text).map((s) => text.slice(s.start, s.end));

describe('footnote contents', () => {
  it.each([
    ['Tỷ lệ đô thị hóa; Tỷ lệ trường đạt chuẩn quốc gia; Tỷ lệ huy động học sinh từ 6-14 tuổi đến trường; Tỷ lệ bác sĩ trên vạn dân.', 4],
    ['Tổng thu ngân sách trên địa bàn, Số lượt lao động được giải quyết việc làm, Số xã đạt tiêu chí nông thôn mới;', 3],
    ['Sở Y tế, Công an tỉnh, Hà Tiên, Giồng Riềng, Rạch Giá ...', 5],
    ['Giang Thành, U Minh Thượng, Ban Quản lý Khu Kinh tế Phú Quốc; Sở Công Thương, Sở Kế hoạch và Đầu tư', 5],
    ['Huyện Thoại Sơn, huyện Châu Thành và huyện Phú Tân.', 3],
    ['Thành phố Quảng Ngãi, thị xã Đức Phổ, huyện Bình Sơn, huyện Tư Nghĩa.', 4],
    ['Khu dân cư phía Bắc phường Nhơn Hòa, thị xã An Nhơn; Khu đô thị mới Cát Tiến, huyện Phù Cát.', 2],
    ['Phù Mỹ (31,2%), Tây Sơn (35,8%), Hoài Ân (27,4%), Vân Canh (18,9%).', 4],
    ['Phẫu thuật nội soi cắt thùy phổi; can thiệp nội mạch điều trị phình động mạch; lọc máu liên tục.', 3],
    [
      'Đường tỉnh 945 đoạn qua huyện Châu Phú; tuyến nối Quốc lộ 91 với đường tỉnh 943; cầu Châu Đốc mở rộng; tuyến tránh thị xã Tân Châu.',
      4,
    ],
    [
      'Quy hoạch bảo quản, tu bổ, phục hồi di tích; Quy hoạch tỉnh Kiên Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050; Đề án thí điểm một số cơ chế, chính sách.',
      3,
    ],
    [
      'Bổ nhiệm: Chánh Văn phòng, Phó Chánh Văn phòng UBND tỉnh; Giám đốc Sở Kế hoạch và Đầu tư. Bổ nhiệm lại: Phó Giám đốc Sở Ngoại vụ và Phó Trưởng Ban Dân tộc tỉnh.',
      5,
    ],
    [
      'Kế hoạch bố trí nguồn vốn đầu tư. Tổng kết Đề án về nguồn nhân lực đến năm 2020. Sơ kết Chương trình hành động số 47-CTr/TU ngày 21-02-2019 của Tỉnh ủy; trên cơ sở đó đề xuất chủ trương.',
      3,
    ],
  ])('a list: %s', (text, count) => {
    const content = one(text);
    expect(content.kind).toBe('list');
    expect(content.itemCount).toBe(count);
    expect(content.items).toHaveLength(count);
  });

  it('names its items without separators, enumerators or labels', () => {
    expect(
      items('Bổ nhiệm: Chánh Văn phòng, Phó Chánh Văn phòng UBND tỉnh; Phó Giám đốc Sở Ngoại vụ và Phó Trưởng Ban Dân tộc tỉnh.'),
    ).toEqual(['Chánh Văn phòng', 'Phó Chánh Văn phòng UBND tỉnh', 'Phó Giám đốc Sở Ngoại vụ', 'Phó Trưởng Ban Dân tộc tỉnh']);
    expect(items('Sở Y tế, Rạch Giá ...')).toEqual(['Sở Y tế', 'Rạch Giá']);
  });

  it('keeps `và` inside names and subjects', () => {
    expect(items('Sở Kế hoạch và Đầu tư, Sở Lao động - Thương binh và Xã hội, Đài Phát thanh và Truyền hình tỉnh')).toHaveLength(3);
    expect(items('Văn hóa và Thể thao (2,8%), Tài nguyên và Môi trường (0,9%)')).toHaveLength(2);
  });

  it.each([
    ['Kế hoạch số 17/KH-UBND ngày 07/02/2022', 1],
    ['Theo Kế hoạch số 148/KH-UBND ngày 23/7/2021 của UBND tỉnh Kiên Giang.', 1],
    ['Thông báo số 496/TB-VP ngày 07/6/2022; Công văn 5019/VP-KGVX ngày 28/6/2022', 2],
    [
      'Nghị quyết số 64/NQ-HĐND về dự án A, huyện An Minh; Nghị quyết số 65/NQ-HĐND về dự án Nâng cấp, cải tạo B, Nghị quyết số 66/NQ-HĐND về dự án C (từ đường X đến đường Y, phường Vĩnh Bảo)',
      3,
    ],
    [
      'Theo: (i) Nghị quyết số 68/NQ-CP hỗ trợ 356.651 người; (ii) Nghị quyết số 116/NQ-CP hỗ trợ 70.201 người; (iii) Quyết định số 2727/QĐ-UBND hỗ trợ 40.140 người.',
      3,
    ],
    [
      'Nghị định số 167/2017/NĐ-CP ngày 31/12/2017 và Nghị định số 67/2021/NĐ-CP ngày 15/7/2021 của Chính phủ quy định việc sắp xếp lại tài sản công.',
      2,
    ],
  ])('a citation: %s', (text, count) => {
    const content = one(text);
    expect(content.kind).toBe('citation');
    expect(content.itemCount).toBe(count);
    expect(content.references).toHaveLength(count);
  });

  it('names a reference cited inside a description without making it an item', () => {
    const content = one('Kế hoạch số 12/KH-UBND ngày 01/02/2023 thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị');
    expect(content.kind).toBe('citation');
    expect(content.itemCount).toBe(1);
    expect(content.references).toHaveLength(2);
  });

  it.each([
    'Đến ngày 30/6/2022, toàn tỉnh đã tiêm chủng 3.363.245 liều; 99,36% người từ 18 tuổi trở lên đã tiêm 2 mũi. Nhờ đó, số ca mắc mới giảm sâu.',
    'Tăng trưởng 6 tháng của các năm: năm 2020 tăng 3,03%; năm 2021 tăng 3,54%.',
    '247 tàu cá thuộc diện xoá đăng ký và nằm bờ hư hỏng',
    'Các vụ việc vi phạm trong năm 2021',
  ])('a statement: %s', (text) => {
    expect(one(text)).toMatchObject({ kind: 'statement', itemCount: 0, items: [] });
  });

  it('links the references that stand in each footnote, leaves facts to the combiner', () => {
    const all = contents('Kế hoạch số 1/KH-UBND', 'Rạch Giá, Hà Tiên', 'Công văn số 2/UBND-VP; Công văn số 3/UBND-VP');
    expect(all.map((c) => [c.footnote, c.kind, c.references])).toEqual([
      [1, 'citation', ['r1']],
      [2, 'list', []],
      [3, 'citation', ['r2', 'r3']],
    ]);
    for (const c of all) {
      expect(c.facts).toEqual([]);
      expect(() => FootnoteContent.parse(c)).not.toThrow();
    }
  });

  it('runs in linear time on hostile input', () => {
    const hostile = `${'Sở Y tế, '.repeat(3_000)}${'(; '.repeat(3_000)}${'a. B. '.repeat(3_000)}`;
    const start = performance.now();
    listItems(hostile);
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
