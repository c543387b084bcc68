export { extractAgencies, agencyKey } from './extract.js';
export { findAgencies, maskedTokens, maskTokens, type AgencySpan } from './find.js';
export { matchAgencyAt, type AgencyMatch } from './match.js';
export { wordTokens, type WordToken } from '../../nlp/index.js';
export { readTexts, type ReadText } from './texts.js';
