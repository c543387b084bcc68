import type { RuleContext, Wording } from './define-check.js';
import {
  commonScale,
  shown,
  denominatorOperand,
  operandOf,
  unitAgreement,
  type RatioClaim,
  appendixOperands,
  type AppendixPair,
  findCues,
  headerNamesReference,
  type Operand,
  sourcePlan,
  indicatorRow,
} from '../claims/index.js';
import { exactly, formatVi, fromDecimal, meets, minus, plus, add, sub, toNumber } from '../arith/index.js';
import { type Computed, changePercent, difference, pointText, ratioPercent, resultText, verdict } from './verify.js';

type Formula = 'ratio' | 'excess' | 'change';

/** The two operands of a ratio claim: what was achieved and what it is compared with. */
/**
 * What the ratio rules (attainment, change, excess) say in the same words; each rule spreads these
 * into its own `meta.messages` beside the wording that names its claim.
 */
export const RATIO_MESSAGES = {
  consistent: { vi: '{{arithmetic}} ✓', en: '{{arithmetic}} ✓' },
  consistentWithinRounding: {
    vi: '{{arithmetic}}; với sai số làm tròn của các số liệu, kết quả trong khoảng {{range}}, khớp với {{stated}} ✓',
    en: '{{arithmetic}}; with the rounding of its operands the result lies in {{range}}, which meets {{stated}} ✓',
  },
  truncated: { vi: '{{arithmetic}}; văn bản ghi {{stated}}: {{reason}}', en: '{{arithmetic}}; the text says {{stated}}: {{reason}}' },
  mismatch: { vi: '{{arithmetic}}, nhưng văn bản ghi {{stated}}', en: '{{arithmetic}}, but the text says {{stated}}' },
} as const satisfies Record<string, Wording>;

