import { describe, expect, it } from 'vitest';
import { buildPdf, textWidth, type PdfPage } from './helpers/build-pdf.js';
import { centred, flow, line } from './helpers/compose.js';
import { paragraphs, parse } from './helpers/parse.js';

const SENTENCES = [
  'Công tác cải cách hành chính được chú trọng, đã tập trung chỉ đạo các ngành, các cấp và địa phương đẩy mạnh cải cách hành chính nhằm tạo sự chuyển biến tích cực trong môi trường đầu tư, kinh doanh.',
  'Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 65.137 hồ sơ, tăng 132,5% so với cùng kỳ, trong đó tiếp nhận mới 31.983 hồ sơ.',
  'Kết quả đã giải quyết 30.329 hồ sơ, đạt 46,6%, trong đó trước hạn 13.071 hồ sơ, đúng hạn 15.866 hồ sơ, trễ hạn 1.392 hồ sơ.',
];

/** A page of body text whose paragraphs all end inside the page. */
function bodyPage(extra: PdfPage['texts'], top = 740): PdfPage {
  const texts = [...(extra ?? [])];
  let y = top;
  for (const sentence of SENTENCES) {
    const p = flow(sentence, { top: y, indent: 36 });
    texts.push(...p.runs);
    y = p.next - 6;
  }
  return { texts };
}

describe('page furniture', () => {
  it('removes page numbers at the top and at the bottom, in their usual forms', async () => {
    const pages = [
      bodyPage([]),
      bodyPage(centred('2', 297, 800, 13)),
      bodyPage(centred('- 3 -', 297, 40, 12)),
      bodyPage(line('Trang 4', 480, 40, 11)),
      bodyPage(centred('5/6', 297, 40, 12)),
    ];
    const doc = await parse(buildPdf(pages));
    const all = paragraphs(doc).map((p) => p.text);
    expect(all).toHaveLength(15);
    for (const text of all) expect(text).not.toMatch(/^(?:- ?3 ?-|2|Trang 4|5\/6)$|Trang 4/u);
    expect(all.filter((t) => t === SENTENCES[1])).toHaveLength(5);
  });

  it('keeps a number that stands in the body, away from the page edges', async () => {
    const doc = await parse(buildPdf([bodyPage(line('2022', 85, 420, 14), 760)]));
    expect(paragraphs(doc).map((p) => p.text)).toContain('2022');
  });

  it('removes a running header and footer repeated on many pages', async () => {
    const header = (n: number): PdfPage['texts'] => [
      ...line('UBND TỈNH KIÊN GIANG - Báo cáo 6 tháng đầu năm 2022', 85, 810, 10, 'italic'),
      ...line(`Văn phòng UBND tỉnh - trang ${n}`, 85, 30, 9),
    ];
    const doc = await parse(buildPdf([1, 2, 3, 4].map((n) => bodyPage(header(n)))));
    const all = paragraphs(doc)
      .map((p) => p.text)
      .join('\n');
    expect(all).not.toContain('Báo cáo 6 tháng đầu năm 2022');
    expect(all).not.toContain('Văn phòng UBND tỉnh - trang');
    expect(paragraphs(doc)).toHaveLength(12);
  });

  it('removes signature stamp text drawn in the page and keeps the same words elsewhere', async () => {
    const stamp = [
      ...line('Ký bởi: Ủy ban nhân dân tỉnh Kiên Giang', 330, 300, 9),
      ...line('Email: ubnd@kiengiang.gov.vn', 330, 289, 9),
      ...line('Thời gian ký: 15.07.2022 14:54:55 +07:00', 330, 278, 9),
    ];
    const contact = line('Email: vanphong@kiengiang.gov.vn', 85, 600, 14);
    const doc = await parse(buildPdf([{ texts: [...bodyPage([], 760).texts!, ...contact, ...stamp] }]));
    const all = paragraphs(doc).map((p) => p.text);
    expect(all.join('\n')).not.toMatch(/Ký bởi|Thời gian ký|ubnd@kiengiang|14:54:55/u);
    expect(all).toContain('Email: vanphong@kiengiang.gov.vn');
    expect(doc.warnings.map((w) => w.code)).toContain('signature_stamp_removed');
  });

  it('drops a multi-line e-signature widget and keeps the number a widget stamps into the head', async () => {
    const left = 'Số:';
    const field = textWidth(' ', 13) * 12;
    const texts = [
      ...line(left, 120, 733, 13),
      { x: 120 + textWidth(left, 13), y: 733, size: 13, text: ' '.repeat(12) },
      ...line('/BC-UBND', 120 + textWidth(left, 13) + field, 733, 13),
      ...bodyPage([], 650).texts!,
    ];
    const stamps = [
      { rect: [140, 727, 170, 750] as [number, number, number, number], lines: ['185'], size: 13 },
      {
        rect: [350, 100, 520, 180] as [number, number, number, number],
        lines: ['Người ký: Sở Tài chính', 'Cơ quan: Tỉnh Đắk Nông', 'Thời gian ký:', '20.05.2019 16:48:26'],
        size: 9,
      },
    ];
    const doc = await parse(buildPdf([{ texts, stamps }]));
    const all = paragraphs(doc).map((p) => p.text);
    expect(all).toContain('Số: 185 /BC-UBND');
    expect(all.join('\n')).not.toMatch(/Người ký|Đắk Nông|16:48/u);
  });
});
