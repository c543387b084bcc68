import { describe, expect, it } from 'vitest';
import { byRaw, figuresOf } from './report.js';

/** What each figure measures: predicate, reference, noun, qualifiers, subject, estimate, bound. */

describe('predicate: the nearest verb of the clause', () => {
  it.each([
    ['06 tháng đầu năm đã giao 2.307 nhiệm vụ cho các ngành', '2.307 nhiệm vụ', 'giao'],
    ['đã hoàn thành 1.367 nhiệm vụ', '1.367 nhiệm vụ', 'hoàn thành'],
    ['đang thực hiện 940 nhiệm vụ', '940 nhiệm vụ', 'đang thực hiện'],
    ['Sản lượng lúa đạt 2,4 triệu tấn', '2,4 triệu tấn', 'đạt'],
    ['vượt 1,9% kế hoạch', '1,9%', 'vượt'],
    ['tăng 4,42% so với cùng kỳ', '4,42%', 'tăng'],
    ['xuất khẩu hàng nông sản giảm 13%', '13%', 'giảm'],
    ['trong đó trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 12,92%', '12,92%', 'chiếm tỷ lệ'],
    ['huy động vốn toàn xã hội hụt 3.366 tỷ đồng so với dự kiến', '3.366 tỷ đồng', 'hụt'],
    ['Trung tâm đã tiếp nhận 65.137 hồ sơ', '65.137 hồ sơ', 'tiếp nhận'],
    ['Kết quả, đã giải quyết 30.329 hồ sơ', '30.329 hồ sơ', 'giải quyết'],
    ['tỉnh được giao 45 nhiệm vụ', '45 nhiệm vụ', 'được giao'],
  ])('%s', (sentence, raw, predicate) => {
    expect(byRaw(figuresOf(sentence), raw).measure.predicate).toBe(predicate);
  });

  it('a splitter like `trễ hạn` is the predicate only when no verb precedes it', () => {
    expect(byRaw(figuresOf('(trong đó trễ hạn 298 nhiệm vụ)'), '298 nhiệm vụ').measure.predicate).toBe('trễ hạn');
    const fact = byRaw(figuresOf('đã hoàn thành đúng và trước hạn 04/12 đề án'), '04/12 đề án');
    expect(fact.measure.predicate).toBe('hoàn thành');
    expect(fact.measure.qualifiers).toEqual(['đúng và trước hạn']);
  });

  it('a capitalised name is not a verb (`Sở Giao thông vận tải`)', () => {
    expect(byRaw(figuresOf('trong đó: Sở Giao thông vận tải 149 hồ sơ'), '149 hồ sơ').measure.predicate).toBeNull();
  });

  it('does not reach across a clause break or another figure', () => {
    const facts = figuresOf('đã tổ chức 43 cuộc và 46 cuộc khác');
    expect(byRaw(facts, '43 cuộc').measure.predicate).toBe('tổ chức');
    expect(byRaw(facts, '46 cuộc').measure.predicate).toBeNull();
    expect(byRaw(figuresOf('đã giao nhiệm vụ, 5 hồ sơ'), '5 hồ sơ').measure.predicate).toBeNull();
  });
});

describe('reference: what the figure is compared with', () => {
  it.each([
    ['đạt 49,69% kế hoạch năm', '49,69%', 'kế hoạch năm'],
    ['vượt 10% so với kế hoạch', '10%', 'kế hoạch'],
    ['tăng 132,5% so với cùng kỳ', '132,5%', 'cùng kỳ'],
    ['đạt 38,9% dự toán', '38,9%', 'dự toán'],
    ['hụt 3.366 tỷ đồng so với dự kiến', '3.366 tỷ đồng', 'dự kiến'],
    ['giảm 5 ca so với tháng trước', '5 ca', 'tháng trước'],
    ['Tổng sản lượng đạt 85,6% kế hoạch (kế hoạch 470.500 tấn)', '470.500 tấn', 'kế hoạch'],
  ])('%s', (sentence, raw, reference) => {
    expect(byRaw(figuresOf(sentence), raw).measure.reference).toBe(reference);
  });

  it('`dự kiến` that is not a comparison is no reference', () => {
    expect(byRaw(figuresOf('18 đô thị dự kiến triển khai'), '18 đô thị').measure.reference).toBeNull();
  });
});

