import { defineCheck } from '../define-check.js';
import { reportRatio } from '../ratio-report.js';

/**
 * `vượt X% kế hoạch (kế hoạch Y)`: actual / plan − 1 = X %.
 * `Giá trị sản xuất công nghiệp 6 tháng đạt 25.743,7 tỷ đồng, vượt 8% so với kế hoạch (kế hoạch 23.827,7 tỷ đồng)`.
 */
export default defineCheck({
  id: 'excess',
  meta: {
    description: 'A stated excess over plan ("vượt X% kế hoạch") equals actual / plan − 1.',
    messages: ['consistent', 'consistentWithinRounding', 'truncated', 'mismatch', 'unverifiable'],
    reasons: ['truncated', 'planNotStated', 'subjectNotFound', 'unitsDiffer', 'referenceUnsure', 'appendixUnsure'],
  },
  check(context) {
    for (const claim of context.relations.ratios()) {
      if (claim.kind === 'excess') reportRatio(context, claim, 'excess', 'planNotStated');
    }
  },
});
