/**
 * Decide the format from the bytes first, the extension second: reports arrive renamed (`.doc`
 * saved as `.docx`, a DOCX named `.pdf`) and the bytes do not lie. The formats and their tests are
 * declared once, in formats.ts.
 */
export { detectFormat, READ_EXTENSIONS as REPORT_EXTENSIONS } from './formats.js';
