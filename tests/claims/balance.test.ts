import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/checks/index.js';
import { extractAll } from '../../src/extract/index.js';
import { Claim } from '../../src/model/index.js';
import { parseReportText } from '../../src/pipeline.js';

const checked = (text: string): ReturnType<typeof checkDocument> => {
  const report = parseReportText(text);
  return checkDocument({ ...report, ...extractAll(report) });
};

const ofKind = (text: string, kind: string): Claim[] => checked(text).claims.filter((c) => c.kind === kind);
const roles = (c: Claim | undefined): string[] => (c ? c.operands.map((o) => `${o.role}:${o.raw}`) : []);
const balanceFindings = (text: string): Array<{ status: string; reasonId: string | null }> =>
  checked(text)
    .findings.filter((f) => f.rule === 'balance')
    .map((f) => ({ status: f.status, reasonId: f.reasonId ?? null }));

describe('running balances', () => {
  it('reads a balance over list items, each role by its label, and validates as a claim', () => {
    const text = [
      'Kết quả giải quyết án hành chính:',
      '- Số kỳ trước chuyển sang: 9 vụ án.',
      '- Số thụ lý mới: 27 vụ án.',
      '- Số đã giải quyết: 30 vụ án.',
      '- Số còn lại chuyển kỳ sau: 6 vụ án.',
    ].join('\n\n');
    const [claim, ...rest] = ofKind(text, 'balance');
    expect(rest).toEqual([]);
    expect(() => Claim.parse(claim)).not.toThrow();
    expect(claim?.stated?.raw).toBe('6 vụ án');
    expect(roles(claim)).toEqual(['opening:9 vụ án', 'inflow:27 vụ án', 'outflow:30 vụ án']);
    expect(claim?.scope).toBe('section');
    expect(balanceFindings(text)).toEqual([{ status: 'consistent', reasonId: null }]);
    expect(balanceFindings(text.replace('6 vụ án.', '8 vụ án.'))).toEqual([{ status: 'inconsistent', reasonId: null }]);
  });

  it('takes a total whose parenthesis opens with the carried-over count as the figure to be handled', () => {
    const text =
      'Thanh tra tỉnh thụ lý 52 đơn (tồn kỳ trước 12 đơn, tiếp nhận mới 40 đơn); đã giải quyết xong 45 đơn; còn 7 đơn đang xác minh.';
    const [split, claim] = ofKind(text, 'balance');
    expect(roles(split)).toEqual(['opening:12 đơn', 'inflow:40 đơn']);
    expect(roles(claim)).toEqual(['base:52 đơn', 'outflow:45 đơn']);
    expect(claim?.stated?.raw).toBe('7 đơn');
    expect(balanceFindings(text.replace('còn 7 đơn', 'còn 5 đơn')).map((f) => f.status)).toEqual(['consistent', 'inconsistent']);
  });

  it('checks a total its parenthesis splits into carried over and new, and only when every figure there has a role', () => {
    const text = (opening: string, fresh: string): string =>
      `Tổng số đơn phải giải quyết 43 đơn (${opening}, ${fresh}); đã giải quyết 35 đơn; còn 8 đơn.`;
    const totals = (t: string): Claim[] => ofKind(t, 'balance').filter((c) => c.stated?.role === 'total');
    expect(roles(totals(text('kỳ trước chuyển sang 11 đơn', 'tiếp nhận mới 32 đơn'))[0])).toEqual(['opening:11 đơn', 'inflow:32 đơn']);
    expect(balanceFindings(text('kỳ trước chuyển sang 11 đơn', 'tiếp nhận mới 32 đơn')).map((f) => f.status)).toEqual([
      'consistent',
      'consistent',
    ]);
    expect(balanceFindings(text('kỳ trước chuyển sang 11 đơn', 'tiếp nhận mới 23 đơn')).map((f) => f.status)).toEqual([
      'inconsistent',
      'consistent',
    ]);
    // A figure of the parenthesis with no role (`đơn trùng 3`) leaves the split unchecked.
    expect(totals(text('kỳ trước chuyển sang 11 đơn', 'đơn trùng 3 đơn'))).toEqual([]);
  });

  it('opens no second balance at the carried-over detail of a total', () => {
    const text =
      'Tổng số đơn phải xử lý: 33 đơn, trong đó: kỳ trước chuyển sang 8 đơn, tiếp nhận mới 25 đơn. Đã giải quyết 26 đơn; còn 7 đơn.';
    const claims = ofKind(text, 'balance');
    expect(claims.map(roles)).toEqual([['base:33 đơn', 'outflow:26 đơn']]);
    expect(balanceFindings(text)).toEqual([{ status: 'consistent', reasonId: null }]);
  });

  it('takes no `còn lại` of a `trong đó` breakdown for the remaining figure', () => {
    const text =
      'Kỳ trước chuyển sang 6 hồ sơ; tiếp nhận mới 120 hồ sơ; trong đó trực tuyến 95 hồ sơ, còn lại 25 hồ sơ nộp trực tiếp; đã giải quyết 117 hồ sơ; còn 9 hồ sơ.';
    const [claim] = ofKind(text, 'balance');
    expect(claim?.stated?.raw).toBe('9 hồ sơ');
    expect(balanceFindings(text)).toEqual([{ status: 'consistent', reasonId: null }]);
  });

  it('takes a `Trong đó` sentence or item for details of the figure before it', () => {
    const text = [
      '- Kỳ trước chuyển qua 04 đối tượng.',
      '- Phát sinh mới: 11 đối tượng.',
      '- Bắt, vận động đầu thú: 09 đối tượng. Trong đó, phối hợp bắt giữ ở nước ngoài 02 đối tượng.',
      '- Trong đó: đầu thú 03 đối tượng.',
      '- Hiện đang truy bắt 06 đối tượng.',
    ].join('\n\n');
    expect(roles(ofKind(text, 'balance')[0])).toEqual(['opening:04 đối tượng', 'inflow:11 đối tượng', 'outflow:09 đối tượng']);
    expect(balanceFindings(text)).toEqual([{ status: 'consistent', reasonId: null }]);
  });

  it('passes over figures of other things and the details of a figure', () => {
    const text =
      'Kỳ trước chuyển sang 14 đối tượng; phát sinh mới 9 đối tượng; đã bắt 12 đối tượng (trong đó 4 đối tượng đầu thú), thu giữ 3 xe mô tô và 25 triệu đồng; còn 11 đối tượng đang truy bắt.';
    const [claim] = ofKind(text, 'balance');
    expect(roles(claim)).toEqual(['opening:14 đối tượng', 'inflow:9 đối tượng', 'outflow:12 đối tượng']);
    expect(balanceFindings(text)).toEqual([{ status: 'consistent', reasonId: null }]);
  });

  it('claims nothing without an opening, over money, across a heading, or for a comparison with the previous period', () => {
    expect(ofKind('Tiếp nhận 80 hồ sơ, đã giải quyết 75 hồ sơ, còn 9 hồ sơ.', 'balance')).toEqual([]);
    expect(
      ofKind('Số dư năm trước chuyển sang 120 tỷ đồng; thu trong năm 300 tỷ đồng; chi 350 tỷ đồng; còn 80 tỷ đồng.', 'balance'),
    ).toEqual([]);
    expect(
      ofKind(['- Kỳ trước chuyển qua 05 đối tượng.', '2. Công tác tuyên truyền', '- Hiện còn 03 đối tượng.'].join('\n\n'), 'balance'),
    ).toEqual([]);
    expect(ofKind('Phát hiện 41 vụ, tăng 6 vụ so với kỳ trước; đã xử lý 38 vụ; còn 3 vụ đang xác minh.', 'balance')).toEqual([]);
  });

  it('reads a decrease as an outflow, and a change against another period as no flow', () => {
    const managed = (now: string): string =>
      `Đầu kỳ quản lý 2.310 người nghiện; phát sinh mới 146 người; giảm 205 người (chết 11, đi cai nghiện 160, chuyển đi 34); hiện quản lý ${now} người.`;
    expect(roles(ofKind(managed('2.251'), 'balance')[0])).toEqual(['opening:2.310 người nghiện', 'inflow:146 người', 'outflow:205 người']);
    expect(balanceFindings(managed('2.251'))).toEqual([{ status: 'consistent', reasonId: null }]);
    // `giảm` may be a change as well as a removal: a mismatch through it is not asserted.
    expect(balanceFindings(managed('2.215'))).toEqual([{ status: 'unverifiable', reasonId: 'roleUnsure' }]);
    const compared = (left: string): string =>
      `Kỳ trước chuyển sang 7 vụ; phát sinh mới 33 vụ, giảm 4 vụ so với cùng kỳ; đã giải quyết 30 vụ; còn ${left} vụ.`;
    expect(balanceFindings(compared('10'))).toEqual([{ status: 'consistent', reasonId: null }]);
    expect(balanceFindings(compared('6'))).toEqual([{ status: 'inconsistent', reasonId: null }]);
  });

  it('reads labelled lines from the start of the period to its end', () => {
    const centre = (end: string): string =>
      [
        'Số học viên đầu kỳ: 612 học viên.',
        'Tiếp nhận mới: 188 học viên.',
        'Hết hạn, trả về địa phương: 203 học viên.',
        `Số cuối kỳ: ${end} học viên.`,
      ].join('\n\n');
    expect(balanceFindings(centre('597'))).toEqual([{ status: 'consistent', reasonId: null }]);
    expect(balanceFindings(centre('579'))).toEqual([{ status: 'inconsistent', reasonId: null }]);
  });

  it('takes a decrease whose parenthesis lists removals for an outflow', () => {
    const wanted = (end: string): string =>
      `Đầu kỳ: 21 đối tượng; phát sinh mới: 9 đối tượng; giảm: 14 đối tượng (bắt 10, đầu thú 3, đình nã 1); cuối kỳ: ${end} đối tượng.`;
    expect(balanceFindings(wanted('16'))).toEqual([{ status: 'consistent', reasonId: null }]);
    expect(balanceFindings(wanted('18'))).toEqual([{ status: 'inconsistent', reasonId: null }]);
  });

  it('does not assert a remainder that a qualifier makes a part of what remains', () => {
    const other =
      'Kỳ trước chuyển sang 12 đối tượng truy nã; phát sinh mới 5 đối tượng; bắt 9 đối tượng. Hiện còn 4 đối tượng nghiện trong cộng đồng.';
    expect(balanceFindings(other)).toEqual([{ status: 'unverifiable', reasonId: 'remainderSplit' }]);
    const text = 'Kỳ trước chuyển sang 4 đơn; tiếp nhận 22 đơn; đã giải quyết 20 đơn; còn 2 đơn quá hạn chưa giải quyết.';
    expect(balanceFindings(text)).toEqual([{ status: 'unverifiable', reasonId: 'remainderSplit' }]);
  });
});

