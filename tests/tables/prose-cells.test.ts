import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { processBytes } from '../../src/pipeline.js';
import { DocumentIndex, isProseCell } from '../../src/claims/document-index.js';
import type { Finding } from '../../src/model/finding.js';
import type { ReportDocument } from '../../src/model/document.js';
import { PlaceIndex } from '../../src/output/index.js';
import { buildWorkbook } from '../parsers/xlsx/build.js';
import { check } from '../checks/tester.js';

/**
 * Prose inside cells is text: a scoring sheet whose `Giải trình` cells hold sentences is read like
 * paragraphs. Its claims (share, sum, attainment, list count) are found and checked, each finding
 * placed at the table, row and column, in DOCX, markdown pipe, tab-separated text and XLSX alike.
 */

type Grid = string[][];

interface Evidence {
  tasks: string;
  answered: string;
  received: string;
  solved: string;
  onTime: string;
  late: string;
  trained: string;
  percent: string;
}
const OK: Evidence = {
  tasks: 'Hoàn thành 28/28 nhiệm vụ đề ra trong kế hoạch, đạt 100%.',
  answered: '165/165 kiến nghị của cá nhân, tổ chức đã được trả lời (đạt 100%).',
  received: '2.450',
  solved: '2.430',
  onTime: '2.398',
  late: '32',
  trained: '45',
  percent: '112,5',
};

const sheet = (e: Evidence): Grid => [
  ['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Giải trình'],
  ['1', 'Công tác chỉ đạo, điều hành', '4', '4', ''],
  ['1.1', 'Mức độ thực hiện kế hoạch', '2', '2', e.tasks],
  ['1.2', 'Tiếp nhận, xử lý phản ánh, kiến nghị', '2', '2', e.answered],
  ['2', 'Cải cách thủ tục hành chính', '4', '3,5', ''],
  [
    '2.1',
    'Giải quyết hồ sơ thủ tục hành chính',
    '2',
    '1,5',
    `Tổng số hồ sơ tiếp nhận ${e.received} hồ sơ, đã giải quyết ${e.solved} hồ sơ, trong đó đúng hạn ${e.onTime} hồ sơ, trễ hạn ${e.late} hồ sơ.`,
  ],
  ['2.2', 'Đào tạo, bồi dưỡng', '2', '2', `Cử ${e.trained} lượt công chức đi bồi dưỡng, đạt ${e.percent}% kế hoạch (kế hoạch 40 lượt).`],
];

const INTRO = 'Báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024.';
const CAPTION = 'Bảng tự chấm điểm';

