import {
  type Token,
  denominatorOperand,
  operandOf,
  describedAs,
  listWhole,
  namedWhole,
  namedWholeAfter,
  namedWholeBefore,
  namedWholeElsewhere,
  restatedWhole,
  wholeNamedInline,
  type RatioClaim,
} from '../../claims/index.js';
import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { type Rational, add, eq, HUNDRED, fromDecimal, lt, neg, sub } from '../../arith/index.js';
import { type Verdict, pointText, ratioPercent, resultText, verdict } from '../verify.js';

/** `đạt X%` alone may be a share or an attainment of an unstated plan: never asserted as wrong. */
const weakCue = (claim: RatioClaim): boolean => /^(đạt|ước đạt|bằng|thực hiện)( tỷ lệ| tỉ lệ)? X%$/u.test(claim.cue);

const statedValue = (t: Token): Rational | null => (t.fact.number ? fromDecimal(t.fact.number.exact) : null);

/**
 * `trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 12,92%`: part / whole = X %, the whole found among the
 * plausible totals of the sentence, then of the paragraph (298 is 12,92 % of 2.307, not of 1.367).
 */
export default defineCheck({
  id: 'share',
  meta: {
    description: 'A stated share ("chiếm tỷ lệ X%", "(X%)", "đạt X%") equals part / whole for a whole the text names.',
    name: { vi: 'Tỷ lệ trên tổng', en: 'Share of a total' },
    messages: {
      consistent: {
        vi: '{{arithmetic}} ✓ (tính trên: {{wholeText}})',
        en: '{{arithmetic}} ✓ (of: {{wholeText}})',
      },
      consistentChosen: {
        vi: '{{arithmetic}} ✓ (tính trên: {{wholeText}}; {{reason}})',
        en: '{{arithmetic}} ✓ (of: {{wholeText}}; {{reason}})',
      },
      truncated: {
        vi: '{{arithmetic}}; văn bản ghi {{stated}}: {{reason}}',
        en: '{{arithmetic}}; the text says {{stated}}: {{reason}}',
      },
      complement: {
        vi: '{{arithmetic}}; văn bản ghi {{stated}} = 100% − {{other}}: {{reason}}',
        en: '{{arithmetic}}; the text says {{stated}} = 100% − {{other}}: {{reason}}',
      },
      mismatch: {
        vi: '{{arithmetic}} (tính trên: {{wholeText}}), nhưng văn bản ghi {{stated}}',
        en: '{{arithmetic}} (of: {{wholeText}}), but the text says {{stated}}',
      },
      unverifiable: {
        vi: 'Không xác định được tổng để kiểm tra {{stated}} của {{part}} ({{reason}}; đã thử: {{candidates}})',
        en: 'No whole found to check {{stated}} of {{part}} ({{reason}}; tried: {{candidates}})',
      },
    },
    reasons: {
      truncated: REASONS.truncated,
      complement: {
        vi: 'tỷ lệ được tính bằng 100% trừ tỷ lệ còn lại nên lệch ở chữ số cuối',
        en: 'written as 100% minus the other share, off in the last digit',
      },
      noWhole: {
        vi: 'không tìm thấy tổng cùng đơn vị trong câu hoặc đoạn',
        en: 'no whole in the same unit in the sentence or paragraph',
      },
      ambiguousWhole: {
        vi: 'không tổng nào khớp và văn bản không nói rõ tỷ lệ tính trên tổng nào',
        en: 'no candidate whole matches and the text does not say which whole is meant',
      },
      weakCue: {
        vi: '"đạt X%" có thể là mức đạt so với kế hoạch mà văn bản không nêu, và văn bản không ghi mẫu số',
        en: '"đạt X%" may be the attainment of a plan the text does not state, and the text names no denominator',
      },
      chosenWhole: {
        vi: 'văn bản không nói rõ tính trên tổng nào; đây là số khớp trong các số đã thử (số khác: {{others}})',
        en: 'the text does not say which whole is meant; this is the candidate that fits (others tried: {{others}})',
      },
      namedElsewhere: {
        vi: 'tổng được nêu bằng cùng tên ở đoạn khác; chỉ nhận khi khớp',
        en: 'the whole is stated under the same name in another paragraph; taken only because it fits',
      },
      namedElsewhereUnsure: {
        vi: 'tổng mang tên ({{named}}) được nêu ở đoạn khác nhưng không khớp; có thể là một tổng khác',
        en: 'a whole of that name ({{named}}) is stated in another paragraph but does not fit; another whole may be meant',
      },
      wholeNotStated: {
        vi: 'tổng mà văn bản nêu ({{named}}) không được ghi bằng số',
        en: 'the whole the text names ({{named}}) is not stated as a figure',
      },
    },
  },
  check(context) {
    const { index, relations } = context;
    const claims = relations.ratios().filter((c) => c.kind === 'share' && c.subject);
    const outcomes = new Map<RatioClaim, { whole: Token; verdict: Verdict }>();
    for (const claim of claims) {
      const subject = claim.subject as Token;
      const part = operandOf('part', subject, index);
      const stated = operandOf('share', claim.stated, index);
      const attempt = (w: Token): Attempt => {
        const whole = w === subject ? denominatorOperand('whole', w, index) : operandOf('whole', w, index);
        const computed = ratioPercent(part, whole);
        return { token: w, whole, computed, verdict: computed ? verdict(computed.interval, claim.stated) : ('inconsistent' as Verdict) };
      };
      // The grammar decides the whole first; the arithmetic then decides the verdict.
      // `A; trong đó: B … (chiếm X%)`: the list's owner, when the index's grammar finds no whole.
      const listed = listWhole(claim, relations.analysis);
      // `trong số vụ việc đã kết thúc có 38 vụ việc …, chiếm X%`: the whole named before the part rules.
      const namedBefore = namedWholeBefore(claim, relations.analysis);
      // `(kế hoạch 625 tỷ đồng; trong đó … 300 tỷ đồng, chiếm 48%)`: of the figure the parenthesis restates.
      const restated = restatedWhole(claim, relations.analysis);
      // `chiếm 62,5% tổng diện tích gieo cấy lúa 72.512,8 ha`: the whole named and stated right after the percentage.
      const namedAfter = namedBefore ? null : namedWholeAfter(claim, relations.analysis);
      // `Trong tổng số 640 cán bộ …, có 576 người …, chiếm 90%`: the whole written inline before the part.
      const inline = namedAfter || namedBefore ? null : wholeNamedInline(claim, relations.analysis);
      const grammar = namedAfter
        ? { tokens: [namedAfter], by: 'denominator' as const }
        : inline
          ? { tokens: [inline], by: 'breakdown' as const }
          : namedBefore
            ? namedBefore.token
              ? { tokens: [namedBefore.token], by: 'breakdown' as const }
              : { tokens: [], by: 'breakdown' as const }
            : restated
              ? { tokens: [restated], by: 'breakdown' as const }
              : (relations.grammarWholes(claim) ?? (listed ? { tokens: [listed], by: 'breakdown' as const } : null));
      const decided = grammar?.tokens.length === 1 ? grammar : null;
      const tried = (grammar ? grammar.tokens : claim.candidates).map(attempt);
      // Without a single whole, a candidate is taken only when it fits: the others were equally allowed.
      // Wholes the grammar allows equally: one that fits is taken; when none does, the share is wrong
      // whichever was meant, and the nearest result is shown.
      const target = decided
        ? tried[0]
        : grammar
          ? (tried.find((r) => r.verdict === 'consistent') ?? tried.find((r) => r.verdict === 'truncated') ?? closest(tried, claim.stated))
          : tried.find((r) => r.verdict === 'consistent');
      const base = { cue: claim.cue, actual: stated.display, reason: null };
      // The whole the percentage names, stated in another paragraph: taken only when it meets.
      const elsewhere = !target && namedWhole(claim.stated) && !namedBefore ? namedWholeElsewhere(claim, relations.analysis) : null;
      const far = elsewhere ? attempt(elsewhere) : null;
      if (far?.computed && far.verdict === 'consistent') {
        const result = resultText(far.computed, claim.stated, far.verdict);
        const arithmetic = `${part.display} / ${far.whole.display} = ${result}%`;
        context.report({
          ...base,
          messageId: 'consistentChosen',
          status: 'consistent',
          reasonId: 'namedElsewhere',
          data: {
            arithmetic,
            stated: claim.stated.fact.raw,
            computed: result,
            part: part.display,
            whole: far.whole.display,
            wholeText: `${elsewhere?.before.trim() ?? ''} ${elsewhere?.fact.raw ?? ''}`.trim(),
          },
          expected: `${pointText(far.computed, claim.stated)}%`,
          arithmetic,
          evidence: [stated, part, far.whole],
        });
        continue;
      }
      if (!target || !target.computed) {
        const evidence = [stated, part, ...[...tried, ...(far ? [far] : [])].map((r) => ({ ...r.whole, role: 'candidate' }))];
        const named = namedWhole(claim.stated);
        const unstated =
          (named !== null && !claim.candidates.some((o) => describedAs(o, named))) || (namedBefore !== null && !namedBefore.token);
        context.report({
          ...base,
          messageId: 'unverifiable',
          status: 'unverifiable',
          reasonId: far ? 'namedElsewhereUnsure' : unstated ? 'wholeNotStated' : tried.length ? 'ambiguousWhole' : 'noWhole',
          data: {
            stated: claim.stated.fact.raw,
            part: part.display,
            candidates: [...tried, ...(far ? [far] : [])].map((r) => r.whole.display).join(', ') || '—',
            named: namedBefore && !namedBefore.token ? namedBefore.named : (named?.join(' ') ?? ''),
          },
          expected: null,
          arithmetic: null,
          evidence,
        });
        continue;
      }
      outcomes.set(claim, { whole: target.token, verdict: target.verdict });
      const result = resultText(target.computed, claim.stated, target.verdict);
      const arithmetic = `${part.display} / ${target.whole.display} = ${result}%`;
      // Which whole verified, in the text's words (`đã giao 2.307 nhiệm vụ`).
      const wholeText = target.token === subject ? target.token.fact.raw : `${target.token.before.trim()} ${target.token.fact.raw}`.trim();
      const others = tried.filter((r) => r !== target).map((r) => r.whole.display);
      const data = {
        arithmetic,
        stated: claim.stated.fact.raw,
        computed: result,
        part: part.display,
        whole: target.whole.display,
        wholeText,
        decidedBy: decided?.by ?? 'fits',
        others: others.join(', ') || '—',
      };
      const evidence = [stated, part, target.whole];
      const expected = `${pointText(target.computed, claim.stated)}%`;
      if (target.verdict === 'consistent') {
        context.report({
          ...base,
          messageId: decided ? 'consistent' : 'consistentChosen',
          status: 'consistent',
          reasonId: decided ? null : 'chosenWhole',
          data,
          expected,
          arithmetic,
          evidence,
        });
      } else if (target.verdict === 'truncated') {
        context.report({ ...base, messageId: 'truncated', status: 'warning', reasonId: 'truncated', data, expected, arithmetic, evidence });
      } else {
        const sibling = complementOf(claim, claims, outcomes, target.token);
        // `đạt X%` may be the attainment of a plan the text does not state: asserted only on a written denominator.
        // `đạt tỷ lệ X%` names a rate, not a plan: with a whole the grammar fixed, it is a share.
        const firm = decided?.by === 'fraction' || decided?.by === 'denominator' || (decided !== null && /t[ỷỉ] lệ/u.test(claim.cue));
        if (sibling) {
          context.report({
            ...base,
            messageId: 'complement',
            status: 'warning',
            reasonId: 'complement',
            data: { ...data, other: sibling.stated.fact.raw },
            expected,
            arithmetic,
            evidence: [...evidence, operandOf('complement', sibling.stated, index)],
          });
        } else if (weakCue(claim) && !firm) {
          context.report({
            ...base,
            messageId: 'unverifiable',
            status: 'unverifiable',
            reasonId: 'weakCue',
            data: { stated: claim.stated.fact.raw, part: part.display, candidates: tried.map((r) => r.whole.display).join(', ') },
            expected: null,
            arithmetic: null,
            evidence: [stated, part, ...tried.map((r) => ({ ...r.whole, role: 'candidate' }))],
          });
        } else {
          context.report({ ...base, messageId: 'mismatch', status: 'inconsistent', data, expected, arithmetic, evidence });
        }
      }
    }
  },
});

