import { beforeAll, describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
import type { ReportDocument } from '../../src/model/document.js';
import { PlaceIndex, formatPlace, type PlaceSource } from '../../src/output/index.js';

/** Places as a reader finds them, on the reference report in its three formats. */
const NAME = 'corpus/kien-giang-6-thang-2022';
const docs: Record<'pdf' | 'docx' | 'txt', ReportDocument> = {} as never;

beforeAll(async () => {
  for (const ext of ['pdf', 'docx', 'txt'] as const) docs[ext] = await processFile(`${NAME}.${ext}`);
}, 60_000);

const findingPlaces = (doc: ReportDocument, lang: 'vi' | 'en'): string[] => {
  const index = new PlaceIndex(doc);
  return doc.findings.flatMap((f) => f.evidence.map((e) => `${f.rule} ${e.raw} @ ${formatPlace(index.placeOf(e), lang)}`));
};

describe('places in the reference report', () => {
  it('names a list item by page, section path and paragraph rank in the PDF', () => {
    const doc = docs.pdf;
    const block = doc.blocks.find((b) => b.text.startsWith('Thực hiện Nghị quyết 01/NQ-CP')) as ReportDocument['blocks'][number];
    const place = new PlaceIndex(doc).placeOf({ block: block.id, start: 10, page: block.page });
    // b6 is "a) Chủ động, quyết liệt …", the section's first paragraph; this item follows it.
    expect(formatPlace(place, 'vi')).toBe('trang 1, mục I.1.a, đoạn 2');
    expect(formatPlace(place, 'en')).toBe('page 1, section I.1.a, paragraph 2');
  });

  it('gives the same section and paragraph in DOCX and text, without a page', () => {
    for (const ext of ['docx', 'txt'] as const) {
      const block = docs[ext].blocks.find((b) => b.text.startsWith('Thực hiện Nghị quyết 01/NQ-CP'));
      expect(formatPlace(new PlaceIndex(docs[ext]).placeOf({ block: block?.id ?? '', start: 0 }), 'vi')).toBe('mục I.1.a, đoạn 2');
    }
  });

  it('places every finding the same way in the three formats, pages aside', () => {
    const strip = (s: string): string => s.replace(/trang \d+, /gu, '').replace(/, trang \d+/gu, '');
    const pdf = findingPlaces(docs.pdf, 'vi').map(strip);
    expect(findingPlaces(docs.docx, 'vi')).toEqual(pdf);
    expect(findingPlaces(docs.txt, 'vi')).toEqual(pdf);
    expect(pdf.every((p) => !/\bb\d+\b|fn\d+/u.test(p))).toBe(true);
  });

  it('names footnotes by number and page', () => {
    const fn = docs.pdf.footnotes.find((f) => f.number === 5);
    expect(formatPlace(new PlaceIndex(docs.pdf).placeOf({ block: fn?.id ?? '', start: 0 }), 'vi')).toBe(`chú thích 5, trang ${fn?.page}`);
  });

  it('names a table cell by caption, row label and column header', () => {
    for (const ext of ['pdf', 'docx', 'txt'] as const) {
      const doc = docs[ext];
      const table = doc.tables[0] as ReportDocument['tables'][number];
      const rowIndex = table.rows.findIndex((r) => r[0] === 'Sở Tài chính');
      const offset =
        table.rows.slice(0, rowIndex).reduce((n, r) => n + r.join('\t').length + 1, 0) +
        (table.rows[rowIndex]?.slice(0, 3).join('\t').length ?? 0) +
        1;
      const text = formatPlace(new PlaceIndex(doc).placeOf({ block: table.block, start: offset }), 'vi');
      expect(text).toContain('bảng “DANH SÁCH CÁC ĐƠN VỊ GỬI BÁO CÁO');
      expect(text).toContain('dòng “UBND thành phố Hà Tiên”, cột “Đã gửi”');
    }
  });
});

describe('places on a hand-made model', () => {
  const doc: PlaceSource = {
    blocks: [
      { id: 'b1', kind: 'title', section: [], page: 1, text: 'Nội dung.' },
      { id: 'b2', kind: 'paragraph', section: [], page: 1, text: 'Nội dung.' },
      { id: 'b3', kind: 'heading', section: ['II'], page: 2, text: 'Nội dung.' },
      { id: 'b4', kind: 'paragraph', section: ['II'], page: 2, text: 'Nội dung.' },
      { id: 'b5', kind: 'heading', section: ['II', '3'], page: 2, text: 'Nội dung.' },
      { id: 'b6', kind: 'paragraph', section: ['II', '3'], page: 3, text: 'Nội dung.' },
      { id: 'b7', kind: 'table', section: ['II', '3'], page: 3, text: 'Nội dung.' },
    ],
    footnotes: [],
    tables: [
      {
        block: 'b7',
        caption: null,
        rows: [
          ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
          ['1', 'Thu ngân sách', '120', '98'],
        ],
      },
    ],
  };
  const index = new PlaceIndex(doc);
  it('counts paragraphs within each section, headings excluded', () => {
    expect(formatPlace(index.placeOf({ block: 'b2', start: 0 }), 'vi')).toBe('trang 1, đoạn 1');
    expect(formatPlace(index.placeOf({ block: 'b6', start: 0 }), 'vi')).toBe('trang 3, mục II.3, đoạn 1');
    expect(formatPlace(index.placeOf({ block: 'b6', start: 0, page: 4 }), 'en')).toBe('page 4, section II.3, paragraph 1');
  });
  it('skips the index column for the row label and numbers an uncaptioned table', () => {
    const start = 'TT\tChỉ tiêu\tKế hoạch\tThực hiện\n1\tThu ngân sách\t120\t'.length;
    expect(formatPlace(index.placeOf({ block: 'b7', start }), 'vi')).toBe(
      'trang 3, mục II.3, bảng 1, dòng “Thu ngân sách”, cột “Thực hiện”',
    );
  });
});
