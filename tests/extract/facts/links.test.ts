import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/facts/index.js';
import type { Fact } from '../../../src/model/fact.js';
import { byRaw, factsOf, reportOf } from './report.js';

/** The structural links the checker relies on. */

const parentRaw = (facts: Fact[], raw: string): string | null => {
  const id = byRaw(facts, raw).links.partOf;
  return id === null ? null : (facts.find((fact) => fact.id === id)?.raw ?? `missing ${id}`);
};
const referenceRaw = (facts: Fact[], raw: string): string | null => {
  const id = byRaw(facts, raw).links.referenceFact;
  return id === null ? null : (facts.find((fact) => fact.id === id)?.raw ?? `missing ${id}`);
};

describe('partOf: `trong đó`, parenthesised breakdowns, lists after a colon, enumerations', () => {
  it('A …, hoàn thành B … (trong đó trễ hạn C …, chiếm tỷ lệ X%)', () => {
    const facts = factsOf(
      'đã giao 2.307 nhiệm vụ cho các ngành và địa phương, đã hoàn thành 1.367 nhiệm vụ (trong đó trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 12,92%), đang thực hiện 940 nhiệm vụ (trong đó quá hạn 144 nhiệm vụ, chiếm tỷ lệ 6,24%).',
    );
    expect(parentRaw(facts, '298 nhiệm vụ')).toBe('1.367 nhiệm vụ');
    expect(byRaw(facts, '298 nhiệm vụ').links.partCue).toBe('trong đó');
    expect(parentRaw(facts, '144 nhiệm vụ')).toBe('940 nhiệm vụ');
    // shares are linked through their sentence, not as parts
    expect(parentRaw(facts, '12,92%')).toBeNull();
    expect(parentRaw(facts, '1.367 nhiệm vụ')).toBeNull();
    expect(byRaw(facts, '12,92%').sentence).toEqual(byRaw(facts, '298 nhiệm vụ').sentence);
  });

  it('the same shape in other words and units', () => {
    const facts = factsOf('Năm 2024 tiếp nhận 5.120 đơn thư, đã xử lý 4.800 đơn thư (trong đó quá hạn 35 đơn thư), còn lại 320 đơn thư.');
    expect(parentRaw(facts, '35 đơn thư')).toBe('4.800 đơn thư');
    expect(parentRaw(facts, '320 đơn thư')).toBeNull();
  });

  it('(10 đúng hạn, 04 trễ hạn, trong đó có 01 nhiệm vụ …) are parts of the figure before the parenthesis', () => {
    const facts = factsOf(
      'đã thực hiện hoàn thành 14 nhiệm vụ (10 đúng hạn, 04 trễ hạn, trong đó có 01 nhiệm vụ đang đối chiếu cập nhật lại); đang triển khai 31 nhiệm vụ.',
    );
    expect(parentRaw(facts, '10')).toBe('14 nhiệm vụ');
    expect(byRaw(facts, '10').links.partCue).toBe('parenthesis');
    expect(byRaw(facts, '10').measure.qualifiers).toEqual(['đúng hạn']);
    expect(parentRaw(facts, '04')).toBe('14 nhiệm vụ');
    expect(parentRaw(facts, '01 nhiệm vụ')).toBe('14 nhiệm vụ');
    expect(byRaw(facts, '01 nhiệm vụ').links.partCue).toBe('trong đó');
    expect(parentRaw(facts, '31 nhiệm vụ')).toBeNull();
  });

  it('trong đó, trước hạn …, đúng hạn …, trễ hạn … are all parts of the total before it', () => {
    const facts = factsOf(
      'Kết quả, đã giải quyết 30.329 hồ sơ, đạt 46,6%, trong đó, trước hạn 13.071 hồ sơ, đúng hạn 15.866 hồ sơ, trễ hạn 1.392 hồ sơ, giảm 26,9% so với cùng kỳ.',
    );
    for (const raw of ['13.071 hồ sơ', '15.866 hồ sơ', '1.392 hồ sơ']) {
      expect(parentRaw(facts, raw)).toBe('30.329 hồ sơ');
      expect(byRaw(facts, raw).links.partCue).toBe('trong đó');
    }
    expect(byRaw(facts, '1.392 hồ sơ').measure.qualifiers).toEqual(['trễ hạn']);
  });

  it('a breakdown inside a part belongs to that part, not to the outer total', () => {
    const facts = factsOf(
      'đã tiếp nhận 65.137 hồ sơ, tăng 132,5% so với cùng kỳ, trong đó, tiếp nhận mới 31.983 hồ sơ (trực tuyến 12.095 hồ sơ, tăng 26,6% so với cùng kỳ).',
    );
    expect(parentRaw(facts, '31.983 hồ sơ')).toBe('65.137 hồ sơ');
    expect(parentRaw(facts, '12.095 hồ sơ')).toBe('31.983 hồ sơ');
    expect(byRaw(facts, '12.095 hồ sơ').links.partCue).toBe('parenthesis');
  });

  it('the parent must have the same unit; plan figures are never parents', () => {
    const facts = factsOf(
      '6 tháng thu hút 3,495 triệu lượt khách du lịch, vượt 41,8% kế hoạch (kế hoạch 2,46 triệu lượt); trong đó khách quốc tế 46,26 nghìn lượt, đạt 98,43% kế hoạch, tổng doanh thu đạt 3.978,4 tỷ đồng.',
    );
    expect(parentRaw(facts, '46,26 nghìn lượt')).toBe('3,495 triệu lượt');
    expect(parentRaw(facts, '3.978,4 tỷ đồng')).toBeNull();
    expect(parentRaw(facts, '98,43%')).toBeNull();
  });

  it('`trong đó` starting a sentence looks back into the sentence before; `;` ends its scope', () => {
    const facts = factsOf(
      'Tổng chi 5.940,6 tỷ đồng, đạt 38,9% dự toán. Trong đó, chi đầu tư phát triển 1.410,23 tỷ đồng.',
      'Toàn tỉnh hiện có 9.806 tàu cá, trong đó tàu khai thác xa bờ là 3.896 tàu; đến nay có 3.649 tàu lắp đặt thiết bị.',
    );
    expect(parentRaw(facts, '1.410,23 tỷ đồng')).toBe('5.940,6 tỷ đồng');
    expect(parentRaw(facts, '3.896 tàu')).toBe('9.806 tàu cá');
    expect(parentRaw(facts, '3.649 tàu')).toBeNull();
  });

  it('inside a parenthesis `;` separates the items of a `gồm` breakdown', () => {
    const facts = factsOf(
      'Dự toán chi đầu tư phát triển là 22.143 tỷ đồng (gồm kế hoạch năm 2025 là 19.596 tỷ đồng; vốn năm 2024 chuyển sang là 2.548 tỷ đồng), đã giải ngân được 9.400 tỷ đồng.',
    );
    expect(parentRaw(facts, '19.596 tỷ đồng')).toBe('22.143 tỷ đồng');
    expect(parentRaw(facts, '2.548 tỷ đồng')).toBe('22.143 tỷ đồng');
    expect(byRaw(facts, '2.548 tỷ đồng').links.partCue).toBe('gồm');
    expect(parentRaw(facts, '9.400 tỷ đồng')).toBeNull();
  });

  it('a list after a colon: `còn 04 đề án trễ hạn: Sở A (01), Sở B (01), Sở C (02)`', () => {
    const facts = factsOf(
      'Thực hiện Kế hoạch số 17/KH-UBND còn 04 đề án trễ hạn: Sở Văn hóa và Thể thao (01), Sở Xây dựng (01), Sở Kế hoạch và Đầu tư (02).',
    );
    const parts = facts.filter((fact) => fact.links.partCue === 'colon').map((fact) => fact.raw);
    expect(parts).toEqual(['(01)', '(01)', '(02)']);
    expect(parentRaw(facts, '(02)')).toBe('04 đề án');
  });

  it('`vẫn còn 1.392 hồ sơ trễ hạn, trong đó: Sở A 728 hồ sơ, …` (all parts, names as subjects)', () => {
    const facts = factsOf(
      'vẫn còn 1.392 hồ sơ trễ hạn, trong đó: Sở Nông nghiệp và Phát triển nông thôn 728 hồ sơ, Sở Công Thương 204 hồ sơ, Công an tỉnh 29 hồ sơ.',
    );
    expect(['728 hồ sơ', '204 hồ sơ', '29 hồ sơ'].map((raw) => parentRaw(facts, raw))).toEqual([
      '1.392 hồ sơ',
      '1.392 hồ sơ',
      '1.392 hồ sơ',
    ]);
  });

  it('(i) … (ii) … after a colon: items are parts of the total before the colon, labelled', () => {
    const facts = factsOf(
      'Trong 24 chỉ tiêu được Hội đồng nhân dân tỉnh giao, đến nay đã có: (i) 4/24 chỉ tiêu đạt và vượt kế hoạch (tỷ lệ che phủ rừng). (ii) 07/24 chỉ tiêu đạt trên 90% kế hoạch; (iii) 03/24 chỉ tiêu đạt trên 50% kế hoạch, (iv) 01 chỉ tiêu đạt dưới 50% kế hoạch; (v) 9/24 chỉ tiêu cuối năm đánh giá.',
    );
    const items = facts.filter((fact) => fact.links.partCue === 'enumeration');
    expect(items.map((fact) => [fact.raw, fact.links.enumeration])).toEqual([
      ['4/24 chỉ tiêu', 'i'],
      ['07/24 chỉ tiêu', 'ii'],
      ['03/24 chỉ tiêu', 'iii'],
      ['01 chỉ tiêu', 'iv'],
      ['9/24 chỉ tiêu', 'v'],
    ]);
    expect(new Set(items.map((fact) => fact.links.partOf))).toEqual(new Set([byRaw(facts, '24 chỉ tiêu').id]));
    expect(byRaw(facts, '90%').links.enumeration).toBe('ii');
    expect(parentRaw(facts, '90%')).toBeNull();
  });

  it('an enumeration without a total before its colon labels figures but links nothing', () => {
    const facts = factsOf(
      'Về tiến độ triển khai: (i) đã ban hành 09 quyết định, 05 kế hoạch; (ii) 03 nội dung đang hoàn chỉnh; (iii) 01 nội dung đã trình.',
    );
    expect(facts.map((fact) => [fact.raw, fact.links.enumeration, fact.links.partOf])).toEqual([
      ['09 quyết định', 'i', null],
      ['05 kế hoạch', 'i', null],
      ['03 nội dung', 'ii', null],
      ['01 nội dung', 'iii', null],
    ]);
  });
});

