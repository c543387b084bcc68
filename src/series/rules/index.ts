import { loadRules } from '../../checks/index.js';
import type { SeriesRule } from '../define-rule.js';

/** Every cross-report rule: each file of this folder, by name. */
export const seriesRules: readonly SeriesRule[] = await loadRules<SeriesRule>(new URL('./', import.meta.url), import.meta.url);
