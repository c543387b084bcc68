import type { Token } from '../../nlp/index.js';
import { exactToNumber, hasThousandsGroups, shiftExact, type ParsedNumber } from '../numbers/index.js';
import type { BlockContext } from './context.js';
import { readDateOrPeriod, readQuarter, validDayMonth } from './dates.js';
import { blankFigure, displayed, parseToken, rawText, smallInt, touches, yearOf, type Figure } from './figure.js';
import {
  boundBlockers,
  boundsAfter,
  boundsBefore,
  countNounBlockers,
  dateCues,
  estimateCues,
  identifierCueExceptions,
  identifierCues,
  nameHeads,
  nounStopWords,
  partCues,
  percentWords,
  periodUnits,
  predicates,
  qualifiers,
  rangeLinks,
  rankCues,
  references,
  scales,
  spelledCountNotAfter,
  spelledCounts,
  spelledYearBefore,
  subjectNounCues,
  units,
} from './lexicon.js';
import { readSuffix, type Suffix } from './units.js';

/**
 * Reads every figure of a block in one left-to-right pass over its tokens. Each number token is
 * classified by its immediate neighbourhood only (a bounded window), so the pass is linear.
 * Document numbers (`17/KH-UBND`, `43/2022/QH15`, `09-CTr/TU`), identifiers glued to letters
 * (`Covid-19`), labels (`1.`, `(2)`) and ordinals (`mũi 3`, `Tổ 770`, `đường 3/2`) are skipped.
 */
export function readFigures(ctx: BlockContext): Figure[] {
  const { tokens } = ctx;
  const figures: Figure[] = [];
  const labelStarts = new Set(ctx.labels.map((label) => label.first));
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind === 'word' && token.key === 'quý') {
      const quarter = readQuarter(ctx, i);
      if (quarter) {
        figures.push(quarter);
        i = quarter.last;
      }
      continue;
    }
    if (token.kind === 'word') {
      const spelled = readSpelledCount(ctx, i);
      if (spelled) {
        figures.push(spelled);
        i = spelled.last;
      }
      continue;
    }
    if (token.kind !== 'number') continue;
    const skip = skipUntil(ctx, i, labelStarts);
    if (skip !== null) {
      i = skip;
      continue;
    }
    let figure = readDateOrPeriod(ctx, i) ?? readRange(ctx, i) ?? readFraction(ctx, i) ?? readPlain(ctx, i);
    // `Tổng số người nghiện ma túy: 1974` is a count that happens to look like a year.
    if (figure.pattern === 'period-year-alone' && subjectUnit(tokens, i) !== null) figure = readPlain(ctx, i);
    if (
      (figure.pattern === 'period-year-alone' || (figure.pattern === 'number' && figure.status === 'unclassified')) &&
      figure.last === i
    ) {
      const unit = labelUnit(ctx, i, figures);
      if (unit !== null) figure = labelledCount(ctx, i, unit);
    }
    if (figure.kind !== 'date' && figure.kind !== 'period' && figure.kind !== 'range') figure.bound = boundOf(tokens, figure);
    figures.push(figure);
    i = Math.max(i, figure.last);
  }
  return figures;
}

