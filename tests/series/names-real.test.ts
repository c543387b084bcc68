import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
import { analyseSeries, seriesTable } from '../../src/series/index.js';

/** Indicator names on the real Đề án 06 series (reports 09, 13, 10 of the shared corpus). */
const DIR = '/work/shared/corpus-real';
const FILES = [
  '09_LamDong_BCD_BC_DeAn06_thang08-2025.docx',
  '13_LamDong_BCD_BC_DeAn06_thang10-2025_Word97.doc',
  '10_LamDong_BCD_BC_DeAn06_thang11-2025.docx',
];
const present = FILES.every((f) => existsSync(`${DIR}/${f}`));
if (!present) console.warn(`skipping the real series names: ${DIR} is not here`);

describe.runIf(present)('real series: indicators a person can read', () => {
  it('names each indicator by the noun phrase as written and puts findings first', async () => {
    const docs = await Promise.all(FILES.map((f) => processFile(`${DIR}/${f}`)));
    const results = analyseSeries(docs);
    const labels = results.flatMap((r) => r.indicators.map((i) => i.label));
    expect(labels).toContain('hồ sơ cấp phiếu Lý lịch tư pháp trên ứng dụng VNeID (lũy kế)');
    expect(labels).toContain('tỷ lệ người nhận tiền qua tài khoản (lũy kế)');
    // No name is cut inside a compound word (`quyết hồ sơ` for `giải quyết hồ sơ`) or ends on a slash.
    expect(labels.some((l) => /^quyết\b|\/$|\/\s/u.test(l))).toBe(false);
    const text = seriesTable(results, { documents: new Map(docs.map((d) => [d.source.path, d])) });
    expect(text.indexOf('Kết quả so sánh giữa các kỳ')).toBeLessThan(text.indexOf('Chỉ tiêu theo dõi qua các kỳ'));
    expect(text).toMatch(/báo cáo kỳ sau\s+3\.065 hồ sơ\s+10_\S+\.docx, mục [IVX]+\.\d+, đoạn \d+/u);
    expect(text.split('\n').length).toBeLessThan(300);
  }, 60_000);
});
