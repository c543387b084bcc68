// The planted-mutation suite: variants of the corpus reports, each with one displayed figure
// changed so that one claim breaks (or, for controls, a total and its parts changed together).
// `node --import tsx scripts/mutate.ts [--write <dir>]` runs them all and prints the table;
// tests/checks/mutations.test.ts runs the same list.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../src/checks/index.js';
import { extractAll } from '../src/extract/index.js';
import type { Finding } from '../src/model/finding.js';
import { processBytes, parseReportText } from '../src/pipeline.js';
import { Packer } from 'docx';
import { planReport } from './corpus/plan.js';
import { readSource } from './corpus/source.js';
import { buildDocument } from './corpus/writer.js';
import { flatten } from './corpus/inline.js';
import { readFlags } from './lib/flags.js';

export interface Edit {
  find: string;
  replace: string;
}

export interface Mutation {
  id: string;
  report: string;
  kind: 'break' | 'control';
  /** The rule whose claim the edit breaks (null for controls). */
  rule: string | null;
  /** The edited figure as displayed: a flag must show it in its evidence. */
  figure?: string;
  /** Edits that first undo a planted inconsistency, so the claim under test starts consistent. */
  repairs?: Edit[];
  edits: Edit[];
}

export interface MutationResult {
  mutation: Mutation;
  /** Flags that the variant has and its base text has not. */
  newFlags: Finding[];
  /** Break: a new flag shows the edited figure. Control: nothing new is flagged. */
  passed: boolean;
  /** Rules of the new flags that show the edited figure. */
  rules: string[];
}

const corpus = new URL('../corpus/', import.meta.url);
export const mutations: Mutation[] = (
  JSON.parse(readFileSync(new URL('./mutations.json', import.meta.url), 'utf8')) as { mutations: Mutation[] }
).mutations;

/** Applies edits in order; each `find` must occur exactly once, or the variant would be ambiguous. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const { find, replace } of edits) {
    const at = out.indexOf(find);
    if (at < 0 || out.indexOf(find, at + 1) >= 0) throw new Error(`edit target must occur exactly once: ${JSON.stringify(find)}`);
    out = out.slice(0, at) + replace + out.slice(at + find.length);
  }
  return out;
}

export function checkText(text: string): Finding[] {
  const report = parseReportText(text);
  return runChecks({ ...report, ...extractAll(report) });
}

const flagged = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
/** A flag's identity across variants: rule, status and where its evidence stands (not the numbers). */
const identity = (f: Finding): string => `${f.rule}|${f.status}|${f.evidence.map((e) => `${e.role}@${e.block}`).join(',')}`;

/** The figure shown in a finding's evidence, as a whole number (not inside a longer one). */
export function shows(finding: Finding, figure: string): boolean {
  return finding.evidence.some((e) => {
    for (let at = e.raw.indexOf(figure); at >= 0; at = e.raw.indexOf(figure, at + 1)) {
      const before = e.raw[at - 1] ?? '';
      const after = e.raw.slice(at + figure.length, at + figure.length + 2);
      if (!/[\d.,]/u.test(before) && !/^[\d]|^[.,]\d/u.test(after)) return true;
    }
    return false;
  });
}

export function runMutation(mutation: Mutation, baselines: Map<string, Finding[]> = new Map()): MutationResult {
  const original = readFileSync(new URL(`${mutation.report}.txt`, corpus), 'utf8');
  const base = applyEdits(original, mutation.repairs ?? []);
  const key = `${mutation.report}|${JSON.stringify(mutation.repairs ?? [])}`;
  let baseline = baselines.get(key);
  if (!baseline) {
    baseline = flagged(checkText(base));
    baselines.set(key, baseline);
  }
  const before = new Set(baseline.map(identity));
  const variant = flagged(checkText(applyEdits(base, mutation.edits)));
  const newFlags = variant.filter((f) => !before.has(identity(f)) || (mutation.figure !== undefined && shows(f, mutation.figure)));
  const showing = mutation.figure ? newFlags.filter((f) => f.status === 'inconsistent' && shows(f, mutation.figure as string)) : [];
  return {
    mutation,
    newFlags,
    rules: [...new Set(showing.map((f) => f.rule))],
    passed: mutation.kind === 'control' ? newFlags.length === 0 : showing.length > 0,
  };
}

