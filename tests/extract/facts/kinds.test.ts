import { describe, expect, it } from 'vitest';
import { Fact } from '../../../src/model/fact.js';
import { byRaw, factsOf, figuresOf, reportOf } from './report.js';
import { extractFacts } from '../../../src/extract/facts/index.js';

type Expect = {
  raw: string;
  kind: string;
  value: number | null;
  unit: string | null;
  displayUnit?: string | null;
  scale?: number;
  exact?: string;
  decimals?: number;
};

/** Each row: a sentence in report wording, and the figure it must give. */
const CASES: Array<[string, Expect]> = [
  [
    'đã giao 2.307 nhiệm vụ cho các ngành',
    { raw: '2.307 nhiệm vụ', kind: 'quantity', value: 2307, unit: 'nhiệm vụ', exact: '2307', decimals: 0 },
  ],
  ['chiếm tỷ lệ 12,92%', { raw: '12,92%', kind: 'percent', value: 12.92, unit: '%', exact: '12.92', decimals: 2 }],
  ['giảm còn 0,9 %', { raw: '0,9 %', kind: 'percent', value: 0.9, unit: '%', decimals: 1 }],
  ['tăng 5 phần trăm', { raw: '5 phần trăm', kind: 'percent', value: 5, unit: '%', displayUnit: 'phần trăm' }],
  ['tăng 2,5 điểm phần trăm', { raw: '2,5 điểm phần trăm', kind: 'quantity', value: 2.5, unit: 'điểm phần trăm' }],
  [
    'Tổng sản phẩm ước 33.271 tỷ đồng',
    { raw: '33.271 tỷ đồng', kind: 'money', value: 33271e9, unit: 'đồng', displayUnit: 'tỷ đồng', scale: 1e9, exact: '33271' },
  ],
  [
    'giá trị đạt 25.743,7 tỷ đồng',
    { raw: '25.743,7 tỷ đồng', kind: 'money', value: 25743.7e9, unit: 'đồng', exact: '25743.7', decimals: 1 },
  ],
  [
    'thu hút 3,495 triệu lượt khách',
    { raw: '3,495 triệu lượt', kind: 'quantity', value: 3495000, unit: 'lượt', displayUnit: 'triệu lượt', scale: 1e6 },
  ],
  ['khách quốc tế 46,26 nghìn lượt', { raw: '46,26 nghìn lượt', kind: 'quantity', value: 46260, unit: 'lượt', scale: 1e3 }],
  ['khách quốc tế 46,26 ngàn lượt', { raw: '46,26 ngàn lượt', kind: 'quantity', value: 46260, unit: 'lượt' }],
  ['xuất khẩu đạt 392 triệu USD', { raw: '392 triệu USD', kind: 'money', value: 392e6, unit: 'USD', displayUnit: 'triệu USD' }],
  ['nợ 1,2 nghìn tỷ đồng', { raw: '1,2 nghìn tỷ đồng', kind: 'money', value: 1.2e12, unit: 'đồng', scale: 1e12 }],
  ['kinh phí 12 tỉ đồng', { raw: '12 tỉ đồng', kind: 'money', value: 12e9, unit: 'đồng' }],
  ['mức thu 500.000đ mỗi hồ sơ', { raw: '500.000đ', kind: 'money', value: 500000, unit: 'đồng' }],
  ['hỗ trợ 35 trđ', { raw: '35 trđ', kind: 'money', value: 35e6, unit: 'đồng', scale: 1e6 }],
  ['khoảng 3 chục hộ', { raw: '3 chục hộ', kind: 'quantity', value: 30, unit: 'hộ', scale: 10 }],
  ['gần 5 trăm người', { raw: '5 trăm người', kind: 'quantity', value: 500, unit: 'người' }],
  ['sản lượng đạt 2,4 triệu tấn', { raw: '2,4 triệu tấn', kind: 'quantity', value: 2.4e6, unit: 'tấn' }],
  ['quy mô 13,79ha', { raw: '13,79ha', kind: 'quantity', value: 13.79, unit: 'ha' }],
  ['toàn tỉnh đã tiêm 3.363.245 liều', { raw: '3.363.245 liều', kind: 'quantity', value: 3363245, unit: 'liều' }],
  ['giảm 774 cas so với cùng kỳ', { raw: '774 cas', kind: 'quantity', value: 774, unit: 'ca' }],
  ['trung bình khoảng 142 ca/ngày', { raw: '142 ca/ngày', kind: 'quantity', value: 142, unit: 'ca/ngày' }],
  ['giá lúa 7.200 đồng/kg', { raw: '7.200 đồng/kg', kind: 'money', value: 7200, unit: 'đồng/kg' }],
  ['đã ban hành 01 Kế hoạch chung', { raw: '01 Kế hoạch', kind: 'quantity', value: 1, unit: 'kế hoạch' }],
  ['giao 15 sở ngành phụ trách', { raw: '15 sở ngành', kind: 'quantity', value: 15, unit: 'sở' }],
  [
    'hoàn thành thêm 09 chương trình/kế hoạch/đề án/dự án',
    { raw: '09 chương trình/kế hoạch/đề án/dự án', kind: 'quantity', value: 9, unit: 'chương trình' },
  ],
  ['Toàn tỉnh hiện có 9.806 tàu cá', { raw: '9.806 tàu cá', kind: 'quantity', value: 9806, unit: 'tàu' }],
  ['tiêm cho trẻ 18 tháng tuổi', { raw: '18 tháng tuổi', kind: 'quantity', value: 18, unit: 'tháng tuổi' }],
  ['hoàn thành 04/12 đề án/nhiệm vụ', { raw: '04/12 đề án/nhiệm vụ', kind: 'fraction', value: 4, unit: 'đề án' }],
  ['đã có 144/144 xã, phường, thị trấn tổ chức', { raw: '144/144 xã, phường, thị trấn', kind: 'fraction', value: 144, unit: 'xã' }],
  ['đã phê duyệt 6/15 huyện, thành phố', { raw: '6/15 huyện, thành phố', kind: 'fraction', value: 6, unit: 'huyện' }],
  ['nâng tổng số đã hoàn thành 21/21.', { raw: '21/21', kind: 'fraction', value: 21, unit: null }],
  ['hồ sơ đúng hạn 265.456/305.194 hồ sơ', { raw: '265.456/305.194 hồ sơ', kind: 'fraction', value: 265456, unit: 'hồ sơ' }],
  ['Tốc độ tăng trưởng xếp thứ 5/13 tỉnh, thành phố vùng', { raw: '5/13 tỉnh, thành phố', kind: 'fraction', value: 5, unit: 'tỉnh' }],
  ['học sinh từ 6-14 tuổi đến trường', { raw: '6-14 tuổi', kind: 'range', value: null, unit: 'tuổi' }],
  ['trẻ em từ 5 đến dưới 12 tuổi', { raw: 'từ 5 đến dưới 12 tuổi', kind: 'range', value: null, unit: 'tuổi' }],
  ['Quy hoạch thời kỳ 2021-2030, tầm nhìn', { raw: '2021-2030', kind: 'range', value: null, unit: null }],
  ['giai đoạn 2022 - 2025 theo', { raw: '2022 - 2025', kind: 'range', value: null, unit: null }],
  ['giá từ 7.200 đến 8.100 đồng/kg', { raw: 'từ 7.200 đến 8.100 đồng/kg', kind: 'range', value: null, unit: 'đồng/kg' }],
  ['Sở Xây dựng (01), Sở Tư pháp (02).', { raw: '(01)', kind: 'number', value: 1, unit: null }],
];

