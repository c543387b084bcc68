import type { DocumentIndex } from '../document-index.js';
import { findCues, fold } from '../lexicon.js';
import { operandOf } from '../operands.js';
import { eq, mul, scaleBy } from '../../arith/index.js';
import { scaleOf } from '../quantity.js';
import type { Operand } from '../types.js';
import type { RatioClaim } from './ratio.js';
import { periodPair } from './table-relations.js';
import { type TableModel, type TableRow, cellFact, cellOperand, tableName } from './tables.js';
import type { AppendixPair } from './table-reference.js';

/**
 * `Tính đến ngày 15/10, diện tích gieo trồng ngô vụ đông đạt 98,3 nghìn ha, bằng 98,3%; khoai lang đạt
 * 16,6 nghìn ha, bằng 98,7% …` beside an indicator table whose group `Gieo trồng cây vụ đông ở miền Bắc`
 * lists unitless rows `Ngô | | 100,1 | 98,3`, `Khoai lang | | 16,9 | 16,6`: the earlier figure of a
 * same-period change is the earlier column of the one row whose label the item names, under a group
 * row whose words the sentence says (the same measure, no other region). The row is fixed by its words, not by its value,
 * so that the text's own figure is checked against it; its numbers are read in the text's scale
 * when its current value is of the same size as the text's.
 */

const FILLER = new Set(['trong', 'đó', 'chia', 'ra', 'ở', 'của', 'và', 'các', 'tổng', 'số', 'là', 'có', 'tại']);
/** Sowing is written several ways (`xuống giống`, `gieo sạ`, `gieo cấy`, `gieo trồng`): one measure. */
const SOWING = /(?<![\p{L}])(?:xuống giống|gieo sạ|gieo cấy|gieo trồng)(?![\p{L}])/gu;
const sequenceOf = (text: string): string[] =>
  fold(text.replace(/\([^()]*\)/gu, ' '))
    .replace(SOWING, 'gieo trồng')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
const wordsOf = (text: string): string[] => [...new Set(sequenceOf(text).filter((w) => !FILLER.has(w)))];

/**
 * The label's words the item names: each word, or an abbreviation of three capitals or more the
 * item spells out (`ĐBSCL` for `Đồng bằng sông Cửu Long`).
 */
function labelNamed(label: string, item: ReadonlySet<string>, initials: string): boolean {
  const words = label.replace(/\([^()]*\)/gu, ' ').split(/[^\p{L}]+/u);
  const abbreviations = new Set(words.filter((w) => w.length >= 3 && w === w.toUpperCase()).map((w) => fold(w)));
  const named = wordsOf(label);
  return named.length > 0 && named.every((w) => item.has(w) || (abbreviations.has(w) && initials.includes(w)));
}

/**
 * The row's current value is within 15 % of the text's figure, both as displayed: the same figure,
 * or one edit of it; a figure of another period (a year beside nine months) is further off.
 */
function sameSize(cell: number, said: number): boolean {
  if (cell <= 0 || said <= 0) return false;
  const r = cell / said;
  return r <= 1.15 && r >= 1 / 1.15;
}

/** A comparison with the same period of an earlier year. */
const samePeriod = (word: string | null): boolean => /cùng k[ỳì]|năm (?:trước|ngoái)/u.test(fold(word ?? ''));