/** The table the suite prints: per rule kind, how many breaking edits were found; then the controls. */
export function formatTable(results: readonly MutationResult[]): string {
  const lines = ['rule             variants  detected  recall  (edited figure in the evidence)'];
  const breaks = results.filter((r) => r.mutation.kind === 'break');
  const kinds = [...new Set(breaks.map((r) => r.mutation.rule as string))];
  for (const kind of kinds) {
    const rows = breaks.filter((r) => r.mutation.rule === kind);
    const found = rows.filter((r) => r.passed).length;
    const missed = rows.filter((r) => !r.passed).map((r) => r.mutation.id);
    lines.push(
      `${kind.padEnd(17)}${String(rows.length).padStart(8)}${String(found).padStart(10)}${`${((found / rows.length) * 100).toFixed(0)}%`.padStart(8)}${missed.length ? `  missed: ${missed.join(', ')}` : ''}`,
    );
  }
  const found = breaks.filter((r) => r.passed).length;
  lines.push(
    `${'all'.padEnd(17)}${String(breaks.length).padStart(8)}${String(found).padStart(10)}${`${((found / Math.max(1, breaks.length)) * 100).toFixed(1)}%`.padStart(8)}`,
  );
  const controls = results.filter((r) => r.mutation.kind === 'control');
  const noisy = controls.filter((r) => !r.passed);
  lines.push(
    `controls ${controls.length}, new flags on ${noisy.length}${noisy.length ? `: ${noisy.map((r) => `${r.mutation.id} (${r.newFlags.map((f) => `${f.rule}: ${f.message.en}`).join('; ')})`).join(', ')}` : ''}`,
  );
  const crossRule = breaks.filter((r) => r.passed && !r.rules.includes(r.mutation.rule as string));
  if (crossRule.length) lines.push(`found by another rule: ${crossRule.map((r) => `${r.mutation.id} → ${r.rules.join('+')}`).join(', ')}`);
  return lines.join('\n');
}

/** A variant as a Word file, written the way `npm run corpus` writes the corpus DOCX. */
export async function docxOf(text: string, name: string): Promise<Uint8Array> {
  const plan = planReport(readSource(text));
  const title = plan.items.filter((i) => i.kind === 'title').map((i) => ('inlines' in i ? flatten(i.inlines).text : ''));
  const buffer = await Packer.toBuffer(buildDocument(plan, { title: title[0] ?? name, subject: title[1] ?? '' }));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The same breaking edit, checked through the DOCX parser instead of the text one. */
export async function runMutationDocx(mutation: Mutation): Promise<boolean> {
  const original = readFileSync(new URL(`${mutation.report}.txt`, corpus), 'utf8');
  const variant = applyEdits(applyEdits(original, mutation.repairs ?? []), mutation.edits);
  const document = await processBytes(await docxOf(variant, mutation.id), `${mutation.report}.${mutation.id}.docx`);
  return flagged(document.findings).some((f) => f.status === 'inconsistent' && mutation.figure !== undefined && shows(f, mutation.figure));
}

export function runAll(list: readonly Mutation[] = mutations): MutationResult[] {
  const baselines = new Map<string, Finding[]>();
  return list.map((m) => runMutation(m, baselines));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: flags } = readFlags({ write: { type: 'string' } }, 'node --import tsx scripts/mutate.ts [--write dir]');
  if (flags.write !== undefined) {
    const dir = flags.write;
    mkdirSync(dir, { recursive: true });
    for (const m of mutations) {
      const original = readFileSync(new URL(`${m.report}.txt`, corpus), 'utf8');
      writeFileSync(join(dir, `${m.report}.${m.id}.txt`), applyEdits(applyEdits(original, m.repairs ?? []), m.edits));
    }
    console.log(`wrote ${mutations.length} variants to ${dir}`);
  }
  console.log(formatTable(runAll()));
}
