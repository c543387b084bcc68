import { listItems } from '../../extract/footnotes/index.js';
import type { FootnoteContent } from '../../model/index.js';
import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex } from '../document-index.js';
import places from '../../lexicon/places.json' with { type: 'json' };
import { findCues, fold, hasCue } from '../lexicon.js';
import { classOf, usable } from './breakdown.js';
import { unitAgreement } from './classify.js';

/** An announced count and the items the text lists for it. */
export interface ListClaim {
  count: Token;
  source: 'parenthesis' | 'colon' | 'footnote';
  /** Items as found; for a footnote the count its content reports. */
  items: number;
  /** Where the list stands: the parenthesis, the colon list, or the footnote body. */
  unit: string;
  start: number;
  end: number;
  cue: string;
  /** The footnote cites documents rather than naming items: counted by its references. */
  citation: boolean;
  /** The count together with the count listed just before it (`02 Quyết định, 06 văn bản¹`), when the list may cover both. */
  alternative: number | null;
  /** The footnote's items can be counted more than one way (its items, its documents, its citations). */
  ambiguous: boolean;
  /** Every listed item names the counted noun (`Nghị quyết số 64/NQ-HĐND về … dự án …` for `03 dự án`). */
  itemsNameNoun: boolean;
  footnote: number | null;
  /** A numbered list with one item misnumbered (`(2) …; (2) …; (3) …`): the marker, its place and the number it should bear. */
  slip?: NumberingSlip | null;
}

/** A list claim read from the text alone: no citation, footnote, second reading or doubt. */
const plainList = (
  fields: Pick<ListClaim, 'count' | 'source' | 'items' | 'unit' | 'start' | 'end' | 'cue'> & Partial<ListClaim>,
): ListClaim => ({
  citation: false,
  footnote: null,
  itemsNameNoun: false,
  alternative: null,
  ambiguous: false,
  ...fields,
});

export interface NumberingSlip {
  unit: string;
  start: number;
  end: number;
  label: string;
  expected: number;
}

const MAX_LISTED = 60;
const isCount = (t: Token): boolean =>
  usable(t) &&
  classOf(t) === 'count' &&
  t.fact.unit !== null &&
  t.interval !== null &&
  (t.fact.fraction?.numerator.decimals ?? t.fact.number?.decimals ?? 1) === 0 &&
  (t.fact.value ?? 0) <= MAX_LISTED;

/**
 * A bare number the extractor gave no unit (`03 nhà máy`, `5 rõ`) still counts the noun that
 * follows it when that noun is a lower-case word; not a name's number (`Dự án 8`, `Phường 5`,
 * `số 28`), not an ordinal. `3 trong 1:` counts the functions its colon list names.
 */
function isBareCount(t: Token): boolean {
  // The extractor gives a bare number no interval; a count of listed things is exact anyway.
  if (t.fact.kind !== 'number' || t.fact.unit !== null || t.percent || t.fact.fraction || !/^\d{1,2}$/u.test(t.fact.raw)) return false;
  if (!Number.isInteger(t.fact.value) || (t.fact.value ?? 0) < 1 || (t.fact.value ?? 0) > MAX_LISTED) return false;
  const text = t.unit.text;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(t.numberEnd));
  // `3 trong 1: Lắng nghe – Tuyên truyền – Hỗ trợ`: N functions in one, the colon list names them.
  if (IN_ONE.test(text.slice(t.numberEnd))) return true;
  if (!next || findCues(next[1] ?? '', 'nounNotCount').some((c) => c.start === 0)) return false;
  const before = text.slice(Math.max(0, t.numberStart - 24), t.numberStart);
  if (/\p{Lu}\p{L}*\s*$/u.test(before)) return false;
  const folded = fold(before).trimEnd();
  return !findCues(folded, 'numberName').some((c) => c.end === folded.length);
}
const IN_ONE = /^\s+trong\s+(?:01|1)\s*:/u;
const isListCount = (t: Token): boolean => isCount(t) || isBareCount(t);

const INTRO = /^[\s*_]*(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể|là)\s*:?\s*/u;

/**
 * The items of a list body, or null when it is no list (a note, a date, a partial list `…`).
 * `;` separates items strictly (commas inside are part of names: `Chất lượng, Chế biến và Phát
 * triển thị trường`); otherwise names split at commas and a final `và`. Without any separator the
 * count is loose: a single name may itself contain `và` (`Tiêu chuẩn và Đo lường Chất lượng`).
 */
function itemsOf(body: string): { count: number; loose: boolean } | null {
  const folded = fold(body).replace(/^[\s*_]+/u, '');
  const intro = INTRO.exec(folded);
  const rest = (intro ? body.slice(body.length - folded.length + intro[0].length) : body).replace(/[*_]/gu, ' ');
  if (!intro && findCues(folded, 'notList').some((c) => c.start === 0)) return null;
  const tail = rest.trimEnd();
  if (hasCue(fold(tail).slice(-4), 'partial') || tail.endsWith('...') || tail.endsWith('…')) return null;
  if (/\d/u.test(rest.replace(/\d{1,2}\/\d{1,2}\/\d{4}/gu, ''))) return null;
  if (rest.includes(';')) return { count: rest.split(';').filter((p) => p.trim()).length, loose: false };
  if (rest.includes(',')) {
    const items = listItems(rest).length;
    // `(tỷ lệ giải ngân…, số lao động…, số xã…)`: lower-case phrases, one per comma.
    return items > 1 ? { count: items, loose: false } : { count: rest.split(',').filter((p) => p.trim()).length, loose: true };
  }
  return { count: 1, loose: listItems(rest).length !== 1 };
}

interface NameSpan {
  /** A place's kind (`province`, `commune` …); null for an agency. */
  kind: string | null;
  start: number;
  end: number;
}
const namesByUnit = new WeakMap<DocumentIndex, Map<string, NameSpan[]>>();

/** The agencies and places the extractors named in a unit; grouped once per document. */
function namesIn(index: DocumentIndex, unitId: string): NameSpan[] {
  let byUnit = namesByUnit.get(index);
  if (!byUnit) {
    byUnit = new Map<string, NameSpan[]>();
    const add = (kind: string | null, m: { position: { block: string; start: number; end: number } }): void => {
      const list = byUnit?.get(m.position.block) ?? [];
      list.push({ kind, start: m.position.start, end: m.position.end });
      byUnit?.set(m.position.block, list);
    };
    for (const p of index.input.places) for (const m of p.mentions) add(p.kind, m);
    for (const a of index.input.agencies) for (const m of a.mentions) add(null, m);
    namesByUnit.set(index, byUnit);
  }
  return byUnit.get(unitId) ?? [];
}

const masks = new WeakMap<DocumentIndex, Map<string, string>>();

/**
 * The unit's text with the commas, semicolons, dashes and `và` inside each named agency or place (from the
 * extractors) blanked to private-use marks of the same length, so that `Sở Văn hóa, Thể thao và Du
 * lịch` is one item when a list is split. Offsets stay those of the unit.
 */
function maskedNames(index: DocumentIndex, unitId: string): string {
  let byUnit = masks.get(index);
  if (!byUnit) masks.set(index, (byUnit = new Map<string, string>()));
  const cached = byUnit.get(unitId);
  if (cached !== undefined) return cached;
  let text = index.text(unitId);
  for (const m of namesIn(index, unitId)) {
    if (m.end > text.length) continue;
    const name = text
      .slice(m.start, m.end)
      .replace(/[,;\-–—]/gu, '\uE000')
      .replace(/(?<=\s)và(?=\s)/gu, '\uE001\uE001');
    text = text.slice(0, m.start) + name + text.slice(m.end);
  }
  byUnit.set(unitId, text);
  return text;
}

/** `05/11 huyện đã phê duyệt quy hoạch (gồm: Gò Quao, …)`, `01/11 huyện (An Biên)`. */
function parenthesisLists(analysis: Analysis, unitId: string): ListClaim[] {
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const t of tokens) {
    if (!isListCount(t)) continue;
    const text = maskedNames(analysis.index, unitId);
    // A threshold between the count and its list (`03/26 chỉ tiêu đạt dưới 70% kế hoạch (…)`) is part of the phrase.
    const next = tokens.slice(t.index + 1).find((o) => !(o.percent && o.fact.bound !== null));
    // The first parenthesis after the count, opening before the next figure (which it may hold).
    const paren = analysis.parens(unitId).find((p) => p.open >= t.end && (!next || p.open < next.start));
    if (!paren || paren.open > t.sentence.end) continue;
    const between = text.slice(t.end, paren.open);
    const body = text.slice(paren.open + 1, paren.close);
    const introduced = INTRO.test(fold(body));
    if (/[;.]/u.test(between) || (/,/u.test(between) && !introduced) || between.length > 160) continue;
    const inside = tokens.filter((o) => o.start > paren.open && o.end <= paren.close);
    // Figures inside make the parenthesis a breakdown or a note — unless `;` separates items that
    // each open with words and every figure measures something else (`03 chỉ tiêu khó đạt (tỷ lệ …
    // đạt 94%; thu ngân sách; giải ngân)`). Bare counts inside (`25 (kỳ trước chuyển sang 15; phát
    // sinh mới 10)`) break the count down.
    const itemised =
      inside.length > 0 &&
      inside.every((o) => o.percent || unitAgreement(o, t) === 'different') &&
      body.split(';').length > 1 &&
      body.split(';').every((piece) => /^[\s*_]*\p{L}/u.test(piece));
    if (inside.length > 0 && !itemised) continue;
    const range = itemised ? null : numberedRange(body);
    const listed = itemised
      ? { count: topLevelSegments(body), loose: false }
      : range !== null
        ? { count: range, loose: false }
        : itemsOf(body);
    if (!listed) continue;
    const { count: items, loose } = listed;
    if (items < 2 && !(items === 1 && t.fact.value === 1 && /^\p{Lu}/u.test(body.replace(/^[\s*_]+/u, '')))) continue;
    // A loosely counted list only confirms; it never contradicts.
    if (loose && items !== t.fact.value) continue;
    found.push(
      plainList({
        count: t,
        source: 'parenthesis',
        items,
        unit: unitId,
        start: paren.open,
        end: paren.close + 1,
        cue: introduced ? '(gồm: …)' : '( … )',
      }),
    );
  }
  return found;
}