/** Index of the last token to skip when the number at `i` is not a figure; null when it is one. */
function skipUntil(ctx: BlockContext, i: number, labelStarts: ReadonlySet<number>): number | null {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const glued = (k: number): boolean => touches(tokens, k);
  // Covid-19, QH15, H5N1: glued to a word before it
  if (before && glued(i) && (before.kind === 'word' || before.kind === 'number')) return runEnd(tokens, i);
  // `hồ sơ trực tuyến/62.089 tổng hồ sơ`: a denominator after a described numerator, not a code.
  const wordDenominator =
    before?.text === '/' && /^\p{Ll}/u.test(tokens[i - 2]?.text ?? '') && (!next || !glued(i + 1)) && tokens[i + 1]?.kind === 'word';
  if (
    before &&
    glued(i) &&
    ['-', '/', '.', '_'].includes(before.text) &&
    tokens[i - 2]?.kind === 'word' &&
    glued(i - 1) &&
    !wordDenominator
  )
    return runEnd(tokens, i);
  // 17/KH-UBND, 329 /BC-UBND, 43/2022/QH15, 09-CTr/TU
  if (next?.text === '/' && tokens[i + 2]?.kind === 'word' && glued(i + 2) && /^\p{Lu}/u.test((tokens[i + 2] as Token).text))
    return runEnd(tokens, i + 2);
  if (
    next?.text === '/' &&
    glued(i + 1) &&
    tokens[i + 2]?.kind === 'number' &&
    glued(i + 2) &&
    tokens[i + 3]?.text === '/' &&
    glued(i + 3) &&
    tokens[i + 4]?.kind === 'word' &&
    glued(i + 4)
  )
    return runEnd(tokens, i + 4);
  if (
    next?.text === '-' &&
    glued(i + 1) &&
    tokens[i + 2]?.kind === 'word' &&
    glued(i + 2) &&
    /^\p{Lu}/u.test((tokens[i + 2] as Token).text)
  )
    return runEnd(tokens, i + 2);
  // 5-4-3-2-1: a dash chain of three or more numbers that is not a date is a code or a slogan
  if (
    next &&
    DASHES.includes(next.text) &&
    glued(i + 1) &&
    tokens[i + 2]?.kind === 'number' &&
    glued(i + 2) &&
    tokens[i + 3]?.text === next.text &&
    glued(i + 3) &&
    tokens[i + 4]?.kind === 'number' &&
    glued(i + 4)
  ) {
    const chainGoesOn = tokens[i + 5]?.text === next.text && glued(i + 5);
    const dateShape = smallInt(tokens[i]) !== null && smallInt(tokens[i + 2]) !== null && yearOf(tokens[i + 4]) !== null;
    if (chainGoesOn || !dateShape) return runEnd(tokens, i);
  }
  // 3G, 5N1: letters glued after that are not a unit
  if (next?.kind === 'word' && glued(i + 1) && readSuffix(tokens, i + 1).start < 0) return runEnd(tokens, i + 1);
  // 1. / 3.1. / 2) / 6.1.Công tác at the start of the block
  const afterLabel = tokens[i + 2];
  if (
    i === 0 &&
    next &&
    glued(i + 1) &&
    (next.text === '.' || next.text === ')') &&
    (afterLabel === undefined || afterLabel.spaced || afterLabel.kind === 'word')
  )
    return i + 1;
  // `Tổ Công tác 3 trong 1`: the idiom's N counts the functions merged in one, even after a name.
  if (next?.key === 'trong' && /^0?1$/u.test(tokens[i + 2]?.text ?? '') && smallInt(tokens[i]) !== null) return null;
  // Đề án 06, Nghị định 68, ISO 9001: a bare number closing a name
  if (nameHeads.matchEndingAt(tokens, i - 1) && next?.text !== '/' && readSuffix(tokens, i + 1).start < 0) return runEnd(tokens, i);
  // (2) opening an item
  if (labelStarts.has(i - 1)) return i + 1;
  const cue = identifierCues.matchEndingAt(tokens, i - 1);
  // `trực tuyến 12.095`: a longer qualifier or predicate ending here wins over the cue `tuyến`.
  const longer = qualifiers.matchEndingAt(tokens, i - 1) ?? predicates.matchEndingAt(tokens, i - 1);
  const shadowed = cue !== null && longer !== null && longer.start < cue.start;
  const rank =
    cue !== null &&
    rankCues.has(cue.phrase) &&
    next?.text === '/' &&
    glued(i + 1) &&
    tokens[i + 2]?.kind === 'number' &&
    glued(i + 2) &&
    readSuffix(tokens, i + 3).unit !== null;
  if (cue && !shadowed && !rank && !identifierCueExceptions.get(cue.phrase)?.has(tokens[cue.start - 1]?.key ?? '')) {
    let last = i;
    while (tokens[last + 1] && glued(last + 1) && (tokens[last + 1]?.text === '/' || tokens[last + 1]?.kind === 'number')) last += 1;
    return last;
  }
  return null;
}

