// The facts extractor's lexicon lookups use the one phrase index (src/nlp), over `Token`s.
export { PhraseIndex, type PhraseMatch } from '../../nlp/index.js';