// A hyphen separates items only with a space on both sides (`giải -pháp` is a typo, `khai sinh-khai tử` a compound).
const DASH_SPLIT = /\s-\s|\s[–—]\s?|\s?[–—]\s/u;
const QUOTE_OPEN = /^[\s*_]*["“„«]/u;

/**
 * Items of a colon or quoted list: spaced dashes (`Trung ương – tỉnh – xã`) separate items before
 * `;` and commas do, since an item may hold commas (`giải pháp, sáng tạo, đột phá`); otherwise as
 * in a parenthesis. Null when the body holds figures or trails off.
 */
function inlineItems(body: string, quoted: boolean): Listed | null {
  // A list trailing off (`…`, `v.v.`) may hold more items: it can confirm its count, never contradict it.
  const trailing = /(?:\.\.\.|…)[\s"”»]*$/u.test(body) || hasCue(fold(body.trim()).slice(-6), 'partial');
  const clean = body
    .replace(/(?:\.\.\.|…|v\.?v\.?)[\s"”»]*$/u, '')
    .replace(/["“”„«»]/gu, ' ')
    .replace(/[.;:,\s]+$/u, '');
  if (!clean.trim()) return null;
  const closed = quoted ? null : closedByVa(clean);
  if (closed !== null) {
    // The list ended at its final `và` item; what trails off is the sentence's own phrase.
    const listed = inlineCount(closed, quoted);
    if (listed && !listed.loose) return listed;
  }
  const listed = inlineCount(clean, quoted);
  return listed && trailing ? { ...listed, loose: true } : listed;
}

// Words that open a phrase about the whole list, not a further item: `… và áp dụng tố tụng trong đấu tranh …`.
const LIST_TAIL = /\s(?:trong|tại|nhằm|để|đối với|trên địa bàn|theo)\s/u;

/**
 * `a, b và c trong đấu tranh với tội phạm…`: commas, then a final `và` item that a preposition
 * closes. The list up to that preposition, or null when the body is not so shaped.
 */
function closedByVa(clean: string): string | null {
  if (/[;–—]|\s-\s/u.test(clean)) return null;
  const lastComma = clean.lastIndexOf(',');
  if (lastComma < 0) return null;
  const last = clean.slice(lastComma + 1);
  const va = /\svà\s/u.exec(last);
  if (!va) return null;
  const tail = LIST_TAIL.exec(last.slice(va.index + va[0].length));
  if (!tail) return null;
  return clean.slice(0, lastComma + 1 + va.index + va[0].length + tail.index);
}

/** Items counted; `readings` when a final `và` may join two items or one. */
interface Listed {
  count: number;
  loose: boolean;
  readings?: number[];
}

function inlineCount(clean: string, quoted: boolean): Listed | null {
  // Inside quotes the commas are the author's separators: `"đúng, đủ, sạch, sống"`.
  if (quoted && !/\d/u.test(clean)) {
    const parts = clean.split(/[,;]/u).filter((p) => p.trim());
    const last = parts[parts.length - 1] ?? '';
    return { count: parts.length + (/\svà\s/u.test(last) ? 1 : 0), loose: false };
  }
  if (DASH_SPLIT.test(clean) && !clean.includes(';')) {
    if (/\d/u.test(clean)) return null;
    const parts = clean.split(DASH_SPLIT).filter((p) => p.trim());
    return parts.length >= 2 ? { count: parts.length, loose: false } : null;
  }
  const range = numberedRange(clean);
  if (range !== null) return { count: range, loose: false };
  const listed = itemsOf(clean);
  // `phòng ngừa xã hội, phòng ngừa nghiệp vụ và áp dụng tố tụng`: phrases at commas and a final `và`.
  if (listed?.loose && !clean.includes(';')) {
    const parts = clean.split(',').filter((p) => p.trim());
    const last = parts[parts.length - 1] ?? '';
    const joined = /\svà\s/u.test(last);
    const count = parts.length + (joined ? 1 : 0);
    return shortTerms(parts) ? { count, loose: false, readings: joined ? [count - 1, count] : [count] } : { count, loose: true };
  }
  return listed;
}

const wordCount = (s: string): number => s.trim().split(/\s+/u).filter(Boolean).length;

/**
 * `pháp lý, hạ tầng, an ninh an toàn, dữ liệu, nguồn lực`: short lower-case terms of one kind, where
 * a comma cannot be inside an item, so the commas fix the count. A longer phrase may hold commas
 * itself (`giải pháp, sáng tạo, đột phá phù hợp thực tiễn`) and only confirms.
 */
function shortTerms(parts: readonly string[]): boolean {
  const terms = parts.flatMap((p, i) => (i === parts.length - 1 ? p.split(/\svà\s/u) : [p]));
  return (
    parts.length >= 2 &&
    parts.slice(0, -1).every((p) => !/\svà\s/u.test(p)) &&
    terms.every(
      (p) =>
        /^\p{Ll}/u.test(p.trim()) &&
        wordCount(p) >= 1 &&
        wordCount(p) <= 4 &&
        // `…, đúng quy định`, `…, kịp thời`: the sentence goes on past the list.
        !findCues(p.trim(), 'termNotItem').some((c) => c.start === 0),
    )
  );
}

const ROMAN_VALUES: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
  xiii: 13,
  xiv: 14,
  xv: 15,
};
/** `(3)` → 3, `(iv)` → 4, with its numbering style. */
function markerValue(label: string): { style: 'arabic' | 'roman'; value: number } | null {
  if (/^\d{1,2}$/u.test(label)) return { style: 'arabic', value: Number(label) };
  const roman = ROMAN_VALUES[label.toLowerCase()];
  return roman ? { style: 'roman', value: roman } : null;
}

/** One group of a numbered list: `- Nhiệm vụ đã triển khai: (1) …; (2) …`. */
export interface NumberedGroup {
  /** The group's label (`Nhiệm vụ đã triển khai`), or null for a list without groups. */
  label: string | null;
  items: number;
  unit: string;
  start: number;
  end: number;
}

export interface NumberedRun {
  items: number;
  /** Numbering broke off before the paragraph ended: the count of items is a lower bound. */
  broken: boolean;
  groups: NumberedGroup[];
  unit: string;
  start: number;
  end: number;
}

// What may stand between an introducing colon and the first marker: nothing, a bullet, or one group label ending in a colon.
const PREAMBLE = /^[\s*_\-–+•]*(?:([^:;()\d]{2,80}?):)?[\s*_]*$/u;
// A group label just before a marker that restarts the numbering: `…; - Nhiệm vụ đang triển khai: (1)`.
const GROUP_LABEL = /(?:^|[.;:]\s*|\s)[-–+•*]\s*([^:;()\d]{2,80}?):[\s*_]*$/u;
const MAX_RUN_UNITS = 40;

/**
 * The numbered items that follow an introducing colon at `from`: `03 lớp: (1) …; (2) …; (3) …`.
 * The numbering runs 1, 2, 3 … (or i, ii, iii …) with nothing skipped; a label and a colon before a
 * `(1)` start a new group (`- Nhiệm vụ đang triển khai: (1) …`). When the colon closes its
 * paragraph, the items may be the paragraphs that follow, each opening with the next marker.
 */
export function numberedRun(index: DocumentIndex, analysis: Analysis, unitId: string, from: number): NumberedRun | null {
  const units = index.orderedUnits();
  const own = index.unit(unitId);
  let position = units.findIndex((u) => u.id === unitId);
  if (!own || position < 0) return null;
  const groups: NumberedGroup[] = [];
  let style: 'arabic' | 'roman' | null = null;
  let expect = 1;
  let group: NumberedGroup | null = null;
  let unit = own;
  let at = from;
  let first = true;
  let broken = false;
  for (let hops = 0; hops < MAX_RUN_UNITS; hops += 1) {
    const text = unit.text;
    const markers = analysis.markers(unit.id).filter((m) => m.start >= at);
    const lead = text.slice(at, markers[0]?.start ?? text.length);
    if (!markers.length) {
      // Only a colon closing its paragraph may hand the list over to the next paragraph.
      if (!first || lead.trim()) break;
    } else {
      const pre = first ? PREAMBLE.exec(lead) : /^[\s*_\-–+•]*$/u.exec(lead);
      if (!pre) break;
      let k = 0;
      for (; k < markers.length; k += 1) {
        const m = markers[k] as (typeof markers)[number];
        const v = markerValue(m.label);
        if (!v || (style && v.style !== style)) break;
        const between = text.slice(k === 0 ? at : (markers[k - 1] as (typeof markers)[number]).end, m.start);
        if (v.value === expect && (expect > 1 || group === null)) {
          if (expect === 1) {
            style = v.style;
            group = { label: pre?.[1]?.trim() ?? null, items: 0, unit: unit.id, start: m.start, end: m.end };
            groups.push(group);
          }
        } else if (v.value === 1 && group && k > 0) {
          const label = GROUP_LABEL.exec(between);
          if (!label) break;
          // The previous group ends before the label that opens this one.
          if (group.unit === unit.id) group.end = Math.min(group.end, m.start - label[0].length + (/^\s/u.test(label[0]) ? 1 : 0));
          group = { label: label[1]?.trim() ?? null, items: 0, unit: unit.id, start: m.start, end: m.end };
          groups.push(group);
          expect = 1;
        } else break;
        group = group as NumberedGroup;
        group.items = v.value;
        if (unit.id === group.unit) group.end = itemEnd(text, m.end, markers[k + 1]?.start ?? text.length);
        expect = v.value + 1;
      }
      // A marker out of sequence ends the list inside this paragraph; it may be a nested list
      // (`(2) B gồm: (1) x; (2) y; (3) C`), so where the outer list ends is no longer sure.
      if (k < markers.length) {
        broken = true;
        break;
      }
    }
    first = false;
    position += 1;
    // The next paragraph of the body (footnotes are read apart from it) must open with the next marker.
    let next = units[position];
    while (next && next.kind === 'footnote' && own.kind !== 'footnote') next = units[++position];
    if (!next || next.kind === 'footnote' || next.cell) break;
    const opening = analysis.markers(next.id)[0];
    if (!opening || next.text.slice(0, opening.start).trim() || markerValue(opening.label)?.value !== expect) break;
    unit = next;
    at = 0;
  }
  const items = groups.reduce((n, g) => n + g.items, 0);
  if (!groups.length || items < 2) return null;
  const head = groups[0] as NumberedGroup;
  // The evidence span stays in one unit: the first list unit, up to its last item.
  const last = groups.filter((g) => g.unit === head.unit).pop() as NumberedGroup;
  return { items, broken, groups, unit: head.unit, start: head.start, end: last.end };
}

/**
 * Numbered items after a colon where exactly one marker repeats its neighbour's number instead of
 * its own (`(2) …; (2) …; (3) …`, `(1) …; (3) …; (3) …; (4) …`): a slip in the author's numbering.
 * The items are counted by their markers; the slip is reported with them. Nothing follows the run
 * in its paragraph, so it is no nested list.
 */
function slippedNumbering(
  analysis: Analysis,
  unitId: string,
  from: number,
): { items: number; start: number; end: number; slip: NumberingSlip } | null {
  const text = analysis.index.text(unitId);
  const markers = analysis.markers(unitId).filter((m) => m.start >= from);
  const head = markers[0];
  if (!head || !/^[\s*_\-–+•]*$/u.test(text.slice(from, head.start))) return null;
  const values: number[] = [];
  let style: 'arabic' | 'roman' | null = null;
  for (const [k, m] of markers.entries()) {
    const v = markerValue(m.label);
    if (!v || (style && v.style !== style) || Math.abs(v.value - (k + 1)) > 1) return null;
    style = v.style;
    values.push(v.value);
  }
  const off = values.flatMap((v, k) => (v === k + 1 ? [] : [k]));
  const k = off[0];
  if (values.length < 2 || off.length !== 1 || k === undefined) return null;
  const v = values[k];
  if (v !== values[k - 1] && v !== values[k + 1]) return null;
  const marker = markers[k] as (typeof markers)[number];
  const last = markers[markers.length - 1] as (typeof markers)[number];
  return {
    items: values.length,
    start: head.start,
    end: itemEnd(text, last.end, text.length),
    slip: { unit: unitId, start: marker.start, end: marker.end, label: marker.label, expected: k + 1 },
  };
}

/** Where an item ends: at the next marker, or at the full stop that closes it. */
function itemEnd(text: string, from: number, limit: number): number {
  const stop = /\.(?:\s|$)/u.exec(text.slice(from, limit));
  return stop ? from + stop.index + 1 : limit;
}

/**
 * The words that carry on a paragraph cut by a page break: the next body paragraph, past a lone
 * page number, up to its first clause break or figure. Empty when the next paragraph is a heading,
 * a list item or a table.
 */
function continuationAfter(index: DocumentIndex, unitId: string): string {
  const units = index.orderedUnits();
  let k = units.findIndex((u) => u.id === unitId) + 1;
  while (units[k] && (units[k]?.kind === 'footnote' || /^\s*\d{1,3}\s*$/u.test(units[k]?.text ?? ''))) k += 1;
  const next = units[k];
  if (!next || next.kind !== 'paragraph' || next.cell) return '';
  const stop = /[.;:()\d]|\s(?:trong đó|đồng thời|trong khi)\s/u.exec(next.text);
  // Joined with a space: the break may fall inside a name (`Hà` ⏎ `Tĩnh`), which reads the same.
  return ` ${next.text.slice(0, stop ? stop.index : next.text.length)}`;
}

/** A dash inside a named agency or place (`Vườn Quốc gia Bidoup - Núi Bà`) joins, it does not separate. */
function nameSpansDash(index: DocumentIndex, unitId: string, from: number, to: number): boolean {
  const text = index.text(unitId);
  return namesIn(index, unitId).some((m) => m.end > from && m.start < to && /[-–—]/u.test(text.slice(m.start, m.end)));
}

/**
 * A count's noun phrase, up to its clause break, whose words spaced dashes split into short pieces.
 * `parallel` when every piece after the first repeats the opening word of the first piece's last
 * words, as many words as it has (`khai sinh - khai tử`, `cấp mới - cấp đổi - cấp lại`): the items
 * then stand right after the noun, one per piece, and the pieces fix the count. A pair without that
 * echo may be one compound (`kinh tế - xã hội`, `chính trị - xã hội`) and only confirms.
 */
function dashedNoun(rest: string): { count: number; length: number; parallel: boolean } | null {
  const phrase = /^[^:;,.()"“„«\d]{1,100}?(?=[:;,.()"“„«]|$)/u.exec(rest)?.[0] ?? '';
  if (!DASH_SPLIT.test(phrase)) return null;
  const pieces = phrase.split(DASH_SPLIT).map((p) => fold(p).trim().split(/\s+/u).filter(Boolean));
  const parts = pieces.map((p) => p.length);
  const [first = [], ...others] = pieces;
  const size = others[0]?.length ?? 0;
  const tail = first.slice(-size);
  // The last piece may run on past its item (`cấp lại giấy phép lái xe`): its first words echo too.
  const own = others.map((p, k) => (k === others.length - 1 ? p.slice(0, size) : p));
  const parallel =
    size >= 2 &&
    first.length > size &&
    others.every((p, k) => (k === others.length - 1 ? p.length >= size : p.length === size) && p[0] === tail[0]) &&
    new Set([tail, ...own].map((p) => p.join(' '))).size === pieces.length &&
    // Items are words of the sentence, not names: no capital after the first piece.
    !phrase
      .split(DASH_SPLIT)
      .slice(1)
      .some((p) => /\p{Lu}/u.test(p));
  // The first piece carries the noun phrase too; the others are the short items.
  const [head = 0, ...items] = parallel ? parts.slice(0, -1) : parts;
  if (
    parts.length < 2 ||
    head === 0 ||
    head > 10 ||
    items.some((n) => n === 0 || n > 5) ||
    (!parallel && parts.reduce((a, b) => a + b, 0) > 16)
  )
    return null;
  return { count: parts.length, length: phrase.trimEnd().length, parallel };
}

/**
 * `từ Quyết định số 01/2026/QĐ-UBND đến Quyết định số 13/2026/QĐ-UBND`: a numbered range of
 * documents of one series is its last number minus its first, plus one.
 */
function numberedRange(body: string): number | null {
  const m =
    /^\s*(?:từ\s+)?(?:[\p{L}\s]{0,30}?\s)?số\s+0*(\d{1,4})(\/[^\s,;]+)\s+(?:đến|tới|[-–])\s+(?:[\p{L}\s]{0,30}?\s)?(?:số\s+)?0*(\d{1,4})(\/[^\s,;]+)\s*$/u.exec(
      fold(body),
    );
  if (!m || m[2] !== m[4]) return null;
  const span = Number(m[3]) - Number(m[1]) + 1;
  return span >= 2 ? span : null;
}

interface QuotedSeries {
  items: number;
  end: number;
  /** More items follow unquoted (`“a”, “b” và các mô hình khác`) or the list trails off: it only confirms. */
  open: boolean;
}

/**
 * The quotations opening at `from`, one after another, joined by `,`, `;`, a dash or `và`/`hoặc`:
 * `“giảm cung”, “giảm cầu” và “giảm tác hại”`. Null when no closed quotation opens there.
 */
function quotedSeries(text: string, from: number, limit: number): QuotedSeries | null {
  let at = from;
  let items = 0;
  let end = -1;
  for (;;) {
    const open = /^[\s*_]*["“„«]/u.exec(text.slice(at, limit));
    if (!open) break;
    const close = /["”»]/u.exec(text.slice(at + open[0].length, limit));
    if (!close) break;
    items += 1;
    end = at + open[0].length + close.index + 1;
    const joint = /^[\s*_]*(?:[,;–—-][\s*_]*)?(?:(?:và|hoặc)\s+)?(?=["“„«])/u.exec(text.slice(end, limit));
    if (!joint || joint[0].trim() === '') break;
    at = end + joint[0].length;
  }
  if (items === 0) return null;
  const after = text.slice(end, limit);
  const open = items > 1 && /^[\s*_]*(?:[,;]|và\s|hoặc\s|\.\.\.|…|v\.?v)/u.test(after);
  return { items, end, open };
}

/**
 * `05 nhóm: pháp lý, hạ tầng, an ninh, dữ liệu, nguồn lực`, `04 cấp: Trung ương – tỉnh – huyện –
 * xã`, `05 nhóm "a, b, c, d, e"`: a count whose noun phrase ends at a colon or an opening quote,
 * and the list that runs to the end of the sentence.
 */
function inlineLists(analysis: Analysis, unitId: string): ListClaim[] {
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const t of tokens) {
    if (!isListCount(t) || t.fraction) continue;
    const text = maskedNames(analysis.index, unitId);
    const limit = Math.min(t.sentence.end, t.paren ? t.paren.close : text.length);
    const rest = text.slice(t.numberEnd, limit);
    // The noun phrase of the count, at most a few words, then `:` or an opening quote.
    // … or `gồm`/`là` before names (`còn 9 tỉnh chưa gửi báo cáo là Vĩnh Phúc, Quảng Trị …`).
    const dashed = dashedNoun(rest);
    if (dashed !== null && !nameSpansDash(analysis.index, unitId, t.numberEnd, t.numberEnd + dashed.length)) {
      // `02 dịch vụ công liên thông khai sinh – khai tử`: where the first item starts inside the noun
      // phrase is known only when the pieces echo each other; otherwise they only confirm the count.
      if (dashed.count === t.fact.value || dashed.parallel)
        found.push(
          plainList({
            count: t,
            source: 'colon',
            items: dashed.count,
            unit: unitId,
            start: t.numberEnd,
            end: t.numberEnd + dashed.length,
            cue: '– … –',
          }),
        );
      continue;
    }
    // `3 trong 1:` — the `1` belongs to the idiom, not to the noun phrase's figures.
    const inOne = IN_ONE.test(rest);
    const headText = inOne ? rest.replace(/\d+/u, (d) => 'x'.repeat(d.length)) : rest;
    const head =
      /^[^:;,.()"“„«\d]{0,60}?(?:(?:,\s*(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể))?\s*:|(?=\s["“„«]))/u.exec(headText) ??
      /^[^:;,.()"“„«\d]{0,70}?\s(?:gồm có|bao gồm|gồm|là)(?=\s+\p{Lu})/u.exec(headText);
    if (!head || head[0].split(/\s+/u).filter(Boolean).length > 9) continue;
    // `02 đợt kiểm tra tại các xã: …`, `05 giấy phép cho các doanh nghiệp: …`: the list may name the
    // places or the beneficiaries rather than the counted things, so it only confirms.
    const aside = findCues(fold(head[0]), 'listHeadNot').length > 0;
    const from = t.numberEnd + head[0].length;
    const quoted = QUOTE_OPEN.test(text.slice(from));
    let to = limit;
    // `05 nhóm: a, b; 04 cấp: c – d`: a `;` before the next count closes this list.
    const nextCount = tokens.find((o) => o.index > t.index && o.start >= from && o.start < limit);
    if (nextCount) {
      const semicolon = text.lastIndexOf(';', nextCount.start);
      if (semicolon >= from && /^[\s*_]*$/u.test(text.slice(semicolon + 1, nextCount.start))) to = semicolon;
    }
    let series: QuotedSeries | null = null;
    if (quoted) {
      series = quotedSeries(text, from, limit);
      if (!series) continue;
      to = series.end;
    }
    // `mô hình “Tổ 3 trong 1: Lắng nghe – Tuyên truyền – Hỗ trợ” tại …`: the model's name closes its list.
    if (inOne && !quoted) {
      const close = text.slice(from, to).search(/[”"»]/u);
      if (close > 0) to = from + close;
    }
    // `… là Vĩnh Phúc, …, Kiên Giang, có 52 tỉnh đã cập nhật …`: the names stop before the clause of
    // the next figure; where exactly is a guess, so such a list only confirms.
    const inside = tokens.find((o) => o.start >= from && o.end <= to);
    let cut = false;
    if (inside && !quoted) {
      const comma = text.lastIndexOf(',', inside.start);
      if (comma <= from) continue;
      to = comma;
      cut = true;
    }
    const own = text.slice(from, to);
    if (/[:()]/u.test(own) || own.length > 400) continue;
    if (tokens.some((o) => o.start >= from && o.end <= to)) continue;
    // A list running off the end of its paragraph unpunctuated may go on past a page break
    // (`… là Hà Giang, Hà` ⏎ `17` ⏎ `Tĩnh, Gia Lai và Bình Dương trong đó …`).
    const runsOff = to >= text.length && !/[.;”"»)]\s*$/u.test(own);
    const body = runsOff && !quoted ? own + continuationAfter(analysis.index, unitId) : own;
    // `03 tiêu chí “a”, “b” và “c”`: one item a quotation, commas inside each belong to it.
    // Quotations right after a short noun (`03 tiêu chí “…”, “…”`) or a colon are the counted things;
    // after a longer phrase they may be titles the counted things earned (`03 xã đạt danh hiệu “…”, “…”`).
    const bound = head[0].includes(':') || head[0].trim().split(/\s+/u).length <= 3;
    const listed = series && series.items > 1 ? { count: series.items, loose: series.open || !bound } : inlineItems(body, quoted);
    if (!listed || listed.count < 2) continue;
    if (cut || runsOff || aside) listed.loose = true;
    if (listed.loose && listed.count !== t.fact.value) continue;
    // `03 nhóm giải pháp gồm 12 nhiệm vụ: …`: the list may name the groups or the tasks, so it only confirms.
    const outer = tokens.find(
      (o) =>
        o.index === t.index - 1 &&
        isListCount(o) &&
        /^[^,;:.()\d]{0,40}\s(?:gồm có|bao gồm|gồm|với|có)\s+$/u.test(text.slice(o.numberEnd, t.numberStart)),
    );
    if (outer && listed.count !== t.fact.value) continue;
    const readings = listed.readings ?? [listed.count];
    const stated = t.fact.value ?? -1;
    // The readings differ only by a final `và` joining two items or one: a count beyond both is wrong either way.
    const beyond = stated < Math.min(...readings) || stated > Math.max(...readings);
    const nearest = stated < Math.min(...readings) ? Math.min(...readings) : Math.max(...readings);
    found.push({
      count: t,
      source: 'colon',
      items: readings.includes(stated) ? stated : beyond ? nearest : listed.count,
      unit: unitId,
      start: from,
      end: to,
      cue: quoted ? '"…"' : ': …',
      citation: false,
      footnote: null,
      itemsNameNoun: false,
      alternative: null,
      ambiguous: readings.length > 1 && !beyond,
    });
  }
  return found;
}

/**
 * `… 07/24 chỉ tiêu đạt trên 90% kế hoạch¹²` with footnote 12 listing seven items. The marker
 * must follow the count in the same clause, with no other count or figure between them.
 */
/** Blocks by id, per document: looked up once per unit, so built once, not searched each time. */
const blocksById = new WeakMap<DocumentIndex, Map<string, DocumentIndex['input']['blocks'][number]>>();

function blockOf(index: DocumentIndex, unitId: string): DocumentIndex['input']['blocks'][number] | undefined {
  let byId = blocksById.get(index);
  if (!byId) {
    byId = new Map();
    // The first block of an id wins, as `Array.find` had it.
    for (const b of index.input.blocks) if (!byId.has(b.id)) byId.set(b.id, b);
    blocksById.set(index, byId);
  }
  return byId.get(unitId);
}

function footnoteLists(index: DocumentIndex, analysis: Analysis, unitId: string, contents: readonly FootnoteContent[]): ListClaim[] {
  const block = blockOf(index, unitId);
  if (!block) return [];
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const anchor of block.anchors) {
    const grouped = groupedFootnote(index, analysis, block.text, unitId, anchor);
    if (grouped) {
      found.push(...grouped);
      continue;
    }
    const content = contents.find((c) => c.footnote === anchor.footnote);
    if (!content || content.kind === 'statement') continue;
    const clauseStart = clauseStartOf(block.text, anchor.offset, analysis.markers(unitId));
    // The figure stands before the marker; its noun phrase may run past it (`04 dự thảo¹ văn bản`).
    const inClause = tokens.filter((t) => t.numberEnd <= anchor.offset && t.start >= clauseStart && !(t.percent && t.fact.bound !== null));
    const nearest = inClause[inClause.length - 1];
    if (!nearest || !isCount(nearest)) continue;
    const gap = block.text.slice(nearest.end, anchor.offset);
    const counts = inClause.filter((t) => !t.percent && t.interval !== null);
    const words = gap.trim().split(/\s+/u).filter(Boolean).length;
    const footnoteId = index.footnotesByNumber.get(anchor.footnote)?.id ?? '';
    // The count the marker belongs to: one standing a few words before it; or, further away, the
    // only count of its clause when the footnote names what was counted (places, agencies, documents).
    const documentCount =
      hasCue(fold(nearest.fact.unit ?? ''), 'documents') &&
      content.items.some((item) => findCues(fold(item), 'documents').some((c) => c.start === 0));
    const firm =
      words <= 8 ||
      (counts.length === 1 &&
        (documentCount || namesEntities(index, footnoteId, content.itemCount) || namesNoun(content.items, nearest.fact.unit)));
    // Most, not all, items named by the extractors: the footnote confirms the count, never contradicts it.
    const loose = !firm && counts.length === 1 && mostlyEntities(index, footnoteId, content.items);
    if (!firm && !loose) continue;
    if (/[;.]/u.test(gap.replace(/\d\.\d/gu, ''))) continue;
    const citation = content.kind === 'citation';
    if (citation && (nearest.fact.value ?? 0) > 20) continue;
    // A footnote that gives the count's own parts (`(04 hồ sơ)`, `(02 hồ sơ)`) is a breakdown, not a list.
    const footnoteUnit = index.footnotesByNumber.get(anchor.footnote)?.id ?? '';
    if (analysis.unitTokens(footnoteUnit).some((f) => !f.percent && f.interval !== null && unitAgreement(f, nearest) === 'same')) continue;
    // Documents counted against a footnote of documents: count the items that open with a document
    // (`Kế hoạch số …`, `văn bản số …`); a description running over `và` is not a second item.
    const documents = hasCue(fold(nearest.fact.unit ?? ''), 'documents')
      ? content.items.filter((item) => findCues(fold(item), 'documents').some((c) => c.start === 0)).length
      : 0;
    const opening = openingReferences(index, footnoteId);
    // The ways of counting the footnote's items; they must agree before a mismatch is asserted.
    // `;` separates items strictly; a name inside one may still hold `và` (`Dự thảo Tờ trình và Quyết định …`).
    const segments = topLevelSegments(index.text(footnoteId));
    // Items numbered (1), (2) … from the footnote's start are counted by their numbers, one reading only.
    const numberedAll = numberedRun(index, analysis, footnoteId, 0);
    const numbered = numberedAll && !numberedAll.broken ? numberedAll : null;
    const slipped = numberedAll ? null : slippedNumbering(analysis, footnoteId, 0);
    const counted = numbered ?? slipped;
    const readings = counted
      ? [counted.items]
      : [
          ...new Set([
            content.itemCount,
            ...(documents > 0 ? [documents] : []),
            ...(opening > 0 ? [opening] : []),
            // Documents are counted by the documents that open items; `;` pieces count names.
            ...(segments > 1 && documents === 0 && opening === 0 ? [segments] : []),
          ]),
        ];
    const items = readings.includes(nearest.fact.value ?? -1)
      ? (nearest.fact.value as number)
      : counted
        ? counted.items
        : documents > 0
          ? documents
          : content.itemCount;
    // `02 Quyết định, 06 văn bản¹`: the footnote may list both groups.
    const sibling = counts
      .filter(
        (c) =>
          c !== nearest &&
          c.end <= nearest.start &&
          /^[\s,]*(?:và\s*)?$/u.test(block.text.slice(c.end, nearest.numberStart).replace(/^[^,]*?(?=,|\svà\s)/u, '')) &&
          hasCue(fold(c.fact.unit ?? ''), 'documents'),
      )
      .pop();
    const alternative = sibling ? (sibling.fact.value ?? 0) + (nearest.fact.value ?? 0) : null;
    if (items === 0) continue;
    const footnote = index.footnotesByNumber.get(anchor.footnote);
    // `02 Quyết định, 06 văn bản¹` over two decisions and six other documents: the items that open
    // with the first noun are its own, the rest the second count's (or all of them, `08 văn bản`).
    // Counted by the items that open with a document where there are such (a `và` may split one).
    const total = documents > 0 ? documents : content.items.length;
    const siblingNoun = sibling ? fold(sibling.fact.unit ?? '') : '';
    const own = sibling ? content.items.filter((item) => fold(item).trimStart().startsWith(siblingNoun)).length : 0;
    if (sibling && own > 0 && own < total && alternative !== null) {
      const split = { unit: footnote?.id ?? `fn${anchor.footnote}`, start: 0, end: footnote?.text.length ?? 0 };
      const common = { source: 'footnote' as const, ...split, cue: `…${anchor.footnote}`, citation: false, footnote: anchor.footnote };
      // When both counts miss their items yet add up to the whole list, the split is what is unclear.
      const bothOff = sibling.fact.value !== own && nearest.fact.value !== total - own && nearest.fact.value !== total;
      const unclear = bothOff && alternative === total;
      found.push(
        { ...common, count: sibling, items: own, alternative: null, ambiguous: unclear, itemsNameNoun: true },
        {
          ...common,
          count: nearest,
          items: nearest.fact.value === total ? total : total - own,
          alternative: null,
          ambiguous: unclear,
          itemsNameNoun: true,
        },
      );
      continue;
    }
    found.push({
      count: nearest,
      source: 'footnote',
      items,
      unit: footnote?.id ?? `fn${anchor.footnote}`,
      start: 0,
      end: footnote?.text.length ?? 0,
      cue: `…${anchor.footnote}`,
      citation: citation && documents === 0,
      footnote: anchor.footnote,
      alternative,
      ambiguous: readings.length > 1 || loose,
      itemsNameNoun: namesNoun(content.items, nearest.fact.unit),
      slip: slipped?.slip ?? null,
    });
  }
  return found;
}

const wordsOf = (s: string): string[] => fold(s).match(/\p{L}+/gu) ?? [];

/**
 * `đã triển khai 13/19 nhiệm vụ, đang triển khai 04 nhiệm vụ, … là 02 nhiệm vụ⁴` with footnote 4
 * `19 nhiệm vụ: - Nhiệm vụ đã triển khai: (1) … - Nhiệm vụ đang triển khai: (1) … - …: (1) …`.
 * The footnote's numbered groups answer the sentence's counts in order, and each group's label
 * repeats the words that introduce its count (`đã triển khai`, `đang triển khai`) more than any
 * other group's label does. Returns null when the footnote is not grouped that way (the marker is
 * then read as an ordinary footnote list), [] when it is but the counts cannot be paired.
 */
function groupedFootnote(
  index: DocumentIndex,
  analysis: Analysis,
  text: string,
  unitId: string,
  anchor: { footnote: number; offset: number },
): ListClaim[] | null {
  const footnote = index.footnotesByNumber.get(anchor.footnote);
  if (!footnote) return null;
  const ftext = index.text(footnote.id);
  const firstMarker = analysis.markers(footnote.id)[0];
  if (!firstMarker) return null;
  let run: NumberedRun | null = null;
  // The groups may follow the footnote's own count (`19 nhiệm vụ trọng tâm:`) or open it.
  for (let colon = -1; colon < firstMarker.start; colon = ftext.indexOf(':', colon + 1)) {
    run = numberedRun(index, analysis, footnote.id, colon + 1);
    if (run || ftext.indexOf(':', colon + 1) < 0) break;
  }
  if (!run || run.groups.length < 2 || run.groups.some((g) => g.label === null)) return null;
  const groups = run.groups;
  const sentenceStart = Math.max(text.lastIndexOf('. ', anchor.offset - 1) + 1, 0);
  const counts = analysis
    .unitTokens(unitId)
    .filter((t) => t.end <= anchor.offset && t.start >= sentenceStart && !t.percent && t.interval !== null && isCount(t))
    .slice(-groups.length);
  if (counts.length !== groups.length) return [];
  const noun = fold(counts[0]?.fact.unit ?? '');
  if (counts.some((c) => fold(c.fact.unit ?? '') !== noun)) return [];
  const nounWords = new Set(wordsOf(noun));
  const labels = groups.map((g) => new Set(wordsOf(g.label ?? '').filter((w) => !nounWords.has(w))));
  const found: ListClaim[] = [];
  for (const [k, count] of counts.entries()) {
    const from = k === 0 ? sentenceStart : (counts[k - 1] as Token).end;
    const lead = new Set(wordsOf(text.slice(from, count.start)));
    const scores = labels.map((l) => [...l].filter((w) => lead.has(w)).length);
    const own = scores[k] ?? 0;
    if (own === 0 || scores.some((x, j) => j !== k && x >= own)) return [];
    const g = groups[k] as NumberedGroup;
    found.push({
      count,
      source: 'footnote',
      items: g.items,
      unit: g.unit,
      start: g.start,
      end: g.end,
      cue: `…${anchor.footnote} ${g.label ?? ''}:`,
      citation: false,
      footnote: anchor.footnote,
      alternative: null,
      ambiguous: run.broken,
      itemsNameNoun: false,
    });
  }
  return found;
}

/** Pieces between `;` outside parentheses and quotes. */
function topLevelSegments(text: string): number {
  let depth = 0;
  let quoted = false;
  let pieces = 0;
  let content = false;
  for (const ch of text) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    if (ch === ';' && depth === 0 && !quoted) {
      if (content) pieces += 1;
      content = false;
    } else if (/\p{L}/u.test(ch)) content = true;
  }
  return pieces + (content ? 1 : 0);
}

/** Where the clause holding an offset starts: after `;`, `:`, a full stop, or an enumeration marker. */
function clauseStartOf(text: string, offset: number, markers: readonly { start: number; end: number }[]): number {
  let k = offset - 1;
  while (k > 0 && !/[;:]/u.test(text[k] ?? '') && !(text[k] === '.' && /\s/u.test(text[k + 1] ?? ''))) k -= 1;
  const marker = markers.filter((m) => m.end <= offset).pop();
  return Math.max(k + 1, marker ? marker.end : 0);
}

/** Citations that open an item of a footnote (`Công văn số …`), not those cited inside one. */
function openingReferences(index: DocumentIndex, footnoteId: string): number {
  const text = index.text(footnoteId);
  return index.input.references.filter(
    (r) => r.position.block === footnoteId && /(?:^|[.;,]|\svà)\s*$/u.test(text.slice(Math.max(0, r.position.start - 6), r.position.start)),
  ).length;
}

/** Every item of a footnote is a named place or agency (the extractors found one in each). */
function namesEntities(index: DocumentIndex, footnoteId: string, itemCount: number): boolean {
  return itemCount > 0 && namesIn(index, footnoteId).length >= itemCount;
}

/** Names for most items (two in three), each item a capitalised name: agencies the lexicon does not know all of. */
function mostlyEntities(index: DocumentIndex, footnoteId: string, items: readonly string[]): boolean {
  const names = namesIn(index, footnoteId).length;
  return items.length >= 3 && items.every((item) => /^\p{Lu}/u.test(item.trim())) && 3 * names >= 2 * items.length;
}

const namesNoun = (items: readonly string[], unit: string | null): boolean => {
  const noun = unit ? fold(unit) : '';
  return noun.length > 0 && items.length > 0 && items.every((item) => fold(item).includes(noun));
};

/**
 * `03 lớp: (1) …; (2) …; (3) …`, `Nhóm nhiệm vụ đang triển khai (06 nhiệm vụ):` followed by the
 * paragraphs `(1) …` to `(6) …`, `19 nhiệm vụ: - Đã triển khai: (1) … - Đang triển khai: (1) …`:
 * a count whose noun phrase ends at a colon, and the numbered items that follow it.
 */
function numberedLists(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  const found: ListClaim[] = [];
  for (const t of analysis.unitTokens(unitId)) {
    if (!isListCount(t) || t.fraction) continue;
    const text = t.unit.text;
    let from: number | null = null;
    if (t.paren) {
      // `(06 nhiệm vụ):` — the parenthesis holds only the count and its noun.
      const inside = text.slice(t.paren.open + 1, t.start) + text.slice(t.numberEnd, t.paren.close);
      const after = /^\s*:/u.exec(text.slice(t.paren.close + 1));
      if (after && !/\d/u.test(inside) && inside.trim().split(/\s+/u).length <= 4) from = t.paren.close + 1 + after[0].length;
    } else {
      // `02 nội dung trọng tâm, gồm: (1) …; (2) …` — a `gồm` after a comma introduces the same list.
      const head = /^[^:;,.()"“„«\d]{0,60}?(?:,\s*(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể))?\s*:/u.exec(text.slice(t.numberEnd));
      if (head && head[0].split(/\s+/u).filter(Boolean).length <= 9) from = t.numberEnd + head[0].length;
    }
    if (from === null) continue;
    const run = numberedRun(index, analysis, unitId, from);
    if (!run) {
      const slipped = slippedNumbering(analysis, unitId, from);
      if (slipped)
        found.push({
          count: t,
          source: 'colon',
          items: slipped.items,
          unit: unitId,
          start: slipped.start,
          end: slipped.end,
          cue: ': (1) … (2) …',
          citation: false,
          footnote: null,
          itemsNameNoun: false,
          alternative: null,
          ambiguous: false,
          slip: slipped.slip,
        });
      continue;
    }
    found.push({
      count: t,
      source: 'colon',
      items: run.items,
      unit: run.unit,
      start: run.start,
      end: run.end,
      cue: run.groups.length > 1 ? ': - … (1) … - … (1) …' : ': (1) … (2) …',
      citation: false,
      footnote: null,
      itemsNameNoun: false,
      alternative: null,
      ambiguous: run.broken,
    });
  }
  return found;
}

const BULLETS = new Set(['-', '+', '•', '*', '–', '—', '·', 'o']);
const MAX_ITEM_WORDS = 60;

/** A list item's or heading's label as a place in a sequence (`a)` → 1, `3.` → 3), or its bullet. */
function itemLabel(label: string | null): { style: string; values: number[] } | null {
  if (!label) return null;
  const bare = label.trim();
  if (BULLETS.has(bare)) return { style: `bullet${bare}`, values: [] };
  const inner = bare.replace(/^\(/u, '').replace(/[.)]$/u, '');
  // Letters run in the Vietnamese alphabet (`d) đ) e)`) or the Latin one (`d) e)`).
  if (/^[a-zđ]$/u.test(inner))
    return { style: 'letter', values: [VI_LETTERS.indexOf(inner) + 1, inner.charCodeAt(0) - 96].filter((v) => v > 0) };
  const v = markerValue(inner);
  return v ? { style: v.style, values: [v.value] } : null;
}
const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/**
 * `03 hội nghị: Hội nghị sơ kết 6 tháng, Hội nghị tập huấn và Hội nghị chuyên đề`: each item
 * opens with the counted noun, so the pieces between `,`, `;` and `và` that open with it are the
 * items, whatever figures the items hold. With a piece of another kind among them (part of an
 * item, an item of another kind, the sentence going on) the items only confirm the count.
 */
function nounOpenedLists(analysis: Analysis, unitId: string): ListClaim[] {
  const found: ListClaim[] = [];
  const text = maskedNames(analysis.index, unitId);
  for (const t of analysis.unitTokens(unitId)) {
    if (!isCount(t) || t.fraction || !t.fact.unit) continue;
    // The noun as the text writes it (`tổ dân phố`) or as the lexicon names it (`khu phố`).
    const nouns = [...new Set([fold(t.unit.text.slice(t.numberEnd, t.end)).trim(), fold(t.fact.unit).trim()])].filter((n) => n.length >= 3);
    if (nouns.length === 0) continue;
    const limit = Math.min(t.sentence.end, t.paren ? t.paren.close : text.length);
    const head = /^[^:;,.()"“„«\d]{0,80}?(?:(?:,\s*)?(?:gồm có|bao gồm|gồm|cụ thể là|là)\s*:?|:)\s*/u.exec(text.slice(t.numberEnd, limit));
    // Items repeating the counted noun tie the list to its count over a longer clause.
    if (!head || head[0].split(/\s+/u).filter(Boolean).length > 12) continue;
    const from = t.numberEnd + head[0].length;
    const body = fold(text.slice(from, limit));
    const noun = nouns.find((n) => body.startsWith(n) && !/\p{L}/u.test(body[n.length] ?? ''));
    if (noun === undefined) continue;
    const opens = (at: number): boolean => body.startsWith(noun, at) && !/\p{L}/u.test(body[at + noun.length] ?? '');
    // Pieces between `,`, `;` and `và`, each with where it starts.
    const pieces: { at: number; end: number; opens: boolean }[] = [];
    const stop = /\s*(?:[,;]|\svà\s)\s*/gu;
    let at = 0;
    for (let m = stop.exec(body); ; m = stop.exec(body)) {
      const end = m ? m.index : body.replace(/[\s.:]+$/u, '').length;
      if (end > at) pieces.push({ at, end, opens: opens(at) });
      if (!m) break;
      at = m.index + m[0].length;
    }
    const items = pieces.filter((p) => p.opens);
    // A piece of another kind may be part of the item before it, another kind of item or the
    // sentence going on: the count is then no longer fixed.
    const gap = items.length !== pieces.length;
    const starts = items.map((p) => p.at);
    const last = items[items.length - 1];
    const end = from + (last?.end ?? 0);
    const aside = findCues(fold(head[0]), 'listHeadNot').length > 0;
    if (starts.length < 2 || ((gap || aside) && starts.length !== t.fact.value)) continue;
    found.push(
      plainList({
        count: t,
        source: 'colon',
        items: starts.length,
        unit: unitId,
        start: from,
        end,
        cue: `: ${t.fact.unit} …, ${t.fact.unit} …`,
        itemsNameNoun: true,
      }),
    );
  }
  return found;
}

/**
 * `Sở đã triển khai 03 nhiệm vụ trọng tâm:` closing its paragraph, then the items one a paragraph:
 * `- …;` `- …;` `- ….` (bullets of one kind) or `a) …;` `b) …` (letters or numbers in sequence).
 * Items of another kind between them are nested under the one before. The items run until a
 * paragraph of no such kind; a run whose items end with `;` up to one ending with `.` is one
 * enumerated sentence, so it fixes the count. Items written as sentences of their own (each `.`)
 * may go on into the section's next points: they only confirm.
 */
function itemRuns(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  const own = index.unit(unitId);
  if (!own || own.cell || own.kind === 'footnote') return [];
  const text = own.text;
  if (!/:[\s*_]*$/u.test(text)) return [];
  const units = index.orderedUnits();
  const position = units.findIndex((u) => u.id === unitId);
  const found: ListClaim[] = [];
  for (const t of analysis.unitTokens(unitId)) {
    if (!isListCount(t) || t.fraction || t.paren) continue;
    const head = /^[^:;,.()"“„«\d]{0,60}?(?:,\s*(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể|như sau))?\s*:[\s*_]*$/u.exec(
      text.slice(t.numberEnd),
    );
    if (!head || head[0].split(/\s+/u).filter(Boolean).length > 9) continue;
    // `03 hồ sơ trễ hạn do:`, `02 cuộc kiểm tra tại:`: the items are causes or places, not the counted things.
    if (findCues(fold(head[0]), 'listHeadNot').length > 0) continue;
    let style: string | null = null;
    let expect = 1;
    const items: (typeof units)[number][] = [];
    for (let k = position + 1; k < units.length; k += 1) {
      const u = units[k] as (typeof units)[number];
      if (u.kind === 'footnote') continue;
      if (u.cell || (u.kind !== 'list-item' && u.kind !== 'heading')) break;
      const label = itemLabel(u.label);
      if (!label) break;
      if (style === null) {
        if (label.values.length > 0 && !label.values.includes(1)) break;
        style = label.style;
      }
      if (label.style !== style) {
        // A nested item under the one before (`+` under `-`, `-` under `a)`), never before the first.
        if (items.length === 0) break;
        continue;
      }
      if (label.values.length > 0 && !label.values.includes(expect)) break;
      expect += 1;
      items.push(u);
      if (u.text.split(/\s+/u).length > MAX_ITEM_WORDS) break;
    }
    if (items.length < 2) continue;
    // `tiếp nhận 36 hồ sơ:` then `- Lĩnh vực đất đai: 20 hồ sơ;`: items counting the same things
    // share the count out (a breakdown); they do not enumerate it.
    const sharesOut = items.some((u) =>
      analysis.unitTokens(u.id).some((o) => !o.percent && !o.fraction && o.interval !== null && unitAgreement(o, t) !== 'different'),
    );
    if (sharesOut) continue;
    const ends = items.map((u) => u.text.trim().slice(-1));
    // An item ending in a colon opens a list of its own: the levels can no longer be told apart.
    if (ends.includes(':')) continue;
    const close = ends.findIndex((e) => e === '.');
    // `;` … `;` then `.`: one sentence enumerated, closed where its full stop is.
    const sentence = close > 0 && ends.slice(0, close).every((e) => e === ';' || e === ',');
    const counted = sentence ? close + 1 : items.length;
    if (!sentence && counted !== t.fact.value) continue;
    const first = items[0] as (typeof items)[number];
    found.push(
      plainList({
        count: t,
        source: 'colon',
        items: counted,
        unit: first.id,
        start: 0,
        end: first.text.length,
        cue: style?.startsWith('bullet') ? ': - …; - …' : ': a) …; b) …',
      }),
    );
  }
  return found;
}

/**
 * `đang triển khai 02 cuộc thanh tra theo Quyết định số 59/QĐ-STC …; Quyết định số 69/QĐ-STC …`: a
 * count followed by the documents it rests on, one a clause, each opening after `theo`/`gồm`/`:`,
 * `;`, `,` or `và`, all of one type. One document may cover several of the counted things, so the
 * documents only confirm the count.
 */
function referenceLists(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  const text = index.text(unitId);
  const refs = index.input.references.filter((r) => r.position.block === unitId).sort((a, b) => a.position.start - b.position.start);
  if (refs.length < 2) return [];
  const found: ListClaim[] = [];
  for (const t of analysis.unitTokens(unitId)) {
    if (!isListCount(t) || t.fraction) continue;
    const head = /^[^:;,.()\d]{1,50}?(?:\s(?:theo|gồm có|gồm|bao gồm|là)\s+|:\s*)$/u;
    const first = refs.find((r) => r.position.start > t.numberEnd && head.test(text.slice(t.numberEnd, r.position.start)));
    if (!first || !first.type) continue;
    const sentenceEnd = text.indexOf('. ', first.position.end);
    const limit = sentenceEnd < 0 ? text.length : sentenceEnd;
    const opening = refs.filter(
      (r) =>
        r.position.start > first.position.end &&
        r.position.end <= limit &&
        /(?:[;,]|\svà)\s*$/u.test(text.slice(Math.max(0, r.position.start - 5), r.position.start)),
    );
    if (opening.some((r) => fold(r.type ?? '') !== fold(first.type ?? ''))) continue;
    const items = 1 + opening.length;
    if (items < 2 || items !== t.fact.value) continue;
    found.push({
      count: t,
      source: 'colon',
      items,
      unit: unitId,
      start: first.position.start,
      end: limit,
      cue: 'theo …; …',
      citation: true,
      footnote: null,
      itemsNameNoun: false,
      alternative: null,
      ambiguous: true,
    });
  }
  return found;
}

/** Level words of the gazetteer (`tỉnh`, `huyện`, `xã` …), spelled out, with the kind each names. */
const LEVELS = places.levels.filter((l) => /^\p{Ll}/u.test(l.word));
const PLACE_LEVEL = `(?:${LEVELS.map((l) => l.word)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const PLACES_AFTER = new RegExp(`^[^:;,.()\\d]{1,60}?\\s(?:tại|ở)\\s+(?:các\\s+)?${PLACE_LEVEL}\\s+`, 'u');

/**
 * `02 ổ dịch xảy ra tại xã Jang Re'h và Ea Trul của huyện Krông Bông`: places named after `tại` and
 * their level word, joined by commas and `và`, up to `của`/`thuộc` or the clause's end. The count
 * may be of events rather than places, so the names only confirm it.
 */
function placeLists(analysis: Analysis, unitId: string): ListClaim[] {
  const found: ListClaim[] = [];
  const text = maskedNames(analysis.index, unitId);
  for (const t of analysis.unitTokens(unitId)) {
    if (!isListCount(t) || t.fraction) continue;
    const head = PLACES_AFTER.exec(text.slice(t.numberEnd, t.sentence.end));
    if (!head) continue;
    const from = t.numberEnd + head[0].length;
    const rest = text.slice(from, t.sentence.end);
    const stop = /\s(?:của|thuộc|trên|với|đã|được|đều|gây)\s|[;.:()\d]|,\s*\p{Ll}/u.exec(rest);
    const names = rest.slice(0, stop ? stop.index : rest.length);
    const pieces = names.split(/,|\svà\s/u).map((p) => p.trim());
    if (pieces.length < 2 || pieces.some((p) => !/^\p{Lu}/u.test(p) || wordCount(p) > 4)) continue;
    if (pieces.length !== t.fact.value) continue;
    found.push({
      count: t,
      source: 'colon',
      items: pieces.length,
      unit: unitId,
      start: from,
      end: from + names.trimEnd().length,
      cue: 'tại …',
      citation: false,
      footnote: null,
      itemsNameNoun: false,
      alternative: null,
      ambiguous: true,
    });
  }
  return found;
}

/**
 * The kinds of place (src/lexicon/places.json) a level word counts: its own and the kinds that stand
 * in for it (a city ranks as a province).
 */
const KIND_FAMILY: Record<string, readonly string[]> = {
  province: ['province', 'city'],
  city: ['province', 'city'],
  district: ['district', 'town', 'city'],
  town: ['district', 'town'],
  commune: ['commune', 'ward', 'town'],
  ward: ['ward', 'commune'],
};
const LEVEL_KINDS: Record<string, readonly string[]> = Object.fromEntries(
  LEVELS.map((l) => [fold(l.word), KIND_FAMILY[l.kind] ?? [l.kind]]),
);

/** Level words (`xã`, `phường`, `thị trấn` …) by the kind they name. */
const LEVEL_WORDS_BY_KIND = new Map<string, string[]>();
for (const l of LEVELS) LEVEL_WORDS_BY_KIND.set(l.kind, [...(LEVEL_WORDS_BY_KIND.get(l.kind) ?? []), fold(l.word)]);
// `04 xã`, `04 địa bàn cấp xã`, `03 đơn vị hành chính cấp huyện`: the level counted, not one named after (`05 thôn thuộc xã`).
const COUNTED_LEVEL = new RegExp(`^\\s+(?:(?:\\p{L}+\\s+){1,3}cấp\\s+)?(${PLACE_LEVEL})(?![\\p{L}])`, 'u');
// What may follow an item's name inside its piece: the place above it (`thuộc huyện …`), its new name.
const PLACE_QUALIFIER = /^(?:thuộc|trực thuộc|của|nay là|nay thuộc)\s/u;

/**
 * `04 địa bàn cấp xã (có 19 ấp/khu phố) gồm: Phường 5, Phường 6 thuộc Quận 5 (nay là …); xã
 * Thạnh An, thuộc huyện Cần Giờ và xã Lý Nhơn`: places of the counted level, each opening a piece
 * between `,`, `;` and `và` (parentheses aside), the other pieces only placing the one before
 * (`thuộc …`). Every piece accounted for, the places fix the count.
 */
function levelLists(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  const found: ListClaim[] = [];
  const tokens = analysis.unitTokens(unitId);
  for (const t of tokens) {
    if (!isListCount(t) || t.fraction || t.paren) continue;
    const text = maskedNames(index, unitId);
    const level = COUNTED_LEVEL.exec(fold(text.slice(t.numberEnd, t.sentence.end)));
    if (!level?.[1]) continue;
    const kinds = LEVEL_KINDS[level[1]] ?? [];
    const words = kinds.flatMap((k) => LEVEL_WORDS_BY_KIND.get(k) ?? []).sort((a, b) => b.length - a.length);
    let at = t.numberEnd + level[0].length;
    // One parenthesis about the count itself may stand before the list (`(có 19 ấp/khu phố)`).
    const paren = analysis.parens(unitId).find((p) => p.open >= at && /^\s*$/u.test(text.slice(at, p.open)));
    if (paren) at = paren.close + 1;
    const intro = /^\s*,?\s*(?:gồm có|bao gồm|gồm|là)?\s*(:)?\s*/u.exec(fold(text.slice(at, t.sentence.end)));
    if (!intro || intro[0].trim() === '' || intro[0].trim() === ',') continue;
    const from = at + intro[0].length;
    const to = t.sentence.end;
    if (tokens.some((o) => o.start >= from && o.end <= to && !analysis.parens(unitId).some((p) => p.open < o.start && o.end <= p.close)))
      continue;
    // Parentheses blanked (their notes hold names and commas of their own), offsets kept.
    let body = text.slice(from, to);
    for (const p of analysis.parens(unitId))
      if (p.open >= from && p.close < to)
        body = body.slice(0, p.open - from) + ' '.repeat(p.close - p.open + 1) + body.slice(p.close + 1 - from);
    const folded = fold(body).replace(/[.\s]+$/u, '');
    const items: string[] = [];
    let ok = true;
    let pieces = 0;
    for (let k = 0; k <= folded.length;) {
      const stop = /[,;]|\svà\s/u.exec(folded.slice(k));
      const end = stop ? k + stop.index : folded.length;
      const lead = folded.slice(k, end).length - folded.slice(k, end).trimStart().length;
      const piece = folded.slice(k + lead, end).trimEnd();
      pieces += 1;
      const word = words.find((w) => piece.startsWith(`${w} `));
      // The name after the level word: a number (`Phường 5`) or capitalised words (`xã Thạnh An`).
      const nameAt = k + lead + (word?.length ?? 0) + 1;
      if (word && /^(?:\d{1,3}(?![\p{L}\d])|\p{Lu})/u.test(body.slice(nameAt)))
        items.push(piece.split(/\s(?:thuộc|trực thuộc|của|nay là|nay thuộc)\s/u)[0] ?? piece);
      else if (!PLACE_QUALIFIER.test(piece) || items.length === 0) ok = false;
      k = stop ? end + stop[0].length : folded.length + 1;
    }
    if (!ok || pieces < 2 || items.length < 2 || new Set(items).size !== items.length) continue;
    found.push(
      plainList({
        count: t,
        source: 'colon',
        items: items.length,
        unit: unitId,
        start: from,
        end: from + text.slice(from, to).replace(/[.\s]+$/u, '').length,
        cue: 'gồm: <cấp> …, <cấp> …',
      }),
    );
  }
  return found;
}

/**
 * `Sản lượng của 3 tỉnh … là 15.041 tấn. Trong đó: Tại Bình Định …; Tại Khánh Hòa …; tại Phú Yên …`:
 * after `trong đó:`, one `;` clause a place of the counted level, each opening with its name.
 * `trong đó` may detail only some of them, so the places only confirm the count.
 */
function placeBreakdowns(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  const text = index.text(unitId);
  const mentions = namesIn(index, unitId).filter((m) => m.kind !== null);
  if (mentions.length < 2) return [];
  const found: ListClaim[] = [];
  for (const t of analysis.unitTokens(unitId)) {
    const kinds = LEVEL_KINDS[fold(t.fact.unit ?? '')];
    if (!kinds || !isCount(t) || t.fraction) continue;
    const cue = /(?:^|[.;]\s*)trong đó\s*:\s*/iu.exec(text.slice(t.end, t.end + 400));
    if (!cue) continue;
    const from = t.end + cue.index + cue[0].length;
    // Up to the full stop that ends the breakdown (not the one of a figure: `15.041`).
    const stop = /\.\s+\p{Lu}|\.\s*$/u.exec(text.slice(from));
    const to = from + (stop ? stop.index : text.length - from);
    const clauses: number[] = [];
    for (let at = from; at < to;) {
      const end = text.indexOf(';', at);
      clauses.push(at);
      at = end < 0 || end >= to ? to : end + 1;
    }
    const named = clauses.flatMap((at) => {
      const lead = /^\s*(?:tại|ở)?\s*/iu.exec(text.slice(at))?.[0].length ?? 0;
      const m = mentions.find((n) => n.start === at + lead && kinds.includes(n.kind ?? ''));
      return m ? [fold(text.slice(m.start, m.end))] : [];
    });
    if (clauses.length < 2 || named.length !== clauses.length) continue;
    // Fewer places than counted may be a partial detail; more distinct places than counted cannot be.
    const more = named.length > (t.fact.value ?? 0) && new Set(named).size === named.length;
    if (named.length !== t.fact.value && !more) continue;
    found.push({
      count: t,
      source: 'colon',
      items: named.length,
      unit: unitId,
      start: from,
      end: to,
      cue: 'trong đó: tại …; tại …',
      citation: false,
      footnote: null,
      itemsNameNoun: false,
      alternative: null,
      ambiguous: !more,
    });
  }
  return found;
}

/**
 * `02 tổ công tác gồm: Công an tỉnh, Sở Tư pháp, Sở Y tế`, `01 đoàn kiểm tra gồm: - đồng chí …`:
 * a list after a body of members may name the bodies or their members.
 */
function countsBodies(t: Token): boolean {
  const noun = fold(t.fact.unit ?? /^\s+(\p{L}+(?:\s+\p{L}+){0,2})/u.exec(t.unit.text.slice(t.numberEnd))?.[1] ?? '').trim();
  return findCues(noun, 'membersBody').some((c) => c.start === 0);
}

export function findLists(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  // Bodies of members: a list only confirms their count.
  return allLists(index, analysis, unitId).filter((l) => !countsBodies(l.count) || l.items === l.count.fact.value);
}

function allLists(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  // Places of the counted level are read before the plain inline split, which a `thuộc …` piece would miscount.
  const numberedOnly = [...numberedLists(index, analysis, unitId)];
  for (const l of itemRuns(index, analysis, unitId)) if (!numberedOnly.some((n) => n.count === l.count)) numberedOnly.push(l);
  const claimed = new Set(numberedOnly.map((l) => l.count));
  const numbered = [...numberedOnly, ...levelLists(index, analysis, unitId).filter((l) => !claimed.has(l.count))];
  for (const l of numbered) claimed.add(l.count);
  const opened = nounOpenedLists(analysis, unitId).filter((l) => !claimed.has(l.count));
  for (const l of opened) claimed.add(l.count);
  const inline = [
    ...opened,
    ...[...parenthesisLists(analysis, unitId), ...inlineLists(analysis, unitId)].filter((l) => !claimed.has(l.count)),
  ];
  for (const l of inline) claimed.add(l.count);
  return [
    ...numbered,
    ...inline,
    ...[...referenceLists(index, analysis, unitId), ...placeLists(analysis, unitId), ...placeBreakdowns(index, analysis, unitId)].filter(
      (l) => !claimed.has(l.count),
    ),
    ...footnoteLists(index, analysis, unitId, index.input.footnoteContents),
  ];
}
