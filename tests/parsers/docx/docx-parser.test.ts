import { createHash } from 'node:crypto';
import {
  AlignmentType,
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { docxParser } from '../../../src/parsers/docx/index.js';
import type { LayoutDocument, LayoutParagraph, LayoutTable } from '../../../src/parsers/layout.js';
import { readZip, writeZip } from '../../../scripts/lib/zip.js';

const parse = async (bytes: Buffer): Promise<LayoutDocument> =>
  docxParser.parse(
    bytes,
    {
      path: 't.docx',
      format: 'docx',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      pages: null,
      ocr: false,
    },
    {},
  );

const paragraphs = (doc: LayoutDocument): LayoutParagraph[] => doc.items.filter((i): i is LayoutParagraph => i.type === 'paragraph');
const tables = (doc: LayoutDocument): LayoutTable[] => doc.items.filter((i): i is LayoutTable => i.type === 'table');
const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string | string[], extra: { columnSpan?: number; rowSpan?: number } = {}): TableCell =>
  new TableCell({ children: (Array.isArray(text) ? text : [text]).map(p), ...extra });

async function build(
  children: (Paragraph | Table)[],
  notes: { footnotes?: Record<number, string>; endnotes?: Record<number, string> } = {},
): Promise<Buffer> {
  const toNotes = (map: Record<number, string> = {}) =>
    Object.fromEntries(Object.entries(map).map(([id, text]) => [id, { children: [p(text)] }]));
  const doc = new Document({
    creator: 'solieu tests',
    footnotes: toNotes(notes.footnotes),
    endnotes: toNotes(notes.endnotes),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

describe('DOCX footnotes', () => {
  it('numbers footnotes by the order of their references, not by Word ids, and anchors them after the word', async () => {
    const bytes = await build(
      [
        new Paragraph({
          children: [new TextRun('Đã ban hành 01 Kế hoạch'), new FootnoteReferenceRun(5), new TextRun(' và giao chỉ tiêu.')],
        }),
        new Paragraph({
          children: [
            new TextRun('Hoàn thành 14 nhiệm vụ'),
            new FootnoteReferenceRun(2),
            new TextRun(', đang thực hiện 31'),
            new FootnoteReferenceRun(9),
          ],
        }),
      ],
      { footnotes: { 2: 'Quyết định số 3320/QĐ-UBND', 5: 'Kế hoạch số 17/KH-UBND ngày 07/02/2022', 9: 'Theo hệ thống theo dõi của VPCP' } },
    );
    const doc = await parse(bytes);
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [1, 'Kế hoạch số 17/KH-UBND ngày 07/02/2022'],
      [2, 'Quyết định số 3320/QĐ-UBND'],
      [3, 'Theo hệ thống theo dõi của VPCP'],
    ]);
    const [first, second] = paragraphs(doc);
    expect(first?.text).toBe('Đã ban hành 01 Kế hoạch và giao chỉ tiêu.');
    expect(first?.anchors).toEqual([{ footnote: 1, offset: 'Đã ban hành 01 Kế hoạch'.length }]);
    expect(second?.text).toBe('Hoàn thành 14 nhiệm vụ, đang thực hiện 31');
    expect(second?.anchors.map((a) => a.footnote)).toEqual([2, 3]);
    expect(second?.text.slice(0, second.anchors[1]?.offset)).toMatch(/đang thực hiện 31$/u);
    expect(doc.items.every((i) => i.page === null)).toBe(true);
  });

  it('numbers endnotes after the footnotes and says so', async () => {
    const bytes = await build(
      [
        new Paragraph({
          children: [
            new TextRun('Tổng thu 6.098 tỷ đồng'),
            new EndnoteReferenceRun(1),
            new TextRun(' và chi'),
            new FootnoteReferenceRun(1),
          ],
        }),
      ],
      { footnotes: { 1: 'Chi tiết tại phụ lục' }, endnotes: { 1: 'Số liệu ước thực hiện' } },
    );
    const doc = await parse(bytes);
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [1, 'Chi tiết tại phụ lục'],
      [2, 'Số liệu ước thực hiện'],
    ]);
    expect(paragraphs(doc)[0]?.anchors).toEqual([
      { footnote: 2, offset: 22 },
      { footnote: 1, offset: 29 },
    ]);
    expect(doc.warnings.map((w) => w.code)).toContain('docx_endnotes');
  });
});