/** Last token of the whitespace-free run that token `i` belongs to. */
function runEnd(tokens: readonly Token[], i: number): number {
  let last = i;
  for (;;) {
    const next = tokens[last + 1];
    if (!next || !touches(tokens, last + 1)) break;
    // `9001:2008` runs on through a colon between digits; `(`, `)`, `,`, `;` and a plain `:` end the run.
    const digitColon = next.text === ':' && tokens[last + 2]?.kind === 'number' && touches(tokens, last + 2);
    if (['(', ')', ',', ';'].includes(next.text) || (next.text === ':' && !digitColon)) break;
    last += 1;
  }
  return last;
}

const DASHES = ['-', '–', '—'];

/** `6-14 tuổi`, `2021-2030`, `2022 - 2025`, `từ 5 đến dưới 12 tuổi`. */
function readRange(ctx: BlockContext, i: number): Figure | null {
  const { tokens } = ctx;
  const from = parseToken(tokens[i]);
  if (!from || tokens[i + 1]?.text === '/') return null;
  let toTok = -1;
  let first = i;
  let inclusiveUpper = true;
  let pattern = 'range-dash';
  const dash = tokens[i + 1];
  if (dash && DASHES.includes(dash.text) && tokens[i + 2]?.kind === 'number' && tokens[i + 3]?.text !== dash.text) {
    const tight = touches(tokens, i + 1) && touches(tokens, i + 2);
    const years = yearOf(tokens[i]) !== null && yearOf(tokens[i + 2]) !== null;
    if (tight || years) toTok = i + 2;
  } else if (tokens[i - 1]?.key === 'từ') {
    let k = i + 1;
    const fromSuffix = readSuffix(tokens, k);
    if (fromSuffix.start >= 0 && !fromSuffix.percent) k = fromSuffix.end;
    const link = rangeLinks.matchAt(tokens, k);
    if (link && tokens[link.end]?.kind === 'number' && tokens[link.end + 1]?.text !== '/') {
      toTok = link.end;
      first = i - 1;
      inclusiveUpper = link.value;
      pattern = 'range-words';
    }
  }
  if (toTok < 0) return null;
  const to = parseToken(tokens[toTok]);
  if (!to) return null;
  const suffix = readSuffix(tokens, toTok + 1);
  const figure = blankFigure('range', first, Math.max(toTok, suffix.end - 1), i, pattern);
  figure.range = { from: displayed(from), to: displayed(to), inclusiveUpper };
  applyUnit(ctx, figure, suffix);
  figure.kind = 'range';
  figure.value = null;
  if (from.value > to.value || from.ambiguous || to.ambiguous) figure.status = 'ambiguous';
  return figure;
}

/** `04/12 đề án`, `21/21`, `144/144 xã, phường, thị trấn`; `3/2022` is a month; `30/6` a date. */
function readFraction(ctx: BlockContext, i: number): Figure | null {
  const { tokens } = ctx;
  if (tokens[i + 1]?.text !== '/' || !touches(tokens, i + 1) || tokens[i + 2]?.kind !== 'number' || !touches(tokens, i + 2)) return null;
  if (tokens[i + 3]?.text === '/' && touches(tokens, i + 3)) {
    const odd = blankFigure('number', i, runEnd(tokens, i), i, 'malformed-slashes');
    odd.status = 'unclassified';
    return odd;
  }
  const numerator = parseToken(tokens[i]);
  const denominator = parseToken(tokens[i + 2]);
  const suffix = readSuffix(tokens, i + 3);
  const hasUnit = suffix.start >= 0 && !suffix.percent;
  const a = smallInt(tokens[i]);
  const b = smallInt(tokens[i + 2]);
  const year = yearOf(tokens[i + 2]);
  if (!hasUnit && a !== null && a >= 1 && a <= 12 && year !== null) {
    const figure = blankFigure('date', i, i + 2, i, 'date-month-year');
    figure.date = `${year}-${String(a).padStart(2, '0')}`;
    return figure;
  }
  const dateLike = a !== null && b !== null && validDayMonth(a, b);
  if (!numerator || !denominator) {
    const odd = blankFigure('number', i, i + 2, i, 'malformed-fraction');
    odd.status = 'unclassified';
    return odd;
  }
  if (!hasUnit && numerator.value > denominator.value) {
    const figure = blankFigure(dateLike ? 'date' : 'fraction', i, i + 2, i, dateLike ? 'date-dm' : 'fraction');
    if (dateLike) figure.date = `--${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}`;
    else fillFraction(figure, numerator, denominator);
    figure.status = dateLike ? 'ambiguous' : 'unclassified';
    return figure;
  }
  const figure = blankFigure('fraction', i, hasUnit ? suffix.end - 1 : i + 2, i, 'fraction');
  fillFraction(figure, numerator, denominator);
  if (hasUnit) applyUnit(ctx, figure, suffix);
  figure.kind = 'fraction';
  figure.value = exactToNumber(numerator.exact);
  figure.scale = 1;
  if (numerator.value > denominator.value || (!hasUnit && dateLike) || numerator.ambiguous || denominator.ambiguous || suffix.percent) {
    figure.status = 'ambiguous';
  }
  return figure;
}

