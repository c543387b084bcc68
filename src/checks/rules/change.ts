import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { reportRatio } from '../ratio-report.js';

/**
 * `tăng/giảm X% so với cùng kỳ (cùng kỳ Y)`: current / previous − 1 = ±X %; `giảm 774 ca so với
 * cùng kỳ` with the earlier figure stated: previous − current = 774. Without the earlier figure the
 * claim is listed as unverifiable.
 */
export default defineCheck({
  id: 'change',
  meta: {
    description: 'A stated change against an earlier period ("tăng/giảm X% so với cùng kỳ") matches the two figures when both are stated.',
    name: { vi: 'Tăng, giảm so với kỳ trước', en: 'Change from an earlier period' },
    messages: {
      consistent: {
        vi: '{{arithmetic}} ✓',
        en: '{{arithmetic}} ✓',
      },
      consistentWithinRounding: {
        vi: '{{arithmetic}}; với sai số làm tròn của các số liệu, kết quả trong khoảng {{range}}, khớp với {{stated}} ✓',
        en: '{{arithmetic}}; with the rounding of its operands the result lies in {{range}}, which meets {{stated}} ✓',
      },
      truncated: {
        vi: '{{arithmetic}}; văn bản ghi {{stated}}: {{reason}}',
        en: '{{arithmetic}}; the text says {{stated}}: {{reason}}',
      },
      mismatch: {
        vi: '{{arithmetic}}, nhưng văn bản ghi {{stated}}',
        en: '{{arithmetic}}, but the text says {{stated}}',
      },
      unverifiable: {
        vi: 'Không kiểm tra được mức thay đổi {{stated}} so với {{reference}}: {{reason}}',
        en: 'Cannot check the change {{stated}} against {{reference}}: {{reason}}',
      },
    },
    reasons: {
      truncated: REASONS.truncated,
      subjectNotFound: REASONS.subjectNotFound,
      unitsDiffer: REASONS.unitsDiffer,
      referenceUnsure: REASONS.referenceUnsure,
      appendixUnsure: REASONS.appendixUnsure,
      previousNotStated: {
        vi: 'văn bản không nêu số liệu kỳ so sánh',
        en: 'the earlier figure is not stated',
      },
    },
  },
  check(context) {
    for (const claim of context.relations.ratios()) {
      if (claim.kind === 'change') reportRatio(context, claim, claim.index ? 'ratio' : 'change', 'previousNotStated');
    }
  },
});
