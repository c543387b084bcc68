import type { Fact } from '../model/index.js';
import type { FindingStatus } from '../model/index.js';
import type { Position } from '../model/index.js';
import type { Interval, Rational } from '../arith/index.js';

/**
 * One figure a claim rests on: a fact, a table cell, a citation or a footnote list. `raw` is the
 * text exactly as the document shows it; `interval` is what that display stands for, in base units.
 */
export interface Operand {
  role: string;
  fact: Fact | null;
  raw: string;
  /** The number as displayed, without its unit (`2.307`, `04/12`, `12,92%` → `12,92`). */
  display: string;
  value: number | null;
  interval: Interval | null;
  /** The displayed value exactly, in base units (`2,46 triệu` → 2 460 000); null for citations. */
  exact: Rational | null;
  /** The scale word's multiplier and the displayed decimals, to write results the way the document does. */
  scale: Rational;
  decimals: number;
  position: Position;
  /** The sentence (or table row, or footnote) the figure came from. */
  sentence: string;
}

/** How strongly the text promises that parts add up to a whole. */
export type PartsPromise = 'partition' | 'subset' | 'weak';

/** Where the operands were found, nearest first: the scope rule of CHECKER.md. */
export type Scope = 'sentence' | 'paragraph' | 'section' | 'document' | 'footnote' | 'table';

/** What a rule reports; the context turns it into a `Finding`. */
export interface Report {
  messageId: string;
  status: FindingStatus;
  /** Values interpolated into the message templates (`{{parts}}`). */
  data: Record<string, string | number>;
  expected: string | null;
  actual: string | null;
  arithmetic: string | null;
  cue: string | null;
  reason: string | null;
  evidence: Operand[];
}
