import { splitTables } from '../tables.js';
import { buildLines } from '../lines.js';
import type { PageLayout, Rule, Run } from '../types.js';
import { alignedTables } from './aligned.js';
import { rulesToPoints } from './rules.js';
import type { OcrPageResult, OcrWord } from './types.js';

/**
 * OCR words → the PDF parser's text runs (points, y up, baseline and font size), so a scanned page
 * goes through the very same line, table, furniture, footnote and paragraph rules as a text page.
 */

export function wordToRun(word: OcrWord, dpi: number, heightPt: number): Run {
  const s = 72 / dpi;
  return {
    text: word.text,
    x: word.box.x0 * s,
    y: heightPt - word.baseline * s,
    width: Math.max(0.1, (word.box.x1 - word.box.x0) * s),
    size: Math.max(1, word.size * s),
    bold: false,
    italic: false,
  };
}

/** One OCR'd page as text runs and ruling lines, ready for the PDF parser's page layout. */
export function ocrRuns(result: OcrPageResult): { runs: Run[]; rules: Rule[] } {
  return {
    runs: result.words.map((w) => wordToRun(w, result.dpi, result.heightPt)),
    rules: rulesToPoints(result.rules, result.dpi, result.heightPt),
  };
}

/**
 * One OCR'd page laid out as the PDF parser lays out a text page: tables by their rules, lines, then
 * tables without rules where the word boxes line up in columns.
 */
export function pageLayoutOf(result: OcrPageResult): PageLayout {
  const { runs, rules } = ocrRuns(result);
  const split = splitTables(rules, runs);
  const aligned = alignedTables(buildLines(split.flow, result.page));
  return {
    page: result.page,
    width: result.widthPt,
    height: result.heightPt,
    lines: aligned.lines,
    tables: [...split.tables, ...aligned.tables],
    freeRules: split.freeRules,
  };
}
