import type { ReportDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { runChecks } from '../../src/checks/index.js';
import { extractAll } from '../../src/extract/index.js';
import { parseReportText } from '../../src/pipeline.js';
import type { Gold, GoldClaim } from './eval-gold.js';
import { containsFigure, fold, foldWithMap } from './eval-match.js';
import { type FigureEdit, STATED_ROLES, holdsAfter } from './eval-holds.js';

/**
 * Planted single-figure edits of the gold's consistent claims, in the text form of the document
 * (what the text parser reads): an edit must make its claim inconsistent with the edited figure
 * in the evidence; a control changes two figures so that the claim still holds and must raise no
 * flag naming them.
 */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number): string =>
  String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');

/** The document as the text parser reads it: blocks as paragraphs, tables as tab rows, footnotes last. */
export function renderText(doc: ReportDocument): string {
  return renderParts(doc).text;
}

/** The text form and where its footnotes begin. */
export function renderParts(doc: ReportDocument): { text: string; bodyEnd: number } {
  const out: string[] = [];
  const tables = new Map(doc.tables.map((t) => [t.block, t]));
  for (const b of doc.blocks) {
    const table = tables.get(b.id);
    if (b.kind === 'table' && table) {
      out.push(table.rows.map((r) => r.map((c) => c.replace(/\s+/gu, ' ').trim()).join('\t')).join('\n'));
      continue;
    }
    let text = b.text;
    // Markers back in, from the last offset so the earlier ones stay valid.
    for (const a of [...b.anchors].sort((x, y) => y.offset - x.offset))
      text = text.slice(0, a.offset) + sup(a.footnote) + text.slice(a.offset);
    const label = b.label;
    const prefix = !label
      ? ''
      : /^[-+•]$/u.test(label)
        ? `${label} `
        : /^[a-zđ]$/u.test(label)
          ? `${label}) `
          : /^\(.*\)$/u.test(label)
            ? `${label} `
            : `${label}. `;
    out.push((prefix + text).replace(/\n+/gu, ' '));
  }
  const bodyEnd = out.join('\n\n').length;
  for (const f of doc.footnotes) out.push(`${sup(f.number)} ${f.text.replace(/\n+/gu, ' ')}`);
  return { text: `${out.join('\n\n')}\n`, bodyEnd };
}

export function checkText(text: string): Finding[] {
  const report = parseReportText(text, 'mutant.txt');
  return runChecks({ ...report, ...extractAll(report) });
}

const DIGIT = /\d/u;

/** One digit changed: the second significant digit (the first of a one-digit figure), +1 (9 → 8). */
export function editDigit(raw: string): string | null {
  const digits = [...raw].map((c, i) => (DIGIT.test(c) ? i : -1)).filter((i) => i >= 0);
  const significant = digits.filter((i, k) => k > 0 || raw[i] !== '0' || digits.length === 1);
  const firstNonZero = digits.findIndex((i) => raw[i] !== '0');
  const pick = digits.length === 1 ? digits[0] : (digits[Math.max(firstNonZero, 0) + 1] ?? significant[0]);
  if (pick === undefined) return null;
  const d = Number(raw[pick]);
  const next = d < 9 ? d + 1 : d - 1;
  return raw.slice(0, pick) + String(next) + raw.slice(pick + 1);
}

/** A displayed Vietnamese figure (`1.234,5`) as a scaled integer and its decimals. */
function parseShown(raw: string): { n: bigint; decimals: number; width: number } | null {
  const m = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/u.exec(raw.trim());
  if (!m) return null;
  const int = (m[1] ?? '').replace(/\./gu, '');
  const frac = m[2] ?? '';
  return { n: BigInt(int + frac), decimals: frac.length, width: int.length };
}

function showLike(raw: string, n: bigint, decimals: number, width: number): string {
  const grouped = raw.includes('.');
  const s = n.toString().padStart(decimals + 1, '0');
  let int = s.slice(0, s.length - decimals).padStart(width, '0');
  const frac = s.slice(s.length - decimals);
  if (grouped || int.length > 4) int = int.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return decimals ? `${int},${frac}` : int;
}

