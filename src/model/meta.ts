import { z } from 'zod';

export const Signer = z.object({
  /** Capacity line(s): `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`. */
  capacity: z.array(z.string()),
  name: z.string().nullable(),
});
export type Signer = z.infer<typeof Signer>;

/** What the header block and the signature say. Every field is null when the report omits it. */
export const Meta = z.object({
  /** `329/BC-UBND`, spaces removed; a draft's blank number gives `/BC-UBND`-only → null number with `documentCode`. */
  documentNumber: z.string().nullable(),
  /** The code part alone (`BC-UBND`), kept even when the number is left blank in a draft. */
  documentCode: z.string().nullable(),
  place: z.string().nullable(),
  /** ISO date `2025-12-19`; null when absent or left blank. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** Issuing body lines of the header's left column, joined: `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`. */
  issuer: z.string().nullable(),
  /** Document kind word: `BÁO CÁO`. */
  title: z.string().nullable(),
  /** Subject line under the title. */
  subject: z.string().nullable(),
  /** Period covered as written: `06 tháng đầu năm 2022`, `tháng 8/2025`, `quý I/2026`. */
  period: z.string().nullable(),
  signer: Signer.nullable(),
});
export type Meta = z.infer<typeof Meta>;

export const emptyMeta = (): Meta => ({
  documentNumber: null,
  documentCode: null,
  place: null,
  date: null,
  issuer: null,
  title: null,
  subject: null,
  period: null,
  signer: null,
});
