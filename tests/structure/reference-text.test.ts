import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline.js';

const reference = readFileSync(new URL('../../corpus/kien-giang-6-thang-2022.txt', import.meta.url), 'utf8');
const report = parseReportText(reference, 'corpus/kien-giang-6-thang-2022.txt');

describe('the reference report in its text form', () => {
  it('links all 27 footnotes, each to exactly one marker, with no warnings', () => {
    expect(report.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    for (const footnote of report.footnotes) expect(footnote.anchors).toHaveLength(1);
    expect(report.warnings).toEqual([]);
  });

  it('places each anchor right after the word the marker followed', () => {
    const at = (n: number): string => {
      const footnote = report.footnotes.find((f) => f.number === n)!;
      const anchor = footnote.anchors[0]!;
      const block = report.blocks.find((b) => b.id === anchor.block)!;
      return block.text.slice(Math.max(0, anchor.offset - 12), anchor.offset);
    };
    expect(at(1)).toMatch(/thực hiện$/u);
    expect(at(24)).toMatch(/thành phố$/u);
    expect(at(12)).toMatch(/kế hoạch$/u);
    expect(at(27)).toMatch(/Covid-19$/u);
  });

  it('removes markers and emphasis from the running text', () => {
    const all = report.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/u);
    expect(all).not.toMatch(/\*\S/u);
    expect(all).toContain('(trong đó trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 12,92%)');
  });

  it('rejoins the four paragraphs that page breaks split, and no others', () => {
    const texts = report.blocks.map((b) => b.text);
    for (const seam of [
      'quy hoạch chung đô thị: có 16 đô thị',
      'hỗ trợ phát triển nghe nuôi trồng',
      'Đề án sử dụng nguồn nhân lực',
      'tiêm đủ mũi cho trẻ',
    ]) {
      expect(texts.filter((t) => t.includes(seam))).toHaveLength(1);
    }
    expect(texts.some((t) => /^(thị:|nghe nuôi|dụng nguồn|mũi cho trẻ)/u.test(t))).toBe(false);
  });

  it('recovers the section tree', () => {
    const headings = report.blocks.filter((b) => b.level !== null).map((b) => b.section.join(' › '));
    expect(headings.filter((s) => !s.includes(' › '))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(headings).toContain('I › 1 › a)');
    expect(headings).toContain('I › 1 › c)');
    expect(headings).toContain('III › 4');
    expect(headings).toContain('VI › 3 › 3.5');
    const tasks = report.blocks.find((b) => b.text.includes('đã giao 2.307 nhiệm vụ'))!;
    expect(tasks.section).toEqual(['I', '2']);
    expect(tasks.kind).toBe('paragraph');
  });

  it('reads title, subject, period and the signature', () => {
    expect(report.meta.title).toBe('BÁO CÁO');
    expect(report.meta.subject).toBe('Kiểm điểm công tác chỉ đạo, điều hành của UBND tỉnh 06 tháng đầu năm 2022');
    expect(report.meta.period).toBe('06 tháng đầu năm 2022');
    expect(report.meta.signer).toEqual({ capacity: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Lâm Minh Thành' });
    expect(report.blocks.filter((b) => b.kind === 'signature')).toHaveLength(1);
    expect(report.blocks.filter((b) => b.kind === 'recipients').length).toBe(11);
  });

  it('keeps the appendix as a 37-row table with its caption', () => {
    expect(report.tables).toHaveLength(1);
    const table = report.tables[0]!;
    expect(table.rows).toHaveLength(37);
    expect(table.rows[0]).toEqual(['Đơn vị', 'Đã gửi', 'Đơn vị', 'Đã gửi']);
    expect(table.rows.at(-1)).toEqual(['BQL Dự án ĐT XD các công trình nông nghiệp và phát triển nông thôn', 'X', '', '']);
    expect(table.caption).toBe('DANH SÁCH CÁC ĐƠN VỊ GỬI BÁO CÁO THÁNG 6 NĂM 2022 (đến ngày 20/6/2022)');
    const tableText = report.blocks
      .filter((b) => b.kind !== 'table')
      .map((b) => b.text)
      .join('\n');
    expect(tableText).not.toContain('Sở Ngoại vụ\tX');
  });
});
