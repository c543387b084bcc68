import { Analysis, type Token, DocumentIndex, operandOf, Relations, unitKeys, type RatioClaim, type Operand } from '../claims/index.js';
import type { ReportDocument } from '../model/index.js';
import type { ReportIdentity, Period, Nature } from './schema.js';
import { type Bag, addWords, syllables, withoutNumbers } from './words.js';
import { STOP_WORDS, hasPhrase } from './lexicon.js';
import { type Timing, timingOf } from './timing.js';
import { periodKey } from './period.js';

export type FigureKind = 'count' | 'percent' | 'fraction' | 'money';

/** A figure of one report, ready to be matched with figures of other reports. */
export interface Candidate {
  report: ReportIdentity;
  /** Position of its report in the series (period order). */
  reportIndex: number;
  token: Token;
  operand: Operand;
  kind: FigureKind;
  unit: string | null;
  nature: Nature;
  timing: Timing;
  periodKey: string;
  /** `chưa`, `không` in its clause: `18/102 xã chưa triển khai` is not `84/102 xã triển khai`. */
  negative: boolean;
  bag: Bag;
  label: string;
  /** Content words of its noun phrase (`cơ quan, tổ chức, hợp tác xã, doanh nghiệp`). */
  nounWords: ReadonlySet<string>;
  /** Content words of the noun phrases of the other figures of its sentence. */
  siblingWords: Pick<ReadonlySet<string>, 'has'>;
}

/** What the series keeps of one report: the checker's views of it and its candidate figures. */
export interface ReportAnalysis {
  identity: ReportIdentity;
  doc: ReportDocument;
  index: DocumentIndex;
  analysis: Analysis;
  relations: Relations;
  candidates: Candidate[];
}

const SKIPPED_UNITS = new Set(['header', 'title', 'recipients', 'signature', 'table']);
const WEIGHT = { clause: 1, parenHead: 0.8, anchor: 0.8, aloneSentence: 1, sentence: 0.35, heading: 0.2 } as const;

const figureKind = (t: Token): FigureKind =>
  t.percent ? 'percent' : t.fraction ? 'fraction' : t.fact.kind === 'money' ? 'money' : 'count';

/** Clause words before an opening parenthesis: what a parenthesised figure elaborates. */
function parenHead(t: Token): string {
  if (!t.paren) return '';
  const text = t.unit.text;
  let from = t.paren.open;
  while (from > t.sentence.start && !/[,;:(\n]/u.test(text[from - 1] ?? '')) from -= 1;
  return text.slice(from, t.paren.open);
}

const LEAD_WORDS = /^(?:(?:trong đó|và|còn|có|đã|với|cho|là|gồm|đạt)(?:\s+|$))+/iu;
// A comma and a predicate end a noun phrase: `1.343.595 tài khoản, tăng 18.540 …`.
const PHRASE_END = /,\s*(?:tăng|giảm|đạt|chiếm|vượt|trong|bằng|so|gồm|cụ|với|là|còn|nâng|tỷ|tỉ)(?![\p{L}\p{M}])/iu;

/**
 * Up to `n` words after a figure, to the next figure, `;`, `.`, `(` or the end of its sentence: its
 * noun phrase, commas included (`84/102 xã, phường triển khai`, `cơ quan, tổ chức, hợp tác xã`).
 */
function nounPhrase(t: Token, tokens: readonly Token[], n: number): string {
  const next = tokens[t.index + 1]?.start ?? t.unit.text.length;
  const end = Math.min(t.sentence.end, t.paren ? t.paren.close : next, next);
  const text = t.unit.text.slice(t.numberEnd, Math.max(t.numberEnd, end));
  const stops = [text.search(/[;(]|\.(?!\d)/u), text.search(PHRASE_END)].filter((k) => k >= 0);
  const stop = stops.length ? Math.min(...stops) : -1;
  return (stop < 0 ? text : text.slice(0, stop)).split(/\s+/u).filter(Boolean).slice(0, n).join(' ');
}

const isEdge = (ch: string | undefined): boolean => ch === ',' || ch === ';' || ch === ':' || ch === ' ';

/** Strips `,;:` and spaces at both ends by index (a `[,;:\s]+$` regex backtracks quadratically). */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdge(text[start])) start++;
  while (end > start && isEdge(text[end - 1])) end--;
  return text.slice(start, end);
}

