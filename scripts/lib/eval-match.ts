import type { ReportDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import type { GoldClaim, GoldNonClaim } from './eval-gold.js';

/**
 * Matching hand-gold claims to the checker's findings: by the document (where the quote stands),
 * the stated figure and the operand figures in the finding's evidence. Whitespace, emphasis marks
 * and quote styles are ignored, since the gold is typed by hand from what a reader sees.
 */

/** Text with whitespace collapsed and emphasis removed, and for each kept char its offset in the source. */
export interface Folded {
  text: string;
  map: number[];
}

const DROP = /[*_\u00ad\u200b]/u;

export function foldWithMap(source: string): Folded {
  const chars: string[] = [];
  const map: number[] = [];
  let space = false;
  const s = source.normalize('NFC');
  for (let i = 0; i < s.length; i += 1) {
    let ch = s[i] as string;
    if (DROP.test(ch)) continue;
    if (/\s/u.test(ch)) {
      space = chars.length > 0;
      continue;
    }
    if (/[“”„"]/u.test(ch)) ch = '"';
    else if (/[‘’']/u.test(ch)) ch = "'";
    else if (/[–—−]/u.test(ch)) ch = '-';
    if (space) {
      chars.push(' ');
      map.push(i);
      space = false;
    }
    chars.push(ch.toLowerCase());
    map.push(i);
  }
  return { text: chars.join(''), map };
}

export const fold = (s: string): string => foldWithMap(s).text;

/** A figure as typed: spaces gone (`3.400 .000` typed with a stray space still matches). */
const figureKey = (raw: string): string => fold(raw).replace(/\s+/gu, '');

/** Does `haystack` contain the figure `raw`, not as a piece of a longer number? */
export function containsFigure(haystack: string, raw: string): boolean {
  const h = figureKey(haystack);
  const n = figureKey(raw);
  if (!n) return false;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const before = h[at - 1] ?? '';
    const after = h[at + n.length] ?? '';
    const digitEdge = /\d/u.test(n[0] ?? '') && /[\d.,]/u.test(before) && /\d/u.test(h[at - 2] ?? before);
    const digitTail =
      /\d/u.test(n[n.length - 1] ?? '') && (/\d/u.test(after) || (/[.,]/u.test(after) && /\d/u.test(h[at + n.length + 1] ?? '')));
    if (!digitEdge && !digitTail) return true;
  }
  return false;
}

/** Where a text unit (block, table block or footnote) holds a quote. */
export interface Place {
  unit: string;
  start: number;
  end: number;
}

export interface UnitText {
  id: string;
  text: string;
  folded: Folded;
  /** A table block: its text holds one row a line, cells separated by tabs. */
  table: boolean;
}

export function unitsOf(doc: ReportDocument): UnitText[] {
  const units: UnitText[] = [];
  for (const b of doc.blocks) units.push({ id: b.id, text: b.text, folded: foldWithMap(b.text), table: b.kind === 'table' });
  for (const f of doc.footnotes) units.push({ id: f.id, text: f.text, folded: foldWithMap(f.text), table: false });
  return units;
}

/**
 * Places of a quote in the document. A quote of table cells joined with ` | ` or one spanning
 * several blocks is looked up piece by piece; a piece shorter than 12 characters is not a place.
 */
export function locate(quote: string, units: readonly UnitText[]): Place[] {
  const pieces = quote
    .split(/\s*(?:\||…|\.\.\.)\s*/u)
    .map(fold)
    .filter((p) => p.length >= 12);
  const places: Place[] = [];
  for (const piece of pieces.length ? pieces : [fold(quote)]) {
    for (const u of units) {
      for (let at = u.folded.text.indexOf(piece); at >= 0; at = u.folded.text.indexOf(piece, at + 1)) {
        const start = u.folded.map[at] ?? 0;
        const end = (u.folded.map[at + piece.length - 1] ?? start) + 1;
        places.push({ unit: u.id, start, end });
      }
    }
  }
  return places;
}

/** Rules that can carry each gold kind; a finding of another rule still matches, ranked lower. */
const RULES_FOR_KIND: Record<string, readonly string[]> = {
  sum: ['sum', 'part-whole', 'fraction-family', 'balance'],
  'part-whole': ['part-whole', 'sum'],
  share: ['share', 'attainment'],
  fraction: ['share', 'attainment', 'fraction-family'],
  progress: ['fraction-family', 'sum', 'part-whole', 'share'],
  'list-count': ['list-count'],
  change: ['change', 'difference'],
  difference: ['difference', 'change'],
  attainment: ['attainment', 'excess', 'share'],
  excess: ['excess', 'attainment'],
  'table-sum': ['table-total', 'table-score'],
  'table-total': ['table-total', 'table-score'],
  'table-percent': ['table-percent', 'table-score'],
  'table-change': ['table-percent', 'table-difference', 'change', 'difference'],
  'table-text': ['table-text', 'repeat', 'attainment', 'change'],
  'reference-date': ['reference-date'],
};

export const rulesForKind = (kind: string): readonly string[] => RULES_FOR_KIND[kind] ?? [];

/** Evidence figures the gold figure names: its stated figure first. */
function evidenceWith(f: Finding, raw: string): Finding['evidence'] {
  return f.evidence.filter((e) => containsFigure(e.raw, raw));
}

/** The count of a list states the figure itself (`13/19 nhiệm vụ` counts 13, not 19). */
function isCountOf(e: Finding['evidence'][number], raw: string): boolean {
  if (e.role !== 'count') return false;
  const value = /^\d+$/u.test(raw.trim()) ? Number(raw.trim()) : null;
  return value === null ? containsFigure(e.raw, raw) : e.value === value;
}

const near = (e: Finding['evidence'][number], places: readonly Place[]): boolean =>
  places.some((p) => p.unit === e.block && e.start < p.end + 2 && e.end > p.start - 2);

export interface Candidate {
  finding: Finding;
  score: number;
}

/**
 * Findings that can be this claim, best first. A finding must hold the stated figure in its
 * evidence (or, for a claim without one, an operand), inside the quote when the quote is found.
 */
export function candidatesFor(claim: GoldClaim, findings: readonly Finding[], units: readonly UnitText[]): Candidate[] {
  if (claim.scope === 'table') return tableCandidates(claim, findings, units);
  const places = locate(claim.quote, units);
  const stated = claim.stated?.trim() || null;
  const operands = claim.operands.map((o) => o.raw).filter((r) => /\d/u.test(r));
  const anchors = stated ? [stated] : operands;
  const rules = rulesForKind(claim.kind);
  const out: Candidate[] = [];
  // A list count is stated by its count evidence; its quote may be the list (a footnote), where
  // item numbers `(4)` must not pass for the count.
  const listCount = claim.kind === 'list-count';
  const a0 = anchors[0] ?? '';
  for (const f of findings) {
    const hits = anchors.flatMap((a) => evidenceWith(f, a)).filter((e) => !listCount || isCountOf(e, a0));
    if (hits.length === 0) continue;
    // The quote may hold the operands but stop short of the stated figure, or the reverse.
    const located =
      places.length === 0 ||
      hits.some((e) => near(e, places)) ||
      (listCount && f.evidence.some((e) => e.role === 'list' && near(e, places))) ||
      f.evidence.some((e) => near(e, places) && [...anchors, ...operands].some((r) => containsFigure(e.raw, r)));
    // Tables quote cells; the evidence of a table rule carries the row label, not the quote.
    if (!located && !(claim.scope === 'table' && places.length === 0)) continue;
    const operandHits = operands.filter((r) => f.evidence.some((e) => containsFigure(e.raw, r))).length;
    const ruleRank = rules.indexOf(f.rule);
    // A finding of a rule that does not make this kind of claim is not this claim (an attainment
    // holding a sum's total in its evidence says nothing about the sum).
    if (rules.length > 0 && ruleRank < 0) continue;
    const score = operandHits * 10 + (ruleRank >= 0 ? 5 - Math.min(ruleRank, 4) : 0) + (f.status === 'unverifiable' ? 0 : 1);
    out.push({ finding: f, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The row (line) of a table block's text around `offset`. */
function rowAt(unit: UnitText, offset: number): string {
  const start = unit.text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = unit.text.indexOf('\n', offset);
  return unit.text.slice(start, end < 0 ? unit.text.length : end);
}

/** The row label a table claim's quote names: its first piece (`- Miền Nam|"|503,8` → `- miền nam`). */
const labelOf = (quote: string): string => fold(quote.split(/\s*(?:\||…|\.\.\.)\s*/u).find((p) => p.trim()) ?? quote);

/**
 * Table claims quote the row label; their operands' `where` names table, row and column. A finding
 * is the claim when it concerns the same cells: the stated figure sits in its evidence on the row
 * the quote names (or in the quoted text, for a figure the text also states), and every numeric
 * operand of the gold is in its evidence. No weaker than for text claims, which need the stated
 * figure inside the quote.
 */
function tableCandidates(claim: GoldClaim, findings: readonly Finding[], units: readonly UnitText[]): Candidate[] {
  const stated = claim.stated?.trim() || null;
  const operands = claim.operands.map((o) => o.raw).filter((r) => /\d/u.test(r));
  const anchors = stated ? [stated] : operands;
  const label = labelOf(claim.quote);
  const byId = new Map(units.map((u) => [u.id, u]));
  const places = locate(claim.quote, units).filter((p) => !byId.get(p.unit)?.table);
  const rules = rulesForKind(claim.kind);
  const textOperands = claim.operands.filter((o) => o.role === 'text' && /\d/u.test(o.raw)).map((o) => o.raw);
  const tableOperands = claim.operands.filter((o) => o.role === 'table' && /\d/u.test(o.raw)).map((o) => o.raw);
  const inTable = (e: Finding['evidence'][number]): boolean => !!(e.block && byId.get(e.block)?.table);
  const out: Candidate[] = [];
  for (const f of findings) {
    const ruleRank = rules.indexOf(f.rule);
    if (ruleRank < 0) continue;
    const onRow = (e: Finding['evidence'][number]): boolean => {
      const unit = e.block ? byId.get(e.block) : undefined;
      return !!unit?.table && label.length > 0 && fold(rowAt(unit, e.start)).includes(label);
    };
    const located =
      f.evidence.some((e) => anchors.some((a) => containsFigure(e.raw, a)) && (onRow(e) || near(e, places))) ||
      // A text figure against a table row: the stated figure is the text's, the row holds the other.
      (claim.kind === 'table-text' && f.evidence.some(onRow) && anchors.every((a) => f.evidence.some((e) => containsFigure(e.raw, a)))) ||
      // A text figure the quote holds against a form's cell (`… 492.739.662 đồng` and `492,7` in
      // `Tiền (Tr.đ)`): every text operand in the finding's text evidence, one of them inside the
      // quote, and every table operand in its table evidence.
      (claim.kind === 'table-text' &&
        places.length > 0 &&
        textOperands.length > 0 &&
        tableOperands.length > 0 &&
        textOperands.every((r) => f.evidence.some((e) => !inTable(e) && containsFigure(e.raw, r))) &&
        f.evidence.some((e) => !inTable(e) && near(e, places) && textOperands.some((r) => containsFigure(e.raw, r))) &&
        tableOperands.every((r) => f.evidence.some((e) => inTable(e) && containsFigure(e.raw, r)))) ||
      // A column rule the form states (`Cột (1) = (2) + (3)`): the finding's cue is the rule the quote cites.
      (label.length >= 5 &&
        f.cue !== null &&
        fold(f.cue).includes(label) &&
        anchors.every((a) => f.evidence.some((e) => containsFigure(e.raw, a))));
    if (!located) continue;
    if (!operands.every((r) => f.evidence.some((e) => containsFigure(e.raw, r)))) continue;
    out.push({ finding: f, score: operands.length * 10 + 5 - Math.min(ruleRank, 4) + (f.status === 'unverifiable' ? 0 : 1) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The gold verdict a finding's status stands for (`warning` is the truncation warning). */
export function verdictOf(f: Finding): 'consistent' | 'inconsistent' | 'truncated' | 'unverifiable' {
  if (f.status === 'warning') return 'truncated';
  return f.status;
}

/** Is a flagged finding inside a quote the gold lists as not a claim? */
export function nonClaimOf(f: Finding, nonClaims: readonly GoldNonClaim[], units: readonly UnitText[]): GoldNonClaim | null {
  for (const n of nonClaims) {
    const places = locate(n.quote, units);
    if (f.evidence.some((e) => near(e, places))) return n;
  }
  return null;
}
