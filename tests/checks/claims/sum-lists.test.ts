import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * Breakdowns written as list items under a total (issue 14 §2): the items that open with a figure
 * are the parts, in one or several units, skipping the sub-lists an item opens. Our own sentences.
 */
const sums = (text: string): Finding[] => check(text, rules).filter((f) => f.rule === 'sum' || f.rule === 'part-whole');
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

const twoUnits = (cases: number, persons: number): string =>
  [
    `- Lực lượng chức năng đã phát hiện, xử lý: 214 vụ, 389 đối tượng vi phạm về buôn lậu, giảm 12 vụ so với cùng kỳ. Cụ thể:`,
    `+ Buôn bán hàng cấm: 38 vụ, 61 đối tượng.`,
    `+ Vận chuyển hàng cấm: ${cases} vụ, ${persons} đối tượng.`,
    `+ Gian lận thương mại: 56 vụ, 83 đối tượng.`,
    `- Xử lý hành chính 40 vụ.`,
  ].join('\n\n');

const sections = (second: string): string =>
  [
    'Giá trị giải ngân vốn đầu tư công 9 tháng ước đạt 2.480,6 tỷ đồng, bằng 71,2% kế hoạch, trong đó: vốn ngân sách tỉnh ước đạt 1.320,4 tỷ đồng; vốn ngân sách trung ương ước đạt 1.160,2 tỷ đồng. Kết quả cụ thể như sau:',
    '**1.1.** **Vốn các dự án chuyển tiếp:** Giá trị giải ngân ước đạt 1.905,3 tỷ đồng, bằng 75,0% kế hoạch.',
    `**1.2.** **Vốn các dự án khởi công mới:** Giá trị giải ngân ước đạt ${second} tỷ đồng, bằng 61,4% kế hoạch.`,
  ].join('\n\n');

const programmes = (last: string): string =>
  [
    'Vốn thực hiện các chương trình ước đạt 842,5 tỷ đồng, trong đó:',
    '- Chương trình Giảm nghèo bền vững: Khối lượng thực hiện ước đạt 412,3 tỷ đồng. Kết quả một số dự án:',
    '- Dự án hỗ trợ sinh kế: Khối lượng thực hiện ước đạt 150,2 tỷ đồng;',
    '- Dự án nâng cao năng lực: Khối lượng thực hiện ước đạt 98,4 tỷ đồng;',
    '- Chương trình Xây dựng nông thôn mới: Khối lượng thực hiện ước đạt 301,7 tỷ đồng;',
    `- Chương trình Phát triển vùng đồng bào dân tộc, miền núi: Khối lượng thực hiện ước đạt ${last} tỷ đồng.`,
  ].join('\n\n');

const nested = (first: number, second: number): string =>
  [
    '- Số học viên đang cai nghiện tại cơ sở: 412 người.',
    `+ Cai nghiện bắt buộc: ${first} người.`,
    `+ Cai nghiện tự nguyện: ${second} người.`,
    '- Số người đang điều trị Methadone: 95 người.',
  ].join('\n\n');

describe('breakdowns in list items', () => {
  it('items with two figures each split two totals, one per unit', () => {
    const found = sums(twoUnits(120, 245));
    expect(flagged(found), show(found)).toEqual([]);
    expect(found.filter((f) => f.rule === 'sum' && f.status === 'consistent').map((f) => f.actual)).toEqual(['214', '389']);
  });
  it('a changed part breaks the total of its own unit only', () => {
    const found = flagged(sums(twoUnits(120, 254)));
    expect(
      found.map((f) => f.actual),
      show(found),
    ).toEqual(['389']);
    expect(found[0]?.evidence.some((e) => e.raw.includes('254'))).toBe(true);
  });
  it('numbered sub-sections split the figure whose measure they repeat, not the nearest one', () => {
    const good = sums(sections('575,3'));
    expect(flagged(good), show(good)).toEqual([]);
    expect(good.some((f) => f.actual === '2.480,6' && f.evidence.some((e) => e.raw.includes('1.905,3')))).toBe(true);
    const bad = flagged(sums(sections('557,3')));
    expect(
      bad.map((f) => f.actual),
      show(bad),
    ).toEqual(['2.480,6']);
  });
  it('the projects an item lists in the same bullet style are not parts of the total', () => {
    const good = sums(programmes('128,5'));
    expect(flagged(good), show(good)).toEqual([]);
    expect(good.some((f) => f.status === 'consistent' && f.actual === '842,5')).toBe(true);
    const bad = flagged(sums(programmes('228,5')));
    expect(
      bad.map((f) => f.expected),
      show(bad),
    ).toEqual(['942,5']);
  });
  it('an item that ends in "trong đó:" followed by items in its own style claims nothing', () => {
    const text = [
      '- Đầu tư Thủy sản: Khối lượng thực hiện ước đạt 210,4 tỷ đồng; trong đó:',
      '- Dự án cảng cá A: Khối lượng thực hiện ước đạt 150,6 tỷ đồng;',
      '- Dự án cảng cá B: Khối lượng thực hiện ước đạt 90,1 tỷ đồng;',
      '- Đầu tư Lâm nghiệp: Khối lượng thực hiện ước đạt 80 tỷ đồng.',
    ].join('\n\n');
    const found = sums(text);
    expect(flagged(found), show(found)).toEqual([]);
  });
  it('deeper items under a labelled figure break it down: each part fits', () => {
    const good = sums(nested(380, 32));
    expect(flagged(good), show(good)).toEqual([]);
    expect(good.some((f) => f.rule === 'sum' && f.status === 'consistent')).toBe(true);
    const bad = flagged(sums(nested(480, 32)));
    expect(
      bad.map((f) => f.actual),
      show(bad),
    ).toEqual(['480']);
  });
  it('bare counts after "Số …:" labels are counts of what the label names', () => {
    const text = (first: number): string =>
      [
        '- Số người đang được quản lý tại địa phương: 146.',
        `+ Số đang cai nghiện tại gia đình, cộng đồng: ${first}.`,
        '+ Số đang điều trị bằng thuốc thay thế: 58.',
        '+ Số chưa áp dụng biện pháp nào (đang chờ quyết định): 17.',
        '- Số đang trong cơ sở cai nghiện: 240.',
      ].join('\n\n');
    const good = sums(text(71));
    expect(flagged(good), show(good)).toEqual([]);
    expect(
      good.some((f) => f.rule === 'sum' && f.status === 'consistent' && f.actual === '146'),
      show(good),
    ).toBe(true);
    const bad = flagged(sums(text(171)));
    expect(
      bad.map((f) => f.actual),
      show(bad),
    ).toEqual(['171']);
  });
  it('overlapping groups nested under a figure only have to fit one by one', () => {
    const text = [
      '- Số lao động được đào tạo nghề: 412 người.',
      '+ Lao động nữ: 300 người.',
      '+ Lao động là người dân tộc thiểu số: 250 người.',
      '- Số người có việc làm sau đào tạo: 95 người.',
    ].join('\n\n');
    const found = sums(text);
    expect(flagged(found), show(found)).toEqual([]);
  });
});