const docx = async (grid: Grid): Promise<Uint8Array> => {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.map((text) => new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.LEFT })] })),
        }),
    ),
  });
  const doc = new Document({ sections: [{ children: [new Paragraph(INTRO), new Paragraph(CAPTION), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
};
const markdown = (grid: Grid): string =>
  [`|${grid[0]?.join('|')}|`, `|${grid[0]?.map(() => '---').join('|')}|`, ...grid.slice(1).map((r) => `|${r.join('|')}|`)].join('\n');
const pipe = (grid: Grid): Uint8Array => new TextEncoder().encode([INTRO, '', CAPTION, '', markdown(grid), ''].join('\n'));
const tabs = (grid: Grid): Uint8Array =>
  new TextEncoder().encode([INTRO, '', CAPTION, '', grid.map((r) => r.join('\t')).join('\n'), ''].join('\n'));
const xlsx = (grid: Grid): Promise<Uint8Array> => buildWorkbook([{ name: 'Cham diem', rows: [[CAPTION], [], ...grid] }]);

const FORMATS: Record<string, { path: string; build: (grid: Grid) => Uint8Array | Promise<Uint8Array> }> = {
  docx: { path: 'cham-diem.docx', build: docx },
  'markdown pipe': { path: 'cham-diem.md', build: pipe },
  'tab text': { path: 'cham-diem.txt', build: tabs },
  xlsx: { path: 'cham-diem.xlsx', build: xlsx },
};

const read = async (name: string, grid: Grid): Promise<ReportDocument> => {
  const format = FORMATS[name] as (typeof FORMATS)[string];
  return processBytes(await format.build(grid), format.path, { ocr: 'never' });
};
const flagged = (f: Finding): boolean => f.status === 'inconsistent' || f.status === 'warning';
const show = (findings: readonly Finding[]): string => findings.map((f) => `${f.rule} ${f.status} ${f.message.vi}`).join('\n');
/** The text findings: the table rules read the numeric cells and are tested elsewhere. */
const textFindings = (doc: ReportDocument): Finding[] => doc.findings.filter((f) => !f.rule.startsWith('table-'));

describe('prose cells are read as text in every format', () => {
  for (const name of Object.keys(FORMATS)) {
    describe(name, () => {
      it('verifies the share, the sum and the attainment stated inside cells', async () => {
        const doc = await read(name, sheet(OK));
        const findings = textFindings(doc);
        expect(findings.filter(flagged), show(findings)).toEqual([]);
        const verified = findings.filter((f) => f.status === 'consistent').map((f) => `${f.rule} ${f.arithmetic ?? f.message.vi}`);
        for (const rule of ['share', 'sum', 'attainment']) {
          expect(
            verified.some((v) => v.startsWith(rule)),
            `${rule}\n${show(findings)}`,
          ).toBe(true);
        }
        expect(verified.some((v) => v.includes('165'))).toBe(true);
      });

      it('flags a wrong share, sum and attainment, placed at the table, row and column', async () => {
        const doc = await read(
          name,
          sheet({ ...OK, answered: OK.answered.replace('(đạt 100%)', '(đạt 90%)'), late: '23', percent: '121,5' }),
        );
        const findings = textFindings(doc).filter(flagged);
        expect(findings.map((f) => `${f.rule}:${f.actual}`).sort(), show(doc.findings)).toEqual(
          ['attainment:121,5', 'share:90', 'sum:2.430'].sort(),
        );
        const table = doc.tables[0];
        expect(table).toBeDefined();
        const block = doc.blocks.find((b) => b.id === table?.block);
        const places = new PlaceIndex(doc);
        const rows: Record<string, string> = {
          share: '1.2 Tiếp nhận, xử lý phản ánh, kiến nghị',
          sum: '2.1 Giải quyết hồ sơ thủ tục hành chính',
          attainment: '2.2 Đào tạo, bồi dưỡng',
        };
        for (const f of findings) {
          for (const e of f.evidence) {
            // Evidence points into the table block, at the figure's own characters.
            expect(e.block).toBe(table?.block);
            expect(block?.text.slice(e.start, e.end)).toBe(e.raw);
            const place = places.placeOf(e).table;
            expect(place?.caption).toContain(CAPTION);
            expect(place?.row).toBe(rows[f.rule]);
            expect(place?.column).toBe('Giải trình');
          }
        }
      });
    });
  }
});

describe('a sentence says the same in a cell as in a paragraph', () => {
  // Variants of real wording: other numbers, agencies, nouns and word orders.
  const sentences = [
    'Đã trả lời 48/50 kiến nghị của công dân, đạt 96%.',
    'Sở Tư pháp tiếp nhận 1.512 hồ sơ, trong đó hồ sơ trực tuyến 1.210 hồ sơ, hồ sơ trực tiếp 302 hồ sơ.',
    'Tổng kinh phí thực hiện 12,5 tỷ đồng, gồm ngân sách tỉnh 8,2 tỷ đồng và ngân sách huyện 4,3 tỷ đồng.',
    'Giải ngân 356,4 tỷ đồng, đạt 89,1% kế hoạch (kế hoạch 400 tỷ đồng).',
    'Kiểm tra 3 cơ quan: Sở Y tế, Sở Xây dựng, Sở Công Thương.',
    'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,3% (1.095/1.125 hồ sơ).',
    'Tuyển dụng 27 viên chức, tăng 5 người so với năm trước (năm trước tuyển 22 viên chức).',
  ];
  const key = (f: Finding): string => `${f.rule} ${f.status} ${f.expected ?? ''} ${f.actual ?? ''}`;
  const asParagraphs = sentences.join('\n\n');
  const asTable = markdown([['STT', 'Nội dung', 'Kết quả thực hiện'], ...sentences.map((s, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, s])]);

  it('finds the same claims with the same verdicts', () => {
    const inText = check(`${INTRO}\n\n${asParagraphs}\n`).map(key).sort();
    const inCells = check(`${INTRO}\n\n${CAPTION}\n\n${asTable}\n`)
      .filter((f) => !f.rule.startsWith('table-'))
      .map(key)
      .sort();
    expect(inText.length).toBeGreaterThanOrEqual(5);
    expect(inCells).toEqual(inText);
    expect(inCells.filter((k) => / inconsistent /u.test(k))).toEqual([]);
  });

  it('flags the same wrong figure in a cell as in a paragraph', () => {
    const wrong = sentences.map((s) => s.replace('1.210', '1.201'));
    const inText = check(`${INTRO}\n\n${wrong.join('\n\n')}\n`)
      .filter(flagged)
      .map(key);
    const inCells = check(
      `${INTRO}\n\n${CAPTION}\n\n${markdown([['STT', 'Nội dung', 'Kết quả'], ...wrong.map((s, i) => [String(i + 1), `Nội dung ${i + 1}`, s])])}\n`,
    )
      .filter(flagged)
      .map(key);
    expect(inText).toHaveLength(1);
    expect(inCells).toEqual(inText);
  });
});

describe('a second label column holds text, not row names', () => {
  // `Nội dung` is a label header, but `Tiêu chí` names the rows: its short sentences are read.
  const sheetOf = (stated: string): string =>
    `${INTRO}\n\n${CAPTION}\n\n${markdown([
      ['TT', 'Tiêu chí', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá'],
      ['1', 'Kiểm tra công tác cải cách', `Kiểm tra 8/10 đơn vị (đạt ${stated}).`, '2', '1,5'],
      ['2', 'Tuyên truyền', 'Đăng 45 tin, bài trên Cổng thông tin.', '1', '1'],
    ])}\n`;

  it('verifies and flags a share stated in a short cell of that column', () => {
    const ok = check(sheetOf('80%')).filter((f) => f.rule === 'share');
    expect(ok.map((f) => f.status)).toEqual(['consistent']);
    const wrong = check(sheetOf('85%')).filter((f) => f.rule === 'share');
    expect(wrong.map((f) => `${f.status} ${f.actual ?? ''}`)).toEqual(['inconsistent 85']);
  });
});

describe('which cells are prose', () => {
  it('takes sentences and leaves labels, values, scores and periods', () => {
    for (const text of [
      '165/165 kiến nghị của cá nhân, tổ chức đã được trả lời (đạt 100%).',
      'Cấp mới 16 hồ sơ; cấp đổi 121 hồ sơ',
      'bao gồm 265 đơn vị thuộc sở và 01 đơn vị thuộc chi cục',
    ]) {
      expect(isProseCell(text), text).toBe(true);
    }
    for (const text of [
      '1.234',
      '9,49/ 9,5',
      '12/63',
      'Quý I năm 2019',
      'Đạt 100%',
      'Quyết định 112/QĐ',
      '',
      'Không có công chức bị kỷ luật.',
    ]) {
      expect(isProseCell(text), text).toBe(false);
    }
  });

  it('gives no cell unit to a table of figures, so its claims are the table rules’ alone', () => {
    const grid = [
      ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Điểm', 'Xếp hạng', 'Ghi chú'],
      ['1', 'Hồ sơ tiếp nhận', '1.000', '1.200', '9,49/ 9,5', '12/63', 'Đạt 100%'],
      ['2', 'Hồ sơ giải quyết', '900', '1.100', '8,67/ 10', '20/63', 'Quý I năm 2019'],
      ['', 'Tổng cộng', '1.900', '2.300', '', '', ''],
    ];
    const report = check(`${INTRO}\n\n${CAPTION}\n\n${markdown(grid)}\n`);
    // Every figure finding comes from a table rule: no text rule reads a value cell as a sentence.
    expect(report.filter((f) => !f.rule.startsWith('table-')).map((f) => f.rule)).toEqual([]);
    expect(report.some((f) => f.rule === 'table-total' && f.status === 'consistent')).toBe(true);
  });
});

describe('the document index exposes each prose cell as a text unit', () => {
  it('maps the cell’s facts to it, at the table block’s offsets, in document order', async () => {
    const doc = await read('markdown pipe', sheet(OK));
    const index = new DocumentIndex(doc);
    const table = doc.tables[0];
    const cells = index.cellUnits(table?.id ?? '');
    // Four `Giải trình` cells hold sentences; the empty ones and the figures do not.
    expect(cells.map((u) => [u.cell?.row, u.cell?.column])).toEqual([
      [2, 4],
      [3, 4],
      [5, 4],
      [6, 4],
    ]);
    const ordered = index.orderedUnits().map((u) => u.id);
    const at = ordered.indexOf(table?.block ?? '');
    expect(ordered.slice(at + 1, at + 5)).toEqual(cells.map((u) => u.id));
    const tableText = index.text(table?.block ?? '');
    for (const unit of cells) {
      expect(unit.kind).toBe('cell');
      const facts = index.factsIn(unit.id);
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) {
        expect(fact.table).toMatchObject({ cell: 'prose', row: unit.cell?.row, column: unit.cell?.column });
        expect(unit.text.slice(fact.position.start, fact.position.end)).toBe(tableText.slice(fact.position.start, fact.position.end));
      }
      // Nothing of another cell shows through.
      expect(unit.text.trim()).toBe(table?.rows[unit.cell?.row ?? 0]?.[unit.cell?.column ?? 0]);
    }
    // Figure cells stay the table rules' facts only.
    const inUnits = new Set(cells.flatMap((u) => index.factsIn(u.id).map((f) => f.id)));
    expect(index.tableFacts(table?.id ?? '').filter((f) => f.table?.cell === 'number' && inUnits.has(f.id))).toEqual([]);
  });
});
