import { z } from 'zod';

/** The formats the parsers declare (src/parsers/formats.ts lists them with their extensions and content tests). */
export const SourceFormat = z.enum(['pdf', 'docx', 'doc', 'xlsx', 'xls', 'text']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Source = z.object({
  path: z.string(),
  format: SourceFormat,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** Page count where the format has pages (PDF) or declares them (DOCX app.xml); null otherwise. */
  pages: z.number().int().nonnegative().nullable(),
  ocr: z.boolean().default(false),
});
export type Source = z.infer<typeof Source>;
