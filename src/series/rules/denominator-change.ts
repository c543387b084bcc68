import { defineSeriesRule } from '../define-rule.js';
import type { Member } from '../indicators.js';
import { hasPhrase, isFlowUnit } from '../lexicon.js';
import { evidenceOf, reportName } from '../rule-helpers.js';

/**
 * The whole of an `a/N` figure is a set of things (communes, agencies, records) that does not
 * change from month to month by itself: `84/102 xã, phường` then `93/104 xã, phường` needs a word
 * of explanation (`sau sắp xếp`, `bổ sung`, `điều chỉnh` …). Wholes of flows (`hồ sơ`, `lượt`)
 * change every period and are not compared. Reported as a warning: the change may be real.
 */
export default defineSeriesRule({
  id: 'denominator-change',
  meta: {
    description: 'The whole N of an a/N figure stays the same across reports unless the text explains why it changed.',
    name: { vi: 'Mẫu số qua các kỳ', en: 'Denominator across periods' },
    messages: {
      consistent: {
        vi: 'Tổng số vẫn là {{denominator}} ({{earlierReport}} → {{laterReport}}) ✓',
        en: 'The whole stays {{denominator}} ({{earlierReport}} → {{laterReport}}) ✓',
      },
      changed: {
        vi: 'Tổng số của {{measure}} đổi từ {{earlier}} ({{earlierReport}}) thành {{later}} ({{laterReport}}) mà không có giải thích',
        en: 'The whole of {{measure}} changes from {{earlier}} ({{earlierReport}}) to {{later}} ({{laterReport}}) without an explanation',
      },
    },
  },
  check(context) {
    const { reports } = context.series;
    for (const { indicator, draft } of context.series.indicators) {
      if (indicator.kind !== 'fraction' || indicator.nature === 'target' || isFlowUnit(indicator.unit)) continue;
      let earlier: Member | null = null;
      for (const later of draft.members) {
        if (!later.candidate.timing.own) continue;
        const a = earlier?.candidate;
        const b = later.candidate;
        const da = a?.token.fact.fraction?.denominator;
        const db = b.token.fact.fraction?.denominator;
        const before = a && reports.find((r) => r.identity === a.report);
        const after = reports.find((r) => r.identity === b.report);
        if (earlier && a && da && db && before && after && a.report !== b.report) {
          const same = da.exact === db.exact;
          const explained = !same && hasPhrase(b.operand.sentence, 'explanation');
          if (!explained) {
            context.report({
              messageId: same ? 'consistent' : 'changed',
              status: same ? 'consistent' : 'warning',
              data: {
                denominator: db.text,
                earlier: a.token.fact.raw,
                later: b.token.fact.raw,
                measure: indicator.label,
                earlierReport: reportName(before),
                laterReport: reportName(after),
              },
              expected: da.text,
              actual: db.text,
              arithmetic: `${db.text} ${same ? '=' : '≠'} ${da.text}`,
              cue: 'a/N',
              reason: same ? null : 'the whole changed between reports and the text gives no reason',
              indicator: indicator.id,
              evidence: [evidenceOf('earlier', earlier, reports), evidenceOf('later', later, reports)],
            });
          }
        }
        earlier = later;
      }
    }
  },
});
