import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutTable } from '../../../src/parsers/layout.js';
import { buildPdf, type PdfPage, type PdfText } from './helpers/build-pdf.js';
import { centred, flow, footnoteZone as zone, line } from './helpers/compose.js';
import { paragraphs, parse } from './helpers/parse.js';

/**
 * The parser reads a page's drawing (pdf.js operator list) only where rules, shapes or stamps can
 * change the result. These tests count the pages whose operator list was asked for, and check that
 * what a page needs its drawing for (tables, charts, stamps, a footnote zone only its rule places)
 * still comes out when the page is not the first one (the first is always read: it brings the fonts).
 */

const drawn = vi.hoisted(() => new Set<number>());

vi.mock('../../../src/parsers/pdf/load.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/parsers/pdf/load.js')>();
  return {
    ...actual,
    openPdf: async (...args: Parameters<typeof actual.openPdf>) => {
      const opened = await actual.openPdf(...args);
      const getPage = opened.doc.getPage.bind(opened.doc);
      opened.doc.getPage = async (number: number) => {
        const page = await getPage(number);
        const getOperatorList = page.getOperatorList.bind(page);
        page.getOperatorList = (...a: Parameters<typeof getOperatorList>) => {
          drawn.add(number);
          return getOperatorList(...a);
        };
        return page;
      };
      return opened;
    },
  };
});

beforeEach(() => drawn.clear());

const PROSE = [
  'Công tác cải cách hành chính được chú trọng, đã tập trung chỉ đạo các ngành, các cấp và địa phương đẩy mạnh cải cách hành chính^{1}.',
  'Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 65.137 hồ sơ, tăng 132,5% so với cùng kỳ, trong đó tiếp nhận mới 31.983 hồ sơ.',
];

/** Body paragraphs from `top` down; returns the runs and the next free baseline. */
function prose(sentences: string[], top = 760): { texts: PdfText[]; next: number } {
  const texts: PdfText[] = [];
  let y = top;
  for (const sentence of sentences) {
    const p = flow(sentence, { top: y, indent: 36 });
    texts.push(...p.runs);
    y = p.next - 6;
  }
  return { texts, next: y };
}

const firstPage = (): PdfPage => {
  const z = zone([{ n: 1, text: 'Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh.' }]);
  return { texts: [...prose(PROSE).texts, ...(z.texts ?? [])], fills: z.fills };
};

const tables = (items: { type: string }[]): LayoutTable[] => items.filter((i): i is LayoutTable => i.type === 'table');

