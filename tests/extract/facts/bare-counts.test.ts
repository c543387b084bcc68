import { describe, expect, it } from 'vitest';
import { byRaw, figuresOf } from './report.js';

/**
 * An integer followed by a noun the unit lexicon does not know counts that noun: it must come out
 * as an exact count (status ok), while years, codes, phone numbers, decimals and bare amounts stay
 * unclassified or keep their own kind.
 */
describe('counts of nouns the lexicon does not know', () => {
  const counts: Array<[string, string, number, string]> = [
    ['Trên địa bàn huyện hiện còn 03 ổ dịch chưa qua 21 ngày.', '03 ổ dịch', 3, 'ổ dịch'],
    ['Đoàn vận động viên của tỉnh giành được 27 huy chương các loại.', '27 huy chương', 27, 'huy chương'],
    ['Công an xã đã bắt giữ 6 kẻ gian trong đợt cao điểm.', '6 kẻ gian', 6, 'kẻ gian'],
    ['Nhà trường đã trao 120 suất quà cho học sinh nghèo.', '120 suất quà', 120, 'suất quà'],
    ['Tổ chức khám sàng lọc cho 1.250 cháu, phát hiện 14 cháu có dấu hiệu bệnh.', '1.250 cháu', 1250, 'cháu'],
    ['Tiếp nhận 05 khiếu nại, 02 tố cáo trong quý.', '05 khiếu nại', 5, 'khiếu nại'],
  ];
  it.each(counts)('%s', (sentence, raw, value, unit) => {
    const fact = byRaw(figuresOf(sentence), raw);
    expect(fact).toMatchObject({ kind: 'quantity', value, unit, status: 'ok' });
    expect(fact.provenance.pattern).toBe('number-unknown-noun');
  });

  it('names the same thing the same way when other words follow the noun', () => {
    const facts = figuresOf('Có 05 ổ dịch, trong đó: 03 ổ dịch xảy ra tại xã A; 02 ổ dịch đã qua 21 ngày.');
    expect(facts.filter((f) => f.unit === 'ổ dịch').map((f) => f.value)).toEqual([5, 3, 2]);
  });

  const notCounts: Array<[string, string]> = [
    ['Kết quả thực hiện trong năm 2025 các chỉ tiêu chính', '2025'],
    ['Liên hệ đường dây nóng 0912345678 để phản ánh', '0912345678'],
    ['Số ca mắc COVID 19 giảm mạnh', '19'],
    ['đã chuyển nguyên trạng 1.376 các đơn vị sự nghiệp', '1.376'],
    ['Triển khai dịch vụ mức độ 3 và 4 đối với thủ tục cấp phép', '4'],
  ];
  it.each(notCounts)('%s: %s is not a count of the next word', (sentence, raw) => {
    const found = figuresOf(sentence).filter((f) => f.raw.startsWith(raw));
    for (const fact of found) expect(fact.provenance.pattern).not.toBe('number-unknown-noun');
  });

  it('keeps decimals, percentages and document numbers out', () => {
    const facts = figuresOf('Điểm bình quân đạt 8,5 điểm, tăng 2,5% theo Báo cáo số 12/BC-UBND ngày 05/3/2025 của Sở.');
    expect(facts.some((f) => f.provenance.pattern === 'number-unknown-noun')).toBe(false);
  });

  it('does not read a number opening a block as a count', () => {
    const facts = figuresOf('4 tượng sâu bệnh gây hại trên lúa');
    expect(facts.some((f) => f.provenance.pattern === 'number-unknown-noun')).toBe(false);
  });
});

describe('a bare integer closing a label that names a counted noun', () => {
  it('counts the label noun when the sentence already counted it', () => {
    const facts = figuresOf('Toàn huyện có 640 người nghiện ma túy (người nghiện 2011 (tại cộng đồng 95), người sử dụng 412).');
    expect(byRaw(facts, '2011')).toMatchObject({ kind: 'quantity', unit: 'người nghiện', value: 2011, status: 'ok' });
    expect(byRaw(facts, '412')).toMatchObject({ kind: 'quantity', unit: 'người', value: 412, status: 'ok' });
    // `tại cộng đồng` names no counted noun: that figure stays bare.
    expect(byRaw(facts, '95').status).toBe('unclassified');
  });

  it('reads parts after `trong đó` and inside a parenthesis', () => {
    const facts = figuresOf(
      'Tiếp nhận 58 hồ sơ (hồ sơ trực tuyến 41, hồ sơ trực tiếp 17); có 9 đơn vị, trong đó đơn vị cấp tỉnh 4, đơn vị cấp xã 5.',
    );
    expect(['41', '17', '4', '5'].map((raw) => byRaw(facts, raw).unit)).toEqual(['hồ sơ', 'hồ sơ', 'đơn vị', 'đơn vị']);
  });

  it('leaves a label without an earlier count of its noun as an ordinal', () => {
    const facts = figuresOf('Kết quả khảo sát, câu hỏi 5 có nhiều ý kiến nhất; đợt 2, tổ công tác 3 hoạt động.');
    for (const raw of ['5', '2']) expect(byRaw(facts, raw).status).toBe('unclassified');
  });

  it('keeps a label whose number is a year, or a label with a verb, out', () => {
    const facts = figuresOf('Có 15 đơn vị đạt chuẩn, đơn vị đạt 12, kế hoạch năm 2025.');
    expect(byRaw(facts, '12').provenance.pattern).not.toBe('number-unit-from-label');
  });
});

describe('counts written in words', () => {
  const counts: Array<[string, string, number, string]> = [
    ['Công tác phòng, chống ma túy bảo đảm cả ba tiêu chí đề ra.', 'ba tiêu chí', 3, 'tiêu chí'],
    ['Sở Y tế tập trung hai nhiệm vụ trọng tâm trong quý.', 'hai nhiệm vụ', 2, 'nhiệm vụ'],
    ['Thanh tra tỉnh tiến hành năm cuộc thanh tra hành chính.', 'năm cuộc', 5, 'cuộc'],
    ['Bốn nhóm giải pháp được triển khai đồng bộ.', 'Bốn nhóm', 4, 'nhóm'],
  ];
  it.each(counts)('%s', (sentence, raw, value, unit) => {
    const fact = byRaw(figuresOf(sentence), raw);
    expect(fact).toMatchObject({ kind: 'quantity', value, status: 'ok' });
    expect(fact.unit?.startsWith(unit.split(' ')[0] as string)).toBe(true);
    expect(fact.provenance.pattern).toBe('spelled-count');
    // the fact carries its source span
    expect(sentence.slice(fact.position.start, fact.position.end)).toBe(raw);
  });

  const notCounts = [
    'Một số đơn vị chưa hoàn thành nhiệm vụ được giao.',
    'Ngày thứ hai của đợt kiểm tra, đoàn làm việc với Sở Y tế.',
    'Trong năm đơn vị đã giải quyết hồ sơ đúng hạn.',
    'Tổng cộng có hai mươi ba nhiệm vụ được giao.',
    'Kế hoạch thực hiện trong ba năm liên tiếp.',
    'Tháng ba đơn vị tổ chức kiểm tra.',
    'Ba mẹ học sinh được mời dự họp phụ huynh.',
  ];
  it.each(notCounts)('%s: no count in words', (sentence) => {
    expect(figuresOf(sentence).some((f) => f.provenance.pattern === 'spelled-count')).toBe(false);
  });
});
