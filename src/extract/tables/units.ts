import { tokenize } from '../../nlp/index.js';
import { readSuffix } from '../facts/units.js';
import type { FactKind } from '../../model/index.js';

/**
 * A column's or row's unit as written (`tỷ đồng`, `Triệu USD`, `nghìn người`, `%`, `Hồ sơ`): the
 * canonical unit, the scale its words carry and the fact kind, read with the same lexicon as figures
 * in the text. A unit the lexicon does not know is a counted noun, kept in its own words.
 */
export interface CellUnit {
  unit: string | null;
  displayUnit: string | null;
  exponent: number;
  kind: FactKind;
}

const NONE: CellUnit = { unit: null, displayUnit: null, exponent: 0, kind: 'number' };
const cache = new Map<string, CellUnit>();

export function readUnit(written: string | null): CellUnit {
  const text = (written ?? '').replace(/[()]/gu, ' ').replace(/\s+/gu, ' ').trim();
  // `Có = 1; Không = 0` codes an answer: no unit.
  if (text === '' || text.includes('=')) return NONE;
  const known = cache.get(text);
  if (known) return known;
  // `1000 ha`, `1.000 tấn`: a power of ten written as a figure is a scale; `Tr.USD`, `Tr.đ` abbreviate triệu.
  const multiplier = /^(1(?:\.?000)+)\s*(?=\p{L})/u.exec(text);
  const lead = multiplier ? (multiplier[1] as string).replace(/\./gu, '').length - 1 : 0;
  const spelled = text
    .slice(multiplier?.[0].length ?? 0)
    .toLowerCase()
    .replace(/^tr\.\s*(?!đ)/u, 'triệu ');
  const tokens = tokenize(spelled);
  const suffix = readSuffix(tokens, 0);
  let out: CellUnit;
  if (suffix.percent) out = { unit: '%', displayUnit: '%', exponent: 0, kind: 'percent' };
  else if (suffix.unit) {
    out = {
      unit: suffix.unit,
      displayUnit: text,
      exponent: lead + suffix.exponent,
      kind: suffix.unitKind === 'money' ? 'money' : 'quantity',
    };
  } else {
    // `nghìn người`: scale words then a noun the lexicon does not list.
    const rest = suffix.end > 0 ? spelled.slice(tokens[suffix.end]?.start ?? spelled.length).trim() : spelled;
    out = {
      unit: rest === '' ? null : rest,
      displayUnit: text,
      exponent: lead + suffix.exponent,
      kind: rest === '' ? 'number' : 'quantity',
    };
  }
  cache.set(text, out);
  return out;
}
