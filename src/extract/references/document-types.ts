import { z } from 'zod';
import typesData from '../../lexicon/document-types.json' with { type: 'json' };

const DocumentTypeSchema = z.object({
  word: z.string(),
  code: z.string().nullable(),
  altCodes: z.array(z.string()).optional(),
  legal: z.boolean().optional(),
  officialLetter: z.boolean().optional(),
});
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

const DocumentTypesSchema = z.object({
  types: z.array(DocumentTypeSchema),
  copyCodes: z.array(z.string()),
  partyIssuers: z.array(z.string()),
  notReferencePrefixes: z.array(z.string()),
});

const data = DocumentTypesSchema.parse(typesData);

export const documentTypes: readonly DocumentType[] = data.types;

const typeCodes = new Set<string>();
for (const type of data.types) {
  if (type.code) typeCodes.add(type.code);
  for (const alt of type.altCodes ?? []) typeCodes.add(alt);
}

const partyIssuers = new Set(data.partyIssuers);
/** `TU`, `TW`, `HU`: the issuer code of a Party body. */
export const isPartyIssuer = (code: string): boolean => partyIssuers.has(code);

/** Codes are case-sensitive (`CTr` is a programme, `CT` a directive). */
export const isTypeCode = (code: string): boolean => typeCodes.has(code);

/** The type word for a code (`KH` → `Kế hoạch`), the first listed when several share it. */
export function typeWordForCode(code: string): string | null {
  const type = data.types.find((t) => t.code === code || (t.altCodes ?? []).includes(code));
  return type?.word ?? null;
}

/** Lower-cased type words, longest first, for matching the word that precedes a number. */
export const typeWordsLongestFirst: readonly { lower: string; type: DocumentType }[] = data.types
  .map((type) => ({ lower: type.word.normalize('NFC').toLocaleLowerCase('vi'), type }))
  .sort((a, b) => b.lower.length - a.lower.length);

export const notReferencePrefixes: readonly string[] = data.notReferencePrefixes
  .map((w) => w.normalize('NFC').toLocaleLowerCase('vi'))
  .sort((a, b) => b.length - a.length);
