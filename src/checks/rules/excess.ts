import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { PLANS_AMBIGUOUS, RATIO_MESSAGES, reportRatio } from '../ratio-report.js';

/**
 * `vượt X% kế hoạch (kế hoạch Y)`: actual / plan − 1 = X %.
 * `Giá trị sản xuất công nghiệp 6 tháng đạt 25.743,7 tỷ đồng, vượt 8% so với kế hoạch (kế hoạch 23.827,7 tỷ đồng)`.
 */
export default defineCheck({
  id: 'excess',
  meta: {
    description: 'A stated excess over plan ("vượt X% kế hoạch") equals actual / plan − 1.',
    name: { vi: 'Mức vượt kế hoạch', en: 'Excess over plan' },
    messages: {
      consistent: RATIO_MESSAGES.consistent,
      consistentWithinRounding: RATIO_MESSAGES.consistentWithinRounding,
      truncated: {
        vi: '{{arithmetic}}; văn bản ghi vượt {{stated}}: {{reason}}',
        en: '{{arithmetic}}; the text says {{stated}} over: {{reason}}',
      },
      mismatch: {
        vi: '{{arithmetic}}, nhưng văn bản ghi vượt {{stated}}',
        en: '{{arithmetic}}, but the text says {{stated}} over',
      },
      unverifiable: {
        vi: 'Không kiểm tra được mức vượt {{stated}} {{reference}}: {{reason}}',
        en: 'Cannot check the excess {{stated}} over {{reference}}: {{reason}}',
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
      if (claim.kind === 'excess') reportRatio(context, claim, 'excess', 'planNotStated');
    }
  },
});
