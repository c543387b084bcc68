import { z } from 'zod';

/** What a reviewer decided about a finding: it is right (accepted) or a false alarm (dismissed). */
export const Decision = z.enum(['accepted', 'dismissed']);
export type Decision = z.infer<typeof Decision>;

/**
 * One reviewed finding. Matched on `key`, which hashes the rule, the document's content hash and
 * the evidence text (never offsets or block ids, which move between versions of the parser); the
 * other fields let a person read the file and tell why an entry no longer matches.
 */
export const ReviewEntry = z
  .object({
    key: z.string().regex(/^[a-z0-9/-]+:[0-9a-f]{10}$/),
    rule: z.string().min(1),
    /** The report's file name (no folder) and the SHA-256 of its bytes. */
    document: z.object({ name: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    evidence: z.array(z.object({ role: z.string(), raw: z.string() })).min(1),
    /** The finding's Vietnamese message when it was reviewed. */
    message: z.string(),
    decision: Decision,
    note: z.string().nullable(),
    /** ISO timestamp. */
    reviewedAt: z.string(),
  })
  .strict();
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** `solieu-reviewed.json`: the reviewed findings of the reports in a folder. */
export const ReviewFile = z
  .object({
    version: z.literal(1),
    entries: z.array(ReviewEntry),
  })
  .strict();
export type ReviewFile = z.infer<typeof ReviewFile>;
