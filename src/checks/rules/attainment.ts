import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { PLANS_AMBIGUOUS, RATIO_MESSAGES, reportRatio } from '../ratio-report.js';

/**
 * `đạt X% kế hoạch (kế hoạch Y)`: actual / plan = X %. Also `11/14 xã … (78% kế hoạch)`, where the
 * fraction's denominator is the plan. `Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn)`.
 */
export default defineCheck({
  id: 'attainment',
  meta: {
    description: 'A stated percentage of plan or estimate ("đạt X% kế hoạch", "đạt X% dự toán") equals actual / plan.',
    name: { vi: 'Tỷ lệ đạt kế hoạch', en: 'Attainment of plan' },
    messages: {
      ...RATIO_MESSAGES,
      unverifiable: {
        vi: 'Không kiểm tra được {{stated}} {{reference}}: {{reason}}',
        en: 'Cannot check {{stated}} of {{reference}}: {{reason}}',
      },
    },
    reasons: {
      truncated: REASONS.truncated,
      planNotStated: REASONS.planNotStated,
      subjectNotFound: REASONS.subjectNotFound,
      unitsDiffer: REASONS.unitsDiffer,
      referenceUnsure: REASONS.referenceUnsure,
      appendixUnsure: REASONS.appendixUnsure,
      plansAmbiguous: PLANS_AMBIGUOUS,
    },
  },
  check(context) {
    for (const claim of context.relations.ratios()) {
      if (claim.kind === 'attainment') reportRatio(context, claim, 'ratio', 'planNotStated');
    }
  },
});
