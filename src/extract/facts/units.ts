import type { Token } from '../../nlp/index.js';
import { percentWords, rateDenominators, scales, units, type UnitKind } from './lexicon.js';

/** What follows a figure: scale words, then `%` or a unit / counted noun (`3,495 triệu lượt`). */
export interface Suffix {
  /** Sum of the scale words' powers of ten (`nghìn tỷ` → 12) and of a fused form (`trđ` → 6). */
  exponent: number;
  percent: boolean;
  unit: string | null;
  unitKind: UnitKind | null;
  /** First token of the unit itself (after scale words), -1 when there is none. */
  unitStart: number;
  /** Token index just after the suffix (= the figure's end); equals the start when nothing matched. */
  end: number;
  /** First token of the suffix (scale word or unit), -1 when nothing matched. */
  start: number;
}

const MAX_SCALE_WORDS = 3;

/** Reads scale words and a unit starting at token `j` (the token after the number). */
export function readSuffix(tokens: readonly Token[], j: number): Suffix {
  const none: Suffix = { exponent: 0, percent: false, unit: null, unitKind: null, unitStart: -1, end: j, start: -1 };
  const percent = percentWords.matchAt(tokens, j);
  if (percent) return { ...none, percent: true, unit: '%', end: percent.end, start: j };

  let k = j;
  let exponent = 0;
  for (let n = 0; n < MAX_SCALE_WORDS; n += 1) {
    const scale = scales.matchAt(tokens, k);
    if (!scale) break;
    exponent += scale.value;
    k = scale.end;
  }
  const unit = units.matchAt(tokens, k);
  if (!unit) {
    return exponent > 0 ? { ...none, exponent, end: k, start: j } : none;
  }
  let end = unit.end;
  let name = unit.value.unit;
  // `đề án/nhiệm vụ`: alternatives of the same kind of thing; the first names the unit.
  while (tokens[end]?.text === '/' && !tokens[end]?.spaced) {
    const alternative = units.matchAt(tokens, end + 1);
    if (alternative && alternative.value.kind === 'count' && unit.value.kind === 'count') {
      end = alternative.end;
      continue;
    }
    const rate = rateDenominators.matchAt(tokens, end + 1);
    if (rate) {
      name = `${name}/${rate.phrase}`;
      end = rate.end;
    }
    break;
  }
  return {
    exponent: exponent + unit.value.exponent,
    percent: false,
    unit: name,
    unitKind: unit.value.kind,
    unitStart: k,
    end,
    start: j,
  };
}