/** The number inside a gold raw (`86,01%` → `86,01`, `2.180.590 tài khoản` → `2.180.590`). */
const numberIn = (raw: string): string | null => /\d[\d.,]*\d|\d/u.exec(raw)?.[0]?.replace(/[.,]$/u, '') ?? null;

const ADDITIVE = new Set(['sum', 'progress', 'difference', 'part-whole']);
const MULTIPLICATIVE = new Set(['share', 'fraction', 'attainment', 'change', 'excess']);

export interface Edit {
  claim: string;
  kind: string;
  /** Offsets in the rendered text and the replacement. */
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface Planned {
  claim: GoldClaim;
  region: { start: number; end: number };
  edits: Edit[];
}

/** Where the number stands as a figure of its own in the region (not inside a longer number). */
function standaloneAt(text: string, region: { start: number; end: number }, num: string): Array<{ start: number; end: number }> {
  const slice = text.slice(region.start, region.end);
  const out: Array<{ start: number; end: number }> = [];
  for (let at = slice.indexOf(num); at >= 0; at = slice.indexOf(num, at + 1)) {
    const before = slice[at - 1] ?? '';
    const after = slice[at + num.length] ?? '';
    if (DIGIT.test(before) || DIGIT.test(after) || (/[.,]/u.test(after) && DIGIT.test(slice[at + num.length + 1] ?? ''))) continue;
    if (/[.,]/u.test(before) && DIGIT.test(slice[at - 2] ?? '')) continue;
    out.push({ start: region.start + at, end: region.start + at + num.length });
  }
  return out;
}

/** Where in the rendered text a figure of the claim stands: inside the quote, first occurrence. */
function figureAt(text: string, region: { start: number; end: number }, raw: string): { start: number; end: number } | null {
  const num = numberIn(raw);
  return num ? (standaloneAt(text, region, num)[0] ?? null) : null;
}

interface Spot {
  figure: FigureEdit['figure'];
  start: number;
  end: number;
  from: string;
}

/**
 * The claim's figures placed in its quote. Names in a list (`Phường 5`) are not figures. A total of
 * the stated value is the stated figure. A number the quote shows more often than the claim
 * carries it (`10 vụ, 22 đối tượng … giảm 22 vụ`) cannot be told apart: it is left unedited.
 */
function spotsOf(claim: GoldClaim, text: string, region: { start: number; end: number }): { spots: Spot[]; ambiguous: number } {
  const statedNum = claim.stated ? numberIn(claim.stated) : null;
  const figures: Array<{ figure: FigureEdit['figure']; num: string }> = [];
  if (statedNum) figures.push({ figure: 'stated', num: statedNum });
  claim.operands.forEach((o, i) => {
    const num = numberIn(o.raw);
    if (!num || o.role === 'item') return;
    if (statedNum && STATED_ROLES.test(o.role) && num === statedNum) return;
    figures.push({ figure: i, num });
  });
  const spots: Spot[] = [];
  let ambiguous = 0;
  for (const num of new Set(figures.map((f) => f.num))) {
    const carriers = figures.filter((f) => f.num === num);
    const places = standaloneAt(text, region, num);
    if (places.length > carriers.length) {
      ambiguous += carriers.length;
      continue;
    }
    places.forEach((at, k) => {
      const carrier = carriers[k];
      if (carrier) spots.push({ figure: carrier.figure, ...at, from: text.slice(at.start, at.end) });
    });
  }
  return { spots: spots.sort((a, b) => a.start - b.start), ambiguous };
}

/** Edits of one displayed figure, smallest first: the second significant digit, then the first. */
export function editsOf(raw: string): string[] {
  const digits = [...raw].map((c, i) => (DIGIT.test(c) ? i : -1)).filter((i) => i >= 0);
  const first = digits.find((i) => raw[i] !== '0') ?? digits[0];
  const out = [editDigit(raw)];
  if (first !== undefined) {
    const d = Number(raw[first]);
    // A leading digit never becomes 0 (`5.000` → `0.000` is no figure a report writes).
    const lowest = digits.length > 1 && first === digits[0] ? 1 : 0;
    if (d + 1 <= 9) out.push(raw.slice(0, first) + String(d + 1) + raw.slice(first + 1));
    if (d - 1 >= lowest) out.push(raw.slice(0, first) + String(d - 1) + raw.slice(first + 1));
  }
  return [...new Set(out.filter((x): x is string => x !== null && x !== raw))];
}

/** The quote's region in the rendered text (the whole quote, or its first piece when split by `…`). */
function regionOf(text: string, folded: ReturnType<typeof foldWithMap>, quote: string): { start: number; end: number } | null {
  const pieces = quote
    .split(/\s*(?:…|\.\.\.)\s*/u)
    .map(fold)
    .filter((p) => p.length >= 8);
  if (pieces.length === 0) return null;
  const first = pieces[0] as string;
  const at = folded.text.indexOf(first);
  // A quote found twice is ambiguous: its edit could land in the wrong sentence.
  if (at < 0 || folded.text.indexOf(first, at + 1) >= 0) return null;
  let endFold = at + first.length;
  for (const p of pieces.slice(1)) {
    const next = folded.text.indexOf(p, endFold);
    if (next < 0 || next - endFold > 400) break;
    endFold = next + p.length;
  }
  return { start: folded.map[at] ?? 0, end: (folded.map[endFold - 1] ?? 0) + 1 };
}

/** Breaking edits (one figure) and controls (two figures together) for the consistent claims. */
export interface Plan {
  breaking: Planned[];
  controls: Planned[];
  /** Consistent claims without an edit (quote not found once, or no figure in it). */
  skipped: number;
  /** Figures left unedited because the quote shows their number more often than the claim uses it. */
  ambiguous: number;
  /** Figures every edit of which leaves the claim holding (within its rounding). */
  nonBreaking: number;
}

export function planEdits(gold: Gold, text: string): Plan {
  const folded = foldWithMap(text);
  const breaking: Planned[] = [];
  const controls: Planned[] = [];
  let skipped = 0;
  let ambiguous = 0;
  let nonBreaking = 0;
  for (const claim of gold.claims) {
    if (claim.verdict !== 'consistent' || claim.kind.startsWith('table') || claim.scope === 'table') continue;
    const region = regionOf(text, folded, claim.quote);
    if (!region) {
      skipped += 1;
      continue;
    }
    const { spots, ambiguous: unclear } = spotsOf(claim, text, region);
    ambiguous += unclear;
    const edits: Edit[] = [];
    for (const s of spots.slice(0, 3)) {
      // The smallest edit that breaks the claim by its gold expression; an edit the claim survives is no error.
      const to = editsOf(s.from).find((candidate) => holdsAfter(claim, { figure: s.figure, to: candidate }) !== true);
      if (to) edits.push({ claim: claim.id, kind: claim.kind, start: s.start, end: s.end, from: s.from, to });
      else nonBreaking += 1;
    }
    // One figure per mutant: each edit is its own item.
    for (const e of edits) breaking.push({ claim, region, edits: [e] });
    if (edits.length === 0) skipped += 1;
    // A control changes figures the document states once: changing one of two copies breaks their agreement.
    const control = controlEdits(claim, text, region);
    // … and figures no other claim of the gold uses: the control must leave every claim holding.
    const usedElsewhere = (figure: string): boolean =>
      gold.claims.some(
        (other) => other !== claim && [other.stated ?? '', ...other.operands.map((o) => o.raw)].some((raw) => numberIn(raw) === figure),
      );
    if (control && control.every((e) => occurrences(text, e.from) === 1 && !usedElsewhere(e.from)))
      controls.push({ claim, region, edits: control });
  }
  return { breaking, controls, skipped, ambiguous, nonBreaking };
}

/** Two figures changed so that the claim still holds: both ×2 for a ratio, both +1 for a sum. */
function controlEdits(claim: GoldClaim, text: string, region: { start: number; end: number }): Edit[] | null {
  const operands = claim.operands.filter((o) => numberIn(o.raw));
  const located = operands.map((o) => ({ o, at: figureAt(text, region, o.raw) })).filter((x) => x.at !== null) as Array<{
    o: GoldClaim['operands'][number];
    at: { start: number; end: number };
  }>;
  if (MULTIPLICATIVE.has(claim.kind)) {
    if (located.length !== 2 || operands.length !== 2) return null;
    const edits: Edit[] = [];
    for (const { at } of located) {
      const from = text.slice(at.start, at.end);
      const p = parseShown(from);
      if (!p || p.decimals > 0) return null;
      edits.push({ claim: claim.id, kind: claim.kind, ...at, from, to: showLike(from, p.n * 2n, 0, p.width) });
    }
    return edits;
  }
  if (ADDITIVE.has(claim.kind)) {
    const total = located.find((x) => /total|whole|tổng/iu.test(x.o.role)) ?? null;
    const part = located.find((x) => x !== total && /part|item|thành phần/iu.test(x.o.role)) ?? null;
    if (!total || !part) return null;
    const edits: Edit[] = [];
    const shown = [total, part].map(({ at }) => ({ at, from: text.slice(at.start, at.end) })).map((x) => ({ ...x, p: parseShown(x.from) }));
    if (shown.some((x) => !x.p)) return null;
    // The same amount on both: one unit of the coarser figure's last digit.
    const decimals = Math.min(...shown.map((x) => x.p?.decimals ?? 0));
    for (const { at, from, p } of shown) {
      if (!p) return null;
      edits.push({
        claim: claim.id,
        kind: claim.kind,
        ...at,
        from,
        to: showLike(from, p.n + 10n ** BigInt(p.decimals - decimals), p.decimals, p.width),
      });
    }
    if (edits[0]?.start === edits[1]?.start) return null;
    return edits;
  }
  return null;
}

function occurrences(text: string, figure: string): number {
  let n = 0;
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    if (
      !DIGIT.test(text[at - 1] ?? '') &&
      !DIGIT.test(text[at + figure.length] ?? '') &&
      !(/[.,]/u.test(text[at + figure.length] ?? '') && DIGIT.test(text[at + figure.length + 1] ?? ''))
    )
      n += 1;
  }
  return n;
}

