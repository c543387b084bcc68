import type { Fact } from '../../model/index.js';
import type { DocumentIndex } from '../document-index.js';
import { fold, isMeasuredUnit } from '../lexicon.js';
import { isPercent } from '../quantity.js';
import { type TableModel, type TableRow, cellFact } from './tables.js';

/**
 * A figure of the text and the table rows it may restate. Reports restate an appendix row in their
 * own words (`công bố mới 247 TTHC` for the row `Số TTHC công bố mới`), so a row is named by its
 * label's content words found around the figure, abbreviations matched by their initials (`PAKN` is
 * `phản ánh, kiến nghị`). A figure may name several rows; the rule decides which agree.
 */
export interface TextRowCandidate {
  model: TableModel;
  row: TableRow;
  /** The row's figures in the columns a text figure can restate, in column order. */
  cells: Fact[];
  /** Share of the label's content words found around the figure (0–1). */
  score: number;
  /** For a form's column (its row the form's whole), the column's header path; null for a row. */
  column: string[] | null;
  /** Every content word of the label stands before the figure, with no other figure between. */
  subject: boolean;
  /**
   * Every content word of the label stands within a few words of the figure, with no other figure
   * between: all of them before it (the label is the figure's subject), or four or more around it.
   * Short labels (`Số TTHC cấp tỉnh`) also name the subsets the text counts after a figure
   * (`09 TTHC (cấp tỉnh 05 …)`), so they match strongly only as the subject.
   */
  strong: boolean;
}

export interface TextFigure {
  fact: Fact;
  /** `value`: the figure itself; `denominator`: the whole of a fraction `a/b` (`553/553 TTHC có …`). */
  figure: 'value' | 'denominator';
  candidates: TextRowCandidate[];
}

/** Words that name no particular thing: counting words, connectives, the report's own period. */
const STOP = new Set(
  (
    'số tổng lượng các của được đã và có trong cho tại theo với từ đến là những này đó về trên hoặc khi thời điểm báo cáo kỳ ' +
    'hiện nay năm tháng quý đang sẽ bị thì mà nên do một hai ba cả toàn thuộc trực gồm bao'
  ).split(' '),
);

/** Value columns a text figure may restate: amounts, plain figures and rates (never a change or a score). */
const VALUE_ROLES = new Set(['actual', 'cumulative', 'total', 'other', 'done', 'pending', 'onTime', 'late', 'percentOther']);

const strip = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();

/** Words of a text, folded, with their offsets. */
function words(text: string): Array<{ word: string; start: number }> {
  return [...fold(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index }));
}

/** `TTHC`, `ĐVSNCL`, `PAKN`: an upper-case abbreviation of two to seven letters. */
const isAbbreviation = (raw: string): boolean => /^[\p{Lu}Đ]{2,7}$/u.test(raw);

interface LabelKey {
  /** Content words (folded); abbreviations flagged, to match by initials. */
  words: Array<{ word: string; abbreviation: boolean }>;
  /** Most words after the first are capitalised: the label is a proper name (a place, an agency). */
  place: boolean;
}

