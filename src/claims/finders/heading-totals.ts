import lexicon from '../../lexicon/balance.json' with { type: 'json' };
import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex, TextUnit } from '../document-index.js';
import { phrasePattern } from '../../text/index.js';
import { fold } from '../lexicon.js';
import { type BalanceClaim, type BalanceTerm, countValue, sameThings } from './balance.js';
import { classOf } from './breakdown.js';

const CLASSIFIERS = lexicon.classifier.map(fold);
const NONE = lexicon.none.map(fold);
const PARTIAL = phrasePattern(lexicon.partial);
/** A list marker left in the text (`- `, `+ `, `c) `, `c). `, `2. `, `(iii) `). */
const MARKER = /^[\s*_]*(?:[-+•]|\(?(?:[a-zđ]|\d{1,2}|[ivx]{1,4})[.)]{1,2})?[\s*_]*/iu;

/** Offsets of the first `:` outside parentheses, or -1. */
function colonOf(text: string): number {
  let depth = 0;
  for (let k = 0; k < text.length; k += 1) {
    const ch = text[k];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0) return k;
  }
  return -1;
}

/** `Tiếp nhận: 03`, `- Tổng số đơn tiếp nhận: 12 đơn.`: a label, a colon and one count, nothing more. */
function totalLine(unit: TextUnit, tokens: readonly Token[]): { total: Token; label: string } | null {
  if (tokens.length !== 1) return null;
  const total = tokens[0] as Token;
  const text = unit.text;
  const colon = colonOf(text);
  if (colon < 0 || colon > total.numberStart || total.depth > 0) return null;
  const label = text.slice(0, colon).replace(MARKER, '');
  if (/\d/u.test(label) || label.split(/\s+/u).length > 10) return null;
  // Nothing but the figure (and its noun) after the colon.
  // `Tổng số đơn: 12 đơn, trong đó:` announces the lines under it as much as a bare total.
  const rest = text.slice(total.numberEnd).replace(/[,;]?\s*(?:trong đó|gồm|cụ thể)\s*:?\s*$/iu, '');
  if (text.slice(colon + 1, total.numberStart).trim() !== '' || !/^[\s\p{L}]*[.;]?\s*$/u.test(rest)) return null;
  if (rest.split(/\s+/u).filter(Boolean).length > 4) return null;
  if (total.percent || total.fraction || classOf(total) !== 'count' || countValue(total) === null) return null;
  return { total, label };
}

interface Item {
  start: number;
  end: number;
  tokens: Token[];
}

/** The items after a line's colon: split at `;` when there are several, else at `,`. */
function itemsOf(text: string, from: number, tokens: readonly Token[]): Item[] {
  const split = (sep: string): Item[] => {
    const items: Item[] = [];
    let depth = 0;
    let start = from;
    for (let k = from; k <= text.length; k += 1) {
      const ch = text[k];
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      if (k === text.length || (ch === sep && depth === 0)) {
        const end = k;
        items.push({ start, end, tokens: tokens.filter((t) => t.start >= start && t.end <= end) });
        start = k + 1;
      }
    }
    return items.filter((i) => text.slice(i.start, i.end).trim() !== '');
  };
  const bySemicolon = split(';');
  return bySemicolon.length >= 2 ? bySemicolon : split(',');
}

/** `không có đơn lưu`: an item stating none. */
function noneOf(text: string, item: Item): BalanceTerm['none'] {
  const raw = text.slice(item.start, item.end);
  const lead = raw.length - raw.trimStart().length;
  const folded = fold(raw.trimStart());
  const phrase = NONE.find((p) => folded.startsWith(`${p} `));
  if (!phrase) return null;
  return { unit: '', start: item.start + lead, end: item.start + lead + phrase.length, raw: raw.trimStart().slice(0, phrase.length) };
}

const MAX_LINES = 8;

/**
 * A total on a line of its own (`Tiếp nhận: 03`) and, in the lines right under it, lines that
 * classify the same things (`Theo loại đơn: 01 khiếu nại, 01 tố cáo, 01 kiến nghị`; `Kết quả xử lý
 * …: 02 đơn chuyển …; 01 đơn thuộc thẩm quyền; không có đơn lưu`): each such line's items add up to
 * the total. A line is read only when each item holds one count (or says `không có`) and its label
 * classifies (`Theo …`, `Kết quả xử lý …`, or any line under a `Phân loại …:` heading).
 */