function fillFraction(figure: Figure, numerator: ParsedNumber, denominator: ParsedNumber): void {
  figure.fraction = { numerator: displayed(numerator), denominator: displayed(denominator) };
  figure.number = displayed(numerator);
  figure.value = numerator.value;
}

/** A number with its scale and unit: `12,92%`, `33.271 tỷ đồng`, `2.307 nhiệm vụ`, `(01)`, `3.649`. */
function readPlain(ctx: BlockContext, i: number): Figure {
  const { tokens } = ctx;
  const parsed = parseToken(tokens[i]);
  if (!parsed) {
    const odd = blankFigure('number', i, i, i, 'malformed-number');
    odd.status = 'unclassified';
    return odd;
  }
  let suffix = readSuffix(tokens, i + 1);
  // `hồ sơ trực tuyến/62.089 tổng hồ sơ`: a denominator whose noun follows `tổng (số)`.
  const denominator = suffix.start < 0 && tokens[i - 1]?.text === '/' && touches(tokens, i) && tokens[i - 2]?.kind === 'word';
  if (denominator && tokens[i + 1]?.key === 'tổng') {
    const after = readSuffix(tokens, tokens[i + 2]?.key === 'số' ? i + 3 : i + 2);
    if (after.unit && after.unitKind === 'count' && after.exponent === 0) suffix = after;
  }
  const figure = blankFigure('number', i, Math.max(i, suffix.end - 1), i, denominator ? 'word-denominator' : 'number');
  figure.number = displayed(parsed);
  applyUnit(ctx, figure, suffix);
  if (suffix.start < 0 && denominator && parsed.decimals === 0) {
    // The slash after a described numerator makes it a count even when its noun is not a known unit.
    figure.pattern = 'word-denominator';
  } else if (suffix.start < 0) {
    const stated = subjectUnit(tokens, i);
    let noun: { unit: string; last: number } | null = null;
    if (tokens[i - 1]?.text === '(' && touches(tokens, i) && tokens[i + 1]?.text === ')' && touches(tokens, i + 1)) {
      figure.first = i - 1;
      figure.last = i + 1;
      figure.pattern = 'parenthesized-count';
    } else if (stated && parsed.decimals === 0) {
      figure.kind = 'quantity';
      figure.unit = stated;
      figure.unitKind = 'count';
      figure.pattern = 'number-unit-from-subject';
    } else if (isCountFigure(tokens, i, parsed) && !followsCountedNoun(tokens, i) && (noun = countNounAfter(tokens, i + 1)) !== null) {
      figure.kind = 'quantity';
      figure.unit = noun.unit;
      figure.unitKind = 'count';
      figure.unitStart = i + 1;
      figure.displayUnit = noun.unit;
      figure.last = noun.last;
      figure.pattern = 'number-unknown-noun';
    } else if (!qualifiers.matchAt(tokens, i + 1)) {
      figure.status = 'unclassified';
    }
  }
  if (parsed.ambiguous) figure.status = 'ambiguous';
  return figure;
}

/**
 * A number that can count things: an integer, not shaped like a year (`2025`) or a phone number
 * (`0912…`), and not closing an acronym (`COVID 19`, `QL 14`), which names rather than counts.
 */
