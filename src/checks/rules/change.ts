import { defineCheck } from '../define-check.js';
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
    messages: ['consistent', 'consistentWithinRounding', 'truncated', 'mismatch', 'unverifiable'],
    reasons: ['truncated', 'previousNotStated', 'subjectNotFound', 'unitsDiffer', 'referenceUnsure', 'appendixUnsure'],
  },
  check(context) {
    for (const claim of context.relations.ratios()) {
      if (claim.kind === 'change') reportRatio(context, claim, claim.index ? 'ratio' : 'change', 'previousNotStated');
    }
  },
});