describe('reading the drawing only where it matters', () => {
  it('skips it on pages of prose, with or without a plain footnote zone', async () => {
    const z = zone([
      { n: 2, text: 'Giá so sánh năm 2010.' },
      { n: 3, text: 'Tăng trưởng 6 tháng năm 2021 là 3,54%.' },
    ]);
    // Two markers on one line stand far apart on a raised baseline of their own: no wide gap in the text.
    const withNotes: PdfPage = {
      texts: [...prose(['Tổng sản phẩm trên địa bàn ước đạt 33.271 tỷ đồng^{2}, tăng^{3} 6,5% so với cùng kỳ.']).texts, ...(z.texts ?? [])],
      fills: z.fills,
    };
    const plain: PdfPage = { texts: [...prose(PROSE.slice(1)).texts, ...centred('3', 297, 40, 10)] };
    const doc = await parse(buildPdf([firstPage(), withNotes, plain]));
    expect([...drawn]).toEqual([1]);
    expect(doc.footnotes.map((f) => [f.number, f.text, f.page])).toEqual([
      [1, 'Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh.', 1],
      [2, 'Giá so sánh năm 2010.', 2],
      [3, 'Tăng trưởng 6 tháng năm 2021 là 3,54%.', 2],
    ]);
    // The small page number at the bottom is furniture, not a footnote zone.
    expect(paragraphs(doc).map((p) => p.text)).not.toContain('3');
    expect(doc.warnings).toEqual([]);
  });

  it('reads it for a footnote carried over, which only the rule tells from body text', async () => {
    const z1 = zone([
      {
        n: 1,
        text: 'Gồm: Quyết định số 3320/QĐ-UBND ngày 31/12/2021; Kế hoạch số 101/KH-UBND ngày 14/4/2022; Công văn số 5019/VP-KGVX',
        continues: true,
      },
    ]);
    const z2 = zone([{ n: null, text: 'ngày 28/6/2022 của Văn phòng UBND tỉnh.' }], 130, 454);
    const doc = await parse(
      buildPdf([
        { texts: [...prose(PROSE).texts, ...(z1.texts ?? [])], fills: z1.fills },
        { texts: [...prose(PROSE.slice(1)).texts, ...(z2.texts ?? [])], fills: z2.fills },
      ]),
    );
    expect(drawn.has(2)).toBe(true);
    expect(doc.footnotes.map((f) => f.text)).toEqual([
      'Gồm: Quyết định số 3320/QĐ-UBND ngày 31/12/2021; Kế hoạch số 101/KH-UBND ngày 14/4/2022; Công văn số 5019/VP-KGVX ngày 28/6/2022 của Văn phòng UBND tỉnh.',
    ]);
  });

  it('reads it for the next body numbered in plain text under the rule', async () => {
    const body = prose(['Đã giải quyết 30.329 hồ sơ^{2} và tiếp nhận 65.137 hồ sơ^{3}.']);
    const texts = [
      ...body.texts,
      { x: 85, y: 133.5, size: 6.5, text: '2' },
      ...line('Trước hạn 13.071 hồ sơ, đúng hạn 15.866 hồ sơ.', 90, 130, 10),
      ...line('3 Trực tuyến 12.095 hồ sơ.', 85, 118, 10),
    ];
    const doc = await parse(buildPdf([firstPage(), { texts, fills: [[85, 144, 144, 0.6]] }]));
    expect(drawn.has(2)).toBe(true);
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [1, 'Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh.'],
      [2, 'Trước hạn 13.071 hồ sơ, đúng hạn 15.866 hồ sơ.'],
      [3, 'Trực tuyến 12.095 hồ sơ.'],
    ]);
  });

  it('reads it for a ruled table and keeps the table', async () => {
    const xs = [85, 300, 420, 539];
    const ys = [600, 570, 550, 530];
    const fills: NonNullable<PdfPage['fills']> = [];
    for (const x of xs) fills.push([x - 0.25, ys[ys.length - 1] ?? 0, 0.5, (ys[0] ?? 0) - (ys[ys.length - 1] ?? 0)]);
    for (const y of ys) fills.push([85, y - 0.25, 454, 0.5]);
    const cells = [
      ...line('Chỉ tiêu', 90, 580, 12),
      ...line('Kế hoạch', 310, 580, 12),
      ...line('Thực hiện', 430, 580, 12),
      ...line('Nhiệm vụ được giao', 90, 556, 12),
      ...line('2.307', 380, 556, 12),
      ...line('2.271', 500, 556, 12),
      ...line('Đã hoàn thành', 90, 536, 12),
      ...line('1.367', 380, 536, 12),
      ...line('1.300', 500, 536, 12),
    ];
    const doc = await parse(buildPdf([firstPage(), { texts: [...prose(PROSE.slice(1), 700).texts, ...cells], fills }]));
    expect(drawn.has(2)).toBe(true);
    expect(tables(doc.items)[0]?.rows).toEqual([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Nhiệm vụ được giao', '2.307', '2.271'],
      ['Đã hoàn thành', '1.367', '1.300'],
    ]);
  });

  it('reads it for a drawn chart and leaves the labels out of the paragraphs', async () => {
    const text = prose(['Kết quả chỉ số PAR INDEX năm 2024 của tỉnh được thể hiện ở biểu đồ sau.']);
    const labels = [...line('9,49', 152, 505, 9), ...line('11,97', 250, 545, 9), ...line('8,56', 352, 485, 9)];
    const page: PdfPage = {
      texts: [...text.texts, ...labels],
      boxes: [[90, 390, 420, 220]],
      lines: [[120, 450, 500, 450]],
      fills: [
        [150, 420, 30, 80],
        [250, 420, 30, 120],
        [350, 420, 30, 60],
      ],
    };
    const doc = await parse(buildPdf([firstPage(), page]));
    expect(drawn.has(2)).toBe(true);
    expect(
      paragraphs(doc)
        .filter((p) => p.page === 2)
        .map((p) => p.text),
    ).toEqual(['Kết quả chỉ số PAR INDEX năm 2024 của tỉnh được thể hiện ở biểu đồ sau.']);
    expect(doc.warnings.map((w) => w.code)).toContain('figure_text_skipped');
  });

  it('reads it for a page with a signature widget', async () => {
    const stamps = [
      {
        rect: [350, 300, 520, 380] as [number, number, number, number],
        lines: ['Người ký: Sở Tài chính', 'Thời gian ký:', '20.05.2019 16:48:26'],
        size: 9,
      },
    ];
    const doc = await parse(buildPdf([firstPage(), { texts: prose(PROSE.slice(1)).texts, stamps }]));
    expect(drawn.has(2)).toBe(true);
    expect(doc.warnings.map((w) => w.code)).toContain('signature_stamp_removed');
    expect(
      paragraphs(doc)
        .map((p) => p.text)
        .join('\n'),
    ).not.toMatch(/Người ký|16:48/u);
  });

  it('reads it under a title over smaller text, where a rule would open a zone', async () => {
    const title = centred('BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ', 297, 780, 18, 'bold');
    const body = flow('Trung tâm Phục vụ hành chính công đã tiếp nhận 65.137 hồ sơ trong kỳ báo cáo.', {
      top: 740,
      indent: 36,
      size: 13,
    }).runs;
    await parse(buildPdf([firstPage(), { texts: [...title, ...body] }]));
    expect(drawn.has(2)).toBe(true);
  });
});
