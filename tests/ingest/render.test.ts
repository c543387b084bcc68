import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/ingest/events.js';
import { renderNote, renderProgress, renderSummary } from '../../src/ingest/render.js';

const summary: IngestSummary = {
  event: 'summary',
  files: 3,
  processed: 1,
  unchanged: 1,
  failed: 1,
  skipped: 2,
  pages: 35,
  facts: 120,
  findings: { consistent: 10, warning: 1, inconsistent: 2, unverifiable: 3 },
  documents: { ok: 1, inconsistent: 1, failed: 1 },
  failures: [{ file: 'scan.pdf', code: 'needs_ocr', message: 'no text layer' }],
  inconsistencies: [
    {
      document: 'b.txt',
      file: 'reports/b.txt',
      findings: [
        { page: 3, message: '1.367 + 904 = 2.271 ≠ 2.307' },
        { page: null, message: 'x' },
      ],
    },
  ],
  elapsedMs: 2345,
  exitCode: 3,
};

describe('ingest rendering', () => {
  it('summarises counts, failures and the inconsistencies of each report', () => {
    expect(renderSummary(summary, 'en')).toBe(
      [
        'solieu ingest: 3 files in 2.3 s — 1 processed, 1 unchanged, 1 failed; 2 skipped while walking',
        '  pages 35 · facts 120 · findings: 10 consistent, 1 warning, 2 inconsistent, 3 unverifiable',
        '  documents: 1 ok, 1 inconsistent, 1 failed',
        'Failed:',
        '  scan.pdf: needs_ocr: no text layer',
        'Inconsistencies:',
        '  reports/b.txt',
        '    p. 3: 1.367 + 904 = 2.271 ≠ 2.307',
        '    x',
        '',
      ].join('\n'),
    );
  });

  it('draws a progress line that fits the terminal, cutting long names from the left', () => {
    const line = renderProgress({ total: 10, done: 5, failed: 1, current: `reports/${'rất-dài-'.repeat(20)}.pdf` }, 80, 'en');
    expect([...line].length).toBeLessThanOrEqual(79);
    expect(line).toContain('5/10 · 1 failed');
    expect(line).toMatch(/….*\.pdf$/);
    expect(renderProgress({ total: 0, done: 0, failed: 0, current: '' }, 80)).toMatch(/^█+ 0\/0/);
  });

  it('notes failures and walk skips, not routine events', () => {
    expect(renderNote({ event: 'skipped', file: 'a', reason: 'unchanged', detail: null, document: 'a', status: 'ok' })).toBeNull();
    expect(
      renderNote({ event: 'skipped', file: 'a.xlsx', reason: 'not_a_report', detail: 'not a report', document: null, status: null }),
    ).toBeNull();
    expect(
      renderNote(
        { event: 'skipped', file: 'l', reason: 'symlink_loop', detail: 'the link points back to /x', document: null, status: null },
        'en',
      ),
    ).toBe('solieu: skipped l: the link points back to /x');
  });
});
