import { defineSeriesRule } from '../define-rule.js';
import type { Member } from '../indicators.js';
import { agree, displays, evidenceOf, reportName } from '../rule-helpers.js';

/**
 * One period has one value: when a report restates an earlier period's figure (`tháng 8 tiếp nhận
 * 41.326 hồ sơ theo Báo cáo số 142/BC-BCĐ`), it must be the figure that period's own report gave
 * (41.236). Also two reports giving the same cut-off (`lũy kế đến ngày 25/8/2025`) two values.
 */
export default defineSeriesRule({
  id: 'restatement',
  meta: {
    description: 'The same indicator for the same period has the same value in every report that states it.',
    name: { vi: 'Số liệu kỳ trước được nêu lại', en: 'Earlier figure restated' },
    messages: {
      consistent: {
        vi: '{{restated}} tại {{restatedReport}} = {{original}} tại {{originalReport}} cho {{period}} ✓',
        en: '{{restated}} in {{restatedReport}} = {{original}} in {{originalReport}} for {{period}} ✓',
      },
      mismatch: {
        vi: '{{restatedReport}} ghi số liệu {{period}} là {{restated}}, nhưng {{originalReport}} ghi {{original}}',
        en: '{{restatedReport}} states the {{period}} figure as {{restated}}, but {{originalReport}} says {{original}}',
      },
    },
  },
  check(context) {
    const { reports } = context.series;
    for (const { indicator, draft } of context.series.indicators) {
      if (indicator.nature === 'target') continue;
      const byPeriod = new Map<string, Member[]>();
      for (const m of draft.members) {
        const list = byPeriod.get(m.candidate.periodKey) ?? [];
        list.push(m);
        byPeriod.set(m.candidate.periodKey, list);
      }
      for (const members of byPeriod.values()) {
        if (new Set(members.map((m) => m.candidate.report)).size < 2) continue;
        // The original is the figure given as the report's own period; else the earliest report's.
        const original = members.find((m) => m.candidate.timing.own) ?? (members[0] as Member);
        for (const restated of members) {
          if (restated.candidate.report === original.candidate.report) continue;
          const a = original.candidate;
          const b = restated.candidate;
          const same = agree(a.operand, b.operand);
          const [shownA, shownB] = displays(a.operand, b.operand);
          const from = reports.find((r) => r.identity === a.report);
          const to = reports.find((r) => r.identity === b.report);
          if (!from || !to) continue;
          context.report({
            messageId: same ? 'consistent' : 'mismatch',
            status: same ? 'consistent' : 'inconsistent',
            data: {
              original: a.token.fact.raw,
              restated: b.token.fact.raw,
              originalReport: reportName(from),
              restatedReport: reportName(to),
              period: a.timing.period.text,
            },
            expected: a.operand.display,
            actual: b.operand.display,
            arithmetic: `${shownB} ${same ? '=' : '≠'} ${shownA}`,
            cue: b.timing.cue,
            reason: null,
            indicator: indicator.id,
            evidence: [evidenceOf('original', original, reports), evidenceOf('restated', restated, reports)],
          });
        }
      }
    }
  },
});
