import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { processBytes } from '../../../src/pipeline.js';
import type { Finding } from '../../../src/model/finding.js';
import { buildWorkbook } from '../../parsers/xlsx/build.js';
import { buildPdf, type PdfText } from '../../parsers/pdf/helpers/build-pdf.js';

/**
 * The table rules on the same two tables written as DOCX, PDF (ruled grid), markdown pipe table,
 * tab-separated text and XLSX: every format gives the same verdicts, and a changed cell is flagged
 * in every format, named by caption › row › column.
 */

type Grid = string[][];

const indicators = (child: string): Grid => [
  ['STT', 'Chỉ tiêu', 'Cùng kỳ năm 2023', 'Thực hiện năm 2024', '% so với cùng kỳ', 'Tăng/giảm so với cùng kỳ'],
  ['I', 'Thu ngân sách', '1.000', '1.200', '120,0', '200'],
  ['1', 'Thu nội địa', '700', child, '121,4', '150'],
  ['2', 'Thu xuất nhập khẩu', '300', '350', '116,7', '50'],
];
const scores = (sub: string): Grid => [
  ['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'],
  ['1', 'Công tác chỉ đạo điều hành', '4', '3,5'],
  ['1.1', 'Kế hoạch cải cách hành chính', '2', '2'],
  ['1.2', 'Kiểm tra cải cách hành chính', '2', sub],
];
const CAPTION = ['Biểu số 03', 'Đơn vị: tỷ đồng'];
const SCORE_CAPTION = ['Bảng tự chấm điểm'];

const docx = async (a: Grid, b: Grid): Promise<Uint8Array> => {
  const table = (grid: Grid): Table =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: grid.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: row.map((text) => new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.CENTER })] })),
          }),
      ),
    });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Báo cáo kết quả thu ngân sách năm 2024.'),
          ...CAPTION.map((t) => new Paragraph(t)),
          table(a),
          new Paragraph('Kết quả tự chấm điểm như sau.'),
          ...SCORE_CAPTION.map((t) => new Paragraph(t)),
          table(b),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};

const pipe = (a: Grid, b: Grid): Uint8Array => {
  const md = (grid: Grid): string =>
    [`|${grid[0]?.join('|')}|`, `|${grid[0]?.map(() => '---').join('|')}|`, ...grid.slice(1).map((r) => `|${r.join('|')}|`)].join('\n');
  return new TextEncoder().encode(
    [
      'Báo cáo kết quả thu ngân sách năm 2024.',
      '',
      ...CAPTION,
      '',
      md(a),
      '',
      'Kết quả tự chấm điểm như sau.',
      '',
      ...SCORE_CAPTION,
      '',
      md(b),
      '',
    ].join('\n'),
  );
};

const tabs = (a: Grid, b: Grid): Uint8Array => {
  const tsv = (grid: Grid): string => grid.map((r) => r.join('\t')).join('\n');
  return new TextEncoder().encode(
    [
      'Báo cáo kết quả thu ngân sách năm 2024.',
      '',
      ...CAPTION,
      '',
      tsv(a),
      '',
      'Kết quả tự chấm điểm như sau.',
      '',
      ...SCORE_CAPTION,
      '',
      tsv(b),
      '',
    ].join('\n'),
  );
};

const xlsx = async (a: Grid, b: Grid): Promise<Uint8Array> => {
  const cells = (grid: Grid, caption: string[]) => [...caption.map((t) => [t]), [], ...grid];
  return buildWorkbook([
    { name: 'Bieu 03', rows: cells(a, CAPTION) },
    { name: 'Cham diem', rows: cells(b, SCORE_CAPTION) },
  ]);
};

/** A ruled grid per table, text in its cells, the caption lines above it. */
const pdf = (a: Grid, b: Grid): Uint8Array => {
  const texts: PdfText[] = [];
  const lines: [number, number, number, number][] = [];
  let top = 780;
  const draw = (caption: string[], grid: Grid, widths: number[]): void => {
    for (const line of caption) {
      texts.push({ x: 60, y: top, size: 11, text: line });
      top -= 18;
    }
    top -= 6;
    const left = 50;
    const right = left + widths.reduce((s, w) => s + w, 0);
    const height = 22;
    const bottom = top - grid.length * height;
    for (let r = 0; r <= grid.length; r += 1) lines.push([left, top - r * height, right, top - r * height]);
    let x = left;
    for (const w of [0, ...widths]) {
      x += w;
      lines.push([x, top, x, bottom]);
    }
    grid.forEach((row, r) => {
      let cx = left;
      row.forEach((text, c) => {
        texts.push({ x: cx + 3, y: top - r * height - 15, size: 8, text });
        cx += widths[c] ?? 0;
      });
    });
    top = bottom - 40;
  };
  texts.push({ x: 60, y: top, size: 11, text: 'Báo cáo kết quả thu ngân sách năm 2024.' });
  top -= 30;
  draw(CAPTION, a, [28, 130, 80, 85, 80, 100]);
  draw(SCORE_CAPTION, b, [28, 200, 90, 110]);
  return buildPdf([{ texts, lines }]);
};

