import type { CheckRule } from '../define-check.js';
import attainment from './attainment.js';
import change from './change.js';
import difference from './difference.js';
import excess from './excess.js';
import fractionFamily from './fraction-family.js';
import listCount from './list-count.js';
import partWhole from './part-whole.js';
import referenceDate from './reference-date.js';
import repeat from './repeat.js';
import share from './share.js';
import sum from './sum.js';
import tableDifference from './table-difference.js';
import tablePercent from './table-percent.js';
import tableScore from './table-score.js';
import tableText from './table-text.js';
import tableTotal from './table-total.js';

/** Every rule, in the order their findings are produced. Add a rule here and in its own file. */
export const rules: readonly CheckRule[] = [
  sum,
  partWhole,
  fractionFamily,
  share,
  attainment,
  excess,
  change,
  difference,
  listCount,
  repeat,
  referenceDate,
  tableTotal,
  tablePercent,
  tableDifference,
  tableScore,
  tableText,
] as CheckRule[];
