import { z } from 'zod';
import { Source } from './source.js';
import { Meta } from './meta.js';
import { Block, Footnote, ParseWarning, Table } from './block.js';
import { Fact } from './fact.js';
import { Reference } from './reference.js';
import { Agency, Place } from './agency.js';
import { FootnoteContent } from './footnote-content.js';
import { Finding } from './finding.js';
import { Claim } from './claim.js';
import { OcrReading } from './ocr.js';

export const SCHEMA_VERSION = 1;

/**
 * The one model every input format becomes. Field names are a public contract: extend, never rename.
 */
export const ReportDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.literal('solieu'), version: z.string() }),
  source: Source,
  /** Scanned pages only: how OCR read them (engine, dpi, per-page mean confidence). */
  ocr: OcrReading.optional(),
  meta: Meta,
  blocks: z.array(Block),
  footnotes: z.array(Footnote),
  tables: z.array(Table),
  facts: z.array(Fact),
  references: z.array(Reference),
  agencies: z.array(Agency),
  places: z.array(Place),
  footnoteContents: z.array(FootnoteContent),
  /** What the text claims about its figures, found before checking; absent in documents written before claims were kept. */
  claims: z.array(Claim).default([]),
  findings: z.array(Finding),
  warnings: z.array(ParseWarning),
});
export type ReportDocument = z.infer<typeof ReportDocument>;

/** What a parser produces: the document before extraction and checking. */
export const ParsedReport = ReportDocument.pick({
  source: true,
  ocr: true,
  meta: true,
  blocks: true,
  footnotes: true,
  tables: true,
  warnings: true,
});
export type ParsedReport = z.infer<typeof ParsedReport>;
