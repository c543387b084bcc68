import type { ParsedReport, ReportDocument } from './model/index.js';

/** What the extract stage adds to a parsed report. */
export type Extraction = Pick<ReportDocument, 'facts' | 'references' | 'agencies' | 'places' | 'footnoteContents'>;

/** The document the checker reads: everything but the findings. */
export type CheckInput = ParsedReport & Extraction;
