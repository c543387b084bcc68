import { describe, expect, it } from 'vitest';
import { type MutationResult, applyEdits, formatTable, mutations, runAll, runMutationDocx } from '../../scripts/mutate.js';

/**
 * Planted mutations (scripts/mutations.json): each breaking edit changes one displayed figure so
 * that one claim breaks; the checker must flag it with that figure in the evidence. Controls change
 * a total and its parts together: nothing new may be flagged.
 */
describe('planted mutations', () => {
  let results: MutationResult[] = [];

  it('covers every rule kind at least three times, with controls', () => {
    const kinds = new Map<string, number>();
    for (const m of mutations.filter((x) => x.kind === 'break')) kinds.set(m.rule as string, (kinds.get(m.rule as string) ?? 0) + 1);
    for (const [kind, count] of kinds) expect(count, kind).toBeGreaterThanOrEqual(3);
    expect(kinds.size).toBeGreaterThanOrEqual(13);
    expect(mutations.filter((m) => m.kind === 'control').length).toBeGreaterThanOrEqual(5);
    expect(() => applyEdits('a 1 b 1', [{ find: '1', replace: '2' }])).toThrow(/exactly once/u);
  });

  it('finds ≥ 95 % of the breaking edits and flags nothing on the controls', () => {
    results = runAll();
    console.log(`\n${formatTable(results)}\n`);
    const breaks = results.filter((r) => r.mutation.kind === 'break');
    const recall = breaks.filter((r) => r.passed).length / breaks.length;
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(results.filter((r) => r.mutation.kind === 'control' && !r.passed).map((r) => r.mutation.id)).toEqual([]);
  }, 120_000);

  it('finds a sample of them through the DOCX parser too', async () => {
    const sample = ['sum-940', 'share-1292', 'list-03-du-an', 'refdate-fn5', 'table-total-xskt'];
    const found = await Promise.all(
      sample.map(async (id) => [id, await runMutationDocx(mutations.find((m) => m.id === id) as (typeof mutations)[number])] as const),
    );
    console.log(`DOCX sample: ${found.filter(([, ok]) => ok).length}/${found.length} found`);
    expect(found.filter(([, ok]) => !ok).map(([id]) => id)).toEqual([]);
  }, 120_000);
});
