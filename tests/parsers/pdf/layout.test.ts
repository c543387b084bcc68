import { describe, expect, it } from 'vitest';
import { buildPdf, type PdfText } from './helpers/build-pdf.js';
import { centred, flow, line } from './helpers/compose.js';
import { paragraphs, parse } from './helpers/parse.js';

/** The two-column head of a report: issuer left, national motto right, number and date below. */
function head(): PdfText[] {
  return [
    ...centred('ỦY BAN NHÂN DÂN', 176, 772, 13),
    ...centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 398, 772, 13, 'bold'),
    ...centred('TỈNH KIÊN GIANG', 176, 756, 13, 'bold'),
    ...centred('Độc lập - Tự do - Hạnh phúc', 398, 756, 14, 'bold'),
    ...centred('Số: 185 /BC-UBND', 176, 732, 13),
    ...centred('Kiên Giang, ngày 30 tháng 6 năm 2022', 398, 733, 13, 'italic'),
    ...centred('BÁO CÁO', 312, 694, 14, 'bold'),
    ...centred('Kiểm điểm công tác chỉ đạo, điều hành của UBND tỉnh', 312, 678, 14, 'bold'),
    ...centred('06 tháng đầu năm 2022', 312, 662, 14, 'bold'),
  ];
}

describe('head and foot of a report', () => {
  it('reads the two-column head column by column, with the column as a hint', async () => {
    const body = flow(
      'Trên tinh thần chủ động thực hiện các Nghị quyết của Chính phủ, UBND tỉnh đã kịp thời cụ thể hóa tổ chức triển khai thực hiện.',
      {
        top: 620,
        indent: 36,
      },
    );
    const doc = await parse(buildPdf([{ texts: [...head(), ...body.runs] }]));
    const ps = paragraphs(doc);
    const headParagraphs = ps.filter((p) => p.hints.headerColumn !== null).map((p) => [p.hints.headerColumn, p.text]);
    expect(headParagraphs).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['left', 'TỈNH KIÊN GIANG'],
      ['left', 'Số: 185 /BC-UBND'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['right', 'Độc lập - Tự do - Hạnh phúc'],
      ['right', 'Kiên Giang, ngày 30 tháng 6 năm 2022'],
    ]);
    const rest = ps.filter((p) => p.hints.headerColumn === null);
    expect(rest.map((p) => p.text)).toEqual([
      'BÁO CÁO',
      'Kiểm điểm công tác chỉ đạo, điều hành của UBND tỉnh 06 tháng đầu năm 2022',
      'Trên tinh thần chủ động thực hiện các Nghị quyết của Chính phủ, UBND tỉnh đã kịp thời cụ thể hóa tổ chức triển khai thực hiện.',
    ]);
    expect(rest[0]?.hints.centered && rest[0]?.hints.bold).toBe(true);
  });

  it('reads the recipients list and the signature block apart, never interleaved', async () => {
    const body = flow('Trên đây là báo cáo kết quả 6 tháng đầu năm 2022 của Ủy ban nhân dân tỉnh./.', { top: 700, indent: 36 });
    const foot: PdfText[] = [
      ...line('Nơi nhận:', 85, 640, 12, 'bold'),
      ...centred('TM. ỦY BAN NHÂN DÂN', 420, 640, 14, 'bold'),
      ...line('- VPCP (A và B);', 85, 628, 11),
      ...centred('CHỦ TỊCH', 420, 624, 14, 'bold'),
      ...line('- TT. Tỉnh ủy;', 85, 616, 11),
      ...line('- TT. HĐND tỉnh;', 85, 604, 11),
      ...line('- Lưu: VT, pxquyet.', 85, 592, 11),
      ...centred('Lâm Minh Thành', 420, 540, 14, 'bold'),
    ];
    const doc = await parse(buildPdf([{ texts: [...body.runs, ...foot] }]));
    const ps = paragraphs(doc);
    expect(ps.map((p) => p.text)).toEqual([
      'Trên đây là báo cáo kết quả 6 tháng đầu năm 2022 của Ủy ban nhân dân tỉnh./.',
      'Nơi nhận:',
      '- VPCP (A và B);',
      '- TT. Tỉnh ủy;',
      '- TT. HĐND tỉnh;',
      '- Lưu: VT, pxquyet.',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
      'Lâm Minh Thành',
    ]);
    expect(ps[6]?.hints.lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(ps.every((p) => p.hints.headerColumn === null)).toBe(true);
  });
});

