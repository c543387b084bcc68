import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/document.js';
import { docParser } from '../../src/parsers/doc/index.js';
import { docxParser } from '../../src/parsers/docx/index.js';
import type { LayoutDocument } from '../../src/parsers/layout.js';
import { buildReport } from '../../src/structure/index.js';

/**
 * Extended suite over the real Word reports in ../shared/corpus-real (never copied into the repo).
 * Prints, per file: paragraphs, footnotes linked / unlinked, tables, warnings.
 */

const folder = new URL('../../../shared/corpus-real/', import.meta.url);
const available = existsSync(folder);
if (!available) console.warn(`[real docx] skipped: ${folder.pathname} not found (real reports are not part of the repository)`);

interface Expectation {
  file: string;
  footnotes: number;
  dataTables: number;
  header: boolean;
  signature: boolean;
}

// Word tables counted by the README include the header and signature layout tables.
const FILES: Expectation[] = [
  { file: '02_LamDong_UBND_BC_CCHC_nam2025_banDOCX.docx', footnotes: 17, dataTables: 9, header: true, signature: true },
  { file: 'x01_LamDong_SNV_BC184_ChiSo_banDOCX.docx', footnotes: 3, dataTables: 5, header: true, signature: true },
  { file: '09_LamDong_BCD_BC_DeAn06_thang08-2025.docx', footnotes: 6, dataTables: 0, header: true, signature: true },
  { file: '10_LamDong_BCD_BC_DeAn06_thang11-2025.docx', footnotes: 7, dataTables: 0, header: true, signature: true },
  { file: '14_LamDong_UBND_BC_TongKet_PCMT_nam2025.docx', footnotes: 0, dataTables: 0, header: true, signature: true },
  { file: '13_LamDong_BCD_BC_DeAn06_thang10-2025_Word97.doc', footnotes: 6, dataTables: 0, header: true, signature: true },
];

const loaded = new Map<string, Promise<{ layout: LayoutDocument; report: ParsedReport }>>();
const load = (file: string): Promise<{ layout: LayoutDocument; report: ParsedReport }> => {
  if (!loaded.has(file)) loaded.set(file, parse(file));
  return loaded.get(file)!;
};

async function parse(file: string): Promise<{ layout: LayoutDocument; report: ParsedReport }> {
  const bytes = readFileSync(new URL(file, folder));
  const format = file.endsWith('.doc') ? 'doc' : 'docx';
  const source = {
    path: file,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: null,
    ocr: false,
  } as const;
  const layout = await (format === 'doc' ? docParser : docxParser).parse(bytes, source, {});
  return { layout, report: buildReport(layout) };
}

describe.skipIf(!available)('real Word reports (../shared/corpus-real)', () => {
  for (const expected of FILES) {
    it(expected.file, async () => {
      const { layout, report } = await load(expected.file);
      const paragraphs = layout.items.filter((i) => i.type === 'paragraph');
      const linked = report.footnotes.filter((f) => f.anchors.length > 0).length;
      const tables = layout.items.filter((i) => i.type === 'table').length;
      console.log(
        `[real docx] ${expected.file}: pages ${layout.source.pages}, paragraphs ${paragraphs.length}, blocks ${report.blocks.length}, ` +
          `footnotes ${linked} linked / ${report.footnotes.length - linked} unlinked, tables ${tables}, ` +
          `warnings ${report.warnings.map((w) => w.code).join(', ') || 'none'}`,
      );
      expect(report.footnotes).toHaveLength(expected.footnotes);
      expect(linked).toBe(expected.footnotes);
      expect(report.footnotes.map((f) => f.number)).toEqual(Array.from({ length: expected.footnotes }, (_, i) => i + 1));
      for (const footnote of report.footnotes) expect(footnote.text.length).toBeGreaterThan(10);
      expect(tables).toBe(expected.dataTables);
      expect(paragraphs.every((p) => p.page === null && p.text.trim() === p.text && p.text !== '')).toBe(true);
      if (expected.header) {
        expect(paragraphs.some((p) => p.hints.headerColumn === 'right' && /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u.test(p.text))).toBe(true);
        expect(report.meta.documentCode).toMatch(/^BC-/u);
        expect(report.meta.place).toBe('Lâm Đồng');
      }
      if (expected.signature) expect(report.blocks.some((b) => b.kind === 'signature')).toBe(true);
      expect(report.meta.title).toBe('BÁO CÁO');
    });
  }

  it('02: footnote 2 is the second reference, its body a list of plans; tables stay rectangular', async () => {
    const { layout } = await load('02_LamDong_UBND_BC_CCHC_nam2025_banDOCX.docx');
    expect(layout.source.pages).toBe(35);
    expect(layout.footnotes[1]?.text).toMatch(/^Trước sáp nhập tỉnh:/u);
    for (const item of layout.items) {
      if (item.type === 'table') expect(new Set(item.rows.map((r) => r.length)).size).toBe(1);
    }
  });
});
