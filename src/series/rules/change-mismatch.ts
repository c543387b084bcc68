import { isStaleCopy } from '../changes.js';
import { defineSeriesRule } from '../define-rule.js';
import { displays, evidenceOf, operandEvidence, reportName } from '../rule-helpers.js';
import { operandOf, truncatedIntervalOf } from '../../claims/index.js';
import { changePercent, difference, pointText, verdictOf } from '../../checks/index.js';

/**
 * A change stated against the previous report matches that report's figure: `đã kích hoạt
 * 1.343.595 tài khoản, tăng 18.540 tài khoản so với tháng trước` with 1.322.415 in the previous
 * month's report gives 21.180, not 18.540. `tăng X% so với cùng kỳ` is checked against the same
 * period's report a year before, when it is in the series.
 */
export default defineSeriesRule({
  id: 'change-mismatch',
  meta: {
    description: 'A change stated against an earlier report (so với tháng trước, so với cùng kỳ) matches the value that report gives.',
    name: { vi: 'Mức tăng, giảm giữa các kỳ', en: 'Change across periods' },
    messages: {
      consistent: {
        vi: '{{arithmetic}} ✓',
        en: '{{arithmetic}} ✓',
      },
      truncated: {
        vi: '{{arithmetic}}; văn bản ghi {{stated}} (chỉ đúng nếu cắt bớt chữ số, không làm tròn)',
        en: '{{arithmetic}}; the text says {{stated}} (holds only if truncated, not rounded)',
      },
      mismatch: {
        vi: '{{arithmetic}}, nhưng {{reportLabel}} ghi {{stated}} so với {{previousReport}}',
        en: '{{arithmetic}}, but {{reportLabel}} says {{stated}} against {{previousReport}}',
      },
    },
  },
  check(context) {
    const { reports } = context.series;
    for (const link of context.series.changes) {
      if (!link.previous || !link.previousReport || isStaleCopy(link)) continue;
      const index = link.report.index;
      const stated = operandOf('change', link.stated, index);
      const current = link.current.candidate.operand;
      const previous = link.previous.candidate.operand;
      const sign = link.claim.sign;
      const computed = link.claim.absolute ? difference(current, previous, sign) : changePercent(current, previous, sign);
      if (!computed || !stated.interval) continue;
      const verdict = verdictOf(computed.interval, stated.interval, truncatedIntervalOf(link.stated.fact));
      const result = pointText(computed, link.stated);
      const [cur, prev] = displays(current, previous);
      const arithmetic = link.claim.absolute
        ? sign === 1
          ? `${cur} − ${prev} = ${result}`
          : `${prev} − ${cur} = ${result}`
        : `${cur} / ${prev} − 1 = ${sign === 1 ? '' : '−'}${result}%`;
      const messageId = verdict === 'consistent' ? 'consistent' : verdict === 'truncated' ? 'truncated' : 'mismatch';
      context.report({
        messageId,
        status: verdict === 'consistent' ? 'consistent' : verdict === 'truncated' ? 'warning' : 'inconsistent',
        data: {
          arithmetic,
          stated: link.stated.fact.raw,
          reportLabel: reportName(link.report),
          previousReport: reportName(link.previousReport),
        },
        expected: link.claim.absolute ? result : `${result}%`,
        actual: stated.display,
        arithmetic,
        cue: link.claim.cue,
        reason: verdict === 'truncated' ? 'truncated' : null,
        indicator: link.draft.id,
        evidence: [
          evidenceOf('previous', link.previous, reports),
          evidenceOf('current', link.current, reports),
          operandEvidence('change', stated, link.report),
        ],
      });
    }
  },
});
