import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline.js';

const HEADER = [
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH AN GIANG\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 215    /BC-UBND\tAn Giang, ngày 05 tháng 10 năm 2023',
  '',
  'BÁO CÁO',
  'Tình hình kinh tế - xã hội quý III năm 2023',
  '',
].join('\n');

describe('the text form, on reports other than the reference', () => {
  it('reads a tab-separated header block into meta, stray spaces and all', () => {
    const report = parseReportText(`${HEADER}\nI. KẾT QUẢ\n\nĐã hoàn thành 05 nhiệm vụ.\n`);
    expect(report.meta).toMatchObject({
      documentNumber: '215/BC-UBND',
      documentCode: 'BC-UBND',
      place: 'An Giang',
      date: '2023-10-05',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
      title: 'BÁO CÁO',
      period: 'quý III năm 2023',
    });
    expect(report.blocks[0]?.kind).toBe('header');
  });

  it('keeps a draft blank number as a code without a number', () => {
    const report = parseReportText(HEADER.replace('Số: 215    /BC-UBND', 'Số:        /BC-SNV').replace('ngày 05 tháng', 'ngày     tháng'));
    expect(report.meta.documentNumber).toBeNull();
    expect(report.meta.documentCode).toBe('BC-SNV');
    expect(report.meta.date).toBeNull();
  });

  it('rejoins a split paragraph only when it ends open and resumes in lowercase (đ, ư, ơ count)', () => {
    const text = `${HEADER}\nThu ngân sách đạt 120 tỷ đồng, trong\n\n¹ Ghi chú.\n\nđó thu nội địa 80 tỷ đồng.\n\nChi ngân sách đạt 90 tỷ đồng.\n\n² Ghi chú khác.\n\nước thực hiện cả năm còn thấp.\n`;
    const report = parseReportText(text);
    const body = report.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(body).toEqual([
      'Thu ngân sách đạt 120 tỷ đồng, trong đó thu nội địa 80 tỷ đồng.',
      'Chi ngân sách đạt 90 tỷ đồng.',
      'ước thực hiện cả năm còn thấp.',
    ]);
    expect(report.warnings.map((w) => w.code).sort()).toEqual(['footnote_orphan', 'footnote_orphan']);
  });

  it('shifts anchors when a split paragraph is rejoined', () => {
    const text = `Có 05 đề án¹ đang thực hiện và\n\n¹ Đề án A; Đề án B.\n\n² Ghi chú.\n\nđã hoàn thành 03 đề án².\n`;
    const report = parseReportText(text);
    const block = report.blocks[0]!;
    expect(block.text).toBe('Có 05 đề án đang thực hiện và đã hoàn thành 03 đề án.');
    expect(block.anchors).toEqual([
      { footnote: 1, offset: 'Có 05 đề án'.length },
      { footnote: 2, offset: 'Có 05 đề án đang thực hiện và đã hoàn thành 03 đề án'.length },
    ]);
    expect(report.footnotes.map((f) => f.anchors)).toEqual([[{ block: 'b1', offset: 11 }], [{ block: 'b1', offset: 52 }]]);
  });

  it('warns about a marker without a body instead of failing', () => {
    const report = parseReportText('Đã giao 10 nhiệm vụ³.\n');
    expect(report.footnotes).toEqual([]);
    expect(report.warnings).toEqual([{ code: 'footnote_missing_body', message: 'marker 3 in b1 has no footnote body', page: null }]);
  });

  it('treats a superscript after a length unit as an exponent, not a marker', () => {
    const report = parseReportText('Diện tích sàn 1.200 m² và 3 km² đất.\n');
    expect(report.blocks[0]?.text).toBe('Diện tích sàn 1.200 m² và 3 km² đất.');
    expect(report.blocks[0]?.anchors).toEqual([]);
  });

  it('unifies NFD input into NFC text', () => {
    const nfd = 'Hoà thành 05 nhiệm vụ.'.normalize('NFD');
    expect(parseReportText(nfd).blocks[0]?.text).toBe('Hoà thành 05 nhiệm vụ.'.normalize('NFC'));
  });

  it("takes a period's year from later in the subject line", () => {
    const report = parseReportText(
      HEADER.replace('Tình hình kinh tế - xã hội quý III năm 2023', 'Kết quả hoạt động tháng 5 và nhiệm vụ tháng 6 năm 2024'),
    );
    expect(report.meta.period).toBe('tháng 5 năm 2024');
  });

  it('reads a signer whose capacity line names the body', () => {
    const report = parseReportText(`${HEADER}\nĐã xong.\n\nKT. TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\n\n\nTrần Văn Bình\n`);
    expect(report.meta.signer).toEqual({ capacity: ['KT. TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND TỈNH'], name: 'Trần Văn Bình' });
  });

  it('does not glue a lettered item after a page break onto the heading before it', () => {
    const report = parseReportText('1. Về kinh tế\n\n¹ Ghi chú.\n\na) Thu ngân sách đạt 10 tỷ đồng¹.\n');
    expect(report.blocks.map((b) => [b.label, b.text])).toEqual([
      ['1', 'Về kinh tế'],
      ['a)', 'Thu ngân sách đạt 10 tỷ đồng.'],
    ]);
  });
});
