import type { Finding } from '../model/index.js';
import { isUncertain } from '../model/index.js';
import type { DocumentIndex, Operand } from '../claims/index.js';
import { formatVi, add, cmp, mul, neg, pow10, rational, sub, ZERO, type Rational } from '../arith/index.js';
import type { Wording } from './define-check.js';
import { render } from './engine.js';

/**
 * Precision first on scanned reports: a claim that fails while resting on a figure OCR read with low
 * confidence may be the OCR's mistake, not the report's, so it is reported unverifiable. It stays
 * inconsistent only when the difference is beyond anything one misread glyph of an uncertain figure
 * could make: a total and its parts that differ by more than 10^n × scale, where n is the digit count
 * of the largest uncertain figure. Other relations (ratios, dates, counts) have no such bound and are
 * always withheld when an operand is uncertain.
 */
/** What this module says, in both languages (checked by the rules-meta test like a rule's own). */
export const OCR_DOUBT_MESSAGES = {
  uncertain: {
    vi: 'Chưa kiểm chứng được: {{figures}} đọc bằng OCR với độ tin cậy thấp, một chữ số đọc sai có thể giải thích sai lệch ({{claim}})',
    en: 'Cannot be verified: {{figures}} read by OCR with low confidence, and one misread digit could account for the mismatch ({{claim}})',
  },
  ocrUncertain: { vi: 'độ tin cậy OCR thấp: {{figures}}; {{explained}}', en: 'low OCR confidence: {{figures}}; {{explained}}' },
  ocrBeyondMisread: {
    vi: 'dù {{figures}} đọc bằng OCR với độ tin cậy thấp, chênh lệch {{difference}} vượt quá mức một chữ số đọc sai có thể gây ra (tối đa {{swing}})',
    en: 'although {{figures}} was read by OCR with low confidence, the difference {{difference}} is beyond what one misread digit could make (at most {{swing}})',
  },
} as const satisfies Record<string, Wording>;

export function withOcrDoubt(finding: Finding, operands: readonly Operand[], index: DocumentIndex): Finding {
  const confidences = operands.map((o) => index.confidenceAt(o.position));
  if (confidences.every((c) => c === null)) return finding;
  const evidence = finding.evidence.map((e, i) => {
    const confidence = confidences[i];
    return confidence === null || confidence === undefined ? e : { ...e, confidence };
  });
  const uncertain = operands.filter((_, i) => isUncertain(confidences[i] ?? null));
  if (finding.status !== 'inconsistent' || uncertain.length === 0) return { ...finding, evidence };
  const figures = uncertain.map((o) => `${o.display} (${formatConfidence(confidences[operands.indexOf(o)] ?? 0)})`).join(', ');
  const difference = additiveDifference(operands);
  const swing = maxSwing(uncertain);
  if (difference !== null && swing !== null && cmp(difference, swing) > 0) {
    const data = { figures, difference: formatVi(difference, 0), swing: formatVi(swing, 0) };
    return { ...finding, evidence, reason: render(OCR_DOUBT_MESSAGES.ocrBeyondMisread.en, data) };
  }
  const explained =
    difference !== null && swing !== null
      ? `one misread digit could account for the difference of ${formatVi(difference, 0)}`
      : 'a misread digit could account for the mismatch';
  const claim = (language: 'vi' | 'en'): string => finding.arithmetic ?? finding.message[language];
  return {
    ...finding,
    evidence,
    status: 'unverifiable',
    severity: 'info',
    message: {
      vi: render(OCR_DOUBT_MESSAGES.uncertain.vi, { figures, claim: claim('vi') }),
      en: render(OCR_DOUBT_MESSAGES.uncertain.en, { figures, claim: claim('en') }),
    },
    reason: render(OCR_DOUBT_MESSAGES.ocrUncertain.en, { figures, explained }),
  };
}

const formatConfidence = (value: number): string => value.toFixed(2);

/** |total − Σ parts| for a total-and-parts claim; null for any other shape of claim. */
function additiveDifference(operands: readonly Operand[]): Rational | null {
  const totals = operands.filter((o) => o.role === 'total');
  const parts = operands.filter((o) => o.role === 'part');
  if (totals.length !== 1 || parts.length === 0 || totals.length + parts.length !== operands.length) return null;
  const whole = totals[0]?.exact;
  if (!whole || parts.some((p) => !p.exact)) return null;
  const sum = parts.reduce((acc, p) => add(acc, p.exact as Rational), ZERO);
  const difference = sub(whole, sum);
  return cmp(difference, ZERO) < 0 ? neg(difference) : difference;
}

/** The most one misread glyph of any uncertain figure could change the claim: 10^(digits) × scale. */
function maxSwing(uncertain: readonly Operand[]): Rational | null {
  let best: Rational | null = null;
  for (const operand of uncertain) {
    const integerDigits = (operand.display.split(',')[0] ?? '').replace(/\D/gu, '').length;
    if (integerDigits === 0) return null;
    const swing = mul(rational(pow10(integerDigits)), operand.scale);
    if (best === null || cmp(swing, best) > 0) best = swing;
  }
  return best;
}
