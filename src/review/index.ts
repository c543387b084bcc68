// Loads every rule, whose names the page shows (a stored document holds only rule ids).
import '../checks/index.js';
export { renderReviewPage, type ReviewPageOptions } from './page.js';
export { renderReviewIndex, indexEntryFor, type ReviewIndexEntry } from './index-page.js';
export { countFindings, orderFindings, type ReviewCounts } from './summary.js';
export { REVIEW_MESSAGES, type ReviewLang } from './messages.js';
export {
  reviewFolder,
  reviewDocumentJson,
  readDocument,
  isDocumentJson,
  pageFileName,
  INDEX_FILE,
  type FolderReview,
  type FolderReviewItem,
} from './folder.js';
