import { z } from 'zod';
import { Position, Provenance } from './position.js';

/** An administrative document cited in the report (Decree 30/2020/NĐ-CP form `số/ký hiệu`). */
export const Reference = z.object({
  id: z.string().regex(/^r\d+$/),
  /** Type word as written: `Kế hoạch`, `Quyết định`, `Nghị quyết`, `Công văn` … null when only the number is cited. */
  type: z.string().nullable(),
  /** Type code from the number (`KH`, `QĐ`, `NQ`); null for a công văn, which has none. */
  typeCode: z.string().nullable(),
  /** Normalised `số/ký hiệu`: `17/KH-UBND`, `43/2022/QH15`, `09-CTr/TU`. */
  number: z.string(),
  /** ISO date; null when the citation gives none. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** Issuer phrase: `của Chính phủ`, `của UBND tỉnh` → `Chính phủ`, `UBND tỉnh`. */
  issuer: z.string().nullable(),
  /** `legal` (carries a year: 43/2022/QH15), `party` (09-CTr/TU), `administrative` (17/KH-UBND), `official-letter` (5019/VP-KGVX). */
  form: z.enum(['legal', 'party', 'administrative', 'official-letter']),
  raw: z.string(),
  position: Position,
  provenance: Provenance,
});
export type Reference = z.infer<typeof Reference>;
