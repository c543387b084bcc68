export { extractFacts, readTextFigures, type TextFigure } from './extract.js';
