import { z } from 'zod';

/**
 * Where a span of text sits. Offsets are 0-based UTF-16 code-unit offsets into the NFC text of
 * the block (or footnote) named by `block`; `end` is exclusive. Pages are 1-based, null when the
 * format has no pages (DOCX, plain text).
 */
export const Position = z.object({
  block: z.string().describe('Block id (b12) or footnote id (fn3) the span belongs to'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive().nullable(),
});
export type Position = z.infer<typeof Position>;

/** Which extractor and which of its patterns produced an item. */
export const Provenance = z.object({
  extractor: z.string(),
  pattern: z.string(),
});
export type Provenance = z.infer<typeof Provenance>;
