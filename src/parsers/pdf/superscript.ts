import type { Run } from './types.js';

/**
 * Footnote markers from geometry. A marker is drawn smaller than the line's body text and with its
 * baseline raised; Word uses about 2/3 of the size and a third of an em of rise, LibreOffice 58 % and
 * 33 %. Deciding from geometry (not from digits) is what keeps `tỉnh¹ 1.234` from reading `tỉnh11.234`
 * and `năm 2022²` from reading `20222`.
 */

/** A superscript is at most this share of the body size… */
const MAX_SIZE_RATIO = 0.85;
/** …and its baseline is raised by at least this share of the body size. */
const MIN_RISE = 0.12;
/** Superscript runs closer than this (share of body size) are one marker (`1` `2` → 12). */
const JOIN_GAP = 0.3;

// `1`, `12`, and the occasional list of markers on one spot: `1,2`.
export const MARKER_TEXT = /^\d{1,3}(?:\s?[,;]\s?\d{1,3})*$/u;
// A raised 2 or 3 right after a length unit is an exponent (`m²`, `km²`), not a footnote.
const UNIT_BEFORE = /(?:^|[^\p{L}])[kcdmh]?m$/u;
const EXPONENT: Record<string, string> = { '2': '²', '3': '³' };

export interface Piece {
  text: string;
  x: number;
  width: number;
  size: number;
  /** Footnote number when the piece is a marker (text is then empty). */
  marker: number | null;
}

export function isSuperscript(run: Run, baseline: number, bodySize: number): boolean {
  return run.size <= MAX_SIZE_RATIO * bodySize && run.y - baseline >= MIN_RISE * bodySize && run.text.trim() !== '';
}

/** Runs in x order → pieces, with superscript digit groups turned into markers. */
export function classifySuperscripts(runs: readonly Run[], baseline: number, bodySize: number): Piece[] {
  const pieces: Piece[] = [];
  let group: Run[] = [];
  let before = '';
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0] as Run;
    const lastRun = group[group.length - 1] as Run;
    const text = group
      .map((r) => r.text)
      .join('')
      .trim();
    const x = first.x;
    const width = lastRun.x + lastRun.width - first.x;
    const exponent = EXPONENT[text];
    if (exponent && UNIT_BEFORE.test(before)) {
      pieces.push({ text: exponent, x, width, size: first.size, marker: null });
      before += exponent;
    } else if (MARKER_TEXT.test(text)) {
      for (const part of text.split(/[,;]/u)) {
        const n = Number.parseInt(part.trim(), 10);
        if (n > 0) pieces.push({ text: '', x, width, size: first.size, marker: n });
      }
    } else {
      for (const r of group) pieces.push({ text: r.text, x: r.x, width: r.width, size: r.size, marker: null });
      before += text;
    }
    group = [];
  };
  for (const run of runs) {
    if (isSuperscript(run, baseline, bodySize)) {
      const prev = group[group.length - 1];
      if (prev && run.x - (prev.x + prev.width) > JOIN_GAP * bodySize) flush();
      group.push(run);
      continue;
    }
    flush();
    pieces.push({ text: run.text, x: run.x, width: run.width, size: run.size, marker: null });
    if (run.text.trim() !== '') before = run.text.trimEnd();
    else before += ' ';
  }
  flush();
  return pieces;
}
