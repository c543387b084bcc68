export { extractAgencies, agencyKey } from './extract.js';
export { findAgencies, maskedTokens, maskTokens, type AgencySpan } from './find.js';
export { matchAgencyAt, type AgencyMatch } from './match.js';
export { tokenize, type Token } from './tokens.js';
export { readTexts, type ReadText } from './texts.js';