describe('DOCX tables', () => {
  it('expands merged cells so that every row has the same width, text kept once', async () => {
    const table = new Table({
      rows: [
        new TableRow({
          tableHeader: true,
          children: [
            cell('STT', { rowSpan: 2 }),
            cell('Chỉ tiêu', { rowSpan: 2 }),
            cell('Kế hoạch', { columnSpan: 2 }),
            cell('% KH', { rowSpan: 2 }),
          ],
        }),
        new TableRow({ tableHeader: true, children: [cell('Năm'), cell('6 tháng')] }),
        new TableRow({ children: [cell('1'), cell('Sản lượng lúa'), cell('2,4'), cell('1,2'), cell('101,9')] }),
        new TableRow({ children: [cell('2'), cell(['Tổng sản lượng', 'thủy sản']), cell('470.500', { columnSpan: 2 }), cell('85,6')] }),
      ],
    });
    const doc = await parse(await build([p('Biểu số 01'), table]));
    const [grid] = tables(doc);
    expect(grid?.rows).toEqual([
      ['STT', 'Chỉ tiêu', 'Kế hoạch', '', '% KH'],
      ['', '', 'Năm', '6 tháng', ''],
      ['1', 'Sản lượng lúa', '2,4', '1,2', '101,9'],
      ['2', 'Tổng sản lượng thủy sản', '470.500', '', '85,6'],
    ]);
  });

  it('warns when a note reference stands inside a data table', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: [cell('Đơn vị'), cell('Số hồ sơ'), cell('Tỷ lệ')] }),
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph({ children: [new TextRun('Sở Y tế'), new FootnoteReferenceRun(1)] })] }),
            cell('87'),
            cell('87,8%'),
          ],
        }),
        new TableRow({ children: [cell('Sở Tư pháp'), cell('131'), cell('12%')] }),
      ],
    });
    const doc = await parse(await build([p('Kết quả như sau:'), table], { footnotes: { 1: 'Số liệu đến 30/6' } }));
    expect(tables(doc)[0]?.rows[1]).toEqual(['Sở Y tế', '87', '87,8%']);
    expect(doc.footnotes).toHaveLength(1);
    expect(doc.warnings.map((w) => w.code)).toContain('docx_note_in_table');
  });

  it('unfolds the header block table into left and right paragraphs, in reading order', async () => {
    const head = new Table({
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          children: [
            cell(['ỦY BAN NHÂN DÂN', 'TỈNH AN GIANG']),
            cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']),
          ],
        }),
        new TableRow({ children: [cell('Số: 215/BC-UBND'), cell('An Giang, ngày 05 tháng 10 năm 2023')] }),
      ],
    });
    const doc = await parse(
      await build([
        head,
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BÁO CÁO', bold: true })] }),
        p('Nội dung báo cáo.'),
      ]),
    );
    expect(tables(doc)).toHaveLength(0);
    const items = paragraphs(doc).map((x) => [x.hints.headerColumn, x.text]);
    expect(items.slice(0, 6)).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['left', 'TỈNH AN GIANG'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['right', 'Độc lập - Tự do - Hạnh phúc'],
      ['left', 'Số: 215/BC-UBND'],
      ['right', 'An Giang, ngày 05 tháng 10 năm 2023'],
    ]);
    const title = paragraphs(doc)[6];
    expect(title?.hints).toMatchObject({ headerColumn: null, bold: true, centered: true });
  });

  it('unfolds the recipients | signature table at the end and keeps line breaks', async () => {
    const signature = new Table({
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          children: [
            cell(['Nơi nhận:', '- VPCP;', '- Lưu: VT.']),
            new TableCell({
              children: [
                new Paragraph({ children: [new TextRun('KT. CHỦ TỊCH'), new TextRun({ text: 'PHÓ CHỦ TỊCH', break: 1 })] }),
                p(''),
                p('Nguyễn Văn An'),
              ],
            }),
          ],
        }),
      ],
    });
    const doc = await parse(await build([p('Trên đây là báo cáo.'), signature]));
    expect(tables(doc)).toHaveLength(0);
    const texts = paragraphs(doc).map((x) => x.text);
    expect(texts).toEqual(['Trên đây là báo cáo.', 'Nơi nhận:', '- VPCP;', '- Lưu: VT.', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', 'Nguyễn Văn An']);
    expect(paragraphs(doc)[4]?.hints.lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('keeps a small first table as data when it has a header row', async () => {
    const table = new Table({
      rows: [
        new TableRow({ tableHeader: true, children: [cell('Chỉ tiêu'), cell('Kết quả')] }),
        new TableRow({ children: [cell('Tỷ lệ'), cell('99,1%')] }),
      ],
    });
    const doc = await parse(await build([table, p('Ghi chú.')]));
    expect(tables(doc)).toHaveLength(1);
  });
});

describe('DOCX paragraph hints', () => {
  it('reads heading styles, bold, italic, centring, bullets and page breaks', async () => {
    const doc = await parse(
      await build([
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('1. Về phục hồi kinh tế')] }),
        new Paragraph({ children: [new TextRun({ text: 'Thực hiện Nghị quyết', italics: true })] }),
        new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Sản lượng lúa đạt 2,4 triệu tấn')] }),
        new Paragraph({ children: [new TextRun('Đoạn cuối trang'), new PageBreak()] }),
        p('tiếp theo ở trang sau'),
        new Paragraph({ children: [new TextRun('  khoảng   trắng\u00a0thừa\t ')] }),
      ]),
    );
    const [heading, italic, bullet, beforeBreak, afterBreak, spaces] = paragraphs(doc);
    expect(heading?.hints.headingLevel).toBe(2);
    expect(italic?.hints.italic).toBe(true);
    expect(italic?.hints.bold).toBe(false);
    expect(bullet?.text).toBe('- Sản lượng lúa đạt 2,4 triệu tấn');
    expect(beforeBreak?.afterBreak).toBe(false);
    expect(afterBreak?.afterBreak).toBe(true);
    expect(spaces?.text).toBe('khoảng trắng thừa');
  });

  it('reads the page count from docProps/app.xml', async () => {
    const entries = await readZip(await build([p('Một trang.')]));
    const app =
      '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>7</Pages></Properties>';
    const rebuilt = writeZip([...entries.filter((e) => e.name !== 'docProps/app.xml'), { name: 'docProps/app.xml', data: app }]);
    expect((await parse(rebuilt)).source.pages).toBe(7);
    const without = writeZip(entries.filter((e) => e.name !== 'docProps/app.xml'));
    expect((await parse(without)).source.pages).toBeNull();
  });
});
