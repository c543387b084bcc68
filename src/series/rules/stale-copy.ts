import { isStaleCopy } from '../changes.js';
import { defineSeriesRule } from '../define-rule.js';
import { evidenceOf, operandEvidence, reportName } from '../rule-helpers.js';
import { operandOf } from '../../claims/index.js';

/**
 * A figure copied into the next report unchanged, together with its "increase over last month":
 * `chi trả qua tài khoản cho 58.914 người hưởng (tăng 3.207 người so với tháng trước)` in two
 * consecutive months. If the figure did not move, it did not increase by 3.207.
 */
export default defineSeriesRule({
  id: 'stale-copy',
  meta: {
    description: 'A figure and its stated change are not copied unchanged from the previous report.',
    name: { vi: 'Số liệu chép lại từ kỳ trước', en: 'Figure copied from an earlier period' },
    messages: {
      copied: {
        vi: '{{reportLabel}} lặp lại {{previousReport}}: {{value}} kèm "{{change}}", nhưng số liệu không đổi thì không thể thay đổi {{change}}',
        en: '{{reportLabel}} repeats {{previousReport}}: {{value}} with "{{change}}" again, but an unchanged figure cannot have changed by {{change}}',
      },
    },
  },
  check(context) {
    const { reports } = context.series;
    for (const link of context.series.changes) {
      if (!isStaleCopy(link) || !link.previous || !link.previousChange || !link.previousReport) continue;
      const earlier = link.previousChange;
      const change = operandOf('change', link.stated, link.report.index);
      context.report({
        messageId: 'copied',
        status: 'inconsistent',
        data: {
          value: link.current.candidate.token.fact.raw,
          change: link.stated.fact.raw,
          reportLabel: reportName(link.report),
          previousReport: reportName(link.previousReport),
        },
        expected: '0',
        actual: change.display,
        arithmetic: `${link.current.candidate.operand.display} − ${link.previous.candidate.operand.display} = 0 ≠ ${change.display}`,
        cue: link.claim.cue,
        reason: null,
        indicator: link.draft.id,
        evidence: [
          evidenceOf('previous', link.previous, reports),
          operandEvidence('previousChange', operandOf('change', earlier.stated, earlier.report.index), earlier.report),
          evidenceOf('current', link.current, reports),
          operandEvidence('change', change, link.report),
        ],
      });
    }
  },
});