/** The attempt whose computed share lies nearest the stated one. */
function closest(tried: readonly Attempt[], stated: Token): Attempt | undefined {
  const value = statedValue(stated);
  if (!value) return undefined;
  let best: { a: Attempt; d: Rational } | null = null;
  for (const a of tried) {
    if (!a.computed) continue;
    const diff = sub(a.computed.interval.lo, value);
    const d = diff.n < 0n ? neg(diff) : diff;
    if (!best || lt(d, best.d)) best = { a, d };
  }
  return best?.a;
}

interface Attempt {
  token: Token;
  whole: ReturnType<typeof operandOf>;
  computed: ReturnType<typeof ratioPercent>;
  verdict: Verdict;
}

/** Another share of the same whole, verified, whose stated value is exactly 100 minus this one's. */
function complementOf(
  claim: RatioClaim,
  claims: readonly RatioClaim[],
  outcomes: ReadonlyMap<RatioClaim, { whole: Token; verdict: Verdict }>,
  whole: Token,
): RatioClaim | null {
  const mine = statedValue(claim.stated);
  if (!mine) return null;
  for (const other of claims) {
    if (other === claim || other.stated.unit.id !== claim.stated.unit.id) continue;
    const outcome = outcomes.get(other);
    const theirs = statedValue(other.stated);
    if (outcome?.whole === whole && outcome.verdict === 'consistent' && theirs && eq(add(mine, theirs), HUNDRED)) return other;
  }
  return null;
}