describe('heading totals', () => {
  const desk = (line: string): string =>
    ['Tổng số đơn nhận được: 12 đơn.', 'Phân loại:', line, '- Kết quả xử lý: 9 đơn đã giải quyết; 3 đơn đang giải quyết.'].join('\n\n');

  it('sums each classifying line under the total, a `không có` item as zero', () => {
    const text = [
      'Tiếp nhận: 06',
      '- Theo loại đơn: 03 khiếu nại, 02 tố cáo, 01 phản ánh',
      '- Kết quả xử lý đơn: 04 đơn chuyển cơ quan có thẩm quyền; 02 đơn thuộc thẩm quyền; không có đơn lưu.',
    ].join('\n\n');
    const claims = ofKind(text, 'heading-sum');
    expect(claims.map((c) => c.stated?.raw)).toEqual(['06', '06']);
    expect(roles(claims[1])).toEqual(['part:04 đơn', 'part:02 đơn', 'part:không có']);
    expect(claims[1]?.operands[2]?.fact).toBeNull();
    for (const c of claims) expect(() => Claim.parse(c)).not.toThrow();
    expect(balanceFindings(text).map((f) => f.status)).toEqual(['consistent', 'consistent']);
  });

  it('reads a total line that announces its breakdown (`…: 14 vụ việc, trong đó:`)', () => {
    const text = [
      '- Tổng số vụ việc tiếp nhận: 14 vụ việc, trong đó:',
      '+ Theo lĩnh vực: đất đai 8 vụ việc; chính sách xã hội 4 vụ việc; lĩnh vực khác 2 vụ việc.',
    ].join('\n\n');
    expect(ofKind(text, 'heading-sum').map((c) => c.stated?.raw)).toEqual(['14 vụ việc']);
    expect(balanceFindings(text.replace('khác 2', 'khác 3')).map((f) => f.status)).toEqual(['inconsistent']);
  });

  it('reads lines whose list markers stay in the text (`a).`, `c)`, `2.`)', () => {
    const text = [
      '2. Tổng số đơn: 05',
      'a). Phân loại:',
      '- Theo nội dung: 02 khiếu nại, 03 tố cáo',
      'c) Kết quả xử lý đơn: 04 đơn chuyển cơ quan có thẩm quyền; 02 đơn lưu.',
    ].join('\n\n');
    expect(balanceFindings(text).map((f) => f.status)).toEqual(['consistent', 'inconsistent']);
  });

  it('flags a classifying line that does not add up', () => {
    const findings = balanceFindings(desk('- Theo nội dung: 6 đơn khiếu nại; 4 đơn tố cáo; 1 đơn kiến nghị.'));
    expect(findings.map((f) => f.status)).toEqual(['inconsistent', 'consistent']);
  });

  it('does not assert a line that may name only some classes, or two figures joined in one item', () => {
    expect(balanceFindings(desk('- Theo lĩnh vực: chủ yếu là đất đai 5 đơn, xây dựng 3 đơn.'))).toEqual([
      { status: 'unverifiable', reasonId: 'partsMayOverlap' },
      { status: 'consistent', reasonId: null },
    ]);
    expect(ofKind(desk('- Theo thẩm quyền: 02 đơn khiếu nại và 03 đơn tố cáo không thuộc thẩm quyền.'), 'heading-sum')).toHaveLength(1);
  });

  it('does not assert a result line whose items count other things than the total', () => {
    const text = ['Tổng số cuộc thanh tra: 06 cuộc', '- Kết quả xử lý: kiến nghị kiểm điểm 3 tổ chức, 7 cá nhân.'].join('\n\n');
    expect(balanceFindings(text)).toEqual([{ status: 'unverifiable', reasonId: 'partsMayOverlap' }]);
  });

  it('reads no line whose label does not classify, and stops at the next total line', () => {
    const text = [
      'Số vụ phát hiện: 12',
      '- Số vụ đã xử lý: 8 vụ; 2 vụ chuyển cơ quan điều tra.',
      'Số đối tượng: 15',
      '- Theo độ tuổi: 9 người, 4 người.',
    ].join('\n\n');
    const claims = ofKind(text, 'heading-sum');
    expect(claims.map((c) => c.stated?.raw)).toEqual(['15']);
  });
});