describe('referenceFact: the plan figure in parentheses', () => {
  it('(kế hoạch 470.500 tấn) qualifies the attainment and the actual figure', () => {
    const facts = factsOf('Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn).');
    expect(referenceRaw(facts, '85,6%')).toBe('470.500 tấn');
    expect(referenceRaw(facts, '402.921 tấn')).toBe('470.500 tấn');
    expect(byRaw(facts, '470.500 tấn').links.parenthetical).toBe(true);
    expect(byRaw(facts, '402.921 tấn').links.parenthetical).toBe(false);
  });

  it('a plan percentage after a percentage; a stray comma before the parenthesis', () => {
    const facts = factsOf(
      'tỷ lệ che phủ rừng đạt 12% (kế hoạch 11%).',
      'khách quốc tế 46,26 nghìn lượt, đạt 98,43% kế hoạch, (kế hoạch 47 nghìn lượt) tổng doanh thu đạt 3.978,4 tỷ đồng',
    );
    expect(referenceRaw(facts, '12%')).toBe('11%');
    expect(referenceRaw(facts, '98,43%')).toBe('47 nghìn lượt');
    expect(referenceRaw(facts, '46,26 nghìn lượt')).toBe('47 nghìn lượt');
    expect(referenceRaw(facts, '3.978,4 tỷ đồng')).toBeNull();
  });

  it('a parenthesis that is not a plan links nothing', () => {
    const facts = factsOf('Số thực tế giải ngân là 34,19% (nếu tách tiền đất thì tỷ lệ giải ngân là 38,5%).');
    expect(byRaw(facts, '34,19%').links.referenceFact).toBeNull();
    expect(parentRaw(facts, '38,5%')).toBeNull();
  });
});

