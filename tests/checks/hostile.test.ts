import { describe, expect, it } from 'vitest';
import { check } from './tester.js';

/** The checker's patterns stay fast on hostile text: long runs, deep parentheses, repeated cues. */
const shapes: Record<string, string> = {
  'repeated breakdown cues': `Đã giao 9.999 nhiệm vụ, ${'trong đó trễ hạn 12 nhiệm vụ, chiếm tỷ lệ 0,12%, gồm: Sở A (01), '.repeat(400)}đang thực hiện 5 nhiệm vụ.`,
  'deep parentheses': `Tiếp nhận 1.000 hồ sơ ${'('.repeat(2000)}trong đó 10 hồ sơ${')'.repeat(2000)}.`,
  'unbalanced parentheses and colons': `Có 05 huyện ${'(gồm: A; B, C và D: '.repeat(800)}.`,
  'long clause of spaces and fillers': `Đạt 10 hồ sơ,${' và'.repeat(5000)}${' '.repeat(5000)} chiếm 12,5%.`,
  'many fractions of one whole': `${Array.from({ length: 600 }, (_, i) => `${i % 9}/24 chỉ tiêu đạt`).join('; ')}.`,
  'many percentages of plan': `${'đạt 83% kế hoạch (kế hoạch 19.794 tỷ đồng), vượt 8% so với kế hoạch, '.repeat(300)}.`,
};

describe('hostile text', () => {
  for (const [name, text] of Object.entries(shapes)) {
    it(`${name}: checked in reasonable time`, () => {
      const started = performance.now();
      const findings = check(text);
      const elapsed = performance.now() - started;
      expect(Array.isArray(findings)).toBe(true);
      expect(elapsed).toBeLessThan(15_000);
    }, 30_000);
  }
});
