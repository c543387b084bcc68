import type { FindingStatus } from '../model/index.js';
import { escapeHtml, safeToken } from './escape.js';

/** A range of a block's (or footnote's) text that the page marks: a figure, a finding's evidence, a citation. */
export interface TextSpan {
  /** 0-based UTF-16 offsets into the block text, end exclusive (the model's Position convention). */
  start: number;
  end: number;
  fact?: string;
  kind?: string;
  /** Index of the finding (in the page's finding list) whose evidence this range is. */
  finding?: number;
  status?: FindingStatus;
  ref?: string;
  /** A figure OCR read below the confidence threshold. */
  uncertain?: boolean;
}

/** Pre-rendered HTML to insert at an offset (footnote markers). */
export interface TextMarker {
  offset: number;
  html: string;
}

const STATUS_RANK: Record<FindingStatus, number> = { consistent: 0, unverifiable: 1, warning: 2, inconsistent: 3 };

/**
 * Renders `text[from, to)` with every span marked. Spans may overlap or cross: the range is cut at
 * every boundary and each piece lists all the spans covering it, so no figure is lost to another.
 * Spans outside the text (bad offsets from untrusted JSON) are clipped or dropped, never thrown on.
 */
export function renderSpans(text: string, spans: readonly TextSpan[], markers: readonly TextMarker[], from = 0, to = text.length): string {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const live = spans
    .map((s) => ({ ...s, start: Math.max(lo, s.start), end: Math.min(hi, s.end) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const inside = markers.filter((m) => m.offset >= lo && m.offset <= hi).sort((a, b) => a.offset - b.offset);

  const cuts = new Set<number>([lo, hi]);
  for (const s of live) cuts.add(s.start).add(s.end);
  for (const m of inside) cuts.add(m.offset);
  const points = [...cuts].sort((a, b) => a - b);

  const out: string[] = [];
  const active = new Set<(typeof live)[number]>();
  let next = 0;
  let markerAt = 0;
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i] as number;
    while (markerAt < inside.length && (inside[markerAt] as TextMarker).offset === point) {
      out.push((inside[markerAt] as TextMarker).html);
      markerAt += 1;
    }
    const end = points[i + 1];
    if (end === undefined) break;
    for (const s of active) if (s.end <= point) active.delete(s);
    while (next < live.length && (live[next] as TextSpan).start <= point) {
      const s = live[next] as (typeof live)[number];
      if (s.end > point) active.add(s);
      next += 1;
    }
    const piece = escapeHtml(text.slice(point, end));
    out.push(active.size === 0 ? piece : wrap(piece, [...active]));
  }
  return out.join('');
}

function wrap(piece: string, spans: TextSpan[]): string {
  const facts = unique(spans.flatMap((s) => (s.fact === undefined ? [] : [safeToken(s.fact)])));
  const findings = unique(spans.flatMap((s) => (s.finding === undefined ? [] : [String(s.finding)])));
  const refs = unique(spans.flatMap((s) => (s.ref === undefined ? [] : [safeToken(s.ref)])));
  const kind = spans.find((s) => s.kind !== undefined)?.kind;
  let worst: FindingStatus | null = null;
  for (const s of spans) if (s.status && (worst === null || STATUS_RANK[s.status] > STATUS_RANK[worst])) worst = s.status;

  const classes: string[] = [];
  if (facts.length > 0) classes.push('fig');
  else if (findings.length > 0) classes.push('ev');
  if (kind) classes.push(`k-${safeToken(kind)}`);
  if (worst) classes.push(`s-${worst}`);
  if (refs.length > 0) classes.push('docref');
  if (spans.some((s) => s.uncertain)) classes.push('unc');
  const attrs = [`class="${classes.join(' ')}"`];
  if (facts.length > 0) attrs.push(`data-facts="${facts.join(' ')}"`);
  if (findings.length > 0) attrs.push(`data-findings="${findings.join(' ')}"`);
  if (refs.length > 0) attrs.push(`data-refs="${refs.join(' ')}"`);
  // Figures take keyboard focus so their details can be read without a mouse.
  if (facts.length > 0 || findings.length > 0) attrs.push('tabindex="0"');
  return `<mark ${attrs.join(' ')}>${piece}</mark>`;
}

const unique = (items: string[]): string[] => [...new Set(items)];
