import { z } from 'zod';
import placesData from '../../lexicon/places.json' with { type: 'json' };
import { PhraseIndex, WORD_PHRASES, type WordToken } from '../../nlp/index.js';
import type { Place } from '../../model/index.js';

type PlaceKind = Place['kind'];
const PlaceKindSchema = z.enum(['province', 'city', 'district', 'town', 'commune', 'ward', 'place']);

const GazetteerEntrySchema = z.object({
  name: z.string(),
  kind: PlaceKindSchema,
  province: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  requiresLevel: z.boolean().optional(),
  from: z.string().optional(),
  until: z.string().optional(),
  mergedInto: z.string().optional(),
});

const PlacesLexiconSchema = z.object({
  levels: z.array(
    z.object({
      word: z.string(),
      kind: PlaceKindSchema,
      canonical: z.string().optional(),
      notFollowedBy: z.array(z.string()).optional(),
    }),
  ),
  provinceAbbreviations: z.array(z.object({ abbr: z.string(), province: z.string() })),
  provinces: z.array(GazetteerEntrySchema),
  districts: z.array(GazetteerEntrySchema),
});

export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

/** A name the gazetteer knows; `viaAlias` when it was written as an alias such as `TP.HCM`. */
export interface GazetteerHit {
  entry: GazetteerEntry;
  viaAlias: boolean;
}

export interface LevelWord {
  word: string;
  kind: PlaceKind;
  /** How the level is written in a canonical name (`TP.` → `thành phố`); the word itself otherwise. */
  canonical?: string | undefined;
  /** Words that make a compound, not a level: `xã hội`. */
  notFollowedBy?: string[] | undefined;
}

const data = PlacesLexiconSchema.parse(placesData);

/** Level words: `tỉnh`, `huyện`, `thành phố`, `xã`, `phường`, `đặc khu` … */
export const levelIndex = new PhraseIndex<LevelWord, WordToken>(WORD_PHRASES);
for (const level of data.levels) levelIndex.add(level.word, level);

/**
 * Every listed province and district by name and alias. A district name shared by several
 * provinces (`Châu Thành`) or a unit that changed level (`Phú Quốc`: city, then special zone) is
 * one place name; the first entry listed gives its kind.
 */
export const gazetteerIndex = new PhraseIndex<GazetteerHit, WordToken>(WORD_PHRASES);
const seen = new Set<string>();
for (const entry of [...data.provinces, ...data.districts]) {
  if (!seen.has(entry.name)) {
    seen.add(entry.name);
    gazetteerIndex.add(entry.name, { entry, viaAlias: false });
  }
  for (const alias of entry.aliases ?? []) gazetteerIndex.add(alias, { entry, viaAlias: true });
}

/** Province abbreviations allowed as the last word of an agency name (`Đài PTTH KG`). */
export const provinceAbbreviationIndex = new PhraseIndex<string, WordToken>(WORD_PHRASES);
for (const { abbr, province } of data.provinceAbbreviations) provinceAbbreviationIndex.add(abbr, province);

const provinceNames = new Set(data.provinces.map((p) => p.name));
export const isProvinceName = (name: string): boolean => provinceNames.has(name);

/** The province a listed district or city belongs to, by name. */
export function provinceOf(name: string): string | null {
  if (provinceNames.has(name)) return name;
  const district = data.districts.find((d) => d.name === name);
  return district?.province ?? null;
}