describe('footnote markers', () => {
  const run = (text: string): Fact[] =>
    extractFacts(
      reportOf(
        [text],
        [
          { number: 22, text: 'A; B; C; D.' },
          { number: 24, text: 'X' },
          { number: 14, text: 'Y' },
          { number: 15, text: 'Z' },
        ],
      ),
    );

  it('a marker right after the figure or its noun phrase belongs to it', () => {
    expect(byRaw(run('còn 04 đề án²² trễ hạn.'), '04 đề án').links.footnote).toBe(22);
    expect(byRaw(run('đến nay 9/15 huyện, thành phố²⁴ chưa phê duyệt'), '9/15 huyện, thành phố').links.footnote).toBe(24);
    expect(byRaw(run('đạt 49,69% kế hoạch năm, tăng 4,42% cùng kỳ¹⁴.'), '4,42%').links.footnote).toBe(14);
    expect(byRaw(run('đạt 49,69% kế hoạch năm, tăng 4,42% cùng kỳ¹⁴.'), '49,69%').links.footnote).toBeNull();
  });

  it('a marker after a closing parenthesis belongs to the clause before it', () => {
    const facts = run('đến nay có 3.649 tàu lắp đặt thiết bị giám sát hành trình tàu cá (VMS)¹⁵.');
    expect(byRaw(facts, '3.649 tàu').links.footnote).toBe(15);
  });

  it('a marker with no figure in its clause links nothing', () => {
    const facts = run('Tổng chi 5 tỷ đồng, chủ động rà soát kế hoạch¹⁴.');
    expect(byRaw(facts, '5 tỷ đồng').links.footnote).toBeNull();
  });
});
