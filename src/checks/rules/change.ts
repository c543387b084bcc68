import { add, div, formatVi, fromDecimal, interval, meets, over, point, rational, rounded, sub, type Interval } from '../../arith/index.js';
import { commonScale, operandOf, shown, type RatioClaim } from '../../claims/index.js';
import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { RATIO_MESSAGES, reportRatio } from '../ratio-report.js';

type Context = Parameters<Parameters<typeof defineCheck>[0]['check']>[0];

/**
 * `tăng/giảm X% so với cùng kỳ (cùng kỳ Y)`: current / previous − 1 = ±X %; `giảm 774 ca so với
 * cùng kỳ` with the earlier figure stated: previous − current = 774; `gấp 2,5 lần so với cùng kỳ`:
 * current / previous rounds to 2,5. Without the earlier figure the claim is listed as unverifiable.
 */
export default defineCheck({
  id: 'change',
  meta: {
    description: 'A stated change against an earlier period ("tăng/giảm X% so với cùng kỳ") matches the two figures when both are stated.',
    name: { vi: 'Tăng, giảm so với kỳ trước', en: 'Change from an earlier period' },
    messages: {
      ...RATIO_MESSAGES,
      unverifiable: {
        vi: 'Không kiểm tra được mức thay đổi {{stated}} so với {{reference}}: {{reason}}',
        en: 'Cannot check the change {{stated}} against {{reference}}: {{reason}}',
      },
      multipleUnsure: {
        vi: '{{arithmetic}}; văn bản ghi {{stated}}: {{reason}}',
        en: '{{arithmetic}}; the text says {{stated}}: {{reason}}',
      },
    },
    reasons: {
      truncated: REASONS.truncated,
      subjectNotFound: REASONS.subjectNotFound,
      unitsDiffer: REASONS.unitsDiffer,
      referenceUnsure: REASONS.referenceUnsure,
      appendixUnsure: REASONS.appendixUnsure,
      previousNotStated: {
        vi: 'văn bản không nêu số liệu kỳ so sánh',
        en: 'the earlier figure is not stated',
      },
      increaseByMultiple: {
        vi: '"tăng gấp N lần" có thể hiểu là gấp N + 1 lần, khớp với số liệu',
        en: '"tăng gấp N lần" may be read as N + 1 times, which meets the figures',
      },
    },
  },
  check(context) {
    for (const claim of context.relations.ratios()) {
      if (claim.kind !== 'change') continue;
      if (claim.multiple) reportMultiple(context, claim, claim.multiple);
      else reportRatio(context, claim, claim.index ? 'ratio' : 'change', 'previousNotStated');
    }
  },
});

/** What `N lần` stands for: its shown decimals rounded; an integer multiple is loose ([1,5; 2,5) for 2) unless `đúng`. */
function multipleInterval(exact: string, decimals: number, precise: boolean, shift = 0): Interval {
  const value = add(fromDecimal(exact), rational(BigInt(shift)));
  if (precise) return point(value);
  const half = rational(1n, 2n * 10n ** BigInt(decimals));
  return decimals > 0 && shift === 0 ? rounded(exact, decimals) : interval(sub(value, half), add(value, half));
}

/** `gấp 2,5 lần so với cùng kỳ (cùng kỳ 120 tỷ đồng)`: current / earlier against the stated multiple. */
function reportMultiple(context: Context, claim: RatioClaim, multiple: NonNullable<RatioClaim['multiple']>): void {
  const { index } = context;
  const stated = operandOf('change', claim.stated, index);
  const statedText = claim.stated.fact.raw;
  const base = { cue: claim.cue, actual: stated.display, reason: null };
  if (!claim.subject || !claim.reference) {
    context.report({
      ...base,
      messageId: 'unverifiable',
      status: 'unverifiable',
      reasonId: claim.subject ? 'previousNotStated' : 'subjectNotFound',
      data: { stated: statedText, reference: claim.referenceWord ?? '' },
      expected: null,
      arithmetic: null,
      evidence: claim.subject ? [stated, operandOf('current', claim.subject, index)] : [stated],
    });
    return;
  }
  const subject = operandOf('current', claim.subject, index);
  const reference = operandOf('previous', claim.reference, index);
  const number = claim.stated.fact.number;
  if (!number || !subject.interval || !reference.interval || !subject.exact || !reference.exact) return;
  const ratio = over(subject.interval, reference.interval);
  if (!ratio || reference.exact.n === 0n) return;
  const mixed = commonScale([subject, reference]) === null;
  const result = formatVi(div(subject.exact, reference.exact), number.decimals + (number.decimals > 0 ? 0 : 1));
  const arithmetic = `${shown(subject, mixed)} / ${shown(reference, mixed)} = ${result}`;
  const data = { arithmetic, computed: result, stated: statedText, subject: shown(subject, mixed), reference: shown(reference, mixed) };
  const evidence = [stated, subject, reference];
  const common = { ...base, expected: result, arithmetic, evidence };
  if (meets(ratio, multipleInterval(number.exact, number.decimals, multiple.exact))) {
    context.report({ ...common, messageId: 'consistent', status: 'consistent', data });
  } else if (multiple.loose && meets(ratio, multipleInterval(number.exact, number.decimals, multiple.exact, 1))) {
    // `tăng gấp 3 lần` written for ×4 by loose usage: the grammar does not fix which.
    context.report({ ...common, messageId: 'multipleUnsure', status: 'unverifiable', reasonId: 'increaseByMultiple', data });
  } else {
    context.report({ ...common, messageId: 'mismatch', status: 'inconsistent', data });
  }
}
