import { describe, expect, it } from 'vitest';
import { factsOf, figuresOf } from './report.js';

/** Dates, periods, document numbers, labels and ordinals are never quantities. */

describe('dates are facts of kind date with an ISO date', () => {
  it.each([
    ['Đến ngày 30/6/2022, toàn tỉnh', '30/6/2022', '2022-06-30'],
    ['Kế hoạch số 60/KH-UBND ngày 14/03/2022', '14/03/2022', '2022-03-14'],
    ['Chương trình số 47-CTr/TU ngày 21-02-2019 của Tỉnh ủy', '21-02-2019', '2019-02-21'],
    ['ban hành ngày 21.02.2019', '21.02.2019', '2019-02-21'],
    ['Hội thảo (tổ chức ngày 12/5)', 'ngày 12/5', '--05-12'],
    ['trong khoảng tháng 02 đến cuối tháng 3/2022', 'tháng 02', '--02'],
    ['trong khoảng tháng 02 đến cuối tháng 3/2022', 'tháng 3/2022', '2022-03'],
    ['BÁO CÁO THÁNG 6 NĂM 2022', 'THÁNG 6 NĂM 2022', '2022-06'],
    ['An Giang, ngày 05 tháng 10 năm 2023', 'ngày 05 tháng 10 năm 2023', '2023-10-05'],
    ['số liệu đến 6/2024', '6/2024', '2024-06'],
  ])('%s → %s', (sentence, raw, iso) => {
    const fact = factsOf(sentence).find((f) => f.raw === raw);
    expect(fact).toMatchObject({ kind: 'date', date: iso, value: null });
  });

  it('an impossible date is unclassified, not a guess', () => {
    expect(factsOf('ngày 31/02/2022')[0]).toMatchObject({ kind: 'date', date: null, status: 'unclassified' });
  });
});

describe('periods are facts of kind period', () => {
  it.each([
    ['UBND tỉnh 06 tháng đầu năm 2022 đã', '06 tháng đầu năm 2022'],
    ['Kết quả 6 tháng đầu năm đạt được', '6 tháng đầu năm'],
    ['nhiệm vụ 6 tháng cuối năm', '6 tháng cuối năm'],
    ['trình Thủ tướng trong Quý III/2022 (kế hoạch Quý II)', 'Quý III/2022'],
    ['trình Thủ tướng trong Quý III/2022 (kế hoạch Quý II)', 'Quý II'],
    ['các chỉ tiêu quý III, IV/2022 và cả năm', 'quý III, IV/2022'],
    ['dự toán ngân sách năm 2022', 'năm 2022'],
    ['là mức tăng cao nhất trong 5 năm qua', '5 năm qua'],
    ['theo giá so sánh 2010', '2010'],
    ['phân đấu 6 cuối năm huy động', '6 cuối năm'],
    ['lũy kế 10 tháng năm 2024', '10 tháng năm 2024'],
  ])('%s → %s', (sentence, raw) => {
    const fact = factsOf(sentence).find((f) => f.raw === raw);
    expect(fact).toMatchObject({ kind: 'period', value: null, status: 'ok' });
    expect(fact?.date).toBe(raw);
  });

  it('a year alone without a cue is a period flagged ambiguous', () => {
    expect(factsOf('đạt 2050 trong')[0]).toMatchObject({ kind: 'period', status: 'ambiguous' });
  });
});

describe('document numbers, labels, identifiers and ordinals are skipped', () => {
  it.each([
    'Kế hoạch số 17/KH-UBND của UBND tỉnh',
    'các Nghị quyết: số 01/NQ-CP, 02/NQ-CP và 11/NQ-CP',
    'Nghị quyết số 43/2022/QH15 của Quốc hội',
    'Quyết định số 08/2022/QĐ-TTg của Thủ tướng',
    'Chương trình số 09-CTr/TU của Tỉnh ủy',
    'Nghị quyết số 36-NQ/TW của BCH TW',
    'Số: 329 /BC-UBND',
    'phòng, chống dịch Covid-19 và H5N1',
    'kinh tế số 4G và 5G',
    'đường 3/2 nối dài; đường tỉnh 945 đoạn qua huyện',
    'Chi tiết Báo cáo Tổ 770',
    'tỷ lệ tiêm mũi 3 đạt cao; tiêm mũi thứ 3 cho người lớn',
    'toàn tỉnh duy trì cấp độ 01',
    'Đại hội lần thứ IX',
    'Điều 5 khoản 2 của Luật',
    'vào lớp 1 trong năm học mới',
    'kết quả triển khai Đề án 06 năm 2024 theo Quyết định 06',
    'hợp đồng theo Nghị định 68; tiêu chuẩn TCVN ISO 9001:2015',
    'dịch vụ công trực tuyến mức độ 3',
    'nguyên tắc “5-4-3-2-1” của Tổ công tác',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('skips section and item labels but reads the figures after them', () => {
    expect(figuresOf('3.1. Sở Nông nghiệp đạt 5 hồ sơ').map((f) => f.raw)).toEqual(['5 hồ sơ']);
    expect(figuresOf('1. Nêu cao tinh thần trách nhiệm').map((f) => f.raw)).toEqual([]);
    expect(figuresOf('6.1.Công tác rà soát 12 hồ sơ').map((f) => f.raw)).toEqual(['12 hồ sơ']);
    expect(figuresOf('các huyện: (1) Các thành phố không lập. (2) Các huyện còn lại: 05/11 huyện').map((f) => f.raw)).toEqual([
      '05/11 huyện',
    ]);
  });

  it('keeps a parenthesised count after a name, but not a label that opens an item', () => {
    expect(
      figuresOf('còn 04 đề án trễ hạn: Sở Văn hóa và Thể thao (01), Sở Xây dựng (01), Sở Kế hoạch và Đầu tư (02).').map((f) => f.raw),
    ).toEqual(['04 đề án', '(01)', '(01)', '(02)']);
  });

  it('a name number does not hide a figure with a unit after the same word', () => {
    expect(figuresOf('Đề án 06 và 3 đề án khác; dự án 5 tỷ đồng').map((f) => f.raw)).toEqual(['3 đề án', '5 tỷ đồng']);
  });

  it('a slash chain that is no date is flagged, not dropped', () => {
    expect(factsOf('Công văn ngày 07/11/205 của Chủ tịch').map((f) => [f.kind, f.status])).toContainEqual(['number', 'unclassified']);
  });

  it('dates inside document references are still dates', () => {
    const facts = factsOf('Kế hoạch số 17/KH-UBND ngày 07/02/2022');
    expect(facts.map((f) => [f.kind, f.raw])).toEqual([['date', '07/02/2022']]);
  });
});
