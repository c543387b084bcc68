import subKindWords from '../../lexicon/sub-kinds.json' with { type: 'json' };
import type { Token } from '../analysis.js';
import { type CueCategory, findCues, fold, lastCue, firstCue } from '../lexicon.js';

/** Where a figure stands in a breakdown: done or pending work, on time or late. */
export type Status = 'done' | 'pending';
export type Timeliness = 'onTime' | 'late';

/** The unit key used to compare counted nouns: folded, first of slash alternatives kept apart. */
const keyCache = new Map<string, string[]>();

export function unitKeys(unit: string | null): string[] {
  if (!unit) return [];
  let keys = keyCache.get(unit);
  if (!keys) {
    keys = fold(unit)
      .split('/')
      .map((u) => u.trim())
      .filter(Boolean);
    if (keyCache.size > 5_000) keyCache.clear();
    keyCache.set(unit, keys);
  }
  return keys;
}

export type UnitAgreement = 'same' | 'unknown' | 'different';

/**
 * `nhiệm vụ` agrees with `nhiệm vụ`; `đề án/nhiệm vụ` with `đề án`; `nội dung kiến nghị` with
 * `nội dung` (one noun phrase starting the other). A missing unit is `unknown`, never `same`.
 */
export function unitAgreement(a: Token, b: Token): UnitAgreement {
  if (a.percent !== b.percent) return 'different';
  if (a.percent && b.percent) return 'same';
  const ka = unitKeys(a.fact.unit);
  const kb = unitKeys(b.fact.unit);
  if (ka.length === 0 || kb.length === 0) return 'unknown';
  for (const x of ka) {
    for (const y of kb) {
      if (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return 'same';
    }
  }
  return 'different';
}

export const compatible = (a: Token, b: Token): boolean => unitAgreement(a, b) !== 'different';

const BODY = subKindWords.classes.body.map((w) => w.replace(/\s+/gu, '\\s+')).join('|');
const ONE_BODY = new RegExp(`^\\s*(?:${BODY})\\s*$`, 'iu');
/** `, phường đã hoàn thành …` after `89/135 xã`: bodies paired by commas are one noun, its clause goes on. */
const PAIRED_BODIES = new RegExp(`^\\s*,\\s*(?:${BODY})(?:\\s*,\\s*(?:${BODY})|\\s+và\\s+(?:${BODY}))*(?![\\p{L}])[^,;:()\\d]*`, 'iu');

/**
 * The words that describe a figure: its clause before the number, and the noun and words after it,
 * past the bodies its noun is paired with (`89/135 xã, phường đã hoàn thành`).
 */
export function descriptor(t: Token): { before: string; after: string } {
  if (!ONE_BODY.test(t.after)) return { before: t.before, after: t.after };
  const paired = PAIRED_BODIES.exec(t.unit.text.slice(t.numberEnd + t.after.length, t.sentence.end))?.[0] ?? '';
  return { before: t.before, after: t.after + paired };
}

/** The cue of a category standing nearest the number: last one before it, else first one after. */
export function nearestCue(t: Token, category: CueCategory): string | null {
  const { before, after } = descriptor(t);
  return lastCue(before, category)?.phrase ?? firstCue(after, category)?.phrase ?? null;
}

/** Per-token memo: the classifiers run many times over the same figures. */
function memo<T>(fn: (t: Token) => T): (t: Token) => T {
  const cache = new WeakMap<Token, { value: T }>();
  return (t) => {
    const hit = cache.get(t);
    if (hit) return hit.value;
    const value = fn(t);
    cache.set(t, { value });
    return value;
  };
}

export const statusOf = memo(statusOfToken);
export const timelinessOf = memo(timelinessOfToken);
export const isTotal = memo((t: Token): boolean => lastCue(t.before, 'total') !== null);

/**
 * +1 or −1 when the figure is an amount of change (`tăng 625 ha`, `giảm khoảng 300 ngàn tấn`), 0
 * for a level. A change is never the whole of levels, and changes of mixed sign bound nothing.
 */
export const changeSign = memo((t: Token): -1 | 0 | 1 => {
  const before = fold(t.before)
    .replace(/[\s*_]+$/u, '')
    .replace(/(?:\s+(?:gần|khoảng|xấp xỉ|thêm|được))+$/u, '');
  for (const [category, sign] of [
    ['increase', 1],
    ['decrease', -1],
  ] as const) {
    const m = lastCue(before, category);
    if (m && m.end === before.length) return sign;
  }
  return 0;
});

/**
 * `số kiến nghị chưa thực hiện: 121.439.000 đồng`: a figure right after a colon is described by the
 * label before the colon (back to the previous clause break).
 */
function colonLabel(t: Token): string {
  if (t.before.trim() !== '') return '';
  const text = t.unit.text;
  let k = t.numberStart - 1;
  while (k >= 0 && /\s/u.test(text[k] ?? '')) k -= 1;
  if (text[k] !== ':') return '';
  const from = Math.max(t.sentence.start, t.paren ? t.paren.open + 1 : 0, text.slice(0, k).search(/[,;:()][^,;:()]*$/u) + 1);
  return text.slice(from, k);
}

function statusOfToken(t: Token): Status | null {
  const described = descriptor(t);
  const before = described.before.trim() === '' ? colonLabel(t) || described.before : described.before;
  const { after } = described;
  const done = lastCue(before, 'done');
  // `tiếp tục triển khai 06 nhiệm vụ`, `01 dự án chưa khởi công`: work still open is pending.
  const pending = lastCue(before, 'pending') ?? lastCue(before, 'stillOpen');
  if (done || pending) {
    if (done && pending) return done.end > pending.end ? 'done' : 'pending';
    return done ? 'done' : 'pending';
  }
  const doneAfter = firstCue(after, 'done');
  const pendingAfter = firstCue(after, 'pending') ?? firstCue(after, 'stillOpen');
  if (doneAfter && pendingAfter) return doneAfter.start < pendingAfter.start ? 'done' : 'pending';
  return doneAfter ? 'done' : pendingAfter ? 'pending' : null;
}

function timelinessOfToken(t: Token): Timeliness | null {
  const late = nearestCue(t, 'late');
  const onTime = nearestCue(t, 'onTime');
  if (late && !onTime) return 'late';
  if (onTime && !late) return 'onTime';
  return null;
}

/** The qualifier that splits a total (`trực tuyến`, `trễ hạn` …), for telling parts apart. */
export function qualifierOf(t: Token): string | null {
  return nearestCue(t, 'late') ?? nearestCue(t, 'onTime') ?? nearestCue(t, 'split');
}

/** Text between two offsets of a token's unit, folded. */
export function between(t: Token, from: number, to: number): string {
  return fold(t.unit.text.slice(Math.max(0, from), Math.max(from, to)));
}

export const contains = (text: string, category: CueCategory): boolean => findCues(text, category).length > 0;

/** The rest of a figure's clause with parentheses dropped: `(1,81%) so với giá trị đề nghị` → `so với giá trị đề nghị`. */
export function clauseTail(t: Token): string {
  const text = t.unit.text;
  let depth = 0;
  let out = '';
  // A clause is short: stop at its end, or after a few hundred characters on hostile input.
  for (let k = t.end; k < Math.min(text.length, t.sentence.end + 1, t.end + 300); k += 1) {
    const ch = text[k] ?? '';
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (ch === ';' || ch === ',' || (ch === '.' && !/\d/u.test(text[k + 1] ?? ''))) break;
      out += ch;
    }
  }
  return fold(out);
}
