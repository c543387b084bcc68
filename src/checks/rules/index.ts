import type { CheckRule } from '../define-check.js';
import { loadRules } from '../load-rules.js';

/** Every single-report rule: each file of this folder, by name. */
export const rules: readonly CheckRule[] = await loadRules<CheckRule>(new URL('./', import.meta.url), import.meta.url);
