import { z } from 'zod';

/**
 * A table's structure, the same whatever format it came from: cells with their spans, header rows,
 * and for each body row its label, numbering and parent, for each column its header path, unit,
 * period and role. Rows and columns are 0-based indices into the table's grid (`Table.rows`).
 */

/** One real cell: a merged area is one cell at its top-left position, covering `rowSpan × colSpan`. */
export const TableCell = z.object({
  row: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  rowSpan: z.number().int().positive(),
  colSpan: z.number().int().positive(),
  text: z.string(),
  /** The cell stands in the header rows. */
  header: z.boolean(),
});
export type TableCell = z.infer<typeof TableCell>;

/**
 * What a column holds, where its header says it: `Thực hiện` actual, `Kế hoạch` / `Dự toán` plan,
 * `Cùng kỳ` previous, `% so với KH` percentPlan, `% so với cùng kỳ` percentPrevious, `Tăng/giảm`
 * difference, `Điểm tối đa` maxScore, `Điểm đạt` score; `label`, `numbering` and `unit` are the
 * columns that describe the rows.
 */
export const TableColumnRole = z.enum([
  'numbering',
  'label',
  'unit',
  'actual',
  'plan',
  'previous',
  'cumulative',
  'total',
  'percentPlan',
  'percentPrevious',
  'percent',
  'difference',
  'maxScore',
  'score',
  'note',
  'other',
]);
export type TableColumnRole = z.infer<typeof TableColumnRole>;

export const TableColumn = z.object({
  index: z.number().int().nonnegative(),
  /** Header texts from the top header row down, repeats of a spanning header kept once: [`Thực hiện`, `6 tháng 2024`]. */
  header: z.array(z.string()),
  role: TableColumnRole,
  /** The unit as written (`tỷ đồng`, `%`, `người`) from the header, or the caption line when the whole table has one. */
  unit: z.string().nullable(),
  /** The period the header states: `6 tháng 2024`, `năm 2023`, `Quý II/2019`. */
  period: z.string().nullable(),
  hidden: z.boolean(),
});
export type TableColumn = z.infer<typeof TableColumn>;

/**
 * How a body row is numbered: `I` roman, `1` arabic, `1.1` dotted, `a` letter, `A` upper, `-`/`+`
 * dash, `Trong đó:` inWhich; `indent` for an unnumbered row whose depth its indentation gives.
 */
export const RowNumberingKind = z.enum(['upper', 'roman', 'arabic', 'dotted', 'letter', 'dash', 'inWhich', 'indent']);
export type RowNumberingKind = z.infer<typeof RowNumberingKind>;

export const TableRowInfo = z.object({
  index: z.number().int().nonnegative(),
  header: z.boolean(),
  /** The row's label text (`Tổng thu ngân sách`), without its numbering; null for header rows. */
  label: z.string().nullable(),
  /** The numbering as written, trailing `.`/`)` removed: `I`, `1`, `1.1`, `a`, `-`, `Trong đó`. */
  numbering: z.string().nullable(),
  numberingKind: RowNumberingKind.nullable(),
  /** Depth in the numbering: 0 for `A`, 1 for `I`, 2 for `1`, 3 for `1.1` …, 10 for `a`, 11 for `-`, 12 and deeper by indentation; null when unnumbered. */
  level: z.number().int().nonnegative().nullable(),
  /** Index of the row this one is a part of (its numbered parent, or the row before `Trong đó:`). */
  parent: z.number().int().nonnegative().nullable(),
  /** A total row: `Tổng`, `Tổng cộng`, `Cộng`, `Toàn tỉnh`, `Tổng số`. */
  total: z.boolean(),
  /** Under a `Trong đó:` line: the row is a subset of its parent, not a part of a partition. */
  subset: z.boolean(),
  /** The row's unit from an `ĐVT` / `Đơn vị tính` column. */
  unit: z.string().nullable(),
  hidden: z.boolean(),
});
export type TableRowInfo = z.infer<typeof TableRowInfo>;

export const TableStructure = z.object({
  /** The first `headerRows` rows of the grid are header rows (0 when the table has none). */
  headerRows: z.number().int().nonnegative(),
  /** The unit a caption line or a unit line above or in the table gives all of it: `Đơn vị: triệu đồng`. */
  unit: z.string().nullable(),
  cells: z.array(TableCell),
  rows: z.array(TableRowInfo),
  columns: z.array(TableColumn),
});
export type TableStructure = z.infer<typeof TableStructure>;

/** Where a table fact sits: the table, its row and column, and both paths in words. */
export const TablePlace = z.object({
  table: z.string().regex(/^t\d+$/),
  row: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  /** Labels from the outermost parent row down to this row: [`I. Thu NSNN`, `1. Thu nội địa`]. */
  rowLabel: z.array(z.string()),
  /** The column's header path: [`Thực hiện`, `6 tháng 2024`]. */
  columnHeader: z.array(z.string()),
  period: z.string().nullable(),
  role: TableColumnRole,
  /** `number`: the cell is one figure; `prose`: the figure was read from a sentence inside the cell. */
  cell: z.enum(['number', 'prose']),
});
export type TablePlace = z.infer<typeof TablePlace>;
