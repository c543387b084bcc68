import type { Token } from '../../nlp/index.js';
import type { BlockContext, Label } from './context.js';
import { linkFootnotes } from './footnote-links.js';
import type { Figure } from './figure.js';
import { partCues, qualifiers, references } from './lexicon.js';

/**
 * Structural links between the figures of one block, as indices into its figure list:
 * `trong đó` / `gồm` breakdowns, a parenthesis right after a figure (`14 nhiệm vụ (10 đúng hạn,
 * 04 trễ hạn)`), a list after a colon (`04 đề án trễ hạn: Sở A (01), Sở B (01), …`), `(i) … (ii) …`
 * enumerations after a colon, plan parentheses (`(kế hoạch 470.500 tấn)`), and footnote markers.
 */
export interface BlockLinks {
  partOf: Int32Array;
  partCue: Array<string | null>;
  referenceFact: Int32Array;
  enumeration: Array<string | null>;
  footnote: Array<number | null>;
  /** The figure is the plan figure of a `(kế hoạch …)` parenthesis. */
  plan: boolean[];
}

const PARENT_LOOKBACK = 40;
const HOST_GAP_WORDS = 4;
/** `còn 03 đề án chậm hoàn chỉnh … của Ban Thường vụ Tỉnh ủy: Sở A (02), Sở B (01)`: the clause may run long before its list. */
const COLON_GAP_WORDS = 20;
/** Breakdowns are short; a scope is read for at most this many figures (keeps hostile input linear). */
const SCOPE_FIGURES = 60;

const PART_KINDS = new Set(['quantity', 'money', 'number', 'fraction']);

export function linkFigures(ctx: BlockContext, figures: readonly Figure[], figureAt: Int32Array): BlockLinks {
  const n = figures.length;
  const links: BlockLinks = {
    partOf: new Int32Array(n).fill(-1),
    partCue: new Array<string | null>(n).fill(null),
    referenceFact: new Int32Array(n).fill(-1),
    enumeration: new Array<string | null>(n).fill(null),
    footnote: new Array<number | null>(n).fill(null),
    plan: new Array<boolean>(n).fill(false),
  };
  const level = figures.map((figure) => ctx.parenOf[figure.pattern === 'parenthesized-count' ? figure.first : figure.numberTok] ?? -1);
  const cues = findCues(ctx);
  const cueStarts = cues.map((cue) => cue.start);
  const nextSemicolon = new Int32Array(ctx.tokens.length + 1).fill(ctx.tokens.length);
  for (let k = ctx.tokens.length - 1; k >= 0; k -= 1) {
    nextSemicolon[k] = ctx.tokens[k]?.text === ';' ? k : (nextSemicolon[k + 1] as number);
  }
  const helper = new Linker(ctx, figures, figureAt, level, links, nextSemicolon);

  helper.planParentheses();
  cues.forEach((cue, i) => {
    // The scope of a cue stops at the next cue of the same parenthesis level (looked up a few cues ahead).
    const lvl = ctx.parenOf[cue.start];
    const next = cues.slice(i + 1, i + 6).find((other) => ctx.parenOf[other.start] === lvl);
    helper.cueScope(cue, next?.start ?? ctx.tokens.length);
  });
  helper.parentheses(cueStarts);
  helper.colons();
  helper.enumerations();
  links.footnote = linkFootnotes(ctx, figures);
  return links;
}

interface Cue {
  start: number;
  end: number;
  cue: string;
}

/** `trong đó`, `gồm`, `bao gồm`; `cụ thể` and `chia ra` only when a `:` or `,` follows them. */
function findCues(ctx: BlockContext): Cue[] {
  const cues: Cue[] = [];
  for (let k = 0; k < ctx.tokens.length; k += 1) {
    const match = partCues.matchAt(ctx.tokens, k);
    if (!match) continue;
    const next = ctx.tokens[match.end]?.text;
    if ((match.value === 'cụ thể' || match.value === 'chia ra') && next !== ':' && next !== ',') continue;
    cues.push({ start: k, end: match.end, cue: match.value });
    k = match.end - 1;
  }
  return cues;
}

class Linker {
  constructor(
    private readonly ctx: BlockContext,
    private readonly figures: readonly Figure[],
    private readonly figureAt: Int32Array,
    private readonly level: readonly number[],
    private readonly links: BlockLinks,
    /** Index of the first `;` at or after each token (token count when none). */
    private readonly nextSemicolon: Int32Array,
  ) {}

  private get tokens(): readonly Token[] {
    return this.ctx.tokens;
  }

  private isParent(f: number): boolean {
    const figure = this.figures[f] as Figure;
    return PART_KINDS.has(figure.kind) && figure.unit !== null && figure.status !== 'unclassified' && !this.links.plan[f];
  }

