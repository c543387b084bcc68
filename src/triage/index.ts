import type { ReviewEntry } from './schema.js';

export type { Decision, ReviewEntry, ReviewFile } from './schema.js';
export { findingKey, type KeyedFinding } from './key.js';
export { triage, staleEntries, withDecision, type Triage, type Reviewed } from './apply.js';

/** The file's name beside the reports. */
export const REVIEW_FILE_NAME = 'solieu-reviewed.json';

// The file functions load zod when first called, so commands that print help never pay for it.
export const readReviewFile = async (path: string): Promise<ReviewEntry[]> => (await import('./file.js')).readReviewFile(path);
export const writeReviewFile = async (path: string, entries: readonly ReviewEntry[]): Promise<void> =>
  (await import('./file.js')).writeReviewFile(path, entries);
/** The zod schemas of the file, for callers that validate or publish them. */
export const reviewSchemas = async (): Promise<typeof import('./schema.js')> => import('./schema.js');