describe('noun, qualifiers and subject', () => {
  it('the counted noun phrase follows the figure', () => {
    expect(byRaw(figuresOf('thu hút 3,495 triệu lượt khách du lịch, vượt'), '3,495 triệu lượt').measure.noun).toBe('lượt khách du lịch');
    expect(byRaw(figuresOf('đã giao 2.307 nhiệm vụ cho các ngành'), '2.307 nhiệm vụ').measure.noun).toBe('nhiệm vụ');
    expect(byRaw(figuresOf('99,36% người từ 18 tuổi'), '99,36%').measure.noun).toBe('người');
    expect(byRaw(figuresOf('tăng 19% so với cùng kỳ'), '19%').measure.noun).toBeNull();
  });

  it('qualifiers before and after the figure', () => {
    expect(byRaw(figuresOf('tiếp nhận mới 31.983 hồ sơ (trực tuyến 12.095 hồ sơ)'), '12.095 hồ sơ').measure.qualifiers).toEqual([
      'trực tuyến',
    ]);
    expect(byRaw(figuresOf('vẫn còn 1.392 hồ sơ trễ hạn, trong đó'), '1.392 hồ sơ').measure.qualifiers).toEqual(['trễ hạn']);
    expect(byRaw(figuresOf('trong đó quá hạn 144 nhiệm vụ'), '144 nhiệm vụ').measure.qualifiers).toEqual(['quá hạn']);
  });

  it('the subject is the phrase since the last clause break', () => {
    expect(byRaw(figuresOf('Tổng thu ngân sách 6 tháng là 6.098 tỷ đồng, vượt 7,7%'), '6.098 tỷ đồng').measure.subject).toBe(
      'Tổng thu ngân sách 6 tháng là',
    );
    expect(
      byRaw(figuresOf('trong đó: Sở Nông nghiệp và Phát triển nông thôn 728 hồ sơ, Sở Công Thương 204 hồ sơ'), '204 hồ sơ').measure.subject,
    ).toBe('Sở Công Thương');
  });
});

describe('estimates and bounds', () => {
  it('`ước` marks the figures after it in the sentence, not the plan in parentheses', () => {
    const facts = figuresOf(
      'Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn). Tổng chi 5.940,6 tỷ đồng.',
    );
    expect(byRaw(facts, '402.921 tấn').estimated).toBe(true);
    expect(byRaw(facts, '85,6%').estimated).toBe(true);
    expect(byRaw(facts, '470.500 tấn').estimated).toBe(false);
    expect(byRaw(facts, '5.940,6 tỷ đồng').estimated).toBe(false);
  });

  it('`so với dự kiến` is a comparison, not an estimate', () => {
    expect(byRaw(figuresOf('hụt 3.366 tỷ đồng so với dự kiến'), '3.366 tỷ đồng').estimated).toBe(false);
  });

  it.each([
    ['07/24 chỉ tiêu đạt trên 90% kế hoạch', '90%', 'above'],
    ['01 chỉ tiêu đạt dưới 50% kế hoạch', '50%', 'below'],
    ['với sự tham dự của hơn 150 đại biểu', '150 đại biểu', 'above'],
    ['người từ 18 tuổi trở lên', '18 tuổi', 'at-least'],
    ['đạt từ 52.446 tấn trở lên', '52.446 tấn', 'at-least'],
    ['thu đạt từ 4.950 tỷ đồng', '4.950 tỷ đồng', 'at-least'],
    ['chi không quá 30 tỷ đồng', '30 tỷ đồng', 'at-most'],
  ])('%s → %s', (sentence, raw, bound) => {
    expect(byRaw(figuresOf(sentence), raw).bound).toBe(bound);
  });

  it('`từ … lên …` is a change, not a threshold', () => {
    expect(byRaw(figuresOf('tăng từ 5% lên 7%'), '5%').bound).toBeNull();
    expect(byRaw(figuresOf('đạt 12% kế hoạch'), '12%').bound).toBeNull();
  });
});
