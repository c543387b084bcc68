import { defineCheck } from '../define-check.js';
import { type BalanceClaim, type Operand, operandOf, spanOperand } from '../../claims/index.js';
import { type Interval, ZERO, exactly, formatVi, meets, minus, mid, plus, point } from '../../arith/index.js';

/**
 * A remaining figure is what came before, plus what came in, minus what went out: `Kỳ trước chuyển
 * qua 06 đối tượng; Phát sinh mới: 10; Bắt, vận động đầu thú: 08; … đang truy bắt 08 đối tượng`;
 * `Tổng số đơn 25 (kỳ trước chuyển sang 5, thụ lý mới 20), đã giải quyết 18, còn 7`. And a total
 * stated on its own line is what the lines classifying it under it add up to: `Tiếp nhận: 03` …
 * `Theo loại đơn: 01 khiếu nại, 01 tố cáo, 01 kiến nghị`.
 */
export default defineCheck({
  id: 'balance',
  meta: {
    description:
      'A remaining figure equals the carried-over figure plus what came in minus what went out; a total on its own line equals each line under it that classifies the same things.',
    name: { vi: 'Cân đối số liệu', en: 'Running balance' },
    claims: ['balance', 'heading-sum'],
    messages: {
      consistent: { vi: '{{arithmetic}} ✓', en: '{{arithmetic}} ✓' },
      mismatch: {
        vi: '{{terms}} = {{computed}}, nhưng văn bản ghi {{stated}}',
        en: '{{terms}} = {{computed}}, but the text says {{stated}}',
      },
      unverifiable: {
        vi: '{{terms}} = {{computed}}, văn bản ghi {{stated}}: {{reason}}',
        en: '{{terms}} = {{computed}}, the text says {{stated}}: {{reason}}',
      },
    },
    reasons: {
      roleUnsure: {
        vi: 'không xác định chắc chắn vai trò (chuyển sang, tăng, giảm) của mọi số liệu trong khối',
        en: 'the role (carried over, added, removed) of every figure in the block is not certain',
      },
      remainderSplit: {
        vi: 'số còn lại có thể được chia thành nhiều nhóm',
        en: 'the remaining figure may be split among several groups',
      },
      partsMayOverlap: {
        vi: 'các phần có thể trùng nhau hoặc chỉ là một phần của tổng',
        en: 'the parts may overlap or cover only part of the total',
      },
    },
  },
  check(context) {
    const { index } = context;
    // `thụ lý 642 vụ, đã giải quyết 511 vụ, đang giải quyết 121 vụ`: a base split into what was done
    // and what remains is also a breakdown; the sum rule reports it once.
    const breakdowns = context.relations.breakdowns();
    const summed = (claim: BalanceClaim): boolean =>
      claim.terms.every((t, i) => (i === 0 ? t.sign === 1 : t.sign === -1)) &&
      breakdowns.some((b) => {
        const parts = new Set(b.members.map((m) => m.fact.id));
        const [first, ...rest] = claim.terms;
        return (
          first?.token?.fact.id === b.owner.fact.id &&
          parts.size === rest.length + 1 &&
          parts.has(claim.stated.fact.id) &&
          rest.every((t) => t.token !== null && parts.has(t.token.fact.id))
        );
      });
    for (const claim of context.relations.balances()) {
      if (summed(claim)) continue;
      const stated = asCount(operandOf(claim.statedRole, claim.stated, index));
      if (!stated.interval) continue;
      const terms = claim.terms.map((term) => ({
        sign: term.sign,
        operand: term.token
          ? asCount(operandOf(term.role, term.token, index))
          : noneOperand(spanOperand(term.role, term.none?.unit ?? '', term.none?.start ?? 0, term.none?.end ?? 0, index, 0)),
      }));
      if (terms.some((t) => !t.operand.interval)) continue;
      let computed: Interval = point(ZERO);
      for (const t of terms)
        computed = t.sign === 1 ? plus(computed, t.operand.interval as Interval) : minus(computed, t.operand.interval as Interval);
      const termsText = terms
        .map((t, i) => `${i === 0 ? (t.sign === 1 ? '' : '−') : t.sign === 1 ? ' + ' : ' − '}${t.operand.fact ? t.operand.display : '0'}`)
        .join('');
      const result = formatVi(mid(computed), 0);
      const data = { terms: termsText, computed: result, stated: stated.display };
      const evidence = [stated, ...terms.map((t) => t.operand)];
      const base = { cue: claim.cue, reason: null, evidence, data, expected: result, actual: stated.display };
      if (meets(computed, stated.interval)) {
        context.report({ ...base, messageId: 'consistent', status: 'consistent', arithmetic: `${termsText} = ${stated.display}` });
      } else if (claim.doubt) {
        context.report({
          ...base,
          messageId: 'unverifiable',
          status: 'unverifiable',
          reasonId: claim.doubt,
          arithmetic: `${termsText} = ${result} ≠ ${stated.display}`,
          evidence: [...evidence, ...claim.unplaced.map((u) => ({ ...operandOf('candidate', u, index) }))],
        });
      } else {
        context.report({
          ...base,
          messageId: 'mismatch',
          status: 'inconsistent',
          arithmetic: `${termsText} = ${result} ≠ ${stated.display}`,
        });
      }
    }
  },
});

/** A bare integer (`di lý: 26`, `Tiếp nhận: 03`) counts things: exactly that many. */
function asCount(o: Operand): Operand {
  if (o.interval || !o.exact || o.decimals !== 0 || o.fact?.kind !== 'number') return o;
  return { ...o, interval: point(o.exact) };
}

/** `không có đơn lưu`: a part stated as none is zero. */
function noneOperand(o: Operand): Operand {
  return { ...o, display: '0', value: 0, interval: exactly('0'), exact: ZERO };
}
