import { describe, expect, it } from 'vitest';
import type { LayoutTable } from '../../../src/parsers/layout.js';
import { buildPdf, type PdfPage, type PdfText } from './helpers/build-pdf.js';
import { centred, flow, line } from './helpers/compose.js';
import { paragraphs, parse } from './helpers/parse.js';

/** A ruled grid: column edges, row edges (top to bottom), borders as thin filled boxes like Word draws. */
function grid(xs: number[], ys: number[], skip: (kind: 'v' | 'h', i: number, band: number) => boolean = () => false): PdfPage['fills'] {
  const fills: NonNullable<PdfPage['fills']> = [];
  xs.forEach((x, i) => {
    for (let r = 0; r + 1 < ys.length; r++) {
      const top = ys[r] ?? 0;
      const bottom = ys[r + 1] ?? 0;
      if (!skip('v', i, r)) fills.push([x - 0.25, bottom, 0.5, top - bottom]);
    }
  });
  ys.forEach((y, i) => {
    for (let c = 0; c + 1 < xs.length; c++) {
      const left = xs[c] ?? 0;
      const right = xs[c + 1] ?? 0;
      if (!skip('h', i, c)) fills.push([left, y - 0.25, right - left, 0.5]);
    }
  });
  return fills;
}

const tables = (items: { type: string }[]): LayoutTable[] => items.filter((i): i is LayoutTable => i.type === 'table');

