export * from './normalize.js';
export * from './fold.js';
export * from './phrase-pattern.js';
export * from './parentheses.js';
export * from './confidence-spans.js';
export * from './legacy-encodings/index.js';
