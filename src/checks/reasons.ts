import type { Wording } from './define-check.js';

/** Reasons several rules give in the same words (a rule spreads the ones it uses into its meta.reasons). */
export const REASONS = {
  truncated: {
    vi: 'tác giả cắt bớt chữ số thay vì làm tròn',
    en: 'truncated, not rounded',
  },
  planNotStated: {
    vi: 'văn bản không nêu số kế hoạch',
    en: 'the plan figure is not stated',
  },
  subjectNotFound: {
    vi: 'không xác định được số liệu mà tỷ lệ này nói về',
    en: 'the figure this percentage is about was not found',
  },
  unitsDiffer: {
    vi: 'hai số liệu khác đơn vị ({{subjectUnit}} và {{referenceUnit}})',
    en: 'the two figures have different units ({{subjectUnit}} and {{referenceUnit}})',
  },
  referenceUnsure: {
    vi: 'số kế hoạch được tìm theo mô tả ở câu khác, không chắc là cùng chỉ tiêu',
    en: 'the plan figure was found by its description in another sentence and may not be the one meant',
  },
  appendixUnsure: {
    vi: 'cột của phụ lục ({{header}}) có thể không phải số liệu văn bản so sánh ({{reference}})',
    en: 'the appendix column ({{header}}) may not be the figure the text compares with ({{reference}})',
  },
} as const satisfies Record<string, Wording>;