function isCountFigure(tokens: readonly Token[], i: number, parsed: ParsedNumber, yearShapeAllowed = false): boolean {
  const text = (tokens[i] as Token).text;
  if (parsed.decimals > 0 || parsed.ambiguous || (!yearShapeAllowed && yearOf(tokens[i]) !== null)) return false;
  if (/^0\d{3,}/.test(text)) return false;
  // A number opening a block is a label or a footnote number broken off its line, not a count.
  if (i === 0) return false;
  const before = tokens[i - 1];
  return !(before?.kind === 'word' && /^\p{Lu}{2,}$/u.test(before.text));
}

/** Rule A's extra guard: after a counted noun (`câu hỏi 5 khó nhất`) the number is that noun's label or count. */
const followsCountedNoun = (tokens: readonly Token[], i: number): boolean => units.matchEndingAt(tokens, i - 1) !== null;

const COUNT_NOUN_WORDS = 2;

/**
 * `04 ổ dịch`, `45 huy chương`: an integer followed by a plain lower-case word the lexicon does not
 * know is a count of that thing. The unit is that word and one more plain word (Vietnamese nouns are
 * mostly two syllables), so `02 ổ dịch xảy ra` and `04 ổ dịch` name the same thing. Function words,
 * verbs, date, period, scale, bound and reference words never start a counted noun.
 */
function countNounAfter(tokens: readonly Token[], j: number): { unit: string; last: number } | null {
  // `chương` names a chapter before a number, yet `huy chương` is a plain noun: cues only open a noun.
  if (!isCountNounWord(tokens, j) || identifierCues.matchAt(tokens, j)) return null;
  let last = j;
  while (last - j + 1 < COUNT_NOUN_WORDS && isCountNounWord(tokens, last + 1)) last += 1;
  // `3.649 lắp đặt thiết bị`: a known counted noun running past the unknown words says they are a verb
  // (or a classifier) before it, not the thing counted; one inside them (`trường` of `thị trường`) does not.
  for (let k = j + 1; k <= last + 1; k += 1) if ((units.matchAt(tokens, k)?.end ?? 0) > last + 1) return null;
  const unit = tokens
    .slice(j, last + 1)
    .map((t) => t.key)
    .join(' ');
  return { unit, last };
}

function isCountNounWord(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || token.kind !== 'word' || !token.spaced || !/^\p{Ll}/u.test(token.text)) return false;
  // Glued to what follows (`ha/năm`, `x-quang`): not a plain word.
  const next = tokens[k + 1];
  if (next && !next.spaced && next.kind !== 'punct') return false;
  if (next && !next.spaced && ['/', '-', '.'].includes(next.text) && tokens[k + 2] && !tokens[k + 2]?.spaced) return false;
  if (nounStopWords.has(token.key) || boundBlockers.has(token.key) || periodUnits.has(token.key)) return false;
  return !(
    predicates.matchAt(tokens, k) ||
    references.matchAt(tokens, k) ||
    qualifiers.matchAt(tokens, k) ||
    partCues.matchAt(tokens, k) ||
    dateCues.matchAt(tokens, k) ||
    scales.matchAt(tokens, k) ||
    percentWords.matchAt(tokens, k) ||
    boundsAfter.matchAt(tokens, k) ||
    rangeLinks.matchAt(tokens, k) ||
    estimateCues.matchAt(tokens, k) ||
    countNounBlockers.matchAt(tokens, k)
  );
}

/** Words of a label, a leading `trong đó` included. */
const LABEL_WORDS = 6;
const LABEL_OPENERS = new Set(['(', ',', ';', ':']);
const LABEL_CLOSERS = new Set([',', ';', ')', '.', '(']);

/**
 * `5.362 người nghiện … (người nghiện 1.974, người sử dụng 3.388)`: a bare integer closing a short
 * label that opens a clause and starts with a counted noun counts that noun, when the same sentence
 * already counted it (the total the label breaks down). A label alone (`câu hỏi 5`, `đợt 3`) is an
 * ordinal, so the earlier count of the same thing is required.
 */
