import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/ingest/events.js';
import { renderNote, renderProgress, renderSummary } from '../../src/ingest/render.js';
import { setAsideReviewed } from '../../src/ingest/summary.js';
import type { ReviewEntry } from '../../src/triage/index.js';

const summary = (): IngestSummary => ({
  event: 'summary',
  files: 3,
  processed: 2,
  unchanged: 1,
  failed: 0,
  skipped: 1,
  pages: 21,
  facts: 400,
  findings: { consistent: 50, warning: 1, inconsistent: 2, unverifiable: 20 },
  documents: { ok: 1, inconsistent: 1, failed: 0 },
  failures: [],
  inconsistencies: [
    {
      document: 'bc.pdf',
      file: 'in/bc.pdf',
      findings: [
        {
          page: 3,
          section: 'I > 2',
          message: '298 / 1.367 = 21,80%, nhưng văn bản ghi 12,92%',
          messageEn: '298 / 1.367 = 21.80%, but the text says 12.92%',
          key: 'share:0123456789',
        },
        {
          page: 5,
          section: '',
          message: '04 + 10 = 14, nhưng tổng ghi 12',
          messageEn: '04 + 10 = 14, but the total is stated as 12',
          key: 'sum:abcdefabcd',
        },
      ],
    },
  ],
  elapsedMs: 2500,
  exitCode: 1,
});

describe('ingest summary text', () => {
  it('speaks Vietnamese by default, with places and review keys', () => {
    const text = renderSummary(summary());
    expect(text).toContain('solieu ingest: 3 tệp trong 2,5 giây — 2 đã xử lý, 1 không đổi, 0 lỗi; 1 mục bỏ qua khi duyệt thư mục');
    expect(text).toContain('21 trang · 400 số liệu · nhận định: 50 khớp, 1 cảnh báo, 2 không khớp, 20 chưa kiểm chứng được');
    expect(text).toContain('trang 3, mục I.2: 298 / 1.367 = 21,80%, nhưng văn bản ghi 12,92%  [mã rà soát: share:0123456789]');
    expect(text).not.toMatch(/\b(?:files|processed|unchanged|failed|findings|consistent|Inconsistencies)\b/u);
  });
  it('switches to English with --lang en', () => {
    const text = renderSummary(summary(), 'en');
    expect(text).toContain('3 files in 2.5 s');
    expect(text).toContain('p. 3, section I.2: 298 / 1.367 = 21.80%, but the text says 12.92%');
    expect(renderProgress({ total: 4, done: 2, failed: 1, current: 'a.pdf' }, 80, 'en')).toContain('1 failed');
    expect(renderProgress({ total: 4, done: 2, failed: 1, current: 'a.pdf' }, 80)).toContain('1 lỗi');
    expect(
      renderNote({ event: 'skipped', file: 'x', reason: 'symlink_loop' as never, detail: 'vòng liên kết', document: null, status: null }),
    ).toBe('solieu: bỏ qua x: vòng liên kết');
  });
  it('sets reviewed inconsistencies aside, and exits 0 when none is left', () => {
    const entry = { key: 'share:0123456789' } as ReviewEntry;
    const one = setAsideReviewed(summary(), [entry]);
    expect(one.setAside).toBe(1);
    expect(one.inconsistencies[0]?.findings.map((f) => f.key)).toEqual(['sum:abcdefabcd']);
    expect(one.exitCode).toBe(1);
    const both = setAsideReviewed(summary(), [entry, { key: 'sum:abcdefabcd' } as ReviewEntry]);
    expect(both.inconsistencies).toEqual([]);
    expect(both.documents).toMatchObject({ ok: 2, inconsistent: 0 });
    expect(both.exitCode).toBe(0);
    expect(renderSummary(both)).toContain('Đã bỏ qua 2 kết quả đã rà soát trước đây');
  });
});