export function findHeadingTotals(index: DocumentIndex, analysis: Analysis): BalanceClaim[] {
  const units = index.orderedUnits();
  const found: BalanceClaim[] = [];
  for (let ui = 0; ui < units.length; ui += 1) {
    const head = units[ui] as TextUnit;
    if (head.kind === 'footnote' || head.kind === 'cell' || head.kind === 'table') continue;
    const line = totalLine(head, analysis.unitTokens(head.id));
    if (!line) continue;
    let underClassifier = false;
    for (let k = ui + 1; k < units.length && k <= ui + MAX_LINES; k += 1) {
      const unit = units[k] as TextUnit;
      if (unit.kind === 'table' || unit.kind === 'cell' || unit.kind === 'footnote') break;
      const tokens = analysis.unitTokens(unit.id);
      const text = unit.text;
      const colon = colonOf(text);
      const label = colon >= 0 ? fold(text.slice(0, colon).replace(MARKER, '')) : '';
      // `Phân loại đơn:`: a heading that says the lines under it classify.
      if (tokens.length === 0) {
        if (colon >= 0 && text.slice(colon + 1).trim() === '' && CLASSIFIERS.some((c) => label.startsWith(c))) {
          underClassifier = true;
          continue;
        }
        if (unit.kind === 'heading') break;
        continue;
      }
      // Another total line starts another group.
      if (totalLine(unit, tokens)) break;
      if (colon < 0 || /\d/u.test(label)) continue;
      // `Theo loại đơn: 01 khiếu nại, 01 tố cáo`: a classifying line names classes, not the heading's noun.
      // A line that only names the heading's words may count a part of it (`Số vụ đã xử lý: …`): not read.
      if (!CLASSIFIERS.some((c) => label === c || label.startsWith(`${c} `)) && !underClassifier) continue;
      const claim = readLine(unit, colon, tokens, line.total, line.label);
      if (claim) found.push(claim);
    }
  }
  return found;
}

function readLine(unit: TextUnit, colon: number, tokens: readonly Token[], total: Token, headLabel: string): BalanceClaim | null {
  const text = unit.text;
  const items = itemsOf(text, colon + 1, tokens);
  if (items.length < 2) return null;
  const terms: BalanceTerm[] = [];
  let joined = false;
  for (const item of items) {
    const top = item.tokens.filter((t) => t.depth === 0);
    if (top.length === 0) {
      const none = noneOf(text, item);
      if (!none) return null;
      terms.push({ role: 'part', sign: 1, token: null, none: { ...none, unit: unit.id } });
      continue;
    }
    if (top.length > 1) return null;
    const t = top[0] as Token;
    if (t.percent || t.fraction || t.fact.bound !== null || classOf(t) !== 'count' || countValue(t) === null) return null;
    // `01 khiếu nại và 01 tố cáo không thuộc thẩm quyền`: a `và` inside an item joins what a qualifier may share.
    if (/\svà\s/u.test(fold(text.slice(item.start, item.end)))) joined = true;
    terms.push({ role: 'part', sign: 1, token: t, none: null });
  }
  if (terms.every((t) => t.token === null)) return null;
  // `Theo lĩnh vực: chủ yếu là đất đai 05, …`: the items may be only some of the classes.
  PARTIAL.lastIndex = 0;
  const partial = PARTIAL.test(fold(text.slice(colon + 1)));
  // `Theo loại đơn: 01 khiếu nại, 01 tố cáo` names classes in place of a noun; any other line (`Kết quả xử
  // lý: kỷ luật 3 tổ chức, 5 cá nhân`) counts the heading's things only if its items count the same things.
  const counted = terms.flatMap((t) => (t.token ? [t.token] : []));
  const criterion = /^theo\s/u.test(fold(text.slice(0, colon).replace(MARKER, '')));
  const mixed = !criterion && counted.some((t) => sameThings(total, t) === false || counted.some((o) => sameThings(o, t) === false));
  return {
    kind: 'heading-sum',
    stated: total,
    statedRole: 'total',
    terms,
    cue: `${headLabel.trim()}: N … ${text.slice(0, colon).replace(MARKER, '').trim()}:`,
    doubt: joined || partial || mixed ? 'partsMayOverlap' : null,
    unplaced: [],
  };
}
