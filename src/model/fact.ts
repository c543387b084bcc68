import { z } from 'zod';
import { Position, Provenance } from './position.js';
import { TablePlace } from './table.js';

export const FactKind = z.enum(['number', 'percent', 'fraction', 'money', 'quantity', 'range', 'date', 'period']);
export type FactKind = z.infer<typeof FactKind>;

/**
 * A number exactly as displayed. `exact` is the decimal string of the displayed digits before any
 * scale word (`25.743,7` → "25743.7"), `decimals` the count of displayed decimals, which sets the
 * interval the figure stands for. Checks compute on these, never on binary floats.
 */
export const DisplayedNumber = z.object({
  text: z.string(),
  exact: z.string().regex(/^-?\d+(\.\d+)?$/),
  decimals: z.number().int().nonnegative(),
  /** A shape that could be read two ways (`1.367` in a context where `.` might be decimal). */
  ambiguous: z.boolean(),
});
export type DisplayedNumber = z.infer<typeof DisplayedNumber>;

/** What a figure measures, in the sentence's own words. */
export const Measure = z.object({
  /** `giao`, `hoàn thành`, `đang thực hiện`, `đạt`, `vượt`, `tăng`, `giảm`, `chiếm tỷ lệ`, `hụt` … */
  predicate: z.string().nullable(),
  /** What the figure is compared with: `kế hoạch`, `dự toán`, `cùng kỳ`, `dự kiến`, `tháng trước`. */
  reference: z.string().nullable(),
  /** The counted noun or subject phrase: `nhiệm vụ`, `hồ sơ`, `khách du lịch`, `Tổng thu ngân sách`. */
  noun: z.string().nullable(),
  /** Qualifiers that split a total: `trễ hạn`, `quá hạn`, `trực tuyến`, `đúng hạn`. */
  qualifiers: z.array(z.string()),
  /** The words before the figure that say what it is (the phrase since the last clause break). */
  subject: z.string().nullable(),
});
export type Measure = z.infer<typeof Measure>;

/** Structural links the text states around a figure. */
export const FactLinks = z.object({
  /** `trong đó` / `gồm` / a parenthesis after a figure: the fact this one is a part of. */
  partOf: z.string().nullable(),
  /** The cue that made the part-of link: `trong đó`, `gồm`, `parenthesis`, `enumeration`. */
  partCue: z.string().nullable(),
  /** Enumeration label the figure sits under: `i`, `ii`, `1`. */
  enumeration: z.string().nullable(),
  /** Inside a parenthesis (`(*kế hoạch 470.500 tấn*)`). */
  parenthetical: z.boolean(),
  /** Footnote marker standing right after the figure or its noun phrase. */
  footnote: z.number().int().positive().nullable(),
  /** The fact id of the plan/reference figure given in a parenthesis after this one. */
  referenceFact: z.string().nullable(),
});
export type FactLinks = z.infer<typeof FactLinks>;

export const Fact = z.object({
  id: z.string().regex(/^f\d+$/),
  kind: FactKind,
  /**
   * The value in base units: money in đồng (or USD), scaled quantities multiplied out
   * (`3,495 triệu lượt` → 3495000), percentages as percent (12.92), fractions as the numerator,
   * dates as null (see `date`).
   */
  value: z.number().nullable(),
  /** Canonical unit or counted noun: `nhiệm vụ`, `đồng`, `USD`, `tấn`, `ha`, `lượt`, `%`. */
  unit: z.string().nullable(),
  /** The unit as displayed, with its scale word: `tỷ đồng`, `triệu lượt`. */
  displayUnit: z.string().nullable(),
  /** Multiplier the scale word applied (1e9 for `tỷ`); 1 when none. */
  scale: z.number().positive(),
  /** The exact source text of the figure with its unit. */
  raw: z.string(),
  number: DisplayedNumber.nullable(),
  fraction: z.object({ numerator: DisplayedNumber, denominator: DisplayedNumber }).nullable(),
  range: z.object({ from: DisplayedNumber, to: DisplayedNumber, inclusiveUpper: z.boolean() }).nullable(),
  /** ISO date (`2022-06-30`, or `--06-30` style partial `2022-06`) for kind `date`; period text for `period`. */
  date: z.string().nullable(),
  /** `ok`; `ambiguous` when the shape reads two ways; `unclassified` when no rule knows what it is. */
  status: z.enum(['ok', 'ambiguous', 'unclassified']),
  /** `ước`, `ước đạt`, `dự kiến`: an estimate. */
  estimated: z.boolean(),
  /** A threshold, not a value: `trên 90%`, `dưới 50%`, `từ … trở lên`. */
  bound: z.enum(['above', 'below', 'at-least', 'at-most']).nullable(),
  measure: Measure,
  links: FactLinks,
  /** The sentence the figure sits in, as offsets into the same block. */
  sentence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  /** OCR confidence (0–1) of the characters the figure came from; null for born-digital text. */
  confidence: z.number().min(0).max(1).nullable(),
  /** Read by OCR below the confidence threshold: a claim resting on it is unverifiable, not inconsistent. */
  uncertain: z.boolean(),
  position: Position,
  provenance: Provenance,
  /** Figures of a table cell: the table, row and column, with the row label and column header in words. */
  table: TablePlace.optional(),
});
export type Fact = z.infer<typeof Fact>;
