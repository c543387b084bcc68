import type { Period } from './schema.js';
import { fold } from './lexicon.js';

/**
 * Reporting periods as day intervals: `tháng 8/2025` → 2025-08-01…2025-08-31, `quý I/2026`,
 * `06 tháng đầu năm 2022`, `9 tháng năm 2023`, cut-offs `tính đến ngày 20/10/2025`. Every pattern
 * is a plain sequence of bounded pieces (no nested quantifiers): linear on any input.
 */

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validYear = (y: number): boolean => y >= 1945 && y <= 2100;

export function monthPeriod(year: number, month: number, text = `tháng ${month}/${year}`): Period {
  return { text, granularity: 'month', start: isoDate(year, month, 1), end: isoDate(year, month, lastDay(year, month)) };
}

export function quarterPeriod(year: number, quarter: number, text = `quý ${ROMAN[quarter - 1] ?? quarter}/${year}`): Period {
  const first = (quarter - 1) * 3 + 1;
  return { text, granularity: 'quarter', start: isoDate(year, first, 1), end: isoDate(year, first + 2, lastDay(year, first + 2)) };
}

/** `N tháng đầu năm` (from January) or `N tháng cuối năm` (to December). */
function monthsPeriod(year: number, months: number, fromEnd: boolean, text: string): Period {
  const granularity = months === 6 ? 'half' : months === 12 ? 'year' : 'months';
  if (fromEnd) return { text, granularity, start: isoDate(year, 13 - months, 1), end: isoDate(year, 12, 31) };
  return { text, granularity, start: isoDate(year, 1, 1), end: isoDate(year, months, lastDay(year, months)) };
}

const yearPeriod = (year: number, text = `năm ${year}`): Period => ({
  text,
  granularity: 'year',
  start: isoDate(year, 1, 1),
  end: isoDate(year, 12, 31),
});

export const cutoffPeriod = (date: string, text: string, start: string | null = null): Period => ({
  text,
  granularity: 'cutoff',
  start,
  end: date,
});

const ROMAN = ['i', 'ii', 'iii', 'iv'];
const quarterNumber = (token: string): number => {
  const roman = ROMAN.indexOf(token);
  return roman >= 0 ? roman + 1 : Number.parseInt(token, 10);
};

/** A period named in a text, where it stands, and whether its year was written. */
export interface PeriodMention {
  period: Period;
  start: number;
  end: number;
  yearStated: boolean;
}

const YEAR_TAIL = String.raw`(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?`;
const MONTHS = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\s+tháng(?:\s+(đầu|cuối))?(?:\s+năm(?:\s+(\d{4}))?|\s*\/\s*(\d{4}))`, 'gu');
const MONTH = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<!\d\s)tháng\s+(\d{1,2})(?![\d,.]\d)${YEAR_TAIL}(?![\d\/])`, 'gu');
const QUARTER = new RegExp(String.raw`(?<![\p{L}])quý\s+(iv|i{1,3}|[1-4])(?![\p{L}\d])${YEAR_TAIL}`, 'gu');
const YEAR = /(?<![\p{L}\p{M}])năm\s+(\d{4})(?![\d/])/gu;
const NEXT_YEAR = /(?<!\d)(19\d\d|20\d\d)(?!\d)/u;

/**
 * Every period named in `text` (already any case), in text order. A month or quarter without its
 * year takes `defaultYear` (the report's); `năm YYYY` alone is kept only when `years` is set.
 */