  /** A part needs the parent's unit, or no unit at all when it is a bare count (`(01)`, `10 đúng hạn`). */
  private fits(part: number, parent: number): boolean {
    const p = this.figures[part] as Figure;
    const q = this.figures[parent] as Figure;
    if (!PART_KINDS.has(p.kind) || p.status === 'unclassified' || this.links.plan[part] || part === parent) return false;
    if (p.unit !== null) return p.unit === q.unit;
    return p.pattern === 'parenthesized-count' || qualifiers.matchAt(this.tokens, p.last + 1) !== null;
  }

  private setPart(part: number, parent: number, cue: string): void {
    if ((this.links.partOf[part] as number) >= 0 || !this.fits(part, parent)) return;
    this.links.partOf[part] = parent;
    this.links.partCue[part] = cue;
  }

  /** Index of the last figure ending before token `tok` (-1 when none); figures are in token order. */
  private lastBefore(tok: number): number {
    let lo = 0;
    let hi = this.figures.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.figures[mid] as Figure).last < tok) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The paren (`(` token) `lvl` is still open at token `tok`: a figure there encloses `tok`. */
  private encloses(lvl: number, tok: number): boolean {
    return lvl < 0 || (this.ctx.parenClose.get(lvl) ?? -1) > tok;
  }

  /** Nearest earlier figure that can be the whole of `part`, within the sentence (or the previous one). */
  private findParent(beforeTok: number, part: number | null, allowPreviousSentence: boolean): number {
    const sentence = this.ctx.sentenceOf[beforeTok] as number;
    const minSentence = allowPreviousSentence ? sentence - 1 : sentence;
    for (let f = this.lastBefore(beforeTok), steps = 0; f >= 0 && steps < PARENT_LOOKBACK; f -= 1, steps += 1) {
      const figure = this.figures[f] as Figure;
      if ((this.ctx.sentenceOf[figure.first] as number) < minSentence) break;
      if (!this.isParent(f) || !this.encloses(this.level[f] as number, beforeTok)) continue;
      if (part === null || this.fits(part, f)) return f;
    }
    return -1;
  }

  private figuresIn(from: number, to: number): number[] {
    const out: number[] = [];
    for (
      let f = this.lastBefore(from) + 1;
      f < this.figures.length && (this.figures[f] as Figure).first < to && out.length < SCOPE_FIGURES;
      f += 1
    ) {
      if ((this.figures[f] as Figure).first >= from) out.push(f);
    }
    return out;
  }

  /** `(kế hoạch 470.500 tấn)`: the plan figure qualifies the figure before it and the same-unit actual. */
  planParentheses(): void {
    for (const [open, close] of this.ctx.parenClose) {
      if (!references.matchAt(this.tokens, open + 1)) continue;
      const plan = this.figuresIn(open + 1, close).find(
        (f) => this.level[f] === open && (PART_KINDS.has((this.figures[f] as Figure).kind) || this.figures[f]?.kind === 'percent'),
      );
      if (plan === undefined) continue;
      this.links.plan[plan] = true;
      const sentence = this.ctx.sentenceOf[open] as number;
      const candidates: number[] = [];
      for (let f = this.lastBefore(open), steps = 0; f >= 0 && steps < PARENT_LOOKBACK; f -= 1, steps += 1) {
        const figure = this.figures[f] as Figure;
        if (this.ctx.sentenceOf[figure.first] !== sentence || this.hasSemicolon(figure.last, open)) break;
        if (figure.kind === 'date' || figure.kind === 'period' || this.links.plan[f] || !this.encloses(this.level[f] as number, open))
          continue;
        candidates.push(f);
      }
      const host = candidates[0];
      if (host === undefined) continue;
      if ((this.links.referenceFact[host] as number) < 0) this.links.referenceFact[host] = plan;
      const planUnit = (this.figures[plan] as Figure).unit;
      if ((this.figures[host] as Figure).unit !== planUnit) {
        const actual = candidates.find((f) => (this.figures[f] as Figure).unit === planUnit);
        if (actual !== undefined && (this.links.referenceFact[actual] as number) < 0) this.links.referenceFact[actual] = plan;
      }
    }
  }

  private hasSemicolon(from: number, to: number): boolean {
    return (this.nextSemicolon[from + 1] ?? to) < to;
  }

  /**
   * `trong đó` … : parts up to the end of its parenthesis, the next cue, a `;` (outside
   * parentheses, unless a list follows `:`), or the end of the sentence.
   */
  cueScope(cue: Cue, nextCue: number): void {
    const { ctx } = this;
    const lvl = ctx.parenOf[cue.start] as number;
    const sentence = ctx.sentenceOf[cue.start] as number;
    let end = Math.min((ctx.sentenceTokens[sentence] as { end: number }).end, nextCue);
    if (lvl >= 0) end = Math.min(end, ctx.parenClose.get(lvl) ?? end);
    // Inside a parenthesis `;` separates the items of the breakdown (`(gồm A …; B …)`), so it ends nothing.
    if (this.tokens[cue.end]?.text !== ':' && lvl < 0) end = Math.min(end, this.nextSemicolon[cue.end] ?? end);
    const atSentenceStart = cue.start === (ctx.sentenceTokens[sentence] as { first: number }).first;
    for (const f of this.figuresIn(cue.end, end)) {
      if (this.level[f] !== lvl || (this.links.partOf[f] as number) >= 0) continue;
      const parent = this.findParent(cue.start, f, atSentenceStart);
      if (parent >= 0) this.setPart(f, parent, cue.cue);
    }
  }

  /** Host figure ending within a few plain words before token `tok`, or -1. */
  private hostBefore(tok: number, words: number): number {
    let k = tok - 1;
    for (let steps = 0; k >= 0 && steps < words; steps += 1) {
      const token = this.tokens[k] as Token;
      if ((this.figureAt[k] as number) >= 0 || token.kind !== 'word') break;
      k -= 1;
    }
    const host = k >= 0 ? (this.figureAt[k] as number) : -1;
    return host >= 0 && this.isParent(host) ? host : -1;
  }

  /** `14 nhiệm vụ (10 đúng hạn, 04 trễ hạn, …)`: a breakdown right after its figure. */
  parentheses(cueStarts: readonly number[]): void {
    for (const [open, close] of this.ctx.parenClose) {
      if (references.matchAt(this.tokens, open + 1)) continue;
      const host = this.hostBefore(open, HOST_GAP_WORDS);
      if (host < 0) continue;
      // Figures after a `trong đó` inside the parenthesis belong to that cue.
      const end = Math.min(close, firstAtOrAfter(cueStarts, open));
      for (const f of this.figuresIn(open + 1, end)) {
        if (this.level[f] === open) this.setPart(f, host, 'parenthesis');
      }
    }
  }

  /** `còn 04 đề án trễ hạn: Sở A (01), Sở B (01), Sở C (02).` */
  colons(): void {
    this.tokens.forEach((token, c) => {
      if (token.text !== ':' || partCues.matchEndingAt(this.tokens, c - 1)) return;
      const host = this.hostBefore(c, COLON_GAP_WORDS);
      if (host < 0) return;
      const sentence = this.ctx.sentenceOf[c] as number;
      const end = (this.ctx.sentenceTokens[sentence] as { end: number }).end;
      // (figuresIn stops after SCOPE_FIGURES: a run of colons in one sentence stays linear)
      for (const f of this.figuresIn(c + 1, end)) {
        if (this.level[f] === this.ctx.parenOf[c]) this.setPart(f, host, 'colon');
      }
    });
  }

  /** Items `(i) … (ii) …` label the figures in them; after a colon they are parts of the figure before it. */
  enumerations(): void {
    const { ctx } = this;
    const lists = groupLists(ctx.labels);
    const labelIndex = new Map(ctx.labels.map((label, i) => [label, i]));
    const items: Array<{ label: Label; start: number; end: number }> = [];
    for (const list of lists) {
      list.forEach((label, i) => {
        const next = list[i + 1];
        let end: number;
        if (next) end = next.first;
        else {
          end = (ctx.sentenceTokens[ctx.sentenceOf[label.first] as number] as { end: number }).end;
          const later = ctx.labels[(labelIndex.get(label) as number) + 1];
          if (later && later.first < end) end = later.first;
        }
        items.push({ label, start: label.last + 1, end });
      });
      const firstLabel = list[0] as Label;
      if (this.tokens[firstLabel.first - 1]?.text !== ':') continue;
      const parent = this.findParent(firstLabel.first - 1, null, false);
      if (parent < 0) continue;
      for (const item of items.slice(items.length - list.length)) {
        const part = this.figuresIn(item.start, item.end).find(
          (f) => this.level[f] === ctx.parenOf[item.label.first] && this.fits(f, parent),
        );
        if (part !== undefined) this.setPart(part, parent, 'enumeration');
      }
    }
    items.sort((a, b) => a.start - b.start);
    for (const item of items) {
      for (const f of this.figuresIn(item.start, item.end)) this.links.enumeration[f] = item.label.value;
    }
  }
}

/** First value in a sorted list that is ≥ `at` (Infinity when none). */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] ?? Number.POSITIVE_INFINITY;
}

/** Consecutive labels of one style counting up (i, ii, iii …) form a list. */
function groupLists(labels: readonly Label[]): Label[][] {
  const lists: Label[][] = [];
  const open = new Map<string, Label[]>();
  for (const label of labels) {
    const current = open.get(label.style);
    const last = current?.[current.length - 1];
    if (current && last && label.ordinal === last.ordinal + 1) current.push(label);
    else {
      const list = [label];
      lists.push(list);
      open.set(label.style, list);
    }
  }
  return lists;
}