function labelUnit(ctx: BlockContext, i: number, earlier: readonly Figure[]): string | null {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (next && !(next.kind === 'punct' && LABEL_CLOSERS.has(next.text))) return null;
  let start = i;
  while (start > 0 && i - start < LABEL_WORDS && tokens[start - 1]?.kind === 'word') start -= 1;
  const opener = tokens[start - 1];
  if (start === i || (opener && !(opener.kind === 'punct' && LABEL_OPENERS.has(opener.text)))) return null;
  const cue = partCues.matchAt(tokens, start);
  if (cue) start = cue.end;
  const parsed = parseToken(tokens[i]);
  if (start >= i || !parsed || !isCountFigure(tokens, i, parsed, true)) return null;
  for (let k = start; k < i; k += 1) {
    if (predicates.matchAt(tokens, k) || references.matchAt(tokens, k) || dateCues.matchAt(tokens, k) || scales.matchAt(tokens, k))
      return null;
  }
  if (!/^\p{Ll}/u.test((tokens[start] as Token).text)) return null;
  const unit = units.matchAt(tokens, start);
  if (!unit || unit.value.kind !== 'count' || unit.end > i) return null;
  const name = unit.value.unit;
  const sentence = ctx.sentenceOf[i];
  const counted = earlier.some(
    (f) =>
      f.status === 'ok' &&
      f.unitKind === 'count' &&
      f.unit !== null &&
      ctx.sentenceOf[f.first] === sentence &&
      (f.unit === name || f.unit.startsWith(`${name} `) || name.startsWith(`${f.unit} `)),
  );
  return counted ? name : null;
}

function labelledCount(ctx: BlockContext, i: number, unit: string): Figure {
  const parsed = parseToken(ctx.tokens[i]) as ParsedNumber;
  const figure = blankFigure('quantity', i, i, i, 'number-unit-from-label');
  figure.number = displayed(parsed);
  figure.unit = unit;
  figure.unitKind = 'count';
  figure.value = exactToNumber(parsed.exact);
  return figure;
}

const UNAMBIGUOUS_SPELLED = new Set(['hai', 'bốn', 'sáu', 'bảy', 'tám', 'mười']);

/**
 * `đảm bảo cả ba tiêu chí`, `hai nhiệm vụ trọng tâm`: a number written in words right before a known
 * counted noun is an exact count of it. Only lexicon nouns count (an unknown word after `ba`, `chín`
 * or `năm` is too often no noun: `ba mẹ`, `lúa chín sớm`, `năm học`); an ordinal head or another number
 * word before it (`thứ hai`, `tháng ba`, `hai mươi ba`) makes it no count, and so does a word that
 * makes `năm` the year (`trong năm`, `cả năm`).
 */
function readSpelledCount(ctx: BlockContext, i: number): Figure | null {
  const { tokens } = ctx;
  const token = tokens[i] as Token;
  const value = spelledCounts.get(token.key);
  if (value === undefined) return null;
  const before = tokens[i - 1];
  // Lower case, or capitalised where a sentence or an item opens (`Hai nhiệm vụ …`, `- Ba tiêu chí`).
  if (!/^\p{Ll}+$/u.test(token.text) && !(/^\p{Lu}\p{Ll}*$/u.test(token.text) && (!before || before.kind === 'punct'))) return null;
  if (before?.kind === 'word' && (spelledCountNotAfter.has(before.key) || rankCues.has(before.key) || periodUnits.has(before.key)))
    return null;
  if (before?.kind === 'number' || followsCountedNoun(tokens, i)) return null;
  if (value === 5 && before?.kind === 'word' && spelledYearBefore.has(before.key)) return null;
  const next = tokens[i + 1];
  if (!next || !next.spaced || next.kind !== 'word' || spelledCounts.has(next.key)) return null;
  // `ba năm`, `hai tháng`: a duration, not a count of things.
  if (periodUnits.has(next.key)) return null;
  const known = units.matchAt(tokens, i + 1);
  let unit: { unit: string; end: number } | null =
    known && known.value.kind === 'count' && known.value.exponent === 0 ? { unit: known.value.unit, end: known.end } : null;
  // `hai phong trào`, `bốn nhóm`: the unambiguous words count an unknown noun as digits do; `ba`, `năm`
  // and `chín` also mean other things (`ba mẹ`, `năm học`, `lúa chín`), so they need a known noun.
  if (!unit && !known && UNAMBIGUOUS_SPELLED.has(token.key)) {
    const noun = countNounAfter(tokens, i + 1);
    if (noun) unit = { unit: noun.unit, end: noun.last + 1 };
  }
  if (!unit) return null;
  const figure = blankFigure('quantity', i, unit.end - 1, i, 'spelled-count');
  const exact = String(value);
  figure.number = { text: token.text, exact, decimals: 0, ambiguous: false };
  figure.unit = unit.unit;
  figure.unitKind = 'count';
  figure.unitStart = i + 1;
  figure.displayUnit = rawText(ctx, i + 1, unit.end - 1);
  figure.value = value;
  return figure;
}

