import type { ParsedReport } from '../../model/index.js';
import type { ReadText } from '../agencies/texts.js';
import { wordTokens } from '../../nlp/index.js';
import { textSources } from '../references/text-sources.js';
import { matchGazetteer, matchLevelPhrase } from './grammar.js';
import { isProvinceName, provinceOf } from './lexicon.js';

function provinceIn(text: string | null): string | null {
  if (!text) return null;
  const tokens = wordTokens(text);
  for (let i = 0; i < tokens.length; i += 1) {
    const level = matchLevelPhrase(tokens, i);
    const place = level?.place ?? matchGazetteer(tokens, i, false);
    if (place?.known) {
      const province = provinceOf(place.name);
      if (province) return province;
    }
  }
  return null;
}

/**
 * The province a report speaks for, so that `UBND tỉnh` and `UBND tỉnh Kiên Giang` are one body:
 * the header's issuer (`ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`), else its place, else the province the
 * text names most often as `tỉnh X` (at least twice, and more than any other).
 */
export function homeProvince(report: ParsedReport, texts?: readonly ReadText[]): string | null {
  const fromHeader = provinceIn(report.meta.issuer) ?? provinceIn(report.meta.place);
  if (fromHeader) return fromHeader;
  const counts = new Map<string, number>();
  const tokenLists = texts ? texts.map((t) => t.tokens) : Array.from(textSources(report), (source) => wordTokens(source.text));
  for (const tokens of tokenLists) {
    for (let i = 0; i < tokens.length; i += 1) {
      const level = matchLevelPhrase(tokens, i);
      const name = level?.place?.name;
      if (level?.level.kind === 'province' && name && isProvinceName(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return null;
  return first[0];
}
