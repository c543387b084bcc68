import { z } from 'zod';

/** One figure a claim puts in relation, by its fact and its place; `role` says what it is in the claim. */
export const ClaimOperand = z.object({
  /** `total`, `part`, `share`, `subject`, `whole`, `candidate`, `plan`, `previous`, `count`, `cell` … */
  role: z.string(),
  fact: z.string().nullable(),
  raw: z.string(),
  block: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ClaimOperand = z.infer<typeof ClaimOperand>;

/** Where a claim's operands were found, nearest first (the scope rule of CHECKER.md). */
export const ClaimScope = z.enum(['sentence', 'paragraph', 'section', 'document', 'footnote', 'table']);
export type ClaimScope = z.infer<typeof ClaimScope>;

/**
 * What the text claims about its figures, before any arithmetic: a total and its parts, a share
 * and its part and whole, a count and its list. Found by the claims stage; checked by the rules.
 * A finding names the claim it checked (`Finding.claim`).
 */
export const Claim = z.object({
  /** Stable for a given document: kind and the place of its stated figure (`share@b12:40`). */
  id: z.string(),
  /**
   * `sum` (a total and parts), `fraction-family`, `share`, `attainment`, `excess`, `change`,
   * `difference`, `list-count`, `repeat`, `balance` (a running balance), `heading-sum` (a heading line's
   * total over a line classifying it), and in tables `table-total`, `table-row-sum`,
   * `table-percent`, `table-rate`, `table-score-total`, `table-score-ratio`; claims a rule finds by
   * itself take the rule's id.
   */
  kind: z.string(),
  /** The finder that found it (`ratio`, `breakdown`, `listing`, `tables` …) or `rule:<id>`. */
  foundBy: z.string(),
  /** The words that make it a claim: `trong đó`, `chiếm tỷ lệ`, `(kế hoạch …)`, a total row's label. */
  cue: z.string().nullable(),
  scope: ClaimScope,
  /**
   * How strongly the text ties the operands: `partition` (the parts make the whole), `subset`
   * (`trong đó`: at most the whole), `weak`; null where the kind says it.
   */
  promise: z.enum(['partition', 'subset', 'weak']).nullable(),
  /** The figure the text states as the result (the total, the share, the count); null for a repeat. */
  stated: ClaimOperand.nullable(),
  /** The other figures, each with its role; `candidate` when the grammar allows more than one. */
  operands: z.array(ClaimOperand),
});
export type Claim = z.infer<typeof Claim>;