describe('paragraphs', () => {
  const first =
    'Về tiến độ nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao: 06 tháng đầu năm đã giao 2.307 nhiệm vụ cho các ngành và địa phương, đã hoàn thành 1.367 nhiệm vụ, đang thực hiện 940 nhiệm vụ.';
  const second =
    'Trong thực hiện quy chế hội họp do UBND tỉnh tổ chức: có 43 cuộc có đại biểu vắng và 46 cuộc cử người dự không đúng thành phần.';

  it('starts a paragraph at a first-line indent and joins wrapped words with a space', async () => {
    const a = flow(first, { top: 760, indent: 36 });
    const b = flow(second, { top: a.next, indent: 36 });
    expect(a.lines).toBeGreaterThan(2);
    const doc = await parse(buildPdf([{ texts: [...a.runs, ...b.runs] }]));
    expect(paragraphs(doc).map((p) => p.text)).toEqual([first, second]);
  });

  it('starts a paragraph after a short last line even without indent or gap', async () => {
    const a = flow(first, { top: 760 });
    const b = flow(second, { top: a.next });
    const doc = await parse(buildPdf([{ texts: [...a.runs, ...b.runs] }]));
    expect(paragraphs(doc).map((p) => p.text)).toEqual([first, second]);
  });

  it('starts a paragraph at a vertical gap', async () => {
    const a = flow(
      'Tình hình an ninh chính trị, trật tự an toàn xã hội ổn định; các lực lượng vũ trang duy trì trực sẵn sàng chiến đấu, tăng cường đảm bảo an ninh trật tự',
      {
        top: 760,
        continues: true,
      },
    );
    const b = flow(second, { top: a.next - 10, continues: true });
    const doc = await parse(buildPdf([{ texts: [...a.runs, ...b.runs] }]));
    expect(paragraphs(doc)).toHaveLength(2);
  });

  it('joins a document code cut at the line end without a space', async () => {
    // Word breaks `117/QĐ-UBND` after the hyphen when the code does not fit: the line is full.
    const cut = flow('Thực hiện Quyết định số 117/QĐ-', { top: 760, indent: 36, continues: true });
    const rest = flow('UBND ngày 17/01/2025 của UBND tỉnh về kiểm soát thủ tục hành chính, kinh tế - xã hội.', { top: cut.next });
    const doc = await parse(buildPdf([{ texts: [...cut.runs, ...rest.runs, ...flow(second, { top: rest.next, indent: 36 }).runs] }]));
    expect(paragraphs(doc)[0]?.text).toBe(
      'Thực hiện Quyết định số 117/QĐ-UBND ngày 17/01/2025 của UBND tỉnh về kiểm soát thủ tục hành chính, kinh tế - xã hội.',
    );
  });

  it('keeps a space after a spaced dash at the line end', async () => {
    const cut = flow('Tình hình phát triển kinh tế -', { top: 760, indent: 36, continues: true });
    const rest = flow('xã hội 6 tháng đầu năm tiếp tục ổn định.', { top: cut.next });
    const doc = await parse(buildPdf([{ texts: [...cut.runs, ...rest.runs] }]));
    expect(paragraphs(doc)[0]?.text).toBe('Tình hình phát triển kinh tế - xã hội 6 tháng đầu năm tiếp tục ổn định.');
  });

  it('breaks before a bullet that follows a closed clause, not before an inline enumeration', async () => {
    const a = flow(
      'Kết quả: (1) Các thành phố không lập quy hoạch xây dựng vùng huyện. (2) Các huyện còn lại đã phê duyệt quy hoạch; đang thẩm định 05/11 huyện;',
      {
        top: 760,
        indent: 36,
        continues: true,
      },
    );
    const b = flow('- Đối với quy hoạch chung đô thị: có 16 đô thị đang triển khai lập quy hoạch.', { top: a.next, indent: 36 });
    const doc = await parse(buildPdf([{ texts: [...a.runs, ...b.runs] }]));
    const ps = paragraphs(doc).map((p) => p.text);
    expect(ps).toHaveLength(2);
    expect(ps[0]).toContain('vùng huyện. (2) Các huyện');
  });

  it('marks the first paragraph of each page as following a page break', async () => {
    const a = flow(`${first} ${second}`, { top: 120, indent: 36 });
    const pageOneLines = a.runs.filter((r) => r.y > 90);
    const rest = a.runs.filter((r) => r.y <= 90).map((r) => ({ ...r, y: r.y + 700 }));
    const doc = await parse(buildPdf([{ texts: pageOneLines }, { texts: [...rest, ...flow(second, { top: 600, indent: 36 }).runs] }]));
    const ps = paragraphs(doc);
    expect(ps.map((p) => [p.page, p.afterBreak])).toEqual([
      [1, false],
      [2, true],
      [2, false],
    ]);
    expect(`${ps[0]?.text} ${ps[1]?.text}`).toBe(`${first} ${second}`);
  });
});
