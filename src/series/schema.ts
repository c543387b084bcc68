import { z } from 'zod';
import { Evidence, Finding } from '../model/index.js';

/** ISO calendar date `2025-08-31`. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A reporting period as a closed interval of days. `start` is null for a cut-off with no stated
 * beginning (`lũy kế đến ngày 25/8/2025`, `tính đến nay`).
 */
export const Period = z.object({
  /** The words it was read from: `tháng 8/2025`, `quý I/2026`, `06 tháng đầu năm 2022`. */
  text: z.string(),
  granularity: z.enum(['month', 'quarter', 'half', 'months', 'year', 'cutoff']),
  start: IsoDate.nullable(),
  end: IsoDate,
});
export type Period = z.infer<typeof Period>;

/** Which report is which: enough to put reports of one series in order and tell drafts apart. */
export const ReportIdentity = z.object({
  /** The source path (or the name the store knows it by). */
  report: z.string(),
  issuer: z.string().nullable(),
  /** `matchKey` of the issuer lines. */
  issuerKey: z.string(),
  /** The subject without its period: `Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng`. */
  kind: z.string().nullable(),
  kindKey: z.string(),
  /** Reports with the same key form one series. */
  seriesKey: z.string(),
  period: Period.nullable(),
  documentNumber: z.string().nullable(),
  date: IsoDate.nullable(),
  /** Number or day left blank (`Số:      /BC-UBND`, `ngày    tháng 8`). */
  draft: z.boolean(),
});
export type ReportIdentity = z.infer<typeof ReportIdentity>;

/** What a figure is as a measure over time. */
export const Nature = z.enum(['cumulative', 'period', 'stock', 'target', 'unknown']);
export type Nature = z.infer<typeof Nature>;

/** Why an observation was put under its indicator: the figure it matched and the words they share. */
export const Match = z.object({
  score: z.number().min(0).max(1),
  report: z.string(),
  fact: z.string(),
  shared: z.array(z.string()),
});
export type Match = z.infer<typeof Match>;

/** One figure of one report as a value of an indicator for one period. */
export const Observation = z.object({
  report: z.string(),
  fact: z.string(),
  raw: z.string(),
  /** The number as displayed (`1.343.595`, `84/102`, `40,67`). */
  display: z.string(),
  value: z.number().nullable(),
  /** Denominator of an `a/N` figure. */
  denominator: z.number().nullable(),
  unit: z.string().nullable(),
  period: Period,
  /** The period is the report's own (not a restated earlier period, not a plan). */
  own: z.boolean(),
  nature: Nature,
  page: z.number().int().positive().nullable(),
  block: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.string(),
  match: Match.nullable(),
});
export type Observation = z.infer<typeof Observation>;

export const Indicator = z.object({
  id: z.string(),
  series: z.string(),
  label: z.string(),
  unit: z.string().nullable(),
  kind: z.enum(['count', 'percent', 'fraction', 'money']),
  nature: Nature,
  /** In period order (period end, then report order). */
  observations: z.array(Observation).min(1),
});
export type Indicator = z.infer<typeof Indicator>;

/** Evidence of a cross-report finding: the checker's evidence plus the report it comes from. */
export const SeriesEvidence = Evidence.extend({ report: z.string() });
export type SeriesEvidence = z.infer<typeof SeriesEvidence>;

/** A finding over two reports; a valid `Finding` once the extra fields are stripped. */
export const SeriesFinding = Finding.extend({
  series: z.string(),
  indicator: z.string().nullable(),
  /** The reports compared, earlier first. */
  reports: z.array(z.string()).min(1),
  evidence: z.array(SeriesEvidence).min(1),
});
export type SeriesFinding = z.infer<typeof SeriesFinding>;

/** One series: its reports in period order, its indicators, its findings. */
export const SeriesResult = z.object({
  key: z.string(),
  reports: z.array(ReportIdentity),
  /** Other versions of a report already in the series (a draft beside its signed copy, a DOCX beside its PDF). */
  versions: z.array(z.object({ report: z.string(), sameAs: z.string() })),
  /** Reports of the series whose period could not be read: listed, not compared. */
  unplaced: z.array(z.string()),
  indicators: z.array(Indicator),
  findings: z.array(SeriesFinding),
});
export type SeriesResult = z.infer<typeof SeriesResult>;
