import { defineCheck } from '../define-check.js';
import { reportRatio } from '../ratio-report.js';

/**
 * `đạt X% kế hoạch (kế hoạch Y)`: actual / plan = X %. Also `11/14 xã … (78% kế hoạch)`, where the
 * fraction's denominator is the plan. `Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn)`.
 */
export default defineCheck({
  id: 'attainment',
  meta: {
    description: 'A stated percentage of plan or estimate ("đạt X% kế hoạch", "đạt X% dự toán") equals actual / plan.',
    messages: ['consistent', 'consistentWithinRounding', 'truncated', 'mismatch', 'unverifiable'],
    reasons: ['truncated', 'planNotStated', 'subjectNotFound', 'unitsDiffer', 'referenceUnsure', 'appendixUnsure'],
  },
  check(context) {
    for (const claim of context.relations.ratios()) {
      if (claim.kind === 'attainment') reportRatio(context, claim, 'ratio', 'planNotStated');
    }
  },
});
