import { z } from 'zod';
import { Anchor, ParseWarning, Source, CellConfidence, ConfidenceSpan, OcrReading } from '../model/index.js';

/**
 * What every format parser hands to the structure stage: paragraphs in reading order with the
 * hints only the format knows (page, style, a page break just before), footnote bodies by number,
 * and tables in place. Text is NFC; footnote markers are already out of the text and kept as
 * anchors (0-based offsets into `text`).
 */
export const LayoutParagraph = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  anchors: z.array(Anchor),
  /** 1-based page where the paragraph starts, null when the format has no pages. */
  page: z.number().int().positive().nullable(),
  /** A page break (and possibly footnote bodies, page number, running header) stood just before. */
  afterBreak: z.boolean(),
  /** Format hints; the structure stage decides block kinds from text first and uses these to confirm. */
  hints: z.object({
    /** Word heading style level (Heading 1 → 1) when the format says so. */
    headingLevel: z.number().int().positive().nullable().default(null),
    bold: z.boolean().default(false),
    italic: z.boolean().default(false),
    centered: z.boolean().default(false),
    /** The paragraph was a cell of the header block table (DOCX) or of the two-column head (PDF). */
    headerColumn: z.enum(['left', 'right']).nullable().default(null),
    /** Explicit line breaks inside the paragraph (signature blocks keep them). */
    lines: z.array(z.string()).nullable().default(null),
  }),
  /** OCR'd text only: confidence spans over `text`; the structure stage carries them to blocks. */
  confidence: z.array(ConfidenceSpan).optional(),
});
export type LayoutParagraph = z.infer<typeof LayoutParagraph>;

export const LayoutTable = z.object({
  type: z.literal('table'),
  page: z.number().int().positive().nullable(),
  rows: z.array(z.array(z.string())),
  afterBreak: z.boolean().default(false),
  /** OCR'd tables only: spans of each cell's text, parallel to `rows`. */
  confidence: CellConfidence.optional(),
  /**
   * Merged cells the format states (DOCX gridSpan/vMerge, XLSX merges): top-left position and size.
   * Without them a merged cell is its text in the top-left position and '' in those it covers.
   */
  spans: z
    .array(
      z.object({
        row: z.number().int().nonnegative(),
        column: z.number().int().nonnegative(),
        rowSpan: z.number().int().positive(),
        colSpan: z.number().int().positive(),
      }),
    )
    .optional(),
  /** Rows and columns the format hides (spreadsheets): kept in `rows`, marked hidden in the model. */
  hidden: z.object({ rows: z.array(z.number().int().nonnegative()), columns: z.array(z.number().int().nonnegative()) }).optional(),
  /** Cells the format indents (a spreadsheet's alignment indent): rows under a heading row sit deeper. */
  indents: z
    .array(z.object({ row: z.number().int().nonnegative(), column: z.number().int().nonnegative(), indent: z.number().int().positive() }))
    .optional(),
  /** Rows that a format knows are header rows (Word's repeating header rows, a markdown head). */
  headerRows: z.number().int().nonnegative().optional(),
});
export type LayoutTable = z.infer<typeof LayoutTable>;

export const LayoutItem = z.discriminatedUnion('type', [LayoutParagraph, LayoutTable]);
export type LayoutItem = z.infer<typeof LayoutItem>;

export const LayoutFootnote = z.object({
  number: z.number().int().positive(),
  text: z.string(),
  page: z.number().int().positive().nullable(),
  /** OCR'd text only: confidence spans over `text`. */
  confidence: z.array(ConfidenceSpan).optional(),
});
export type LayoutFootnote = z.infer<typeof LayoutFootnote>;

export const LayoutDocument = z.object({
  source: Source,
  /** Set when some pages were read by OCR. */
  ocr: OcrReading.optional(),
  items: z.array(LayoutItem),
  footnotes: z.array(LayoutFootnote),
  warnings: z.array(ParseWarning),
});
export type LayoutDocument = z.infer<typeof LayoutDocument>;

/** Options every parser accepts. Limits protect the process from hostile files. */
export interface ParseOptions {
  password?: string;
  maxPages?: number;
  maxBytes?: number;
}

/** A format parser: bytes in, layout out. It knows its format and nothing of Vietnamese. */
export interface FormatParser {
  format: Source['format'];
  parse(bytes: Uint8Array, source: Source, options: ParseOptions): Promise<LayoutDocument>;
}

/**
 * A format as the one list declares it: its name, the extensions it goes by (lower case, with the
 * dot, the usual one first), a test of the content, and its parser. Detection, the registry,
 * ingest's walk and the messages all read the list, so a format is added in one place.
 */
export interface FormatDeclaration extends FormatParser {
  /** What a person calls it in messages: `PDF`, `Excel 97–2003 (.xls)`. */
  name: string;
  extensions: readonly string[];
  /** True when the bytes are this format whatever the file is called; text has no such test. */
  sniff(bytes: Uint8Array): boolean;
  /** False for a format recognised only to be refused with a clear message (not picked up when walking folders). */
  read: boolean;
}
