export {
  PlaceIndex,
  formatPlace,
  describePlace,
  type Place,
  type PlaceLang,
  type PlaceSource,
  type Span,
  type TablePlace,
} from './place.js';
export { say, ruleName, roleName, OUTPUT_MESSAGES, type OutputLang, type OutputKey } from './messages/index.js';
export { ocrNotes, ocrStats } from './ocr-notes.js';
export { formatDocumentFindings, selectFindings, type FindingsTextOptions } from './findings-text.js';