/** A readable name for what a figure measures: the words before it in its clause, `…`, its noun phrase. */
function labelOf(t: Token, anchor: Token | null, tokens: readonly Token[]): string {
  const clean = (s: string): string =>
    trimPunctuation(
      s
        .replace(/[*()]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(LEAD_WORDS, ''),
    );
  const own = [clean(t.before), '…', clean(t.percent ? t.after : nounPhrase(t, tokens, 9))].filter(Boolean).join(' ');
  const base = anchor ? `${clean(anchor.before)} ${clean(nounPhrase(anchor, tokens, 6))} — ${own}`.trim() : own;
  return base.length > 90 ? `${base.slice(0, 89)}…` : base;
}

/** The figure another one is about, as the checker found it; for a percentage, else the figure before it in its sentence. */
function anchorOf(t: Token, anchors: ReadonlyMap<Token, Token>, tokens: readonly Token[]): Token | null {
  const claimed = anchors.get(t);
  if (claimed) return claimed;
  if (!t.percent) return null;
  for (let i = t.index - 1; i >= 0; i -= 1) {
    const o = tokens[i] as Token;
    if (o.sentence.start !== t.sentence.start) return null;
    if (!o.percent && o.interval !== null) return o;
  }
  return null;
}

function bagOf(t: Token, anchor: Token | null, tokens: readonly Token[], sentence: readonly Token[], headings: string): Bag {
  const bag: Bag = new Map();
  addWords(bag, `${t.before} ${t.after} ${nounPhrase(t, tokens, 10)}`, WEIGHT.clause);
  addWords(bag, parenHead(t), WEIGHT.parenHead);
  if (anchor) addWords(bag, `${anchor.before} ${anchor.after} ${parenHead(anchor)}`, WEIGHT.anchor);
  const alone = sentence.length === 1;
  addWords(bag, t.unit.text.slice(t.sentence.start, t.sentence.end), alone ? WEIGHT.aloneSentence : WEIGHT.sentence);
  addWords(bag, headings, WEIGHT.heading);
  return bag;
}

/** A figure the series can follow: a plain value, not a change, a threshold or a range. */
function followable(t: Token, changes: ReadonlySet<Token>): boolean {
  const f = t.fact;
  if (t.interval === null || f.bound !== null || f.status !== 'ok' || changes.has(t)) return false;
  if (f.kind === 'range' || f.kind === 'date' || f.kind === 'period') return false;
  // `tăng 3.121 hồ sơ so với tháng trước`, `giảm 26,9% so với cùng kỳ`: a change, not a level.
  if (f.measure.reference !== null && /^(?:tăng|giảm|vượt|hụt)/u.test(f.measure.predicate ?? '')) return false;
  return t.percent || unitKeys(f.unit).length > 0;
}

/** The report a clause cites by number, when that report is one of the series (`theo Báo cáo số 142/BC-BCĐ`). */
function citedPeriod(doc: ReportDocument, t: Token, periods: ReadonlyMap<string, Period>): Period | null {
  const from = t.paren ? t.paren.open : t.numberStart - t.before.length;
  const to = t.paren ? t.paren.close : t.sentence.end;
  for (const ref of doc.references) {
    if (ref.position.block !== t.unit.id || ref.position.start < from || ref.position.end > to) continue;
    const period = periods.get(ref.number);
    if (period) return period;
  }
  return null;
}

const contentWords = (text: string): string[] => syllables(withoutNumbers(text)).filter((w) => !STOP_WORDS.has(w));

/**
 * Noun-phrase words of every figure of a sentence, and for each figure the words of the others:
 * counted once per sentence, so a sentence of many figures costs linear time.
 */
function nounWords(sentence: readonly Token[], tokens: readonly Token[]): Map<Token, Pick<Candidate, 'nounWords' | 'siblingWords'>> {
  const own = new Map(sentence.map((t) => [t, new Set(contentWords(nounPhrase(t, tokens, 10)))] as const));
  const counts = new Map<string, number>();
  for (const words of own.values()) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const result = new Map<Token, Pick<Candidate, 'nounWords' | 'siblingWords'>>();
  for (const [t, words] of own) {
    result.set(t, { nounWords: words, siblingWords: { has: (w) => (counts.get(w) ?? 0) - (words.has(w) ? 1 : 0) > 0 } });
  }
  return result;
}

/** The figures of each sentence of a unit, keyed by the sentence's start. */
function bySentence(tokens: readonly Token[]): Map<number, Token[]> {
  const groups = new Map<number, Token[]>();
  for (const t of tokens) {
    const group = groups.get(t.sentence.start);
    if (group) group.push(t);
    else groups.set(t.sentence.start, [t]);
  }
  return groups;
}

/** Heading titles of a unit's section, innermost last: weak context words. */
function headingWords(index: DocumentIndex, unitId: string): string {
  return index.sectionTitles(index.sectionOf(unitId)).join(' ');
}

/**
 * Every followable figure of one report with its timing and measure words. `periods` maps the
 * document numbers of the series' reports to their periods (for figures citing another report).
 */
export function analyseReport(
  identity: ReportIdentity,
  doc: ReportDocument,
  reportIndex: number,
  periods: ReadonlyMap<string, Period>,
): ReportAnalysis {
  const index = new DocumentIndex(doc);
  const analysis = new Analysis(index);
  const relations = new Relations(index, analysis);
  const claims: RatioClaim[] = relations.ratios();
  const changes = new Set(claims.filter((c) => c.kind === 'change').map((c) => c.stated));
  // What a figure is about when its own words say little: a rate's base (`đạt tỷ lệ 40,67%`), an
  // earlier value's current one (`tăng 10,0% so với cùng kỳ (cùng kỳ đạt 4.210,6 tỷ đồng)`).
  const anchors = new Map<Token, Token>();
  for (const c of claims) {
    if (c.kind !== 'change' && c.subject) anchors.set(c.stated, c.subject);
    if (c.kind === 'change' && c.subject && c.reference) anchors.set(c.reference, c.subject);
  }
  const candidates: Candidate[] = [];
  const own = identity.period as Period;
  for (const unit of index.orderedUnits()) {
    if (SKIPPED_UNITS.has(unit.kind)) continue;
    const tokens = analysis.unitTokens(unit.id);
    const headings = headingWords(index, unit.id);
    const sentences = bySentence(tokens);
    const words = new Map<Token, Pick<Candidate, 'nounWords' | 'siblingWords'>>();
    for (const sentence of sentences.values()) for (const [t, w] of nounWords(sentence, tokens)) words.set(t, w);
    for (const t of tokens) {
      const sentence = sentences.get(t.sentence.start) ?? [t];
      if (!followable(t, changes)) continue;
      const anchor = anchorOf(t, anchors, tokens);
      const timing = timingOf(t, own, citedPeriod(doc, t, periods));
      candidates.push({
        report: identity,
        reportIndex,
        token: t,
        operand: operandOf('value', t, index),
        kind: figureKind(t),
        unit: t.percent ? '%' : (unitKeys(t.fact.unit)[0] ?? null),
        nature: timing.nature,
        timing,
        periodKey: periodKey(timing.period),
        negative: hasPhrase(`${t.before} ${t.after} ${anchor ? `${anchor.before} ${anchor.after}` : ''}`, 'negation'),
        bag: bagOf(t, anchor, tokens, sentence, headings),
        label: labelOf(t, anchor, tokens),
        nounWords: words.get(t)?.nounWords ?? new Set(),
        siblingWords: words.get(t)?.siblingWords ?? new Set(),
      });
    }
  }
  return { identity, doc, index, analysis, relations, candidates };
}
