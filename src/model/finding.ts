import { z } from 'zod';

export const FindingStatus = z.enum(['consistent', 'warning', 'inconsistent', 'unverifiable']);
export type FindingStatus = z.infer<typeof FindingStatus>;

/** One figure a finding rests on, exactly as the document displays it. */
export const Evidence = z.object({
  /** Its role in the claim: `total`, `part`, `share`, `plan`, `actual`, `previous`, `citation` … */
  role: z.string(),
  fact: z.string().nullable(),
  raw: z.string(),
  value: z.number().nullable(),
  page: z.number().int().positive().nullable(),
  block: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.string(),
  /** OCR'd figures only: the confidence (0–1) of the characters the figure was read from. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Finding = z.object({
  id: z.string(),
  /** Rule id, the file name of the rule in src/checks/. */
  rule: z.string(),
  status: FindingStatus,
  severity: z.enum(['error', 'warning', 'info']),
  message: z.object({ vi: z.string(), en: z.string() }),
  /** Why a claim could not be verified (unverifiable) or why it passed only loosely (warning). */
  reason: z.string().nullable(),
  /**
   * The reason as a type (`wholeNotStated`, `ambiguousWhole`, `planNotStated`, `truncated` …),
   * for machines; the candidates a rule tried are in `evidence` with role `candidate`.
   */
  reasonId: z.string().nullable().optional(),
  /** What the arithmetic gives and what the document states, in the document's notation. */
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  /** The arithmetic written out: `1.367 + 940 = 2.307`. */
  arithmetic: z.string().nullable(),
  /** The cue that made the claim: `trong đó`, `chiếm tỷ lệ`, `(kế hoạch …)`. */
  cue: z.string().nullable(),
  /** Heading path of the first evidence. */
  section: z.array(z.string()),
  /** The id of the claim this finding checked (`ReportDocument.claims`); absent for series findings and older documents. */
  claim: z.string().nullable().optional(),
  evidence: z.array(Evidence).min(1),
});
export type Finding = z.infer<typeof Finding>;
