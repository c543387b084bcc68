import type { Token } from '../../nlp/index.js';
import type { BlockContext } from './context.js';
import { blankFigure, rawText, smallInt, touches, yearOf, type Figure } from './figure.js';
import { dateCues, periodModifiers, periodUnits, romanNumerals, units, yearAloneCues } from './lexicon.js';
import { readSuffix } from './units.js';

/**
 * Dates and periods: `30/6/2022`, `21-02-2019`, `ngày 12/5`, `tháng 02`, `tháng 3/2022`,
 * `Quý III/2022`, `quý III, IV/2022`, `năm 2022`, `06 tháng đầu năm 2022`, `5 năm qua`, a year alone.
 * They are facts of kind `date` (ISO, partial forms `--05-12`, `2022-04`, `--02`) or `period`,
 * never quantities.
 */

const pad = (n: number): string => String(n).padStart(2, '0');
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function validDayMonth(day: number, month: number, year: number | null = null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && year !== null) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day <= (leap ? 29 : 28);
  }
  return day <= (DAYS[month - 1] as number);
}

function dateFigure(first: number, last: number, numberTok: number, iso: string | null, pattern: string): Figure {
  const figure = blankFigure('date', first, last, numberTok, pattern);
  figure.date = iso;
  if (iso === null) figure.status = 'unclassified';
  return figure;
}

function periodFigure(ctx: BlockContext, first: number, last: number, numberTok: number, pattern: string): Figure {
  const figure = blankFigure('period', first, last, numberTok, pattern);
  figure.date = rawText(ctx, first, last);
  return figure;
}

const keyAt = (tokens: readonly Token[], i: number): string | undefined => tokens[i]?.key;

/** `/2022`, `-2022` (touching) or ` năm 2022` after token `k`: the year and the last token used. */
function yearAfter(tokens: readonly Token[], k: number): { year: number; last: number } | null {
  const next = tokens[k + 1];
  if (next && touches(tokens, k + 1) && (next.text === '/' || next.text === '-') && touches(tokens, k + 2)) {
    const year = yearOf(tokens[k + 2]);
    if (year !== null) return { year, last: k + 2 };
  }
  if (keyAt(tokens, k + 1) === 'năm') {
    const year = yearOf(tokens[k + 2]);
    if (year !== null) return { year, last: k + 2 };
  }
  return null;
}

