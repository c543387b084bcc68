import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The hand gold of tests/gold/real (see its README): read leniently, since annotators write by hand. */
export const GoldOperand = z.object({ role: z.string().default(''), raw: z.string(), where: z.string().optional() }).passthrough();
export const GoldClaim = z
  .object({
    id: z.string(),
    kind: z.string(),
    scope: z.string().optional(),
    quote: z.string(),
    operands: z.array(GoldOperand).default([]),
    // `stated` is a string in the README; an object `{raw}` in CHECKER.md: both are accepted.
    stated: z
      .union([
        z.string(),
        z
          .object({ raw: z.string() })
          .passthrough()
          .transform((s) => s.raw),
      ])
      .nullable()
      .optional(),
    expression: z.string().optional(),
    computed: z.union([z.string(), z.number()]).optional(),
    verdict: z.enum(['consistent', 'inconsistent', 'truncated']),
    note: z.string().optional(),
  })
  .passthrough();
export type GoldClaim = z.infer<typeof GoldClaim>;

export const GoldNonClaim = z.object({ quote: z.string(), reason: z.string().optional(), note: z.string().optional() }).passthrough();
export type GoldNonClaim = z.infer<typeof GoldNonClaim>;

export const GoldFile = z
  .object({
    file: z.string(),
    claims: z.array(GoldClaim).default([]),
    nonClaims: z.array(GoldNonClaim).optional(),
    // CHECKER.md spells it `notClaims`.
    notClaims: z.array(GoldNonClaim).optional(),
  })
  .passthrough();
export interface Gold {
  /** Path of the gold file. */
  path: string;
  file: string;
  claims: GoldClaim[];
  nonClaims: GoldNonClaim[];
}

/** Every gold file of `folder`, with a message for each one that cannot be read (never fatal). */
export function loadGold(folder: string): { golds: Gold[]; problems: string[] } {
  const golds: Gold[] = [];
  const problems: string[] = [];
  if (!existsSync(folder)) return { golds, problems: [`${folder}: not found`] };
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.claims.json'))
    .sort()) {
    const path = join(folder, name);
    try {
      const parsed = GoldFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) {
        problems.push(
          `${name}: ${parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.')} ${i.message}`)
            .join('; ')}`,
        );
        continue;
      }
      const g = parsed.data;
      golds.push({ path, file: g.file, claims: g.claims, nonClaims: [...(g.nonClaims ?? []), ...(g.notClaims ?? [])] });
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { golds, problems };
}
