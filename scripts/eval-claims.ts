/**
 * Scores the checker against the hand gold of real reports (tests/gold/real/*.claims.json).
 *
 *   npm run eval:claims [-- --json] [-- --mutate] [-- --file <part of a name>]
 *
 * Per kind: gold claims, evaluated with the gold verdict, with another verdict, left unverifiable
 * (with the reason), missed; then every inconsistent/warning finding the gold does not mark
 * inconsistent or truncated (false alarms). `--mutate` plants single-figure edits in the text form
 * of each document and prints how many its claims catch, and how many controls stay quiet.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Evaluation, evaluate } from './lib/eval-run.js';
import { kindTable, totalRow } from './lib/eval-score.js';
import { runMutations, type MutationSummary } from './lib/eval-mutation-run.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};

const root = resolve(import.meta.dirname, '..');
const goldFolder = option('--gold') ?? join(root, 'tests/gold/real');
const corpus = option('--corpus') ?? resolve(root, '../shared/corpus-real');
const only = option('--file');
const json = flag('--json');

export interface EvalResult extends Omit<Evaluation, 'docs'> {
  mutations: MutationSummary | null;
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.error(`eval:claims: ${corpus} not found (the real reports are not part of the repository)`);
    process.exit(2);
  }
  const { docs, ...evaluation } = await evaluate(goldFolder, corpus, only);
  const result: EvalResult = { ...evaluation, mutations: null };
  if (flag('--mutate'))
    result.mutations = await runMutations(docs, {
      log: json ? () => {} : (s) => console.error(s),
      docxFolder: flag('--no-docx') ? null : corpus,
    });
  if (json) {
    console.log(JSON.stringify({ ...result, kinds: kindTable(result.claims), total: totalRow(kindTable(result.claims)) }, null, 2));
    return;
  }
  print(result);
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');

function print(result: EvalResult): void {
  for (const p of result.problems) console.log(`! ${p}`);
  for (const f of result.files) console.log(`${f.file}: ${f.error ? `ERROR ${f.error}` : `${f.claims} gold claims, ${f.flagged} flagged`}`);
  const rows = kindTable(result.claims);
  const all = totalRow(rows);
  console.log('\nkind            gold  gold-verdict  other-verdict  unverifiable  missed');
  for (const r of [...rows, all]) {
    console.log(
      `${r.kind.padEnd(15)} ${String(r.gold).padStart(4)}  ${String(r.withGoldVerdict).padStart(12)}  ${String(r.otherVerdict).padStart(13)}  ${String(r.unverifiable).padStart(12)}  ${String(r.missed).padStart(6)}`,
    );
  }
  console.log(`\nevaluated with the gold verdict: ${all.withGoldVerdict}/${all.gold} (${pct(all.withGoldVerdict, all.gold)})`);
  const other = result.claims.filter((c) => c.outcome === 'other');
  if (other.length) {
    console.log(`\nanother verdict (${other.length}):`);
    for (const c of other) console.log(`  ${c.id} ${c.kind}: gold ${c.verdict}, got ${c.got} (${c.finding}) — ${c.quote.slice(0, 100)}`);
  }
  const reasons = new Map<string, number>();
  for (const c of result.claims.filter((x) => x.outcome === 'unverifiable'))
    reasons.set(c.reason ?? '', (reasons.get(c.reason ?? '') ?? 0) + 1);
  if (reasons.size) {
    console.log('\nunverifiable, by reason:');
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${reason.slice(0, 140)}`);
  }
  console.log(`\nfalse alarms: ${result.falseAlarms.length}`);
  for (const a of result.falseAlarms)
    console.log(`  ${a.file} ${a.finding} [${a.status}] ${a.message.slice(0, 160)}${a.gold ? ` (${a.gold})` : ''}`);
  const m = result.mutations;
  if (m) {
    console.log(
      `\nmutations (text form): ${m.flagged}/${m.edits} single-figure edits flagged inconsistent naming the edited figure (${pct(m.flagged, m.edits)}); ${m.warned} more only as a warning`,
    );
    console.log(
      `not planted: ${m.nonBreaking} figures whose every edit leaves the claim holding (within rounding), ${m.ambiguous} figures whose number the quote shows more often than the claim uses it`,
    );
    console.log(
      `controls: ${m.controlsQuiet}/${m.controls} raise no flag on the changed figures (${pct(m.controlsQuiet, m.controls)}); ${m.controlsConsistent} still verified consistent`,
    );
    for (const [kind, k] of Object.entries(m.byKind))
      console.log(`  ${kind.padEnd(14)} ${k.flagged}/${k.edits} edits flagged, ${k.controlsQuiet}/${k.controls} controls quiet`);
    if (m.docx)
      console.log(
        `mutations (DOCX): ${m.docx.flagged}/${m.docx.edits} flagged (${pct(m.docx.flagged, m.docx.edits)}), ${m.docx.skipped} edits not in one run`,
      );
    if (m.missedEdits.length) {
      console.log('\nedits not flagged:');
      for (const e of m.missedEdits.slice(0, 80)) console.log(`  ${e}`);
    }
    if (m.noisyControls.length) {
      console.log('\ncontrols flagged:');
      for (const e of m.noisyControls) console.log(`  ${e}`);
    }
  }
}

await main();
