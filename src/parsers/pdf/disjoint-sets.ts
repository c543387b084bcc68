/**
 * Union-find over 0…n−1, with path compression; a set is named by its smallest member (for a grid's
 * merged cell that is the top-left cell, the one that keeps the text). Shared by the table finders
 * of the PDF parser and of the OCR path.
 */
export class DisjointSets {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    while (this.parent[i] !== root) {
      const next = this.parent[i] ?? root;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Horizontal and vertical rules that cross (directly or through others) form one group: a table
 * candidate. Groups come in the order of their first horizontal rule.
 */
export function crossingGroups<R>(h: readonly R[], v: readonly R[], crosses: (hr: R, vr: R) => boolean): { h: R[]; v: R[] }[] {
  const sets = new DisjointSets(h.length + v.length);
  h.forEach((hr, i) =>
    v.forEach((vr, j) => {
      if (crosses(hr, vr)) sets.union(i, h.length + j);
    }),
  );
  const groups = new Map<number, { h: R[]; v: R[] }>();
  const groupOf = (key: number): { h: R[]; v: R[] } => {
    let found = groups.get(key);
    if (!found) {
      found = { h: [], v: [] };
      groups.set(key, found);
    }
    return found;
  };
  h.forEach((r, i) => groupOf(sets.find(i)).h.push(r));
  v.forEach((r, j) => groupOf(sets.find(h.length + j)).v.push(r));
  return [...groups.values()];
}