/** Applies edits (non-overlapping), from the end so offsets stay valid. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.to + out.slice(e.end);
  return out;
}

/** Groups planned items into runs whose regions do not overlap or sit within 600 characters. */
export function batches(items: readonly Planned[]): Planned[][] {
  const runs: Planned[][] = [];
  for (const item of items) {
    const home = runs.find((run) => run.every((o) => item.region.end + 600 < o.region.start || o.region.end + 600 < item.region.start));
    if (home) home.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** The words before and after an edit in the mutated text, to tell the edited figure from the same digits elsewhere. */
export function contextOf(mutated: string, e: Edit, shift: number): [string, string] {
  const start = e.start + shift;
  const end = start + e.to.length;
  const left = fold(mutated.slice(Math.max(0, start - 14), end)).replace(/^\S*\s/u, '');
  const right = fold(mutated.slice(start, end + 14)).replace(/\s\S*$/u, '');
  return [left, right];
}

/** A finding that names the edited figure: the figure (as edited) in its evidence, in the edited sentence. */
export function namesFigure(f: Finding, to: string, context: readonly [string, string]): boolean {
  return f.evidence.some(
    (e) => containsFigure(e.raw, to) && (fold(e.sentence).includes(context[0]) || fold(e.sentence).includes(context[1])),
  );
}

/** Offset shift of each edit once all the batch's edits are applied (earlier edits may change lengths). */
export function shifts(edits: readonly Edit[]): Map<Edit, number> {
  const out = new Map<Edit, number>();
  for (const e of edits)
    out.set(
      e,
      edits.filter((o) => o.start < e.start).reduce((s, o) => s + o.to.length - (o.end - o.start), 0),
    );
  return out;
}
