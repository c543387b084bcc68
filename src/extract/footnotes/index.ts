export { extractFootnoteContents } from './extract.js';
export { listItems } from './items.js';
