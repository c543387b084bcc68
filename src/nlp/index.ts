export { splitSentences, type Span } from './sentences.js';
export {
  tokenize,
  withTokenCache,
  phraseKeys,
  wordKey,
  wordTokens,
  wordPhraseKeys,
  isAllCaps,
  type Token,
  type TokenKind,
  type WordToken,
} from './tokens.js';
export { PhraseIndex, TOKEN_PHRASES, WORD_PHRASES, type PhraseMatch, type PhraseReading } from './phrase-index.js';
