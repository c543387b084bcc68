import { z } from 'zod';
import { CellConfidence, ConfidenceSpan } from './confidence.js';
import { TableStructure } from './table.js';

export const BlockKind = z.enum([
  'header', // the two-column head: issuer, quốc hiệu, số, place and date
  'title', // BÁO CÁO and the subject lines
  'heading',
  'paragraph',
  'list-item',
  'table', // a placeholder block whose content lives in tables[]
  'recipients', // Nơi nhận: list
  'signature',
]);
export type BlockKind = z.infer<typeof BlockKind>;

/** A footnote marker that stood in the running text, removed from `text`, remembered by offset. */
export const Anchor = z.object({
  footnote: z.number().int().positive(),
  /** 0-based offset in the block text where the marker stood (just after the word it follows). */
  offset: z.number().int().nonnegative(),
});
export type Anchor = z.infer<typeof Anchor>;

export const Block = z.object({
  id: z.string().regex(/^b\d+$/),
  kind: BlockKind,
  /** Heading label for headings and list items: `I`, `2`, `a`, `3.1`, `-`, `+`, `(i)`. */
  label: z.string().nullable(),
  /** Heading depth for headings (1 = roman, 2 = arabic, 3 = letter, 4 = n.m), null otherwise. */
  level: z.number().int().positive().nullable(),
  /** Labels of the enclosing headings, outermost first: ["I", "2", "a"]. */
  section: z.array(z.string()),
  /** 1-based page where the block starts; null for formats without pages. */
  page: z.number().int().positive().nullable(),
  /** 1-based order of the block in the document (paragraph number for DOCX). */
  order: z.number().int().positive(),
  /** NFC text with footnote markers and emphasis marks removed. */
  text: z.string(),
  anchors: z.array(Anchor),
  /** OCR'd text only: confidence spans over `text` (see model/confidence.ts). */
  confidence: z.array(ConfidenceSpan).optional(),
});
export type Block = z.infer<typeof Block>;

export const Footnote = z.object({
  id: z.string().regex(/^fn\d+$/),
  number: z.number().int().positive(),
  text: z.string(),
  /** Page the body starts on; null for formats without pages. */
  page: z.number().int().positive().nullable(),
  anchors: z.array(z.object({ block: z.string(), offset: z.number().int().nonnegative() })),
  /** OCR'd text only: confidence spans over `text`. */
  confidence: z.array(ConfidenceSpan).optional(),
});
export type Footnote = z.infer<typeof Footnote>;

export const Table = z.object({
  id: z.string().regex(/^t\d+$/),
  /** The placeholder block (kind `table`) that marks where the table stands. */
  block: z.string(),
  page: z.number().int().positive().nullable(),
  /** Title lines just above the table, when they name it (`DANH SÁCH …`, `Biểu số 59/CK-NSNN`). */
  caption: z.string().nullable(),
  rows: z.array(z.array(z.string())),
  /** OCR'd tables only: the spans of each cell's text, parallel to `rows`. */
  confidence: CellConfidence.optional(),
  /** Header rows, row labels and numbering, column headers, units and roles (model/table.ts). */
  structure: TableStructure.optional(),
});
export type Table = z.infer<typeof Table>;

/** Something a parser noticed but could still go on: orphan markers, legacy encodings, etc. */
export const ParseWarning = z.object({
  code: z.string(),
  message: z.string(),
  page: z.number().int().positive().nullable().default(null),
});
export type ParseWarning = z.infer<typeof ParseWarning>;