const FORMATS: Record<string, { path: string; build: (a: Grid, b: Grid) => Uint8Array | Promise<Uint8Array> }> = {
  docx: { path: 'bieu.docx', build: docx },
  pdf: { path: 'bieu.pdf', build: pdf },
  'markdown pipe': { path: 'bieu.md', build: pipe },
  'tab text': { path: 'bieu.txt', build: tabs },
  xlsx: { path: 'bieu.xlsx', build: xlsx },
};

const tableFindings = async (name: string, a: Grid, b: Grid): Promise<Finding[]> => {
  const format = FORMATS[name] as (typeof FORMATS)[string];
  const doc = await processBytes(await format.build(a, b), format.path, { ocr: 'never' });
  return doc.findings.filter((f) => f.rule.startsWith('table-'));
};
const flagged = (findings: Finding[]): string[] =>
  findings.filter((f) => f.status === 'inconsistent').map((f) => `${f.rule}: ${f.message.vi}`);

describe('table rules read the same tables in every format', () => {
  for (const name of Object.keys(FORMATS)) {
    describe(name, () => {
      it('verifies totals, percentages, differences and scores of consistent tables', async () => {
        const findings = await tableFindings(name, indicators('850'), scores('1,5'));
        expect(flagged(findings)).toEqual([]);
        for (const rule of ['table-total', 'table-percent', 'table-difference', 'table-score']) {
          expect(
            findings.some((f) => f.rule === rule && f.status === 'consistent'),
            `${rule}\n${findings.map((f) => f.message.vi).join('\n')}`,
          ).toBe(true);
        }
      });

      it('flags a changed child cell in the total, the percentage and the difference, named by row and column', async () => {
        const findings = flagged(await tableFindings(name, indicators('880'), scores('1,5')));
        expect(
          findings.some((f) => f.startsWith('table-total') && f.includes('Thu ngân sách') && f.includes('Thực hiện năm 2024')),
          findings.join('\n'),
        ).toBe(true);
        expect(
          findings.some((f) => f.startsWith('table-percent') && f.includes('Thu nội địa')),
          findings.join('\n'),
        ).toBe(true);
        expect(
          findings.some((f) => f.startsWith('table-difference') && f.includes('Thu nội địa')),
          findings.join('\n'),
        ).toBe(true);
      });

      it('flags a score above its maximum and a criterion that is not the sum of its parts', async () => {
        const findings = flagged(await tableFindings(name, indicators('850'), scores('2,5')));
        expect(
          findings.some((f) => f.startsWith('table-score') && f.includes('vượt điểm tối đa')),
          findings.join('\n'),
        ).toBe(true);
        expect(
          findings.some((f) => f.startsWith('table-score') && f.includes('4,5')),
          findings.join('\n'),
        ).toBe(true);
      });
    });
  }
});

describe('statistics workbooks: rows indented under a total', () => {
  const sheet = (child: number) =>
    buildWorkbook([
      {
        name: 'GDP',
        rows: [
          ['Tổng sản phẩm trong nước'],
          ['Tỷ đồng'],
          [],
          [null, 'Sơ bộ quý III năm 2024', 'Ước tính quý IV năm 2024'],
          ['TỔNG SỐ', 1000, 1200],
          ['Nông nghiệp', 300, 350],
          ['Trồng trọt', child, 250],
          ['Chăn nuôi', 100, 100],
          ['Công nghiệp', 700, 850],
          [],
          [],
          ['Phân theo địa phương', null, null],
          ['TỔNG SỐ', 900, 950],
          ['Phân theo một số địa phương', null, null],
          ['Hà Nội', 300, 310],
          ['TP. Hồ Chí Minh', 400, 420],
        ],
        indents: { A6: 1, A7: 2, A8: 2, A9: 1, A15: 1, A16: 1 },
      },
    ]);
  const findings = async (child: number) =>
    (await processBytes(await sheet(child), 'gdp.xlsx')).findings.filter((f) => f.rule === 'table-total');

  it('checks each level of the breakdown and says nothing of a list of some places', async () => {
    const all = await findings(200);
    expect(all.filter((f) => f.status === 'inconsistent')).toEqual([]);
    expect(all.filter((f) => f.status === 'consistent').length).toBeGreaterThanOrEqual(4);
    expect(all.some((f) => f.evidence.some((e) => e.raw === '900'))).toBe(false);
  });

  it('flags a changed sub-row under its indented parent', async () => {
    const bad = (await findings(210)).filter((f) => f.status === 'inconsistent');
    expect(bad.map((f) => f.message.vi)).toEqual([expect.stringContaining('Nông nghiệp › Sơ bộ quý III năm 2024: 210 + 100 = 310')]);
  });
});
