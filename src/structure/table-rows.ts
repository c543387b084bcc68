import type { RowNumberingKind, TableRowInfo } from '../model/index.js';

/**
 * Body rows: numbering (`I`, `1`, `1.1`, `a`, `-`, `Trong đó:`), label, the row each one is part
 * of, total rows and the subset rows under `Trong đó:`.
 */

export interface Numbering {
  text: string;
  kind: RowNumberingKind;
  level: number;
}

const VALID_ROMAN = /^(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3})$/u;
const IN_WHICH = /^(?:trong đó|trong số đó|bao gồm|gồm|chia ra|cụ thể)\s*:?/iu;
/** `Trong đó` names some of the parts (a subset); `Chia ra`, `Gồm` name all of them (a partition). */
const SUBSET_CUE = /^(?:trong đó|trong số đó)/iu;

/** A row number standing alone in its cell. */
export function readNumbering(cell: string): Numbering | null {
  const t = cell
    .trim()
    .replace(/[.):]+$/u, '')
    .trim();
  if (t === '') return null;
  if (IN_WHICH.test(t) && t.replace(IN_WHICH, '').trim() === '') return { text: 'Trong đó', kind: 'inWhich', level: 99 };
  if (/^[A-H]$/u.test(t)) return { text: t, kind: 'upper', level: 0 };
  if (VALID_ROMAN.test(t)) return { text: t, kind: 'roman', level: 1 };
  // `III.1` under `III`: a sub-section heading numbered rows `1, 2, 3` sit under (the same depth as `III`, so it closes it).
  if (/^[IVX]{1,6}\.\d{1,2}$/u.test(t) && VALID_ROMAN.test(t.split('.')[0] as string)) return { text: t, kind: 'dotted', level: 1 };
  if (/^\d{1,3}$/u.test(t)) return { text: t, kind: 'arabic', level: 2 };
  if (/^\d{1,3}(?:\.\d{1,3}){1,4}$/u.test(t)) return { text: t, kind: 'dotted', level: 2 + (t.match(/\./gu)?.length ?? 0) };
  if (/^\p{Ll}$/u.test(t)) return { text: t, kind: 'letter', level: 10 };
  if (/^[-+*•–—]$/u.test(t)) return { text: t === '–' || t === '—' || t === '•' ? '-' : t, kind: 'dash', level: 11 };
  return null;
}

const LEADING = /^(?:([A-H]|[IVX]{1,6}|\d{1,3}(?:\.\d{1,3}){0,4})[.)]\s+|(\p{Ll})[.)]\s+|([-+*•–—])\s*)(?=\S)/u;

/** A number written at the start of the label cell (`1.1. Thu nội địa`, `a) Chi thường xuyên`, `- Huyện A`). */
export function leadingNumbering(label: string): { numbering: Numbering; rest: string } | null {
  const m = LEADING.exec(label.trim());
  if (!m) return null;
  const numbering = readNumbering(m[1] ?? m[2] ?? m[3] ?? '');
  if (!numbering) return null;
  return { numbering, rest: label.trim().slice(m[0].length).trim() };
}

// The label is the total word alone (`Tổng số`, `Cộng:`, `Toàn tỉnh`, `Tổng cộng (I+II)`); `Tổng giá trị thiệt hại` is an indicator.
const TOTAL =
  /^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố|toàn quốc|toàn ngành|cả nước|chung|tổng cộng toàn tỉnh)\s*(?:[:.]|\([^()]*\))?\s*$/iu;

export const isTotalLabel = (label: string): boolean => TOTAL.test(label.trim());

interface RowDraft {
  index: number;
  label: string;
  numbering: Numbering | null;
  unit: string | null;
  hidden: boolean;
  /** The row has any figure outside its label columns. */
  hasFigures: boolean;
}

