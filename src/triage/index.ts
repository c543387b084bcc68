export { Decision, ReviewEntry, ReviewFile, REVIEW_FILE_NAME } from './schema.js';
export { findingKey, type KeyedFinding } from './key.js';
export { triage, staleEntries, withDecision, type Triage, type Reviewed } from './apply.js';
export { readReviewFile, writeReviewFile } from './file.js';