/** The earlier figure of a change from the indicator table's row the item names (see above); null when none or several. */
export function indicatorRow(claim: RatioClaim, tables: readonly TableModel[], index: DocumentIndex): AppendixPair | null {
  const subject = claim.subject;
  if (claim.kind !== 'change' || claim.absolute || claim.reference || claim.amount || claim.levels || !subject) return null;
  if (!samePeriod(claim.referenceWord) || subject.percent || subject.fraction || subject.fact.bound !== null || !subject.fact.unit)
    return null;
  const said = Number(subject.fact.number?.exact ?? 'NaN');
  if (!Number.isFinite(said)) return null;
  const text = subject.unit.text;
  // The item: since the last `;` or list cue (`…, trong đó: Ước khai thác biển đạt 2.105 ngàn tấn` names
  // no more than `khai thác biển`).
  const clauseStart = Math.max(subject.sentence.start, text.lastIndexOf(';', subject.numberStart) + 1);
  const head = text.slice(clauseStart, subject.numberStart);
  const lists = [...findCues(head, 'subset'), ...findCues(head, 'partition')];
  const itemStart = clauseStart + Math.max(0, ...lists.map((c) => c.end));
  // The item's words and the noun after the figure (`701,3 ngàn ha lúa thu đông`).
  const itemText = `${text.slice(itemStart, subject.numberStart)} ${subject.after}`;
  const item = new Set(wordsOf(itemText));
  const initials = sequenceOf(itemText)
    .map((w) => w[0] ?? '')
    .join('');
  const sentence = new Set(wordsOf(text.slice(subject.sentence.start, subject.sentence.end)));
  // `miền Nam`, `phía Bắc`, `vùng Tây Nguyên`: the region the sentence names (its first word after the region noun).
  const regions = [
    ...text.slice(subject.sentence.start, subject.sentence.end).matchAll(/(?:[Mm]iền|[Pp]hía|[Vv]ùng)\s+(\p{Lu}\p{L}*)/gu),
  ].map((m) => fold(m[1] ?? ''));
  const context = new Set([...sentence, ...wordsOf(text), ...wordsOf(index.sectionTitles(subject.unit.section).join(' '))]);
  // `Tính đến ngày 15/10`: a day the sentence names is the table's current column's.
  const day = /(?<!\d)(\d{1,2}\/\d{1,2})(?![\d/])/u.exec(text.slice(subject.sentence.start, subject.numberStart))?.[1];
  const found: Array<{ model: TableModel; row: TableRow; previous: number; actual: number }> = [];
  for (const model of tables) {
    const pair = periodPair(model);
    if (!pair) continue;
    if (day && !(model.periods[pair.actual] ?? '').replace(/(?<!\d)0(\d)/gu, '$1').includes(day.replace(/(?<!\d)0(\d)/gu, '$1'))) continue;
    for (const row of model.rows) {
      // A row stating a unit must state the text's (`1000 tấn` read as `ngàn tấn`); a unitless one is read in it.
      const unitless = row.unit === null || row.unit.trim() === '';
      const cell = cellFact(model, row, pair.actual);
      if (!unitless && (!cell || cell.unit !== subject.fact.unit || !eq(scaleOf(cell), scaleOf(subject.fact)))) continue;
      const label = wordsOf(row.label);
      if (!labelNamed(row.label, item, initials)) continue;
      const parent = row.parent === null ? undefined : model.rows.find((r) => r.index === row.parent);
      // A top-level row names its measure itself, in two words at least (`Trồng rừng tập trung`).
      if (!parent && label.length < 2) continue;
      const group = parent ? wordsOf(parent.label) : label;
      const inSentence = group.filter((w) => sentence.has(w)).length;
      const inContext = group.filter((w) => context.has(w)).length;
      if (inSentence < 2 || inContext * 2 < group.length) continue;
      // `Tại miền Nam, …` beside a group `… ở miền Bắc`: the sentence names another region.
      if (regions.some((r) => !group.includes(r) && !label.includes(r))) continue;
      const current = Number(cellFact(model, row, pair.actual)?.number?.exact ?? 'NaN');
      if (!sameSize(current, said)) continue;
      found.push({ model, row, ...pair });
    }
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return null;
  const current = operandOf('current', subject, index);
  const cell = cellOperand('previous', only.model, only.row, only.previous, index);
  if (!cell?.interval || !cell.exact) return null;
  // The row's figures in the text's scale (`98,3` of `nghìn ha`).
  const reference: Operand = {
    ...cell,
    interval: scaleBy(cell.interval, current.scale),
    exact: mul(cell.exact, current.scale),
    scale: current.scale,
  };
  return {
    subject: current,
    reference,
    table: tableName(only.model.table),
    header: only.model.headers[only.previous] ?? '',
    fromText: true,
  };
}
