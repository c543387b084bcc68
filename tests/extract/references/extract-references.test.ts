import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/extract/references/index.js';
import { Reference } from '../../../src/model/reference.js';
import { buildReport } from './report-builder.js';

const refsOf = (paragraph: string) =>
  extractReferences(buildReport({ paragraphs: [paragraph] })).map(({ type, number, date, issuer, form, typeCode }) => ({
    type,
    number,
    date,
    issuer,
    form,
    typeCode,
  }));

describe('extractReferences', () => {
  it('reads type word, number, date and issuer', () => {
    expect(refsOf('So với chỉ tiêu theo Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh:')).toEqual([
      { type: 'Kế hoạch', number: '17/KH-UBND', date: '2022-02-07', issuer: 'UBND tỉnh', form: 'administrative', typeCode: 'KH' },
    ]);
  });

  it.each([
    ['ngày 7/6/2022', '2022-06-07'],
    ['ngày 14/03/2022', '2022-03-14'],
    ['ngày 21-02-2019', '2019-02-21'],
    ['ngày 07 tháng 02 năm 2022', '2022-02-07'],
    [', ngày 22/12/2024', '2024-12-22'],
    ['ban hành ngày 01/3/2022', '2022-03-01'],
  ])('reads the date %s', (written, iso) => {
    expect(refsOf(`Quyết định 1397/QĐ-UBND ${written} của Chủ tịch UBND tỉnh Kiên Giang`)[0]).toMatchObject({
      date: iso,
      issuer: 'Chủ tịch UBND tỉnh Kiên Giang',
    });
  });

  it('refuses an impossible date', () => {
    expect(refsOf('Kế hoạch số 5/KH-UBND ngày 31/02/2022')[0]?.date).toBeNull();
  });

  it('shares the type word and the issuer across a list of numbers', () => {
    const refs = refsOf('triển khai các Nghị quyết: số 01/NQ-CP, 02/NQ-CP và 11/NQ-CP của Chính phủ, UBND tỉnh đã cụ thể hóa');
    expect(refs.map((r) => [r.type, r.number, r.issuer])).toEqual([
      ['Nghị quyết', '01/NQ-CP', 'Chính phủ'],
      ['Nghị quyết', '02/NQ-CP', 'Chính phủ'],
      ['Nghị quyết', '11/NQ-CP', 'Chính phủ'],
    ]);
  });

  it('keeps each member of a list of dated citations with its own date', () => {
    const refs = refsOf(
      'Theo Quyết định số 304/QĐ-STC ngày 04/10/2025, 305/QĐ-STC ngày 05/10/2025 và số 306/QĐ-STC ngày 06/10/2025 của Sở Tài chính',
    );
    expect(refs.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Quyết định', '304/QĐ-STC', '2025-10-04', 'Sở Tài chính'],
      ['Quyết định', '305/QĐ-STC', '2025-10-05', 'Sở Tài chính'],
      ['Quyết định', '306/QĐ-STC', '2025-10-06', 'Sở Tài chính'],
    ]);
  });

  it('does not share a type across separate citations', () => {
    const refs = refsOf('Thông báo số 496/TB-VP ngày 07/6/2022; Công văn 5019/VP-KGVX ngày 28/6/2022');
    expect(refs.map((r) => [r.type, r.typeCode, r.form])).toEqual([
      ['Thông báo', 'TB', 'administrative'],
      ['Công văn', null, 'official-letter'],
    ]);
  });

  it('takes the nearest type word and multi-word types', () => {
    expect(refsOf('ban hành Kế hoạch thực hiện Nghị quyết số 11/NQ-CP')[0]?.type).toBe('Nghị quyết');
    expect(refsOf('Sơ kết Chương trình hành động số 47-CTr/TU ngày 21-02-2019 của Tỉnh ủy')[0]).toMatchObject({
      type: 'Chương trình hành động',
      form: 'party',
      issuer: 'Tỉnh ủy',
    });
    expect(refsOf('Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ')[0]).toMatchObject({
      type: 'Thông tư',
      form: 'legal',
      issuer: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
    });
  });

  it('ends the issuer where the agency grammar ends it', () => {
    expect(refsOf('Nghị quyết số 36-NQ/TW của BCH TW khóa XII về chiến lược')[0]?.issuer).toBe('BCH TW');
    expect(refsOf('Báo cáo số 202/BC-UBND ngày 20/6/2022 của UBND tỉnh về công tác cải cách hành chính')[0]?.issuer).toBe('UBND tỉnh');
    expect(refsOf('Công văn số 3413/VP-KT ngày 06/5/2022 của Văn phòng UBND tỉnh')[0]?.issuer).toBe('Văn phòng UBND tỉnh');
  });

  it('leaves the type null when only the number is cited, and skips bare weak codes', () => {
    expect(refsOf('đã gửi văn bản 2675/STC-VP ngày 13/11/2018')[0]).toMatchObject({ type: 'Văn bản' });
    expect(refsOf('kết quả 2675/STC-VP ngày 13/11/2018')[0]).toMatchObject({ type: null, number: '2675/STC-VP' });
    expect(refsOf('tỷ lệ 12/SNV trên tổng')).toEqual([]);
  });

  it('is never a form number (`Biểu số`, `Mẫu số`)', () => {
    expect(refsOf('Biểu số 59/CK-NSNN và Mẫu số 01/BC-QT')).toEqual([]);
  });

  it('keeps the same number cited with two dates as two references', () => {
    const report = buildReport({
      paragraphs: ['So với chỉ tiêu theo Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh:'],
      footnotes: ['Kế hoạch số 17/KH-UBND ngày 19/01/2022 của UBND tỉnh'],
    });
    const refs = extractReferences(report);
    expect(refs.map((r) => [r.number, r.date, r.position.block])).toEqual([
      ['17/KH-UBND', '2022-02-07', 'b1'],
      ['17/KH-UBND', '2022-01-19', 'fn1'],
    ]);
  });

  it('skips the report’s own number in its header but reads citations there', () => {
    const report = buildReport({
      header: ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Số: 329      /BC-UBND', 'V/v thực hiện Kế hoạch số 12/KH-UBND'],
    });
    expect(extractReferences(report).map((r) => r.number)).toEqual(['12/KH-UBND']);
  });

  it('gives positions into the block, footnote or table block, validated by the schema', () => {
    const report = buildReport({
      paragraphs: ['Thực hiện Nghị quyết 01/NQ-CP, đã triển khai'],
      tables: [
        [
          ['Văn bản', 'Ngày'],
          ['Quyết định số 2727/QĐ-UBND', '01/01/2022'],
        ],
      ],
      footnotes: ['Theo Kế hoạch số 148/KH-UBND ngày 23/7/2021 của UBND tỉnh Kiên Giang.'],
    });
    const refs = extractReferences(report);
    expect(refs.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    for (const ref of refs) {
      expect(() => Reference.parse(ref)).not.toThrow();
      const text = ref.position.block.startsWith('fn')
        ? report.footnotes.find((f) => f.id === ref.position.block)!.text
        : report.blocks.find((b) => b.id === ref.position.block)!.text;
      expect(text.slice(ref.position.start, ref.position.end)).toBe(ref.raw);
    }
    expect(refs[1]).toMatchObject({ number: '2727/QĐ-UBND', position: { block: 'b2' } });
    expect(refs[2]).toMatchObject({ raw: 'Kế hoạch số 148/KH-UBND ngày 23/7/2021 của UBND tỉnh Kiên Giang', position: { block: 'fn1' } });
  });
});
