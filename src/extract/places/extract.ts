import { Place, type Mention } from '../../model/index.js';
import type { ParsedReport } from '../../model/index.js';
import { matchKey } from '../../text/index.js';
import { findAgencies, maskedTokens, type AgencySpan } from '../agencies/find.js';
import { readTexts, type ReadText } from '../agencies/texts.js';
import type { WordToken } from '../../nlp/index.js';
import type { TextSource } from '../references/text-sources.js';
import { matchGazetteer, matchLevelPhrase, type PlaceMatch } from './grammar.js';

type PlaceKind = Place['kind'];

/** A place mention in one text; offsets 0-based into that text. */
export interface PlaceSpan {
  start: number;
  end: number;
  raw: string;
  name: string;
  kind: PlaceKind;
}

/**
 * Places named in a text: `huyện Kiên Hải`, `thành phố Rạch Giá`, `phường Vĩnh Bảo` (level
 * grammar, any capitalised name) and bare listed names (`Rạch Giá, Phú Quốc, Hà Tiên`,
 * `An Biên (55,07%)`). A name inside an agency's name (`UBND huyện Kiên Hải`, `Vườn Quốc gia
 * Phú Quốc`) belongs to the agency and is not a place mention.
 */
export function findPlaces(
  text: string,
  tokens: readonly WordToken[] = maskedTokens(text),
  agencies: readonly AgencySpan[] = findAgencies(text, tokens),
): PlaceSpan[] {
  const spans: PlaceSpan[] = [];
  let a = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    while (a < agencies.length && agencies[a]!.end <= token.start) a += 1;
    const agency = agencies[a];
    if (agency && agency.start <= token.start) {
      i += 1;
      continue;
    }
    const level = matchLevelPhrase(tokens, i);
    const place: PlaceMatch | null = level?.place ?? matchGazetteer(tokens, i, false);
    if (!place) {
      i += 1;
      continue;
    }
    const startToken = level?.place ? level.start : place.start;
    const start = tokens[startToken]!.start;
    const end = tokens[place.end - 1]!.end;
    spans.push({ start, end, raw: text.slice(start, end), name: place.name, kind: place.kind });
    i = place.end;
  }
  return spans;
}

/**
 * Provinces, districts, cities, communes and wards the report names, one per name with every
 * mention (blocks, table cells, footnotes; not the signature). A name is one place whatever its
 * level word (`Kiên Lương` and `thị trấn Kiên Lương`); its kind comes from the gazetteer when
 * listed, else from the level word.
 */
export function extractPlaces(report: ParsedReport, texts: readonly ReadText[] = readTexts(report)): Place[] {
  const groups = new Map<string, { name: string; kind: PlaceKind; mentions: Mention[] }>();
  const add = (source: TextSource, span: PlaceSpan): void => {
    const key = matchKey(span.name);
    const group = groups.get(key) ?? { name: span.name, kind: span.kind, mentions: [] };
    group.mentions.push({
      raw: span.raw,
      position: { block: source.block, start: source.offset + span.start, end: source.offset + span.end, page: source.page },
    });
    groups.set(key, group);
  };
  for (const { source, masked, agencies } of texts) {
    if (source.kind === 'signature') continue;
    for (const span of findPlaces(source.text, masked, agencies)) add(source, span);
  }
  return [...groups.values()].map((group, n) => Place.parse({ id: `p${n + 1}`, ...group }));
}
