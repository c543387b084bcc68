import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { layoutFromText } from '../../src/parsers/text/index.js';
import { buildReport } from '../../src/structure/index.js';
import { withOcrSpans } from '../ocr/helpers/with-spans.js';

/** Roman section numbers OCR misread as look-alike glyphs are repaired by the section sequence alone. */
const report = (lines: string[], ocr: boolean) => {
  const text = lines.join('\n\n');
  const layout = {
    source: { path: 'x.pdf', format: 'pdf' as const, sha256: createHash('sha256').update(text).digest('hex'), bytes: 1, pages: 1, ocr },
    ...layoutFromText(text),
  };
  return buildReport(ocr ? withOcrSpans(layout) : layout);
};

const BODY = ['BÁO CÁO', 'Tình hình thu chi ngân sách quý II năm 2020', 'I. Thu ngân sách:', 'Tổng thu 1.200 triệu đồng.'];

describe('OCR look-alike section numbers', () => {
  it('reads `H.` after section I as section II, with a warning saying so', () => {
    const doc = report([...BODY, 'H. Chi ngân sách:', 'Tổng chi 900 triệu đồng.'], true);
    const heading = doc.blocks.find((b) => b.text.startsWith('Chi ngân sách'));
    expect(heading?.label).toBe('II');
    expect(doc.blocks.at(-1)?.section).toEqual(['II']);
    expect(doc.warnings.find((w) => w.code === 'ocr_label_repaired')?.message).toContain('"H." taken as "II."');
    // Spans still sit on their words after the label grew by one character.
    const span = heading?.confidence?.[0];
    expect(heading?.text.slice(span?.start, span?.end)).toBe('Chi');
  });

  it('reads `Hl.` after II as III, `lV.` after III as IV', () => {
    const doc = report(
      [
        ...BODY,
        'II. Chi ngân sách:',
        'Chi 900 triệu đồng.',
        'Hl. Cân đối ngân sách:',
        'Cân đối 300 triệu đồng.',
        'lV. Kiến nghị:',
        'Không.',
      ],
      true,
    );
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.label)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('leaves a look-alike alone when the sequence expects another number, and on born-digital text', () => {
    const skipped = report([...BODY, 'II. Chi:', 'Chi 900 triệu đồng.', 'H. Ghi chú:', 'Không.'], true);
    expect(skipped.blocks.some((b) => b.label === 'III')).toBe(false);
    const digital = report([...BODY, 'H. Chi ngân sách:', 'Tổng chi 900 triệu đồng.'], false);
    expect(digital.blocks.some((b) => b.label === 'II')).toBe(false);
  });
});
