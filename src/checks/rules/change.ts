import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { RATIO_MESSAGES, reportRatio } from '../ratio-report.js';

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
      ...RATIO_MESSAGES,
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