/** Tries every date and period shape at number token `i`. */
export function readDateOrPeriod(ctx: BlockContext, i: number): Figure | null {
  const { tokens } = ctx;
  const token = tokens[i] as Token;

  // 21.02.2019 as one token
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token.text);
  if (dotted) return fullDate(i, i, i, Number(dotted[1]), Number(dotted[2]), Number(dotted[3]), 'date-dmy');

  // 30/6/2022, 21-02-2019
  const sep = tokens[i + 1];
  if (
    sep &&
    touches(tokens, i + 1) &&
    (sep.text === '/' || sep.text === '-') &&
    touches(tokens, i + 2) &&
    tokens[i + 3]?.text === sep.text &&
    touches(tokens, i + 3) &&
    touches(tokens, i + 4)
  ) {
    const day = smallInt(token);
    const month = smallInt(tokens[i + 2]);
    const year = yearOf(tokens[i + 4]);
    if (day !== null && month !== null && year !== null) return fullDate(i, i + 4, i, day, month, year, 'date-dmy');
  }

  const cue = dateCues.matchEndingAt(tokens, i - 1);
  if (cue?.value === 'day') {
    const day = smallInt(token);
    if (day !== null) {
      if (sep?.text === '/' && touches(tokens, i + 1) && touches(tokens, i + 2)) {
        const month = smallInt(tokens[i + 2]);
        if (month !== null) {
          const iso = validDayMonth(day, month) ? `--${pad(month)}-${pad(day)}` : null;
          return dateFigure(cue.start, i + 2, i, iso, 'date-dm');
        }
      }
      if (keyAt(tokens, i + 1) === 'tháng') {
        const month = smallInt(tokens[i + 2]);
        if (month !== null) {
          const year = yearAfter(tokens, i + 2);
          if (year) return fullDate(cue.start, year.last, i, day, month, year.year, 'date-words');
          return dateFigure(cue.start, i + 2, i, validDayMonth(day, month) ? `--${pad(month)}-${pad(day)}` : null, 'date-words');
        }
      }
      if (day >= 1 && day <= 31) return dateFigure(cue.start, i, i, `---${pad(day)}`, 'date-day');
    }
  }
  if (cue?.value === 'month') {
    const month = smallInt(token);
    if (month !== null && month >= 1 && month <= 12) {
      const year = yearAfter(tokens, i);
      if (year) return dateFigure(cue.start, year.last, i, `${year.year}-${pad(month)}`, 'date-month-year');
      return dateFigure(cue.start, i, i, `--${pad(month)}`, 'date-month');
    }
  }
  if (cue?.value === 'quarter') {
    const quarter = smallInt(token, 1);
    if (quarter !== null && quarter >= 1 && quarter <= 4) {
      const year = yearAfter(tokens, i);
      return periodFigure(ctx, cue.start, year ? year.last : i, i, 'period-quarter');
    }
  }
  if (cue?.value === 'year' && yearOf(token) !== null && !rangeFollows(tokens, i)) {
    return periodFigure(ctx, cue.start, i, i, 'period-year');
  }

  // 6 tháng, 06 tháng đầu năm 2022, 5 năm qua, 6 cuối năm
  const next = tokens[i + 1];
  const amount = smallInt(token, 3);
  if (amount !== null && next?.kind === 'word' && next.spaced) {
    let last = -1;
    // `18 tháng tuổi` is an age: a longer unit beginning with the period word wins.
    const longerUnit = units.matchAt(tokens, i + 1);
    if (periodUnits.has(next.key) && !(longerUnit && longerUnit.end > i + 2)) last = i + 1;
    else {
      const modifier = periodModifiers.matchAt(tokens, i + 1);
      if (modifier && modifier.phrase.includes('năm')) last = modifier.end - 1;
    }
    if (last >= 0) {
      for (let n = 0; n < 2; n += 1) {
        const modifier = periodModifiers.matchAt(tokens, last + 1);
        if (!modifier) break;
        last = modifier.end - 1;
      }
      const year = keyAt(tokens, last) === 'năm' && yearOf(tokens[last + 1]) !== null ? { last: last + 1 } : yearAfter(tokens, last);
      return periodFigure(ctx, i, year ? year.last : last, i, 'period-length');
    }
  }

  // a year alone: `tầm nhìn đến 2050`, `giá so sánh 2010`
  if (yearOf(token) !== null && !rangeFollows(tokens, i) && tokens[i + 1]?.text !== '/' && readSuffix(tokens, i + 1).start < 0) {
    const figure = periodFigure(ctx, i, i, i, 'period-year-alone');
    if (!yearAloneCues.matchEndingAt(tokens, i - 1) && tokens[i - 1]?.text !== '(') figure.status = 'ambiguous';
    return figure;
  }
  return null;
}

function fullDate(first: number, last: number, numberTok: number, day: number, month: number, year: number, pattern: string): Figure {
  const iso = validDayMonth(day, month, year) ? `${year}-${pad(month)}-${pad(day)}` : null;
  return dateFigure(first, last, numberTok, iso, pattern);
}

/** `2021-2030`, `2022 - 2025`: the number opens a range, not a date or a year. */
function rangeFollows(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i + 1];
  return dash !== undefined && ['-', '–', '—'].includes(dash.text) && tokens[i + 2]?.kind === 'number';
}

/** `Quý III/2022`, `quý II`, `quý III, IV/2022` (roman numerals are words, not number tokens). */
export function readQuarter(ctx: BlockContext, i: number): Figure | null {
  const { tokens } = ctx;
  const numeral = tokens[i + 1];
  if (!numeral || numeral.kind !== 'word' || !romanNumerals.has(numeral.key) || numeral.text !== numeral.text.toUpperCase()) return null;
  let last = i + 1;
  while (
    tokens[last + 1]?.text === ',' &&
    tokens[last + 2]?.kind === 'word' &&
    romanNumerals.has((tokens[last + 2] as Token).key) &&
    (tokens[last + 2] as Token).text === (tokens[last + 2] as Token).text.toUpperCase()
  ) {
    last += 2;
  }
  const year = yearAfter(tokens, last);
  return periodFigure(ctx, i, year ? year.last : last, i + 1, 'period-quarter');
}