export function periodMentions(text: string, defaultYear: number | null, { years = false } = {}): PeriodMention[] {
  const folded = fold(text);
  const found: PeriodMention[] = [];
  // Characters already inside a mention: an overlap test in the length of the mention, not of the list.
  const covered = new Uint8Array(folded.length + 1);
  const taken = (s: number, e: number): boolean => covered.subarray(s, e).includes(1);
  const add = (mention: PeriodMention): void => {
    found.push(mention);
    covered.fill(1, mention.start, mention.end);
  };
  const yearAfter = (from: number): number | null => {
    const m = NEXT_YEAR.exec(folded.slice(from, from + 40));
    return m ? Number(m[1]) : null;
  };
  for (const m of folded.matchAll(MONTHS)) {
    const n = Number(m[1]);
    const year = Number(m[3] ?? m[4] ?? NaN);
    const y = validYear(year) ? year : defaultYear;
    if (n < 1 || n > 12 || y === null) continue;
    add({
      period: monthsPeriod(y, n, m[2] === 'cuối', text.slice(m.index, m.index + m[0].length)),
      start: m.index,
      end: m.index + m[0].length,
      yearStated: validYear(year),
    });
  }
  for (const m of folded.matchAll(MONTH)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12 || taken(m.index, m.index + m[0].length)) continue;
    const stated = Number(m[2] ?? m[3] ?? NaN);
    const y = validYear(stated) ? stated : (yearAfter(m.index + m[0].length) ?? defaultYear);
    if (y === null) continue;
    add({
      period: monthPeriod(y, month, text.slice(m.index, m.index + m[0].length)),
      start: m.index,
      end: m.index + m[0].length,
      yearStated: validYear(stated),
    });
  }
  for (const m of folded.matchAll(QUARTER)) {
    const stated = Number(m[2] ?? m[3] ?? NaN);
    const y = validYear(stated) ? stated : defaultYear;
    if (y === null || taken(m.index, m.index + m[0].length)) continue;
    add({
      period: quarterPeriod(y, quarterNumber(m[1] ?? ''), text.slice(m.index, m.index + m[0].length)),
      start: m.index,
      end: m.index + m[0].length,
      yearStated: validYear(stated),
    });
  }
  if (years) {
    for (const m of folded.matchAll(YEAR)) {
      const y = Number(m[1]);
      if (!validYear(y) || taken(m.index, m.index + m[0].length)) continue;
      add({
        period: yearPeriod(y, text.slice(m.index, m.index + m[0].length)),
        start: m.index,
        end: m.index + m[0].length,
        yearStated: true,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const DMY = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const DMY_WORDS = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;
const CUTOFF = new RegExp(String.raw`(?<![\p{L}])(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?ngày\s+(?:${DMY}|${DMY_WORDS})`, 'gu');

function validDate(d: number, m: number, y: number): string | null {
  if (!validYear(y) || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  return isoDate(y, m, d);
}

/** Cut-off dates (`tính đến ngày 20/10/2025`, `đến hết ngày 25 tháng 8 năm 2025`) in text order. */
export function cutoffMentions(text: string): Array<{ date: string; start: number; end: number; text: string }> {
  const folded = fold(text);
  const found: Array<{ date: string; start: number; end: number; text: string }> = [];
  for (const m of folded.matchAll(CUTOFF)) {
    const date = m[1] ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : validDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
  }
  return found;
}

/**
 * The period a report covers, from its subject or period line. The most specific mention wins
 * (`tháng 10 và 10 tháng năm 2025` is October); a bare `năm 2025` only when nothing else is named.
 */
export function parsePeriod(text: string): Period | null {
  const mentions = periodMentions(text, null, { years: true }).filter((m) => m.period.start !== null);
  const rank = { month: 0, quarter: 1, half: 2, months: 3, year: 4, cutoff: 5 } as const;
  const best = [...mentions].sort((a, b) => rank[a.period.granularity] - rank[b.period.granularity] || a.start - b.start)[0];
  if (best) return best.period;
  const cutoff = cutoffMentions(text)[0];
  return cutoff ? cutoffPeriod(cutoff.date, cutoff.text) : null;
}

/** Year and month of an ISO date. */
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
export const monthOf = (iso: string): number => Number(iso.slice(5, 7));

/** The same period one year earlier (`cùng kỳ`). */
export function previousYear(p: Period): Period {
  const shift = (iso: string): string => {
    const y = yearOf(iso) - 1;
    const m = monthOf(iso);
    return isoDate(y, m, Math.min(Number(iso.slice(8, 10)), lastDay(y, m)));
  };
  const end =
    p.granularity === 'cutoff' ? shift(p.end) : isoDate(yearOf(p.end) - 1, monthOf(p.end), lastDay(yearOf(p.end) - 1, monthOf(p.end)));
  return { ...p, text: `${p.text} (cùng kỳ)`, start: p.start === null ? null : shift(p.start), end };
}

/** The month before a monthly period, the quarter before a quarterly one; null otherwise. */
export function previousPeriod(p: Period, unit: 'month' | 'quarter'): Period | null {
  if (p.granularity !== unit || p.start === null) return null;
  const step = unit === 'month' ? 1 : 3;
  let y = yearOf(p.start);
  let m = monthOf(p.start) - step;
  if (m < 1) {
    m += 12;
    y -= 1;
  }
  return unit === 'month' ? monthPeriod(y, m) : quarterPeriod(y, (m - 1) / 3 + 1);
}

/**
 * The period just before, of the same length: the previous month, quarter, half-year or year; null
 * for `N tháng` spans and cut-offs, which have no fixed predecessor.
 */
export function previousSpan(p: Period): Period | null {
  if (p.granularity === 'month' || p.granularity === 'quarter') return previousPeriod(p, p.granularity);
  if (p.granularity === 'year') return previousYear(p);
  if (p.granularity === 'half' && p.start !== null) {
    const y = yearOf(p.start);
    return monthOf(p.start) === 1
      ? monthsPeriod(y - 1, 6, true, `6 tháng cuối năm ${y - 1}`)
      : monthsPeriod(y, 6, false, `6 tháng đầu năm ${y}`);
  }
  return null;
}

export const samePeriod = (a: Period, b: Period): boolean => a.start === b.start && a.end === b.end;
export const periodKey = (p: Period): string => `${p.start ?? '…'}..${p.end}`;

/** Short display: `2025-08`, `2026-Q1`, `2022-H1`, `…→2025-08-25`. */
export function periodLabel(p: Period): string {
  if (p.start === null) return `…→${p.end}`;
  const y = p.start.slice(0, 4);
  if (p.granularity === 'month') return p.start.slice(0, 7);
  if (p.granularity === 'quarter') return `${y}-Q${(monthOf(p.start) - 1) / 3 + 1}`;
  if (p.granularity === 'half') return `${y}-H${monthOf(p.start) === 1 ? 1 : 2}`;
  if (p.granularity === 'year') return y;
  if (p.granularity === 'months') return `${y}-01→${p.end.slice(0, 7)}`;
  return `${p.start}→${p.end}`;
}
