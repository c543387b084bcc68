/**
 * Internal geometry of the PDF parser. Coordinates are PDF user space in points: x grows to the
 * right, y grows upwards (a line lower on the page has a smaller y). Pages are 1-based.
 */

/** One piece of text as drawn: a pdf.js text item, already decoded to Unicode. */
export interface Run {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points, from the text transform. */
  size: number;
  bold: boolean;
  italic: boolean;
}

/** An axis-aligned ruling segment (table border, footnote separator, underline). */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: Run[];
  rules: Rule[];
  /** Painted areas (bars, frames), for finding charts. */
  shapes: Shape[];
  /** Text that lived only in annotation appearances (signature stamps), one entry per annotation. */
  stamps: StampText[];
  /** The drawing (operator list) was read; when not, rules, shapes and stamps are empty because unread. */
  drawn: boolean;
  /** Visible characters of text runs left out because their glyphs map to no Unicode text. */
  unmappedChars: number;
}

export interface StampText {
  lines: string[];
  runs: Run[];
}

/** A footnote marker found in a line: the number and where it stood in the line text. */
export interface LineAnchor {
  footnote: number;
  offset: number;
}

/** A horizontal stretch of a line between two wide gaps (a column of the header, a table cell). */
export interface Segment {
  x: number;
  end: number;
  text: string;
  anchors: LineAnchor[];
}

/** A visual line: runs on one baseline, in x order, with superscript markers taken out. */
export interface Line {
  page: number;
  /** Baseline of the line's main text. */
  y: number;
  x: number;
  end: number;
  /** Dominant font size (by characters). */
  size: number;
  text: string;
  anchors: LineAnchor[];
  /** The line began with a superscript number (a footnote body in the footnote zone). */
  leadingMarker: number | null;
  bold: boolean;
  italic: boolean;
  segments: Segment[];
}

export type Warn = (code: string, message: string, page?: number | null) => void;

/** A page after reading: its lines in reading order (top to bottom) and the tables cut out of it. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  tables: TableBlock[];
  /** Horizontal rules outside tables (footnote separator candidates). */
  freeRules: Rule[];
}

/** The box of a painted shape (bar, plot frame, pie slice), for finding charts. */
export interface Shape {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroked: boolean;
  /** Filled and not stroked: a bar, a pie slice, or a cell or text highlight. */
  filledOnly: boolean;
}

/** A ruled table found on a page (tables.ts). */
export interface TableBlock {
  /** Top edge (largest y) of the grid: where the table stands in reading order. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: string[][];
  /** Footnote markers met inside cells (their text is kept out of the cells). */
  markers: number[];
}
