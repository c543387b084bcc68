import type { RuleContext } from './define-check.js';
import {
  commonScale,
  shown,
  denominatorOperand,
  operandOf,
  unitAgreement,
  type RatioClaim,
  appendixOperands,
  headerNamesReference,
  type Operand,
} from '../claims/index.js';
import { exactly, formatVi, fromDecimal, meets, minus, plus, add, sub, toNumber } from '../arith/index.js';
import { type Computed, changePercent, difference, pointText, ratioPercent, resultText, verdict } from './verify.js';

type Formula = 'ratio' | 'excess' | 'change';

/** The two operands of a ratio claim: what was achieved and what it is compared with. */
export function operandsOf(claim: RatioClaim, context: RuleContext): { subject: Operand; reference: Operand } | null {
  if (!claim.subject || !claim.reference) return null;
  if (claim.levels) return levelOperands(claim.subject, context);
  const subject = operandOf('actual', claim.subject, context.index);
  const reference = claim.referenceIsDenominator
    ? denominatorOperand('plan', claim.reference, context.index)
    : operandOf(claim.kind === 'change' ? 'previous' : 'plan', claim.reference, context.index);
  if (claim.kind === 'change') subject.role = 'current';
  return { subject, reference };
}

/** `(766/1122)`: the numerator is this period's figure, the denominator the earlier one's. */
function levelOperands(fraction: RatioClaim['stated'], context: RuleContext): { subject: Operand; reference: Operand } | null {
  const top = fraction.fact.fraction?.numerator;
  if (!top) return null;
  const reference = denominatorOperand('previous', fraction, context.index);
  const exact = fromDecimal(top.exact);
  const subject: Operand = {
    ...reference,
    role: 'current',
    display: top.text,
    value: toNumber(exact),
    interval: exactly(top.exact),
    exact,
  };
  return { subject, reference };
}

function compute(formula: Formula, claim: RatioClaim, subject: Operand, reference: Operand): Computed | null {
  if (formula === 'ratio') return ratioPercent(subject, reference);
  if (claim.absolute) return claim.sign === 1 ? difference(subject, reference, 1) : difference(reference, subject, 1);
  return changePercent(subject, reference, formula === 'excess' ? 1 : claim.sign);
}

function arithmeticOf(formula: Formula, claim: RatioClaim, s: string, r: string, result: string): string {
  if (formula === 'ratio') return `${s} / ${r} = ${result}%`;
  if (claim.absolute) return claim.sign === 1 ? `${s} − ${r} = ${result}` : `${r} − ${s} = ${result}`;
  return claim.sign === 1 ? `${s} / ${r} − 1 = ${result}%` : `1 − ${s} / ${r} = ${result}%`;
}

/**
 * Verifies an attainment, excess or change claim against the figures the text states, and reports
 * consistent, warning (truncated), inconsistent, or unverifiable with the missing operand named.
 */
