export { splitSentences, type Span } from './sentences.js';
export { tokenize, phraseKeys, wordKey, type Token, type TokenKind } from './tokens.js';
