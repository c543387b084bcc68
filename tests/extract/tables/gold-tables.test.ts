import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/model/fact.js';
import { detectFormat } from '../../../src/parsers/detect.js';
import { parserFor } from '../../../src/parsers/registry.js';
import { buildReport } from '../../../src/structure/index.js';
import { extractAll } from '../../../src/extract/index.js';

/**
 * Table facts against hand annotations of real tables (tests/gold/tables/*.json, read from the
 * documents in ../shared/corpus-real, never copied): each annotated cell is a fact with the row
 * label, parent row, column header, unit, scale and period a reader gives it, and of the figure cells
 * a reader counts in the table at least 95 % are facts (and none that a reader would not count).
 */

interface GoldCell {
  text: string;
  row: string;
  parent: string | null;
  column: string;
  unit: string;
  scale: number;
  /** Omitted: not asserted (a `%` column comparing two periods). */
  period?: string | null;
}
interface GoldTable {
  name: string;
  numericCells?: number;
  cells: GoldCell[];
}
interface GoldFile {
  file: string;
  tables: GoldTable[];
}

const here = dirname(fileURLToPath(import.meta.url));
const realDir = resolve(here, '../../../../shared/corpus-real');
const goldDir = resolve(here, '../../gold/tables');
const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile);

const squeeze = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

async function tableFacts(name: string): Promise<Fact[]> {
  const bytes = new Uint8Array(readFileSync(join(realDir, name)));
  const format = detectFormat(bytes, name);
  if (format === null) throw new Error(`${name}: format not detected`);
  const source = {
    path: name,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: null,
    ocr: false,
  };
  const report = buildReport(await parserFor(format).parse(bytes, source, { ocr: 'never' } as never));
  return extractAll(report).facts.filter((f) => f.table?.cell === 'number');
}

describe('table facts against hand-annotated real tables', () => {
  it('has at least three annotated tables', () => expect(golds.flatMap((g) => g.tables).length).toBeGreaterThanOrEqual(3));
  if (!existsSync(realDir)) {
    it.skip(`skipped: ${realDir} is not there (real reports are read in place, never copied)`, () => {});
    return;
  }

  for (const gold of golds) {
    describe(gold.file, () => {
      let facts: Promise<Fact[]> | null = null;
      const load = (): Promise<Fact[]> => (facts ??= tableFacts(gold.file));

      for (const table of gold.tables) {
        it(`${table.name}: each annotated cell has its row, column, unit and period`, async () => {
          const all = await load();
          for (const cell of table.cells) {
            const candidates = all.filter(
              (f) =>
                f.raw === cell.text &&
                squeeze(f.table?.columnHeader.join(' ') ?? '') === squeeze(cell.column) &&
                squeeze(f.table?.rowLabel.at(-1) ?? '').endsWith(squeeze(cell.row)),
            );
            expect(candidates.length, `${cell.text} in ${cell.row} › ${cell.column}`).toBeGreaterThanOrEqual(1);
            const fact = candidates[0] as Fact;
            const place = fact.table;
            const parent = place?.rowLabel.at(-2) ?? null;
            if (cell.parent === null) expect(parent, `${cell.text}: parent`).toBeNull();
            else
              expect(squeeze(parent ?? ''), `${cell.text}: parent`).toMatch(
                new RegExp(`${squeeze(cell.parent).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'),
              );
            expect(squeeze(fact.displayUnit ?? ''), `${cell.text}: unit`).toBe(squeeze(cell.unit));
            expect(fact.scale, `${cell.text}: scale`).toBe(cell.scale);
            if (cell.period !== undefined)
              expect(place?.period ? squeeze(place.period) : null, `${cell.text}: period`).toBe(
                cell.period === null ? null : squeeze(cell.period),
              );
          }
        }, 120_000);

        const numericCells = table.numericCells;
        if (numericCells !== undefined) {
          it(`${table.name}: at least 95 % of the ${numericCells} figure cells a reader counts are facts`, async () => {
            const all = await load();
            const first = table.cells[0] as GoldCell;
            const anchor = all.find((f) => f.raw === first.text && squeeze(f.table?.rowLabel.at(-1) ?? '').endsWith(squeeze(first.row)));
            const inTable = all.filter((f) => f.table?.table === anchor?.table?.table);
            console.log(`${gold.file} › ${table.name}: ${inTable.length} of ${numericCells} figure cells are facts`);
            expect(inTable.length).toBeGreaterThanOrEqual(Math.ceil(0.95 * numericCells));
            expect(inTable.length).toBeLessThanOrEqual(numericCells);
          }, 120_000);
        }
      }
    });
  }
});
