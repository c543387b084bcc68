export { extractAgencies, agencyKey } from './extract.js';
export { findAgencies, maskedTokens, type AgencySpan } from './find.js';
export { matchAgencyAt, type AgencyMatch } from './match.js';
export { tokenize, type Token } from './tokens.js';
