/**
 * Planted table edits on real reports: for every table claim the checker verifies (a total, a part,
 * a percentage, a share, a score), change one of its cells in a copy of the parsed report and count
 * the edits flagged inconsistent by a finding that names the edited cell. Reads the folder given
 * (default ../shared/corpus-real) in place; prints figures, asserts nothing.
 *
 *   node --import tsx scripts/measure-table-mutations.ts [folder] [--verbose]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles } from './lib/corpus-files.js';
import { parserFor } from '../src/parsers/registry.js';
import { buildReport } from '../src/structure/index.js';
import { extractAll } from '../src/extract/index.js';
import { runChecks } from '../src/checks/index.js';
import type { Finding } from '../src/model/finding.js';

type Report = ReturnType<typeof buildReport>;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', default: false }, file: { type: 'string' } },
});
const dir = resolve(positionals[0] ?? '../shared/corpus-real');
const RULES = new Set(['table-total', 'table-percent', 'table-share', 'table-score']);

/** A grid cell of a table block from an offset into the block's text (cells by tabs, rows by lines). */
function cellAt(rows: string[][], offset: number): { row: number; col: number } | null {
  let at = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r] ?? [];
    for (let c = 0; c < cells.length; c += 1) {
      const end = at + (cells[c] ?? '').length;
      if (offset >= at && offset <= end) return { row: r, col: c };
      at = end + 1;
    }
    if (cells.length === 0) at += 1;
  }
  return null;
}

/**
 * One digit changed, the second significant one moved by 3 (`249` → `279`, `99,81` → `92,81`,
 * `7` → `0`): an edit a reader could make, large enough to show in a percentage of one decimal.
 */
function plant(text: string): string | null {
  const digits = [...text.matchAll(/\d/gu)].filter((m, i, all) => !(m[0] === '0' && all.slice(0, i).every((d) => d[0] === '0')));
  const m = digits[1] ?? digits[0];
  if (!m || m.index === undefined) return null;
  const digit = (Number(m[0]) + 3) % 10;
  return `${text.slice(0, m.index)}${digit}${text.slice(m.index + 1)}`;
}

function check(report: Report): Finding[] {
  return runChecks({ ...report, ...extractAll(report) }).filter((f) => RULES.has(f.rule));
}

let edits = 0;
let flaggedEdits = 0;
let baseFlags = 0;
const byRule = new Map<string, { edits: number; flagged: number }>();
const missed: string[] = [];
for (const { name, bytes, source } of corpusFiles(dir)) {
  if (values.file && !name.includes(values.file)) continue;
  const { format } = source;
  let layout: Parameters<typeof buildReport>[0];
  try {
    layout = await parserFor(format).parse(bytes, source, { ocr: 'never' } as never);
  } catch {
    continue;
  }
  const base = buildReport(structuredClone(layout));
  const findings = check(base);
  baseFlags += findings.filter((f) => f.status === 'inconsistent').length;
  // Each verified table claim: its first figure (the total, the percentage) and its second (a part, a numerator).
  const targets = new Map<string, { table: number; row: number; col: number; rule: string; text: string }>();
  for (const f of findings.filter((x) => x.status === 'consistent')) {
    for (const e of f.evidence.slice(0, 2)) {
      const t = base.tables.findIndex((tb) => tb.block === e.block);
      const table = base.tables[t];
      if (!table || !e.raw.trim()) continue;
      const cell = cellAt(table.rows, e.start);
      if (!cell) continue;
      const key = `${t}:${cell.row}:${cell.col}`;
      if (!targets.has(key)) targets.set(key, { table: t, ...cell, rule: f.rule, text: table.rows[cell.row]?.[cell.col] ?? '' });
    }
  }
  let fileEdits = 0;
  let fileFlagged = 0;
  for (const target of targets.values()) {
    const planted = plant(target.text);
    if (planted === null) continue;
    const report = buildReport(structuredClone(layout));
    const table = report.tables[target.table];
    if (!table || (table.rows[target.row]?.[target.col] ?? '') !== target.text) continue;
    const block = report.blocks.find((b) => b.id === table.block);
    if (!block || block.text !== table.rows.map((r) => r.join('\t')).join('\n')) continue;
    (table.rows[target.row] as string[])[target.col] = planted;
    for (const c of table.structure?.cells ?? []) if (c.row === target.row && c.column === target.col) c.text = planted;
    block.text = table.rows.map((r) => r.join('\t')).join('\n');
    let start = 0;
    for (let r = 0; r < target.row; r += 1) start += (table.rows[r] ?? []).reduce((n, t) => n + t.length + 1, 0);
    start += (table.rows[target.row] ?? []).slice(0, target.col).reduce((n, t) => n + t.length + 1, 0);
    const end = start + planted.length;
    const hit = check(report).some(
      (f) => f.status === 'inconsistent' && f.evidence.some((e) => e.block === table.block && e.start < end && e.end > start),
    );
    edits += 1;
    fileEdits += 1;
    const row = byRule.get(target.rule) ?? { edits: 0, flagged: 0 };
    row.edits += 1;
    if (hit) {
      flaggedEdits += 1;
      fileFlagged += 1;
      row.flagged += 1;
    } else missed.push(`${name} ${target.rule} t${target.table + 1} r${target.row} c${target.col}: ${target.text} → ${planted}`);
    byRule.set(target.rule, row);
  }
  if (fileEdits > 0) console.log(`${name}: ${fileFlagged}/${fileEdits} planted table edits flagged`);
}
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
console.log(`\nall: ${flaggedEdits}/${edits} planted table edits flagged naming the edited cell (${pct(flaggedEdits, edits)})`);
for (const [rule, r] of byRule) console.log(`  ${rule.padEnd(14)} ${r.flagged}/${r.edits}`);
console.log(`inconsistent table findings on the unedited reports: ${baseFlags}`);
if (values.verbose) for (const m of missed) console.log(`  missed ${m}`);
