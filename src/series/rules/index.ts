import type { SeriesRule } from '../define-rule.js';
import changeMismatch from './change-mismatch.js';
import cumulativeDecrease from './cumulative-decrease.js';
import denominatorChange from './denominator-change.js';
import restatement from './restatement.js';
import staleCopy from './stale-copy.js';

/** Every cross-report rule, in the order their findings are produced. Add a rule here and in its own file. */
export const seriesRules: readonly SeriesRule[] = [
  cumulativeDecrease,
  restatement,
  staleCopy,
  changeMismatch,
  denominatorChange,
] as SeriesRule[];