describe('figures: value in base units, unit, displayed number', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const fact = byRaw(figuresOf(sentence), expected.raw);
    expect(fact.kind).toBe(expected.kind);
    expect(fact.value).toBe(expected.value);
    expect(fact.unit).toBe(expected.unit);
    if (expected.displayUnit !== undefined) expect(fact.displayUnit).toBe(expected.displayUnit);
    if (expected.scale !== undefined) expect(fact.scale).toBe(expected.scale);
    if (expected.exact !== undefined) expect(fact.number?.exact).toBe(expected.exact);
    if (expected.decimals !== undefined) expect(fact.number?.decimals).toBe(expected.decimals);
    expect(fact.status).toBe('ok');
    expect(sentence.slice(fact.position.start, fact.position.end)).toBe(fact.raw);
    Fact.parse(fact);
  });

  it('keeps the displayed digits of fractions and ranges exactly', () => {
    const [fraction] = figuresOf('đã có 07/24 chỉ tiêu');
    expect(fraction?.fraction).toEqual({
      numerator: { text: '07', exact: '7', decimals: 0, ambiguous: false },
      denominator: { text: '24', exact: '24', decimals: 0, ambiguous: false },
    });
    const [range] = figuresOf('trẻ em từ 12 đến dưới 18 tuổi');
    expect(range?.range).toMatchObject({ from: { exact: '12' }, to: { exact: '18' }, inclusiveUpper: false });
    const [inclusive] = figuresOf('tiêm cho trẻ 12-17 tuổi');
    expect(inclusive?.range?.inclusiveUpper).toBe(true);
  });

  it('reads leading zeros as house style, not octal or codes', () => {
    expect(figuresOf('đã giao 08 nhiệm vụ').map((f) => f.value)).toEqual([8]);
    expect(figuresOf('có 007 hồ sơ').map((f) => f.number?.exact)).toEqual(['7']);
  });

  it('reads a bare grouped number as an integer and keeps a count without a noun as a number', () => {
    const [fact] = figuresOf('đến nay có 3.649 lắp đặt thiết bị giám sát');
    expect(fact).toMatchObject({ kind: 'number', value: 3649, unit: null, status: 'unclassified' });
  });

  it('takes the counted noun from `số <noun> … là N` when the figure stands bare', () => {
    expect(byRaw(figuresOf('Tổng số nhiệm vụ được giao là 123, đã hoàn thành đúng hạn 120.'), '123')).toMatchObject({
      kind: 'quantity',
      unit: 'nhiệm vụ',
      displayUnit: null,
      status: 'ok',
    });
    expect(byRaw(figuresOf('Tổng số người nghiện ma túy: 1974.'), '1974')).toMatchObject({
      kind: 'quantity',
      unit: 'người nghiện',
      value: 1974,
    });
    expect(byRaw(figuresOf('Số đang ở ngoài xã hội: 83.'), '83').status).toBe('unclassified');
  });

  it('gives exact values for money written with decimals (no binary drift)', () => {
    const [fact] = figuresOf('chi đầu tư phát triển 1.410,23 tỷ đồng');
    expect(fact?.value).toBe(1410230000000);
    expect(fact?.number?.exact).toBe('1410.23');
  });

  it('reads footnote bodies, positioned in the footnote', () => {
    const facts = extractFacts(
      reportOf(
        ['Đã tiêm chủng đầy đủ¹⁰.'],
        [{ number: 10, text: 'Đến ngày 30/6/2022, toàn tỉnh đã tiêm 3.363.245 liều; 99,36% người từ 18 tuổi trở lên.' }],
      ),
    );
    const dose = byRaw(facts, '3.363.245 liều');
    expect(dose.position.block).toBe('fn10');
    expect(dose.position.page).toBe(1);
    expect(byRaw(facts, '99,36%').kind).toBe('percent');
  });

  it('numbers facts f1… in reading order, footnote figures right after the block citing them', () => {
    const facts = extractFacts(reportOf(['Có 5 hồ sơ¹.', 'Có 7 hồ sơ.'], [{ number: 1, text: 'Trong đó 2 hồ sơ trễ hạn.' }]));
    expect(facts.map((f) => [f.id, f.raw, f.position.block])).toEqual([
      ['f1', '5 hồ sơ', 'b1'],
      ['f2', '2 hồ sơ', 'fn1'],
      ['f3', '7 hồ sơ', 'b2'],
    ]);
  });

  it('skips tables, recipients and signatures; reads only dates in the header', () => {
    const report = reportOf([
      { text: 'Số: 215/BC-UBND | An Giang, ngày 05 tháng 10 năm 2023', kind: 'header' },
      { text: 'Nơi nhận: 5 bản', kind: 'recipients' },
      { text: 'Có 3 hồ sơ.', kind: 'paragraph' },
    ]);
    const facts = extractFacts(report);
    expect(facts.map((f) => [f.kind, f.raw])).toEqual([
      ['date', 'ngày 05 tháng 10 năm 2023'],
      ['quantity', '3 hồ sơ'],
    ]);
    expect(facts[0]?.date).toBe('2023-10-05');
  });
});

describe('ambiguous and malformed shapes are flagged, never guessed silently', () => {
  it.each([
    ['tăng 1.5 lần', '1.5 lần', 'ambiguous'],
    ['đạt 1.367%', '1.367%', 'ambiguous'],
    ['giao 2,307 nhiệm vụ', '2,307 nhiệm vụ', 'ambiguous'],
    ['mã 1.2.3 sai', '1.2.3', 'unclassified'],
    ['có 1,2,3 hồ sơ', '1,2,3', 'unclassified'],
  ])('%s', (sentence, raw, status) => {
    expect(byRaw(factsOf(sentence), raw).status).toBe(status);
  });

  it('a bare a/b that could be a day and month is ambiguous', () => {
    expect(byRaw(factsOf('đã đạt 5/11 trong kỳ'), '5/11')).toMatchObject({ kind: 'fraction', status: 'ambiguous' });
    expect(byRaw(factsOf('báo cáo trước 30/6 hằng năm'), '30/6')).toMatchObject({ kind: 'date', date: '--06-30', status: 'ambiguous' });
    expect(byRaw(factsOf('đang thẩm định 9/15.'), '9/15')).toMatchObject({ kind: 'fraction', status: 'ok' });
  });
});
