import { z } from 'zod';
import agenciesData from '../../lexicon/agencies.json' with { type: 'json' };
import { AgencyKind } from '../../model/index.js';
import { PhraseIndex, WORD_PHRASES, type WordToken } from '../../nlp/index.js';

const HeadSchema = z.object({
  forms: z.array(z.string()).min(1),
  canonical: z.string(),
  kind: AgencyKind,
  complement: z.enum(['level', 'fixed', 'level-required', 'name', 'agency']),
  /** The name after the head may start in lower case (`BQLDA chuyên ngành NN&PTNT`). */
  lowercaseName: z.boolean().optional(),
  /** `agency` complement: a name is accepted too (`Văn phòng Đăng ký đất đai`). */
  orName: z.boolean().optional(),
  agencyKinds: z.array(AgencyKind).optional(),
  notFollowedBy: z.array(z.string()).optional(),
});
export type Head = z.infer<typeof HeadSchema>;

const AgencyLexiconSchema = z.object({
  heads: z.array(HeadSchema),
  subjects: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  nameAbbreviations: z.array(z.object({ abbr: z.string(), expansion: z.string() })),
  titles: z.array(z.string()),
  genericMarkers: z.array(z.string()),
  nameStopWords: z.array(z.string()),
});

const data = AgencyLexiconSchema.parse(agenciesData);

/** Head forms → head. Longest form wins (`Ban Quản lý dự án` over `Ban Quản lý` over `Ban`). */
export const headIndex = new PhraseIndex<Head, WordToken>(WORD_PHRASES);
for (const head of data.heads) for (const form of head.forms) headIndex.add(form, head);

/** Department subjects and their abbreviations → the subject's proper name. */
export const subjectIndex = new PhraseIndex<string, WordToken>(WORD_PHRASES);
for (const subject of data.subjects) {
  subjectIndex.add(subject.name, subject.name);
  for (const alias of subject.aliases) subjectIndex.add(alias, subject.name);
}

/** Abbreviations expanded inside a name; the subjects' abbreviations count too. */
export const nameAbbreviationIndex = new PhraseIndex<string, WordToken>(WORD_PHRASES);
for (const { abbr, expansion } of data.nameAbbreviations) nameAbbreviationIndex.add(abbr, expansion);
for (const subject of data.subjects) {
  for (const alias of subject.aliases) if (alias.toUpperCase() === alias) nameAbbreviationIndex.add(alias, subject.name);
}

/** Person titles that may precede an agency (`Chủ tịch UBND tỉnh`). */
export const titleIndex = new PhraseIndex<string, WordToken>(WORD_PHRASES);
for (const title of data.titles) titleIndex.add(title, title);

export const genericMarkerIndex = new PhraseIndex<string, WordToken>(WORD_PHRASES);
for (const marker of data.genericMarkers) genericMarkerIndex.add(marker, marker);

export const stopWordIndex = new PhraseIndex<string, WordToken>(WORD_PHRASES);
for (const word of data.nameStopWords) stopWordIndex.add(word, word);
