import type { Token } from '../analysis.js';
import { defineCheck } from '../define-check.js';
import { type Rational, add, eq, HUNDRED, fromDecimal } from '../interval/rational.js';
import { denominatorOperand, operandOf } from '../operands.js';
import type { RatioClaim } from '../relations/ratio.js';
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
    messages: ['consistent', 'truncated', 'complement', 'mismatch', 'unverifiable'],
    reasons: ['truncated', 'complement', 'noWhole', 'ambiguousWhole'],
  },
  check(context) {
    const { index, relations } = context;
    const claims = relations.ratios().filter((c) => c.kind === 'share' && c.subject);
    const outcomes = new Map<RatioClaim, { whole: Token; verdict: Verdict }>();
    for (const claim of claims) {
      const subject = claim.subject as Token;
      const part = operandOf('part', subject, index);
      const stated = operandOf('share', claim.stated, index);
      const tried = claim.candidates.map((w) => {
        const whole = w === subject ? denominatorOperand('whole', w, index) : operandOf('whole', w, index);
        const computed = ratioPercent(part, whole);
        return { token: w, whole, computed, verdict: computed ? verdict(computed.interval, claim.stated) : ('inconsistent' as Verdict) };
      });
      const hit = tried.find((r) => r.verdict === 'consistent');
      const intended = relations.intendedWhole(claim);
      const target = hit ?? tried.find((r) => r.token === intended);
      const base = { cue: claim.cue, actual: stated.display, reason: null };
      if (!target || !target.computed) {
        const evidence = [stated, part, ...tried.map((r) => ({ ...r.whole, role: 'candidate' }))];
        context.report({ ...base, messageId: 'unverifiable', status: 'unverifiable', reasonId: tried.length ? 'ambiguousWhole' : 'noWhole',
          data: { stated: claim.stated.fact.raw, part: part.display, candidates: tried.map((r) => r.whole.display).join(', ') || '—' },
          expected: null, arithmetic: null, evidence });
        continue;
      }
      outcomes.set(claim, { whole: target.token, verdict: target.verdict });
      const result = resultText(target.computed, claim.stated, target.verdict);
      const arithmetic = `${part.display} / ${target.whole.display} = ${result}%`;
      // Which whole verified, in the text's words (`đã giao 2.307 nhiệm vụ`).
      const wholeText = target.token === subject ? target.token.fact.raw : `${target.token.before.trim()} ${target.token.fact.raw}`.trim();
      const data = { arithmetic, stated: claim.stated.fact.raw, computed: result, part: part.display, whole: target.whole.display, wholeText };
      const evidence = [stated, part, target.whole];
      const expected = `${pointText(target.computed, claim.stated)}%`;
      if (target.verdict === 'consistent') {
        context.report({ ...base, messageId: 'consistent', status: 'consistent', data, expected, arithmetic, evidence });
      } else if (target.verdict === 'truncated') {
        context.report({ ...base, messageId: 'truncated', status: 'warning', reasonId: 'truncated', data, expected, arithmetic, evidence });
      } else {
        const sibling = complementOf(claim, claims, outcomes, target.token);
        if (sibling) {
          context.report({ ...base, messageId: 'complement', status: 'warning', reasonId: 'complement',
            data: { ...data, other: sibling.stated.fact.raw }, expected, arithmetic, evidence: [...evidence, operandOf('complement', sibling.stated, index)] });
        } else if (weakCue(claim)) {
          context.report({ ...base, messageId: 'unverifiable', status: 'unverifiable', reasonId: 'ambiguousWhole',
            data: { stated: claim.stated.fact.raw, part: part.display, candidates: tried.map((r) => r.whole.display).join(', ') },
            expected: null, arithmetic: null, evidence: [stated, part, ...tried.map((r) => ({ ...r.whole, role: 'candidate' }))] });
        } else {
          context.report({ ...base, messageId: 'mismatch', status: 'inconsistent', data, expected, arithmetic, evidence });
        }
      }
    }
  },
});

/** Another share of the same whole, verified, whose stated value is exactly 100 minus this one's. */
function complementOf(claim: RatioClaim, claims: readonly RatioClaim[], outcomes: ReadonlyMap<RatioClaim, { whole: Token; verdict: Verdict }>, whole: Token): RatioClaim | null {
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
