import { z } from 'zod';

/** What a footnote body says: the items it lists and the documents it cites. */
export const FootnoteContent = z.object({
  footnote: z.number().int().positive(),
  /** `list` (names items), `citation` (cites documents), `statement` (prose with figures). */
  kind: z.enum(['list', 'citation', 'statement']),
  items: z.array(z.string()),
  itemCount: z.number().int().nonnegative(),
  references: z.array(z.string()),
  facts: z.array(z.string()),
});
export type FootnoteContent = z.infer<typeof FootnoteContent>;