/** Several plans named by the subject's own funding source, with different values (attainment, excess). */
export const PLANS_AMBIGUOUS = {
  vi: 'văn bản nêu nhiều số kế hoạch cùng nguồn vốn ({{candidates}}), không xác định được số được so sánh',
  en: 'the text states several plans of the same funding source ({{candidates}}) and does not say which one is meant',
} as const satisfies Wording;

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
  const far = textual ? null : farOperands(claim, context);
  const appendix = far?.pair ?? null;
  const pair = textual ?? appendix;
  const base = { cue: appendix ? `${claim.cue} (${appendix.table})` : claim.cue, actual: stated.display, reason: null };
  // Plans of the same source with other values: the reader is shown them all.
  const candidates = (far?.candidates ?? []).map((t) => operandOf('candidate', t, index));
  if (!pair) {
    const evidence = claim.subject ? [stated, operandOf(claim.kind === 'change' ? 'current' : 'actual', claim.subject, index)] : [stated];
    context.report({
      ...base,
      messageId: 'unverifiable',
      status: 'unverifiable',
      reasonId: !claim.subject ? 'subjectNotFound' : candidates.length > 1 ? 'plansAmbiguous' : missingReason,
      data: { stated: statedText, reference: claim.referenceWord ?? '', candidates: candidates.map((c) => c.display).join('; ') },
      expected: null,
      arithmetic: null,
      evidence: [...evidence, ...candidates],
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
      : [stated, subject, ...(appendix?.parts ?? [reference])];
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
      reasonId: candidates.length > 1 ? 'plansAmbiguous' : 'referenceUnsure',
      data: { ...data, reference: claim.referenceWord ?? '', candidates: candidates.map((c) => c.display).join('; ') },
      expected,
      arithmetic,
      evidence: [...evidence, ...candidates.filter((c) => c.display !== reference.display)],
    });
  } else if (appendix && claim.kind !== 'change' && !headerNamesReference(appendix.header, claim.stated.after)) {
    // Who set a plan (`dự toán Trung ương giao`) says nothing of an earlier period's column.
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
 * The plan or earlier figure the claim's sentence leaves to elsewhere: the parts' plans summed, the
 * appendix or a plan described in another section; a plan named by the subject's funding source
 * (`vốn trái phiếu Chính phủ`) fixes the operand where a description only suggests it, and several
 * such plans leave the claim open with all of them as candidates.
 */
function farOperands(claim: RatioClaim, context: RuleContext): { pair: AppendixPair | null; candidates: RatioClaim['candidates'] } | null {
  const { index, relations } = context;
  const found = partsPlan(claim, context) ?? appendixOperands(claim, relations.tables(), index, relations.analysis);
  if (found && !found.described) return { pair: found, candidates: [] };
  // `ngô … đạt 98,3 nghìn ha, bằng 98,3%` beside the indicator table's unitless `Ngô` row of its group.
  const row = !found && claim.kind === 'change' ? indicatorRow(claim, relations.tables(), index) : null;
  if (row) return { pair: row, candidates: [] };
  const named =
    claim.kind === 'attainment' || claim.kind === 'excess' ? sourcePlan(claim, index, relations.analysis, relations.ratios()) : null;
  if (!named) return found ? { pair: found, candidates: [] } : null;
  if (!named.plan || !claim.subject) return { pair: found, candidates: named.candidates };
  const reference = operandOf('plan', named.plan, index);
  return {
    pair: {
      subject: operandOf('actual', claim.subject, index),
      reference,
      table: index.sectionTitles(named.plan.unit.section).at(-1) ?? '',
      header: '',
      described: false,
      fromText: true,
    },
    candidates: [],
  };
}

/**
 * `… ước đạt 8.377,47 tỷ đồng, bằng 73,74% kế hoạch, trong đó: Vốn ngân sách tập trung … 4.834,47 tỷ
 * đồng, bằng 103,74% kế hoạch; Vốn trái phiếu Chính phủ … 3.543 tỷ đồng, bằng 52,88% kế hoạch`: the
 * plan of a whole whose `trong đó` parts state their own attainment is the sum of the parts' plans, when
 * exactly one set of those parts adds up to the whole's figure (the parts exhaust it) and every part's
 * plan is found. Tied only when every part's plan is.
 */
function partsPlan(claim: RatioClaim, context: RuleContext): AppendixPair | null {
  const whole = claim.subject;
  if (claim.kind !== 'attainment' || !whole?.interval || whole.percent || whole.fraction || claim.reference) return null;
  const text = claim.stated.unit.text;
  const after = text.slice(claim.stated.numberEnd, claim.stated.sentence.end);
  const list = findCues(after, 'subset')[0] ?? findCues(after, 'partition')[0];
  if (!list) return null;
  const listAt = claim.stated.numberEnd + list.start;
  const { index, relations } = context;
  const parts: Array<{ subject: Operand; reference: Operand; described: boolean }> = [];
  for (const other of relations.ratios()) {
    const s = other.subject;
    if (other === claim || other.kind !== 'attainment' || !s || s.unit !== whole.unit || s.sentence.start !== whole.sentence.start)
      continue;
    if (s.start < listAt || unitAgreement(s, whole) !== 'same') continue;
    const textual = operandsOf(other, context);
    const found = textual ? { ...textual, described: other.loose === true } : farOperands(other, context)?.pair;
    if (!found || found.reference.interval === null || found.subject.interval === null) continue;
    parts.push({ subject: found.subject, reference: found.reference, described: found.described === true });
    if (parts.length > 6) return null;
  }
  if (parts.length < 2) return null;
  const total = (list: readonly Operand[]): NonNullable<Operand['interval']> =>
    list.reduce((acc, o) => plus(acc, o.interval as NonNullable<Operand['interval']>), exactly('0'));
  const sets: (typeof parts)[] = [];
  for (let mask = 1; mask < 1 << parts.length; mask += 1) {
    const set = parts.filter((_, i) => (mask >> i) & 1);
    if (set.length >= 2) sets.push(set);
  }
  // The sets of two or more parts whose figures add up to the whole's.
  let fits = sets.filter((set) => meets(total(set.map((p) => p.subject)), whole.interval as NonNullable<Operand['interval']>));
  // None: the whole's own figure may be the wrong one. The parts exhaust the whole all the same when
  // their figures over their plans give the whole's stated percentage (stated with decimals, so that
  // a part left out would hardly give it by chance), in exactly one way.
  const stated = claim.stated.interval;
  if (fits.length === 0 && stated && (claim.stated.fact.number?.decimals ?? 0) >= 1) {
    fits = sets.filter((set) => {
      const sumOf = (list: readonly Operand[]): Operand => ({ ...(list[0] as Operand), interval: total(list), exact: sumExact(list) });
      const ratio = ratioPercent(sumOf(set.map((p) => p.subject)), sumOf(set.map((p) => p.reference)));
      return ratio !== null && meets(ratio.interval, stated);
    });
  }
  const set = fits.length === 1 ? fits[0] : undefined;
  if (!set) return null;
  const plans = set.map((p) => p.reference);
  const exact = plans.reduce<Operand['exact']>((acc, p) => (acc && p.exact ? add(acc, p.exact) : null), fromDecimal('0'));
  const interval = plans.reduce((acc, p) => plus(acc, p.interval as NonNullable<Operand['interval']>), exactly('0'));
  const first = plans[0] as Operand;
  const reference: Operand = {
    ...first,
    role: 'plan',
    display: `(${plans.map((p) => p.display).join(' + ')})`,
    value: exact ? toNumber(exact) : null,
    interval,
    exact,
  };
  return {
    subject: operandOf('actual', whole, index),
    reference,
    table: 'tổng kế hoạch của các phần',
    header: '',
    described: set.some((p) => p.described),
    fromText: true,
    parts: plans,
  };
}

const sumExact = (list: readonly Operand[]): Operand['exact'] =>
  list.reduce<Operand['exact']>((acc, o) => (acc && o.exact ? add(acc, o.exact) : null), fromDecimal('0'));

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
