/**
 * The key a text filter compares: Vietnamese marks and case folded away, spaces collapsed, so that
 * `--unit "ty dong"`, `"Tỷ Đồng"` and `"tỉ đồng"` find the same rows (people type without marks).
 */
export function foldKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A reference number as a key: folded, spaces dropped (`17 / KH-UBND` = `17/kh-ubnd`). */
export const referenceKey = (number: string): string => foldKey(number).replace(/\s+/g, '');

/** Byte order of names (ASCII by construction): the same in JavaScript and in PostgreSQL `COLLATE "C"`. */
export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