export function reportRatio(context: RuleContext, claim: RatioClaim, formula: Formula, missingReason: string): void {
  const { index } = context;
  if (claim.amount && claim.subject && !claim.reference) {
    reportAmountChange(context, claim);
    return;
  }
  const stated = operandOf(claim.absolute ? 'change' : claim.kind === 'change' ? 'change' : 'percent', claim.stated, index);
  const statedText = claim.stated.fact.raw;
  const textual = operandsOf(claim, context);
  // The plan or earlier figure the text leaves to its appendix (`Chi tiết như Biểu số 60`).
  const appendix = textual ? null : appendixOperands(claim, context.relations.tables(), index, context.relations.analysis);
  const pair = textual ?? appendix;
  const base = { cue: appendix ? `${claim.cue} (${appendix.table})` : claim.cue, actual: stated.display, reason: null };
  if (!pair) {
    const evidence = claim.subject ? [stated, operandOf(claim.kind === 'change' ? 'current' : 'actual', claim.subject, index)] : [stated];
    context.report({
      ...base,
      messageId: 'unverifiable',
      status: 'unverifiable',
      reasonId: claim.subject ? missingReason : 'subjectNotFound',
      data: { stated: statedText, reference: claim.referenceWord ?? '' },
      expected: null,
      arithmetic: null,
      evidence,
    });
    return;
  }
  const { subject, reference } = pair;
  if (claim.subject && claim.reference && !claim.referenceIsDenominator && unitAgreement(claim.subject, claim.reference) === 'different') {
    context.report({
      ...base,
      messageId: 'unverifiable',
      status: 'unverifiable',
      reasonId: 'unitsDiffer',
      data: {
        stated: statedText,
        reference: claim.referenceWord ?? '',
        subjectUnit: claim.subject.fact.unit ?? '—',
        referenceUnit: claim.reference.fact.unit ?? '—',
      },
      expected: null,
      arithmetic: null,
      evidence: [stated, subject, reference],
    });
    return;
  }
  const computed = compute(formula, claim, subject, reference);
  if (!computed) return;
  const v = verdict(computed.interval, claim.stated);
  const mixed = commonScale([subject, reference]) === null;
  const s = shown(subject, mixed);
  const r = shown(reference, mixed);
  const result = resultText(computed, claim.stated, v);
  const arithmetic = arithmeticOf(formula, claim, s, r, result);
  const data = { arithmetic, computed: result, stated: statedText, subject: s, reference: r };
  // From the appendix, the text's own figure stays in the evidence beside the row it was matched to.
  const evidence =
    appendix && !appendix.fromText && claim.subject
      ? [stated, operandOf(claim.kind === 'change' ? 'current' : 'actual', claim.subject, index), subject, reference]
      : [stated, subject, reference];
  const expected = pointText(computed, claim.stated) + (claim.absolute ? '' : '%');
  const decimals = claim.stated.fact.number?.decimals ?? 0;
  // `766 vụ … giảm 356 vụ (766/1122)`: the text's current figure must be the parenthesis' numerator.
  const restated = claim.levels && claim.current ? operandOf('current', claim.current, index) : null;
  if (v === 'consistent' && restated?.interval && subject.interval && !meets(restated.interval, subject.interval)) {
    const said = `${subject.display} (${claim.subject?.fact.raw ?? ''})`;
    context.report({
      ...base,
      messageId: 'mismatch',
      status: 'inconsistent',
      data: { ...data, arithmetic: said, stated: restated.display },
      expected: subject.display,
      arithmetic: said,
      evidence: [stated, restated, subject, reference],
    });
    return;
  }
  if (v === 'consistent') {
    const exactMatch = expected === `${stated.display}${claim.absolute ? '' : '%'}`;
    const range = `${formatVi(computed.interval.lo, decimals + 2)}–${formatVi(computed.interval.hi, decimals + 2)}`;
    context.report({
      ...base,
      messageId: exactMatch ? 'consistent' : 'consistentWithinRounding',
      status: 'consistent',
      data: { ...data, range },
      expected,
      arithmetic,
      evidence,
    });
  } else if (v === 'truncated') {
    context.report({ ...base, messageId: 'truncated', status: 'warning', reasonId: 'truncated', data, expected, arithmetic, evidence });
  } else if (claim.loose || appendix?.described) {
    context.report({
      ...base,
      messageId: 'unverifiable',
      status: 'unverifiable',
      reasonId: 'referenceUnsure',
      data: { ...data, reference: claim.referenceWord ?? '' },
      expected,
      arithmetic,
      evidence,
    });
  } else if (appendix && !headerNamesReference(appendix.header, claim.stated.after)) {
    // `dự toán Trung ương giao` against a column `Dự toán HĐND giao`: not proven to be the same plan.
    context.report({
      ...base,
      messageId: 'unverifiable',
      status: 'unverifiable',
      reasonId: 'appendixUnsure',
      data: { ...data, reference: claim.stated.after.trim(), header: appendix.header },
      expected,
      arithmetic,
      evidence,
    });
  } else {
    context.report({ ...base, messageId: 'mismatch', status: 'inconsistent', data, expected, arithmetic, evidence });
  }
}

/**
 * `3.890 vụ (tăng 463 vụ, tương ứng 13,51%)`: the earlier figure is 3.890 − 463 = 3.427, and the
 * percentage is 463 / 3.427. Both figures are stated, so the arithmetic decides.
 */
function reportAmountChange(context: RuleContext, claim: RatioClaim): void {
  const { index } = context;
  const stated = operandOf('change', claim.stated, index);
  const current = operandOf('current', claim.subject as NonNullable<RatioClaim['subject']>, index);
  const amount = operandOf('amount', claim.amount as NonNullable<RatioClaim['amount']>, index);
  if (!current.interval || !amount.interval || !current.exact || !amount.exact) return;
  const op = claim.sign === 1 ? '−' : '+';
  const previous: Operand = {
    ...current,
    role: 'previous',
    display: `(${current.display} ${op} ${amount.display})`,
    interval: claim.sign === 1 ? minus(current.interval, amount.interval) : plus(current.interval, amount.interval),
    exact: claim.sign === 1 ? sub(current.exact, amount.exact) : add(current.exact, amount.exact),
  };
  const computed = ratioPercent(amount, previous);
  if (!computed) return;
  const v = verdict(computed.interval, claim.stated);
  const result = resultText(computed, claim.stated, v);
  const arithmetic = `${amount.display} / (${current.display} ${op} ${amount.display}) = ${result}%`;
  const data = { arithmetic, computed: result, stated: claim.stated.fact.raw, subject: current.display, reference: previous.display };
  const base = {
    cue: claim.cue,
    actual: stated.display,
    reason: null,
    expected: `${pointText(computed, claim.stated)}%`,
    arithmetic,
    data,
    evidence: [stated, current, amount],
  };
  if (v === 'consistent') context.report({ ...base, messageId: 'consistent', status: 'consistent' });
  else if (v === 'truncated') context.report({ ...base, messageId: 'truncated', status: 'warning', reasonId: 'truncated' });
  else context.report({ ...base, messageId: 'mismatch', status: 'inconsistent' });
}
