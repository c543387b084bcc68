import { describe, expect, it } from 'vitest';
import { buildPdf, textWidth, type PdfText } from './helpers/build-pdf.js';
import { flow, line } from './helpers/compose.js';
import { paragraphs, parse, withMarkers } from './helpers/parse.js';

/** A body page whose bottom holds footnote bodies 1..n, so every marker has a body. */
function pageWith(body: PdfText[], notes: number[]): PdfText[] {
  const zone = notes.flatMap((n, i) => [
    { x: 85, y: 110 - i * 12 + 3.5, size: 6.5, text: String(n) },
    { x: 90, y: 110 - i * 12, size: 10, text: `Ghi chú số ${n} của báo cáo` },
  ]);
  return [...body, ...zone];
}

async function bodyOf(text: string, notes: number[]): Promise<string[]> {
  const doc = await parse(buildPdf([{ texts: pageWith(flow(text, { top: 700, indent: 36 }).runs, notes), fills: [[85, 124, 144, 0.6]] }]));
  return paragraphs(doc).map(withMarkers);
}

describe('superscript footnote markers', () => {
  it('takes a marker out of the text and keeps it beside the word it follows', async () => {
    const [p] = await bodyOf('Dân số toàn tỉnh^{1} 1.234 nghìn người, tăng 2,1% so với cùng kỳ.', [1]);
    expect(p).toBe('Dân số toàn tỉnh[1] 1.234 nghìn người, tăng 2,1% so với cùng kỳ.');
  });

  it('never glues a marker to the number before it', async () => {
    const [p] = await bodyOf('Tổng thu ngân sách năm 2022^{2}, đạt 6.098 tỷ đồng^{3}.', [2, 3]);
    expect(p).toBe('Tổng thu ngân sách năm 2022[2], đạt 6.098 tỷ đồng[3].');
    expect(p).not.toMatch(/20222|6\.0983/u);
  });

  it('reads two-digit markers and a list of markers on one spot', async () => {
    const [p] = await bodyOf('Ban hành 03 kế hoạch^{12} và 02 quyết định^{13,14} trong tháng.', [12, 13, 14]);
    expect(p).toBe('Ban hành 03 kế hoạch[12] và 02 quyết định[13][14] trong tháng.');
  });

  it('keeps an exponent after a length unit as text', async () => {
    const doc = await parse(buildPdf([{ texts: flow('Diện tích sàn xây dựng 1.250 m^{2} và 3 km^{2} đất rừng.', { top: 700 }).runs }]));
    const [p] = paragraphs(doc);
    expect(p?.text).toBe('Diện tích sàn xây dựng 1.250 m² và 3 km² đất rừng.');
    expect(p?.anchors).toEqual([]);
  });

  it('does not take same-size digits on the baseline for markers', async () => {
    const doc = await parse(buildPdf([{ texts: flow('Năm 2022 có 2 đợt kiểm tra, 1 đợt đột xuất.', { top: 700 }).runs }]));
    const [p] = paragraphs(doc);
    expect(p?.text).toBe('Năm 2022 có 2 đợt kiểm tra, 1 đợt đột xuất.');
    expect(p?.anchors).toEqual([]);
  });

  it('keeps raised text that is not a number', async () => {
    const word = 'Chỉ tiêu';
    const texts: PdfText[] = [
      ...line(word, 85, 700),
      { x: 85 + textWidth(word, 14), y: 705, size: 9, text: '(*)' },
      ...line('đạt kế hoạch năm.', 85 + textWidth(word, 14) + 16, 700),
    ];
    const [p] = paragraphs(await parse(buildPdf([{ texts }])));
    expect(p?.text).toBe('Chỉ tiêu(*) đạt kế hoạch năm.');
    expect(p?.anchors).toEqual([]);
  });

  it('recognises LibreOffice footnote numbers (81 % of the note size, raised half an em)', async () => {
    const texts: PdfText[] = [
      ...flow('Kế hoạch được ban hành kịp thời^{1}.', { top: 700, markerSize: 0.58, markerRise: 0.39 }).runs,
      { x: 85.2, y: 138.7, size: 8.1, text: '1' },
      { x: 89.2, y: 133.2, size: 10, text: 'Kế hoạch số 17/KH-UBND ngày 07/02/2022' },
    ];
    const doc = await parse(buildPdf([{ texts, fills: [[85, 155, 117, 0.5]] }]));
    expect(doc.footnotes).toEqual([{ number: 1, text: 'Kế hoạch số 17/KH-UBND ngày 07/02/2022', page: 1 }]);
    expect(paragraphs(doc).map(withMarkers)).toEqual(['Kế hoạch được ban hành kịp thời[1].']);
  });
});
