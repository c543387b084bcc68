export { extractFacts } from './extract.js';