/** Parents by numbering depth; a total row parents the top rows it stands before or after. */
export function linkRows(drafts: readonly RowDraft[]): TableRowInfo[] {
  const out: TableRowInfo[] = drafts.map((d) => ({
    index: d.index,
    header: false,
    label: d.label || null,
    numbering: d.numbering?.text || null,
    numberingKind: d.numbering?.kind ?? null,
    level: d.numbering && d.numbering.kind !== 'inWhich' ? d.numbering.level : null,
    parent: null,
    total:
      d.numbering?.kind !== 'inWhich' &&
      (d.numbering === null || d.numbering.kind === 'upper' || d.numbering.kind === 'indent') &&
      isTotalLabel(d.label),
    subset: false,
    unit: d.unit,
    hidden: d.hidden,
  }));
  const stack: TableRowInfo[] = [];
  /** The row a `Trong đó:` opened, and the depth below which its subset rows sit. */
  let subsetOf: TableRowInfo | null = null;
  let previous: TableRowInfo | null = null;
  let subsetIsPart = false;
  for (const row of out) {
    const draft = drafts[out.indexOf(row)] as RowDraft;
    const cue = IN_WHICH.exec(row.label ?? '');
    if (row.numberingKind === 'inWhich' || (cue && !draft.hasFigures)) {
      subsetOf = previous;
      subsetIsPart = !SUBSET_CUE.test(row.label ?? row.numbering ?? '');
      row.parent = previous?.index ?? null;
      continue;
    }
    // `Trong đó: - ĐBSCL 1.564,4` in one row: the first of the parts of the row before.
    if (cue && previous) {
      const parent = previous.subset && subsetOf ? subsetOf : previous;
      subsetOf = parent;
      subsetIsPart = !SUBSET_CUE.test(row.label ?? '');
      row.label =
        (row.label ?? '')
          .slice(cue[0].length)
          .replace(/^\s*[-+•–]\s*/u, '')
          .trim() || row.label;
      row.parent = parent.index;
      row.subset = !subsetIsPart;
      previous = row;
      continue;
    }
    // An unnumbered total (`Tổng cộng`, `Toàn tỉnh`) closes the groups above it; `A TỔNG THU` is numbered and heads rows like any other.
    if (row.total && (row.level === null || row.numberingKind === 'indent')) {
      // The total of a section (`I. Vận chuyển (Nghìn HK)` › `Tổng số`) belongs to its heading.
      const heading = stack.at(-1);
      row.parent = heading && !drafts.find((d) => d.index === heading.index)?.hasFigures ? heading.index : null;
      stack.length = 0;
      subsetOf = null;
      previous = row;
      continue;
    }
    if (subsetOf) {
      // Under a numbered row, deeper rows; under an unnumbered one, unnumbered, lettered and dashed rows.
      const under = subsetOf.level !== null ? row.level === null || row.level > subsetOf.level : row.level === null || row.level >= 10;
      if (under) {
        row.parent = subsetOf.index;
        row.subset = !subsetIsPart;
        previous = row;
        continue;
      }
      subsetOf = null;
    }
    if (row.level !== null) {
      while (stack.length > 0 && (stack.at(-1) as TableRowInfo).level! >= row.level) stack.pop();
      row.parent = stack.at(-1)?.index ?? null;
      stack.push(row);
    }
    previous = row;
  }
  attachTotals(out, drafts);
  // A unit in the label (`Diện tích (Nghìn ha)`, `I. Vận chuyển (Nghìn HK)`) holds for the row and the rows under it.
  const byIndex = new Map(out.map((r) => [r.index, r]));
  for (const row of out) row.unit ??= labelUnit(row.label ?? '') ?? (row.parent === null ? null : (byIndex.get(row.parent)?.unit ?? null));
  return out;
}

/**
 * An unnumbered total row closes the figure rows above it (back to the previous total or the
 * heading row of its section); with none above, it opens the rows below it, up to the next total or
 * numbered row. Its parts are the rows of that range that have no parent yet.
 */
function attachTotals(rows: TableRowInfo[], drafts: readonly RowDraft[]): void {
  const headed = (r: TableRowInfo): boolean => r.level !== null && r.numberingKind !== 'indent';
  rows.forEach((total, i) => {
    if (!total.total || headed(total)) return;
    const before: TableRowInfo[] = [];
    for (let k = i - 1; k >= 0; k -= 1) {
      const r = rows[k] as TableRowInfo;
      // A heading (`NHẬP KHẨU DỊCH VỤ`, `I. Vận chuyển`) has no figures: the rows above it belong to another group.
      if (r.total || (!drafts[k]?.hasFigures && r.numberingKind !== 'inWhich')) break;
      before.push(r);
    }
    let covered = before;
    if (!before.some((r, j) => drafts[i - 1 - j]?.hasFigures)) {
      covered = [];
      for (let k = i + 1; k < rows.length; k += 1) {
        const r = rows[k] as TableRowInfo;
        if (r.total || headed(r)) break;
        covered.push(r);
      }
    }
    for (const r of covered) if (r.parent === null && !r.subset && r.numberingKind !== 'inWhich') r.parent = total.index;
  });
}

const KNOWN_UNIT =
  /^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|tr\.)\s*\S.{0,20}|ha|tấn|tạ|tạ\/ha|kg|người|lượt|%|đồng|usd|km|lít|con|hộ|m2|m3|kwh|chiếc|cái|quả|doanh nghiệp|dự án)$/iu;

/** The unit a label ends on, in parentheses: `(Nghìn ha)`, `(Triệu HK.km)`, `(Tạ/ha)`, `(%)`; not `(ĐVSNCL)`. */
export function labelUnit(label: string): string | null {
  const m = /\(([^()]{1,30})\)\s*$/u.exec(label);
  const inner = m?.[1]?.trim() ?? '';
  return inner !== '' && KNOWN_UNIT.test(inner) ? inner : null;
}

export type { RowDraft };
