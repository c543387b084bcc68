import { describe, expect, it } from 'vitest';
import { buildPdf } from './helpers/build-pdf.js';
import { flow, footnoteZone as zone, line } from './helpers/compose.js';
import { paragraphs, parse, withMarkers } from './helpers/parse.js';

describe('footnote zone', () => {
  it('links bodies to markers and joins a body continued on the next page', async () => {
    const page1Body = flow(
      'Ủy ban nhân dân tỉnh đã ban hành Kế hoạch thực hiện^{1} và chỉ đạo các sở, ngành triển khai đồng bộ các nhiệm vụ được giao^{2}.',
      { top: 760, indent: 36 },
    );
    const z1 = zone([
      { n: 1, text: 'Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh.' },
      {
        n: 2,
        text: 'Gồm: Quyết định số 3320/QĐ-UBND ngày 31/12/2021; Kế hoạch số 101/KH-UBND ngày 14/4/2022; Công văn số 5019/VP-KGVX',
        continues: true,
      },
    ]);
    const page2Body = flow('Tổng sản phẩm trên địa bàn ước đạt 33.271 tỷ đồng^{3}.', { top: 760, indent: 36 });
    const z2 = zone([
      { n: null, text: 'ngày 28/6/2022 của Văn phòng UBND tỉnh.' },
      { n: 3, text: 'Tăng trưởng 6 tháng năm 2021 là 3,54%.' },
    ]);
    const doc = await parse(
      buildPdf([
        { texts: [...page1Body.runs, ...z1.texts], fills: z1.fills },
        // Word draws the continuation separator across the whole text width.
        { texts: [...page2Body.runs, ...z2.texts], fills: [[85, 144, 454, 0.6]] },
      ]),
    );
    expect(doc.footnotes).toEqual([
      { number: 1, text: 'Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh.', page: 1 },
      {
        number: 2,
        text: 'Gồm: Quyết định số 3320/QĐ-UBND ngày 31/12/2021; Kế hoạch số 101/KH-UBND ngày 14/4/2022; Công văn số 5019/VP-KGVX ngày 28/6/2022 của Văn phòng UBND tỉnh.',
        page: 1,
      },
      { number: 3, text: 'Tăng trưởng 6 tháng năm 2021 là 3,54%.', page: 2 },
    ]);
    expect(doc.warnings).toEqual([]);
    const body = paragraphs(doc).map(withMarkers);
    expect(body[0]).toContain('Kế hoạch thực hiện[1] và');
    expect(body[0]).toMatch(/được giao\[2\]\.$/u);
    expect(body.join(' ')).not.toMatch(/Quyết định số 3320|Tăng trưởng 6 tháng/u);
  });

  it('finds the zone without a separator rule when the small text opens with a marker', async () => {
    const body = flow('Thu ngân sách 6 tháng là 6.098 tỷ đồng^{1}, vượt 7,7% kế hoạch.', { top: 760, indent: 36 });
    const z = zone([{ n: 1, text: 'Trong đó thu nội địa 5.120 tỷ đồng.' }]);
    const doc = await parse(buildPdf([{ texts: [...body.runs, ...z.texts] }]));
    expect(doc.footnotes).toEqual([{ number: 1, text: 'Trong đó thu nội địa 5.120 tỷ đồng.', page: 1 }]);
  });

  it('reads bodies numbered in plain text under a separator', async () => {
    const body = flow('Đã giải quyết 30.329 hồ sơ^{1} và tiếp nhận 65.137 hồ sơ^{2}.', { top: 760, indent: 36 });
    const texts = [
      ...body.runs,
      ...line('1 Trước hạn 13.071 hồ sơ, đúng hạn 15.866 hồ sơ.', 85, 130, 10),
      ...line('2 Trực tuyến 12.095 hồ sơ.', 85, 118, 10),
    ];
    const doc = await parse(buildPdf([{ texts, fills: [[85, 144, 144, 0.6]] }]));
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [1, 'Trước hạn 13.071 hồ sơ, đúng hạn 15.866 hồ sơ.'],
      [2, 'Trực tuyến 12.095 hồ sơ.'],
    ]);
  });

  it('keeps the paragraphs of a long body apart', async () => {
    const body = flow('Các tỉnh đã ban hành văn bản chỉ đạo^{1}.', { top: 760, indent: 36 });
    const z = zone([{ n: 1, text: 'Trước sáp nhập tỉnh:' }]);
    const items = [
      ...line('- UBND tỉnh Lâm Đồng: Quyết định số 2139/QĐ-UBND;', 85, 118, 10),
      ...line('- UBND tỉnh Bình Thuận: Kế hoạch số 677/KH-UBND.', 85, 106, 10),
    ];
    const doc = await parse(buildPdf([{ texts: [...body.runs, ...z.texts, ...items], fills: z.fills }]));
    expect(doc.footnotes[0]?.text).toBe(
      'Trước sáp nhập tỉnh:\n- UBND tỉnh Lâm Đồng: Quyết định số 2139/QĐ-UBND;\n- UBND tỉnh Bình Thuận: Kế hoạch số 677/KH-UBND.',
    );
  });

  it('warns, without failing, on a marker without body, a body without marker and a gap in numbering', async () => {
    const body = flow('Đã hoàn thành 14 nhiệm vụ^{1}, còn 31 nhiệm vụ^{5} đang thực hiện.', { top: 760, indent: 36 });
    const z = zone([
      { n: 1, text: 'Gồm 10 nhiệm vụ đúng hạn và 04 nhiệm vụ trễ hạn.' },
      { n: 3, text: 'Theo Báo cáo số 202/BC-UBND ngày 20/6/2022.' },
    ]);
    const doc = await parse(buildPdf([{ texts: [...body.runs, ...z.texts], fills: z.fills }]));
    expect(doc.footnotes.map((f) => f.number)).toEqual([1, 3]);
    const codes = doc.warnings.map((w) => w.code).sort();
    expect(codes).toEqual(['footnote_missing_body', 'footnote_numbering', 'footnote_orphan']);
    expect(doc.warnings.find((w) => w.code === 'footnote_missing_body')?.message).toContain('5');
    expect(doc.warnings.find((w) => w.code === 'footnote_orphan')?.message).toContain('3');
  });

  it('does not take a small recipients list at the page foot for footnotes', async () => {
    const body = flow('Trên đây là báo cáo kết quả 6 tháng đầu năm 2022.', { top: 760, indent: 36 });
    const recipients = ['Nơi nhận:', '- VPCP (A và B);', '- TT. Tỉnh ủy;', '- Lưu: VT, pxquyet.'].flatMap((t, i) =>
      line(t, 85, 150 - i * 12, i === 0 ? 12 : 11),
    );
    const doc = await parse(buildPdf([{ texts: [...body.runs, ...recipients] }]));
    expect(doc.footnotes).toEqual([]);
    expect(paragraphs(doc).map((p) => p.text)).toContain('- TT. Tỉnh ủy;');
  });
});