function labelKey(label: string): LabelKey {
  const plain = label.replace(/\([^()]*\)/gu, ' ').replace(/[“”"]/gu, ' ');
  const raw = [...plain.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  const seen = new Set<string>();
  const out: LabelKey['words'] = [];
  for (const w of raw) {
    const f = fold(w);
    if (STOP.has(f) || /^\p{N}+$/u.test(f) || seen.has(f)) continue;
    seen.add(f);
    out.push({ word: f, abbreviation: isAbbreviation(w) });
  }
  const rest = raw.slice(1).filter((w) => !/^\p{N}+$/u.test(w));
  const capitalised = rest.filter((w) => /^\p{Lu}/u.test(w) && !isAbbreviation(w)).length;
  return { words: out, place: rest.length > 0 && capitalised * 2 >= rest.length };
}

/** Does the word list hold the abbreviation, as a word or as the initials of consecutive words? */
function hasAbbreviation(abbreviation: string, list: readonly string[]): boolean {
  if (list.includes(abbreviation)) return true;
  const target = strip(abbreviation);
  for (let i = 0; i + target.length <= list.length; i += 1) {
    let k = 0;
    while (k < target.length && strip(list[i + k] ?? '')[0] === target[k]) k += 1;
    if (k === target.length) return true;
  }
  return false;
}

/**
 * Share of a label's words in a window of words. `plain`: those found as words, not as the initials
 * of two words (`ĐV` fits any `đ… v…` pair: a label of such abbreviations, `CQ, TC, ĐV`, names nothing).
 */
function coverage(key: LabelKey, list: readonly string[]): { found: number; total: number; plain: number } {
  const set = new Set(list);
  let found = 0;
  let plain = 0;
  for (const w of key.words) {
    if (set.has(w.word)) {
      found += 1;
      plain += 1;
    } else if (w.abbreviation && hasAbbreviation(w.word, list)) {
      found += 1;
      if (w.word.length > 2) plain += 1;
    }
  }
  return { found, total: key.words.length, plain };
}

interface RowEntry {
  model: TableModel;
  row: TableRow;
  cells: Fact[];
  key: LabelKey;
  /**
   * Named by a column header (its last header cell, all of whose words the text must say). It agrees
   * by its words; it is asserted to differ only when its whole header is the figure's subject.
   */
  leaf?: LabelKey;
  /** The column's own header path, for a column entry. */
  header?: string[];
  /** Only figures of this unit may restate it (the lead-in line of a table that states its totals). */
  onlyIn?: string;
}

/** Rows with figures in value columns, named by their label (rows named only by a number are left out). */
function namedRows(models: readonly TableModel[]): RowEntry[] {
  const out: RowEntry[] = [];
  for (const model of models) {
    const columns = model.roles.map((r, i) => (VALUE_ROLES.has(r) ? i : -1)).filter((i) => i >= 0);
    for (const row of model.rows) {
      const cells = columns.map((c) => cellFact(model, row, c)).filter((f): f is Fact => f !== null);
      const key = labelKey(row.label);
      if (cells.length === 0 || key.words.length < 2) continue;
      out.push({ model, row, cells, key });
    }
  }
  return out;
}

/**
 * Header paths without a cell that spans across its parents' boundary. A PDF grid leaves blank the
 * header cells right of `Lĩnh vực CT, VH, XH`, and the structure reads the blanks as its span:
 * `Lĩnh vực tư pháp › Lĩnh vực CT, VH, XH`, `Kết quả xử lý đơn › Số đơn chuyển … › Lĩnh vực CT, VH, XH`.
 * A real span stays under one parent, so a last header cell its left neighbour also ends with,
 * under another parent, is that neighbour's and is dropped.
 */
function ownPaths(model: TableModel): string[][] {
  return model.headerPaths.map((path, c) => {
    const left = c > 0 ? model.headerPaths[c - 1] : undefined;
    if (!left || path.length < 2 || left[left.length - 1] !== path[path.length - 1]) return path;
    return left[left.length - 2] === path[path.length - 2] ? path : path.slice(0, -1);
  });
}

/** `Tiền`, `Số tiền`, `Giá trị`: a header naming an amount of money. */
const MONEY_HEADER = /(?<!\p{L})(?:tien|gia tri|kinh phi)(?!\p{L})/u;

/**
 * A form states the money unit in some of its money columns (`Kiến nghị thu hồi › Tiền (Tr.đ)`) and
 * not in others (`Tổng vi phạm › Tiền (hoặc tài sản quy thành tiền)`): a money column without a
 * unit takes the one unit all its stated money columns share. Null when they disagree or none states one.
 */
function formMoneyUnit(model: TableModel, paths: readonly string[][]): Fact | null {
  const stated = new Map<string, Fact>();
  model.roles.forEach((_, c) => {
    if (!MONEY_HEADER.test(strip((paths[c] ?? []).join(' ')))) return;
    for (const row of model.rows) {
      const cell = cellFact(model, row, c);
      if (cell?.kind === 'money' && cell.unit) stated.set(`${cell.unit}|${cell.scale}`, cell);
    }
  });
  return stated.size === 1 ? ([...stated.values()][0] as Fact) : null;
}

/** A label column listing agencies or places: `Đơn vị`, `Tên đơn vị`, `Cơ quan, đơn vị`, `Địa phương`. */
const UNITS_HEADER = /^(?:ten )?(?:don vi|co quan(?:, don vi)?|dia phuong|huyen|xa|phuong)$/u;

/** `Tổng`, `Tổng cộng`, `Cộng`, `Toàn tỉnh`: the row of a wide form that sums its units. */
const WHOLE_ROW = /^(?:tong|tong cong|cong|tong so|toan tinh|toan nganh)$/u;

/**
 * Wide forms (`Biểu số 1a`: a row for each unit or place, a column for each measure) name a figure
 * by its column: the header path's content words (`Tổng vi phạm › Tiền`). The row is the form's
 * whole (its `Tổng` row, or its one row of figures): a unit's row is a part the text seldom names.
 * A column is named less surely than a row label (a form has many): it is `strong`, for the rule to
 * assert a mismatch, only when its whole header is written as the figure's subject phrase.
 */
function namedColumns(index: DocumentIndex, models: readonly TableModel[]): RowEntry[] {
  const out: RowEntry[] = [];
  for (const model of models) {
    const leadIn = leadInOf(index, model);
    const rows = model.rows.filter((r) => r.hasNumbers);
    // A row named by its own content words is an indicator form, read by rows; unless the rows are the
    // units a `Đơn vị`, `Cơ quan`, `Địa phương` column lists (`Thanh tra tỉnh`, `Ban Tiếp công dân`).
    const listsUnits = model.roles.some((r, c) => r === 'label' && UNITS_HEADER.test(strip(model.headers[c] ?? '').trim()));
    const indicators = rows.some((r) => !r.grandTotal && !labelKey(r.label).place && labelKey(r.label).words.length >= 2);
    const totals = rows.filter((r) => r.grandTotal || WHOLE_ROW.test(strip(r.label.trim())));
    if (rows.length === 0) continue;
    if (indicators && !listsUnits) {
      if (leadIn && totals.length === 0) out.push(...columnSums(model, leadIn));
      continue;
    }
    // One unit's row and the `Tổng` row repeating it state the same figures: either is the whole.
    const columns = model.roles.map((r, c) => (r === 'index' || r === 'unit' ? -1 : c)).filter((c) => c >= 0);
    const figures = (r: TableRow): string => columns.map((c) => cellFact(model, r, c)?.raw ?? '').join('|');
    const same = rows.every((r) => figures(r) === figures(rows[0] as TableRow));
    const whole = totals.length === 1 ? totals[0] : same ? rows[rows.length - 1] : undefined;
    if (!whole) {
      if (leadIn) out.push(...columnSums(model, leadIn));
      continue;
    }
    const paths = ownPaths(model);
    const money = formMoneyUnit(model, paths);
    for (const c of columns) {
      const path = paths[c] ?? [];
      const found = cellFact(model, whole, c);
      // A figure without a unit under a money header stands in the form's money unit.
      const cell =
        found && found.kind !== 'money' && found.kind !== 'percent' && money && MONEY_HEADER.test(strip(path.join(' ')))
          ? {
              ...found,
              kind: 'money' as const,
              unit: money.unit,
              scale: money.scale,
              displayUnit: money.displayUnit,
              value: found.value === null ? null : found.value * money.scale,
            }
          : found;
      const key = labelKey(path.join(' '));
      const leaf = labelKey(path[path.length - 1] ?? '');
      if (!cell || key.words.length < 2 || leaf.words.length === 0) continue;
      out.push({ model, row: whole, cells: [cell], key, leaf, header: path });
    }
  }
  return out;
}

/**
 * `Sở Tài chính tiếp nhận được 137 hồ sơ và đã xử lý được 137 hồ sơ, cụ thể:` right above a table of
 * items without a total row: the line states the table's totals. The block of that line, or null.
 */
function leadInOf(index: DocumentIndex, model: TableModel): string | null {
  const units = index.orderedUnits().filter((u) => u.kind !== 'footnote' && u.kind !== 'cell');
  const at = units.findIndex((u) => u.id === model.table.block);
  const before = at > 0 ? units[at - 1] : undefined;
  if (!before || before.kind === 'table' || model.table.caption) return null;
  return /(?:cụ thể|như sau|gồm|bao gồm)\s*:\s*$/iu.test(index.text(before.id).trim()) ? before.id : null;
}

/**
 * The totals a lead-in line states for a table of items without a total row: each column of whole
 * counts summed over its rows, when the rows are one flat list (no numbered groups, subsets or
 * `Trong đó` rows). A column with one figure (the other rows blank) is that figure's cell.
 */
function columnSums(model: TableModel, leadIn: string): RowEntry[] {
  const rows = model.rows.filter((r) => r.hasNumbers || r.label.trim() !== '');
  if (rows.some((r) => r.inWhich || r.subset || r.parent !== null || r.grandTotal) || new Set(rows.map((r) => r.level)).size > 1) return [];
  const out: RowEntry[] = [];
  for (const [c, role] of model.roles.entries()) {
    if (!VALUE_ROLES.has(role)) continue;
    const cells = rows
      .map((r) => ({ row: r, fact: cellFact(model, r, c) }))
      .filter((x): x is { row: TableRow; fact: Fact } => x.fact !== null);
    if (
      cells.length === 0 ||
      cells.some((x) => x.fact.number?.decimals !== 0 || !Number.isInteger(x.fact.value) || x.fact.kind === 'percent')
    )
      continue;
    const path = model.headerPaths[c] ?? [];
    const key = labelKey(path.join(' '));
    const leaf = labelKey(path[path.length - 1] ?? '');
    if (key.words.length === 0 || leaf.words.length === 0) continue;
    const first = cells[0] as { row: TableRow; fact: Fact };
    let entry: { row: TableRow; fact: Fact } = first;
    if (cells.length > 1) {
      const sum = cells.reduce((n, x) => n + BigInt(x.fact.number?.exact ?? '0'), 0n);
      const text = sum.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
      const row: TableRow = { ...first.row, tt: '', label: 'Cộng', grandTotal: true, hasNumbers: true };
      const fact: Fact = {
        ...first.fact,
        raw: text,
        value: Number(sum),
        number: { text, exact: sum.toString(), decimals: 0, ambiguous: false },
      };
      entry = { row, fact };
    }
    // Header words are few (`Số lượng tiếp nhận`, `Đã xử lý`): one content word is enough beside the lead-in.
    out.push({ model, row: entry.row, cells: [entry.fact], key, leaf, header: path, onlyIn: leadIn });
  }
  return out;
}

/** How far around a figure its naming words may stand, in words. */
const NEAR = 10;

/**
 * The clause of a figure (between `;` or the sentence's ends), and the words within `NEAR` of it
 * that no other figure stands between.
 */
function windowsOf(index: DocumentIndex, fact: Fact): { clause: string[]; near: string[]; before: string[]; own: string[] } {
  const text = index.text(fact.position.block);
  const { start, end } = fact.sentence.end > fact.sentence.start ? fact.sentence : { start: 0, end: text.length };
  const sentence = text.slice(start, end);
  const at = fact.position.start - start;
  const before = sentence.slice(0, Math.max(0, at));
  const after = sentence.slice(Math.max(0, fact.position.end - start));
  const clauseStart = Math.max(before.lastIndexOf(';'), -1) + 1;
  const clauseEndRel = after.indexOf(';');
  const left = before.slice(clauseStart);
  const right = clauseEndRel >= 0 ? after.slice(0, clauseEndRel) : after;
  const leftWords = words(left);
  const rightWords = words(right);
  const clause = [...leftWords, ...rightWords].map((w) => w.word).filter((w) => !/^\p{N}+$/u.test(w));
  // Near: stop at the nearest other figure on each side.
  const nearLeft: string[] = [];
  for (let i = leftWords.length - 1; i >= 0 && nearLeft.length < NEAR; i -= 1) {
    const w = (leftWords[i] as { word: string }).word;
    if (/\p{N}/u.test(w)) break;
    nearLeft.unshift(w);
  }
  const nearRight: string[] = [];
  for (const { word } of rightWords) {
    if (nearRight.length >= NEAR || /\p{N}/u.test(word)) break;
    nearRight.push(word);
  }
  // The figure's own unit word (`TTHC` of `247 TTHC`) stays in the fact's raw text.
  const own = words(fact.raw)
    .map((w) => w.word)
    .filter((w) => !/\p{N}/u.test(w));
  return { clause: [...clause, ...own], near: [...nearLeft, ...own, ...nearRight], before: nearLeft, own };
}

/** The words before a figure back to the second word that is neither the label's nor a counting word. */
function subjectPhrase(before: readonly string[], key: LabelKey): string[] {
  const named = new Set(key.words.map((w) => w.word));
  const out: string[] = [];
  let foreign = 0;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const w = before[i] as string;
    if (!named.has(w) && !STOP.has(w) && (foreign += 1) > 1) break;
    out.unshift(w);
  }
  return out;
}

/** Does the clause name one of the form's unit rows (`Thanh tra tỉnh`) other than its whole? */
function namesPart(entry: RowEntry, clause: readonly string[]): boolean {
  return entry.model.rows.some((r) => {
    if (r === entry.row || !r.hasNumbers || r.grandTotal) return false;
    const key = labelKey(r.label);
    return key.words.length > 0 && coverage(key, clause).plain === key.words.length;
  });
}

/** Does the clause name the column, in part, with no word of its own the column's name lacks? */
function ownWordsIn(clause: readonly string[], key: LabelKey): boolean {
  const named = new Set(key.words.map((w) => w.word));
  const content = clause.filter((w) => !STOP.has(w) && !/\p{N}/u.test(w));
  return content.length > 0 && content.every((w) => named.has(w));
}

/** Content words of the nearest heading above a unit (not the unit itself, when it is a heading). */
function headingWords(index: DocumentIndex, unitId: string): string[] {
  const own = fold(index.text(unitId)).trim();
  const titles = index.sectionTitles(index.sectionOf(unitId)).filter((t) => !own || !fold(t).trim().endsWith(own));
  const title = titles[titles.length - 1] ?? '';
  return words(title)
    .map((w) => w.word)
    .filter((w) => !/\p{N}/u.test(w));
}

/** Text figures that can restate a table figure: counts, amounts and rates, not dates, ranges or bounds. */
function restatable(fact: Fact): boolean {
  if (fact.table || fact.status !== 'ok' || fact.value === null || fact.bound !== null) return false;
  if (!['number', 'money', 'quantity', 'percent', 'fraction'].includes(fact.kind)) return false;
  return !fact.number?.ambiguous;
}

/**
 * `Tiếp nhận: 03`, `Số kết luận được kiểm tra trong kỳ: 01`: a bare whole number a label ends in
 * with a colon is the label's count, though no counted noun follows it (the extractor leaves such a
 * number unclassified). The figure as that count, or null.
 */
function labelledCount(index: DocumentIndex, fact: Fact): Fact | null {
  if (fact.table || fact.status !== 'unclassified' || fact.kind !== 'number' || fact.value === null || fact.bound !== null) return null;
  const number = fact.number;
  if (!number || number.ambiguous || number.decimals > 0 || !Number.isInteger(fact.value)) return null;
  const text = index.text(fact.position.block);
  const before = text.slice(Math.max(fact.sentence.start, 0), fact.position.start);
  const after = text.slice(fact.position.end).trim();
  // The number ends its clause: `Tiếp nhận: 03` or `…: 01;`, not `Quyết định: 03/QĐ` nor `: 03 tháng`.
  return /\p{L}[^\d:]*:\s*$/u.test(before) && /^(?:$|[.;,]|\()/u.test(after) ? { ...fact, status: 'ok' } : null;
}

/**
 * For each figure of the text (paragraphs, headings, list items; not table cells or footnotes),
 * the table rows whose label its surroundings name, best first. A candidate needs two content
 * words of the label and half of them.
 */
export function findTextRowFigures(index: DocumentIndex, models: readonly TableModel[]): TextFigure[] {
  const rows = [...namedRows(models), ...namedColumns(index, models)];
  if (rows.length === 0) return [];
  const out: TextFigure[] = [];
  for (const unit of index.orderedUnits()) {
    if (unit.kind === 'table' || unit.kind === 'footnote' || unit.kind === 'cell') continue;
    const heading = headingWords(index, unit.id);
    for (const found of index.factsIn(unit.id)) {
      const fact = restatable(found) ? found : labelledCount(index, found);
      if (!fact) continue;
      const { clause, near, before, own: noun } = windowsOf(index, fact);
      // A form's column may be named partly by the heading the figure stands under (`2. Tiếp nhận, …
      // xử lý đơn thư …` over `a) Tiếp nhận: 03`); a row only by the figure's own clause.
      const headed = [...clause, ...heading];
      const candidates: TextRowCandidate[] = [];
      for (const entry of rows) {
        if (entry.onlyIn !== undefined && entry.onlyIn !== unit.id) continue;
        const own = coverage(entry.key, clause);
        // The heading may complete a column's name, not replace it: the figure's own words are all the
        // column's (`Tiếp nhận: 03`, not `Đơn kỳ trước chuyển sang: 03`, under `… xử lý đơn thư …`).
        const words = entry.leaf && own.found < entry.key.words.length && ownWordsIn(clause, entry.key) ? headed : clause;
        const { found, total, plain } = coverage(entry.key, words);
        if (found < 2 || found * 2 < total || plain === 0) continue;
        // `Riêng Thanh tra tỉnh, số đơn tiếp nhận là 21 đơn`: one unit's figure, not the form's whole.
        if (entry.leaf && namesPart(entry, clause)) continue;
        // A form's small counts (1, 2, 3) fill many columns: a count must name its column's whole header path.
        if (entry.leaf && (coverage(entry.leaf, words).found < entry.leaf.words.length || (isCount(fact) && found < total))) continue;
        const close = coverage(entry.key, near);
        // `tổng số biên chế được giao trong năm là 9.976 người`: the whole label as the figure's subject
        // (for a column, with the heading that completes it: `Tiếp nhận: 03` under `… đơn thư …`).
        const subject = coverage(entry.key, words === headed ? [...before, ...heading] : before);
        // A column's header as the subject is written as one phrase (`tổng số đơn tiếp nhận là 47`), not
        // gathered across a clause (`vi phạm hành chính, số tiền 15.000.000` is not `Tổng vi phạm › Tiền`).
        // The figure's own noun names it too (`tiếp nhận 58 hồ sơ` for `Số hồ sơ tiếp nhận`).
        const phrase = entry.leaf
          ? coverage(entry.key, [...subjectPhrase(before, entry.key), ...noun, ...(words === headed ? heading : [])])
          : subject;
        // A row named by a place (`ĐB sông Cửu Long`, `Huyện Đức Trọng`) is a part of the row above it, not a thing of its own.
        // A score sheet's rates are the scheme's computed criteria (often capped), not the report's raw rates.
        const standalone = !entry.key.place && !entry.model.roles.some((r) => r === 'score' || r === 'maxScore');
        // A form's column is sure only as the figure's subject: words around a figure name several columns.
        const named = entry.leaf
          ? total >= 2 && phrase.found === total
          : (total >= 4 && close.found === total) || (total >= 2 && subject.found === total);
        candidates.push({
          model: entry.model,
          row: entry.row,
          cells: entry.cells,
          score: found / total,
          strong: standalone && named,
          subject: subject.found === total,
          column: entry.header ?? null,
        });
      }
      if (candidates.length === 0) continue;
      candidates.sort((a, b) => b.score - a.score);
      out.push({ fact, figure: 'value', candidates });
      if (fact.kind === 'fraction' && fact.fraction) out.push({ fact, figure: 'denominator', candidates });
    }
  }
  return out;
}

/** A count of things (`hồ sơ`, `Thủ tục`, `Cơ quan, đơn vị`), not money, a measure or a rate. */
const isCount = (fact: Fact): boolean =>
  fact.kind !== 'money' && !isPercent(fact) && (fact.unit === null || (!isMeasuredUnit(fact.unit) && !/đồng|usd/u.test(fold(fact.unit))));

/**
 * Can a text figure and a table figure state the same thing? Rates only with rates. `strict`: the
 * same unit (a mismatch is asserted only then); otherwise also two counts whose nouns differ
 * (the table counts `Thủ tục` where the text says `hồ sơ`) or a figure without a unit.
 */
export function unitsCompatible(text: Fact, table: Fact, strict: boolean): boolean {
  if (isPercent(text) !== isPercent(table)) return false;
  if (isPercent(text) || text.unit === table.unit) return true;
  if (strict) return false;
  return (text.unit === null || table.unit === null || (isCount(text) && isCount(table))) && isCount(text) === isCount(table);
}