const SUBJECT_WINDOW = 14;

/**
 * `Tổng số nhiệm vụ được giao là 123`, `Tổng số người nghiện ma túy: 1974`: a bare figure whose
 * counted noun the sentence names just before it (`số <noun>`), through `là` or one `:`.
 */
export function subjectUnit(tokens: readonly Token[], i: number): string | null {
  let colons = 0;
  for (let k = i - 1, steps = 0; k >= 0 && steps < SUBJECT_WINDOW; k -= 1, steps += 1) {
    const token = tokens[k] as Token;
    if (token.kind === 'number' || [',', ';', '(', ')', '.'].includes(token.text)) return null;
    if (token.text === ':' && (colons += 1) > 1) return null;
    const cue = subjectNounCues.matchAt(tokens, k);
    if (!cue) continue;
    const unit = units.matchAt(tokens, cue.end);
    if (unit && unit.value.kind === 'count') return unit.value.unit;
  }
  return null;
}

/** `gấp 2,5 lần`, `tăng gấp đúng 3 lần`, `bằng 1,8 lần`: `lần` after `gấp`/`bằng` multiplies, it counts no occurrences. */
function isMultiple(ctx: BlockContext, figure: Figure, suffix: Suffix): boolean {
  if (suffix.unit !== 'lần') return false;
  let k = figure.first - 1;
  if (ctx.tokens[k]?.text.toLowerCase() === 'đúng') k -= 1;
  return ['gấp', 'bằng'].includes(ctx.tokens[k]?.text.toLowerCase() ?? '');
}

/** Sets kind, unit, display unit, scale and value from the suffix read after the number. */
function applyUnit(ctx: BlockContext, figure: Figure, suffix: Suffix): void {
  const number = figure.number ?? figure.range?.to ?? null;
  if (suffix.start >= 0) figure.displayUnit = rawText(ctx, suffix.start, suffix.end - 1);
  if (suffix.percent) {
    figure.kind = 'percent';
    figure.unit = '%';
    // `1.367%`: Vietnamese grouping in a percentage is odd enough to be English `1.367`.
    if (number && hasThousandsGroups(number.text)) figure.status = 'ambiguous';
  } else if (suffix.unit) {
    figure.kind = suffix.unitKind === 'money' ? 'money' : 'quantity';
    figure.unit = suffix.unit;
    figure.unitKind = suffix.unitKind;
    figure.unitStart = suffix.unitStart;
    // `2,307 nhiệm vụ`: a count with decimals and no scale word is an English thousands group;
    // `gấp 2,5 lần` is a multiple (a rounded ratio), not a count of occurrences.
    const count = suffix.unitKind === 'count' && !isMultiple(ctx, figure, suffix);
    if (count && suffix.exponent === 0 && number && number.decimals > 0) figure.status = 'ambiguous';
  }
  figure.scale = 10 ** suffix.exponent;
  if (number) {
    const value = exactToNumber(shiftExact(number.exact, suffix.exponent));
    figure.value = Number.isFinite(value) ? value : null;
    if (!Number.isFinite(value)) figure.status = 'unclassified';
  }
}

/** `trên 90%`, `dưới 50%`, `hơn 150 đại biểu`, `từ 52.446 tấn trở lên`, `đạt từ 4.950 tỷ đồng`. */
function boundOf(tokens: readonly Token[], figure: Figure): Figure['bound'] {
  const after = boundsAfter.matchAt(tokens, figure.last + 1);
  if (after) return after.value;
  const before = boundsBefore.matchEndingAt(tokens, figure.first - 1);
  if (!before) return null;
  if (before.phrase === 'từ' && boundBlockers.has(tokens[figure.last + 1]?.key ?? '')) return null;
  return before.value;
}