describe('tables from ruling lines', () => {
  const xs = [85, 300, 420, 539];
  const ys = [600, 570, 550, 530, 510];
  // Row 0 merges "Kết quả" across the two number columns: no border between them in band 0.
  const fills = grid(xs, ys, (kind, i, band) => kind === 'v' && i === 2 && band === 0);
  const cells: PdfText[] = [
    ...line('Chỉ tiêu', 90, 580, 12, 'bold'),
    ...centred('Kết quả 6 tháng', 420, 580, 12, 'bold'),
    ...line('Nhiệm vụ được giao', 90, 556, 12),
    ...line('2.307', 380, 556, 12),
    ...line('100%', 500, 556, 12),
    ...line('Đã hoàn thành', 90, 536, 12),
    ...line('1.367', 380, 536, 12),
    { x: 408, y: 540, size: 8, text: '1' },
    ...line('59,26%', 480, 536, 12),
    ...line('Đang thực hiện', 90, 516, 12),
    ...line('940', 390, 516, 12),
    ...line('40,74%', 480, 516, 12),
  ];

  it('reads rows and cells, merges a spanning header cell, and keeps table text out of paragraphs', async () => {
    const before = flow('Kết quả thực hiện nhiệm vụ được giao trong 6 tháng đầu năm như sau:', { top: 660, indent: 36 });
    const after = flow('Bên cạnh một số đơn vị thực hiện nhiệm vụ khá tốt, còn một số đơn vị tồn đọng nhiều nhiệm vụ.', {
      top: 470,
      indent: 36,
    });
    const note = [{ x: 85, y: 113.5, size: 6.5, text: '1' }, ...line('Trong đó trễ hạn 298 nhiệm vụ.', 90, 110, 10)];
    const doc = await parse(
      buildPdf([{ texts: [...before.runs, ...cells, ...after.runs, ...note], fills: [...(fills ?? []), [85, 124, 144, 0.6]] }]),
    );
    const [table] = tables(doc.items);
    expect(table?.rows).toEqual([
      ['Chỉ tiêu', 'Kết quả 6 tháng', ''],
      ['Nhiệm vụ được giao', '2.307', '100%'],
      ['Đã hoàn thành', '1.367', '59,26%'],
      ['Đang thực hiện', '940', '40,74%'],
    ]);
    expect(doc.items.map((i) => i.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(
      paragraphs(doc)
        .map((p) => p.text)
        .join(' '),
    ).not.toMatch(/2\.307|1\.367|Đang thực hiện/u);
    // The marker in a cell is neither glued to 1.367 nor reported as an orphan footnote.
    expect(doc.footnotes.map((f) => f.number)).toEqual([1]);
    expect(doc.warnings.filter((w) => w.code.startsWith('footnote'))).toEqual([]);
  });

  it('reads a table drawn without borders from the columns its cells line up in', async () => {
    const rows = [
      ['Đơn vị', 'Đã gửi', 'Đơn vị', 'Đã gửi'],
      ['Sở Kế hoạch và Đầu tư', 'X', 'UBND thành phố Rạch Giá', 'X'],
      ['Sở Tài chính', 'X', 'UBND thành phố Hà Tiên', 'X'],
      ['Sở Nội vụ', 'X', 'UBND huyện Kiên Hải', ''],
    ];
    const columns = [85, 250, 300, 490];
    const texts = [
      ...flow('Danh sách các đơn vị gửi báo cáo tháng 6 năm 2022 như sau:', { top: 760, indent: 36 }).runs,
      ...rows.flatMap((row, r) => row.flatMap((cell, c) => (cell ? line(cell, columns[c] ?? 0, 720 - r * 18, 12) : []))),
      ...flow('Các đơn vị chưa gửi báo cáo cần khẩn trương thực hiện.', { top: 630, indent: 36 }).runs,
    ];
    const doc = await parse(buildPdf([{ texts }]));
    expect(doc.items.map((i) => i.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tables(doc.items)[0]?.rows).toEqual(rows);
  });

  it('does not take a frame around a paragraph for a table', async () => {
    const body = flow('Đoạn văn được đóng khung để nhấn mạnh: tỷ lệ giải ngân đạt 34,19% kế hoạch.', {
      top: 700,
      left: 95,
      right: 529,
      indent: 36,
    });
    const frame: PdfPage['fills'] = [
      [85, 680, 454, 0.5],
      [85, 720, 454, 0.5],
      [85, 680, 0.5, 40],
      [539, 680, 0.5, 40],
    ];
    const doc = await parse(buildPdf([{ texts: body.runs, fills: frame }]));
    expect(tables(doc.items)).toEqual([]);
    expect(paragraphs(doc)).toHaveLength(1);
  });

  it('leaves the labels of a drawn chart out of the paragraphs', async () => {
    const text = flow('Kết quả chỉ số PAR INDEX năm 2024 của tỉnh được thể hiện ở biểu đồ sau.', { top: 760, indent: 36 });
    // A chart as Word draws it: a stroked frame, grid lines, filled bars, labels as text.
    const boxes: PdfPage['boxes'] = [[90, 390, 420, 220]];
    const lines: PdfPage['lines'] = [
      [120, 450, 500, 450],
      [120, 500, 500, 500],
    ];
    const bars: PdfPage['fills'] = [
      [150, 420, 30, 80],
      [250, 420, 30, 120],
      [350, 420, 30, 60],
    ];
    const labels = [
      ...line('9,49', 152, 505, 9),
      ...line('11,97', 250, 545, 9),
      ...line('8,56', 352, 485, 9),
      ...line('16', 105, 590, 9),
      ...line('0', 105, 420, 9),
    ];
    const after = flow('Như vậy, chỉ số cải cách thể chế còn thấp so với cả nước.', { top: 360, indent: 36 });
    const doc = await parse(buildPdf([{ texts: [...text.runs, ...labels, ...after.runs], boxes, lines, fills: bars }]));
    expect(paragraphs(doc).map((p) => p.text)).toEqual([
      'Kết quả chỉ số PAR INDEX năm 2024 của tỉnh được thể hiện ở biểu đồ sau.',
      'Như vậy, chỉ số cải cách thể chế còn thấp so với cả nước.',
    ]);
    expect(doc.warnings.map((w) => w.code)).toContain('figure_text_skipped');
  });

  it('keeps the text of a framed text box', async () => {
    const boxed = flow('Ghi chú: số liệu ước thực hiện đến ngày 30/6/2022, có thể điều chỉnh khi có số liệu chính thức.', {
      top: 700,
      left: 100,
      right: 520,
    });
    const doc = await parse(buildPdf([{ texts: boxed.runs, boxes: [[90, boxed.next + 5, 440, 720 - boxed.next]] }]));
    expect(paragraphs(doc)).toHaveLength(1);
    expect(doc.warnings).toEqual([]);
  });
});
