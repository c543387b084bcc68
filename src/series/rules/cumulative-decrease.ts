import { defineSeriesRule } from '../define-rule.js';
import type { Member } from '../indicators.js';
import { displayDate, displays, evidenceOf, reportName, surelyBelow } from '../rule-helpers.js';

/**
 * A cumulative figure never goes down: `Lũy kế đến ngày 25/8/2025, … đã thu nhận 1.509.874 hồ sơ`
 * cannot be followed by `Lũy kế đến ngày 25/9/2025, … 1.498.210 hồ sơ`. Figures counted from the
 * start of a year are compared only within that year; rates (percentages) may go down and are
 * not compared, nor are `a/N` figures whose whole N changed (that is `denominator-change`'s finding).
 */
export default defineSeriesRule({
  id: 'cumulative-decrease',
  meta: {
    description: 'A cumulative figure (lũy kế, từ đầu năm, tính đến ngày …) does not decrease from one report to the next.',
    name: { vi: 'Số lũy kế qua các kỳ', en: 'Cumulative figure across periods' },
    messages: {
      consistent: {
        vi: '{{later}} ({{laterReport}}) ≥ {{earlier}} ({{earlierReport}}) ✓',
        en: '{{later}} ({{laterReport}}) ≥ {{earlier}} ({{earlierReport}}) ✓',
      },
      decrease: {
        vi: 'Số lũy kế bị giảm: {{earlier}} đến {{earlierEnd}} ({{earlierReport}}), nhưng {{later}} đến {{laterEnd}} ({{laterReport}})',
        en: 'A cumulative figure went down: {{earlier}} to {{earlierEnd}} ({{earlierReport}}), then {{later}} to {{laterEnd}} ({{laterReport}})',
      },
    },
  },
  check(context) {
    const { reports } = context.series;
    for (const { indicator, draft } of context.series.indicators) {
      if (indicator.nature !== 'cumulative' || indicator.kind === 'percent') continue;
      let earlier: Member | null = null;
      for (const later of draft.members) {
        const b = later.candidate;
        if (
          earlier &&
          earlier.candidate.report !== b.report &&
          earlier.candidate.timing.period.end < b.timing.period.end &&
          earlier.candidate.timing.period.start === b.timing.period.start
        ) {
          const a = earlier.candidate;
          const wholeA = a.token.fact.fraction?.denominator.exact;
          const wholeB = b.token.fact.fraction?.denominator.exact;
          const before = reports.find((r) => r.identity === a.report);
          const after = reports.find((r) => r.identity === b.report);
          if (before && after && wholeA === wholeB) {
            const down = surelyBelow(b.operand, a.operand);
            const [shownA, shownB] = displays(a.operand, b.operand);
            const data = {
              earlier: a.token.fact.raw,
              later: b.token.fact.raw,
              earlierEnd: displayDate(a.timing.period.end),
              laterEnd: displayDate(b.timing.period.end),
              earlierReport: reportName(before),
              laterReport: reportName(after),
            };
            context.report({
              messageId: down ? 'decrease' : 'consistent',
              status: down ? 'inconsistent' : 'consistent',
              data,
              expected: `≥ ${shownA}`,
              actual: b.operand.display,
              arithmetic: `${shownB} ${down ? '<' : '≥'} ${shownA}`,
              cue: b.timing.cue ?? a.timing.cue,
              reason: null,
              indicator: indicator.id,
              evidence: [evidenceOf('earlier', earlier, reports), evidenceOf('later', later, reports)],
            });
          }
        }
        if (!earlier || later.candidate.timing.period.end > earlier.candidate.timing.period.end) earlier = later;
      }
    }
  },
});
