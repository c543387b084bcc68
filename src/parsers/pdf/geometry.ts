/** Affine matrices as PDF writes them: [a, b, c, d, e, f]. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied after m2 (PDF order: `m2 × m1` in row-vector convention, as pdf.js `Util.transform`). */
export function multiply(m1: Matrix, m2: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = m1;
  const a2 = m2[0] ?? 1;
  const b2 = m2[1] ?? 0;
  const c2 = m2[2] ?? 0;
  const d2 = m2[3] ?? 1;
  const e2 = m2[4] ?? 0;
  const f2 = m2[5] ?? 0;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

export function applyPoint(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function toMatrix(values: ArrayLike<number> | null | undefined): Matrix {
  if (!values || values.length < 6) return [...IDENTITY];
  return [values[0] ?? 1, values[1] ?? 0, values[2] ?? 0, values[3] ?? 1, values[4] ?? 0, values[5] ?? 0];
}

/** Median of a list (0 for an empty one). Sorts a copy. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The q-quantile (0..1) of a list, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[index] ?? 0;
}

/** The most frequent value after rounding to `step` (weights optional). */
export function mode(values: readonly number[], step = 0.5, weights?: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = -1;
  values.forEach((value, i) => {
    const key = Math.round(value / step) * step;
    const count = (counts.get(key) ?? 0) + (weights?.[i] ?? 1);
    counts.set(key, count);
    if (count > bestCount) {
      bestCount = count;
      best = key;
    }
  });
  return best;
}
