import { describe, expect, it } from 'vitest';
import { processBytes, processReportText } from '../../src/pipeline.js';
import { PlaceIndex, formatPlace } from '../../src/output/index.js';
import type { ReportDocument } from '../../src/model/document.js';
import { buildWorkbook, INDICATORS } from '../parsers/xlsx/build.js';

/**
 * A place in a table reads as a person names it: the table by the line that names it, the row by
 * its numbering and label, the column by its header path; the grid cell comes along for the page.
 */

const placeOfFigure = (doc: ReportDocument, raw: string) => {
  const fact = doc.facts.find((f) => f.table && f.raw === raw);
  if (!fact) throw new Error(`no table fact ${raw}`);
  return new PlaceIndex(doc).placeOf(fact.position);
};

describe('table places', () => {
  it('names the row by numbering and label, the column by its header path, and gives the grid cell', async () => {
    const doc = await processBytes(await buildWorkbook([INDICATORS]), 'bieu.xlsx', { ocr: 'never' });
    const place = placeOfFigure(doc, '1.100,3');
    expect(place.table).toMatchObject({ row: '1 Thuế', column: 'Năm 2024 – Thực hiện', cell: { row: 3, column: 3 } });
    // The unit line read with the title names no table.
    expect(formatPlace(place, 'vi')).toBe('bảng “BIỂU SỐ 01: KẾT QUẢ THU NGÂN SÁCH”, dòng “1 Thuế”, cột “Năm 2024 – Thực hiện”');
    expect(formatPlace(place, 'en')).toBe('table “BIỂU SỐ 01: KẾT QUẢ THU NGÂN SÁCH”, row “1 Thuế”, column “Năm 2024 – Thực hiện”');
  });

  it('names the table by the last line that names one when title lines above were taken in', () => {
    const doc = processReportText(
      [
        'BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2023',
        '',
        'Kết quả cụ thể như sau.',
        '',
        'Biểu mẫu 4. Kết quả giải quyết hồ sơ',
        '',
        '|STT|Đơn vị|Tiếp nhận|Đúng hạn|',
        '|---|---|---|---|',
        '|1|Sở Y tế|410|398|',
        '|2|Sở Xây dựng|275|270|',
        '',
      ].join('\n'),
    );
    const text = formatPlace(placeOfFigure(doc, '270'), 'vi');
    expect(text).toMatch(/^bảng “Biểu mẫu 4\. Kết quả giải quyết hồ sơ”/u);
    expect(text).toMatch(/dòng “(?:2 )?Sở Xây dựng”, cột “Đúng hạn”/u);
  });

  it('names a row of a table set side by side by the label of its own half', () => {
    const doc = processReportText(
      [
        'Danh sách đơn vị',
        '',
        '|Đơn vị|Số hồ sơ|Đơn vị|Số hồ sơ|',
        '|---|---|---|---|',
        '|Sở Tài chính|120|UBND huyện Đức Trọng|340|',
        '|Sở Nội vụ|95|UBND huyện Lâm Hà|212|',
        '',
      ].join('\n'),
    );
    expect(placeOfFigure(doc, '212').table?.row).toBe('UBND huyện Lâm Hà');
    expect(placeOfFigure(doc, '95').table?.row).toBe('Sở Nội vụ');
  });
});
