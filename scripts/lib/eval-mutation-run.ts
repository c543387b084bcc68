import type { ReportDocument } from '../../src/model/document.js';
import type { Gold } from './eval-gold.js';
import type { Finding } from '../../src/model/finding.js';
import { join } from 'node:path';
import { runDocxMutations } from './eval-docx.js';
import {
  type Edit,
  type Planned,
  applyEdits,
  batches,
  checkText,
  contextOf,
  namesFigure,
  planEdits,
  renderParts,
  renderText,
  shifts,
} from './eval-mutate.js';

export interface KindMutations {
  edits: number;
  flagged: number;
  controls: number;
  controlsQuiet: number;
}

export interface MutationSummary {
  edits: number;
  flagged: number;
  /** Edits caught only as a truncation/complement warning. */
  warned: number;
  controls: number;
  controlsQuiet: number;
  controlsConsistent: number;
  /** Consistent claims without an edit (quote not found once in the text form, or no figure in it). */
  skipped: number;
  /** Figures left unedited: their number stands more often in the quote than the claim uses it. */
  ambiguous: number;
  /** Figures every edit of which leaves the claim holding within its rounding: no error to find. */
  nonBreaking: number;
  byKind: Record<string, KindMutations>;
  missedEdits: string[];
  noisyControls: string[];
  docx?: { edits: number; flagged: number; skipped: number };
}

const kindRow = (m: MutationSummary, kind: string): KindMutations =>
  (m.byKind[kind] ??= { edits: 0, flagged: 0, controls: 0, controlsQuiet: 0 });

/** Runs the planted edits and controls of every annotated document in its text form. */
export async function runMutations(
  docs: ReadonlyArray<{ gold: Gold; doc: ReportDocument }>,
  options: { log: (s: string) => void; docxFolder?: string | null },
): Promise<MutationSummary> {
  const m: MutationSummary = {
    edits: 0,
    flagged: 0,
    warned: 0,
    controls: 0,
    controlsQuiet: 0,
    controlsConsistent: 0,
    skipped: 0,
    ambiguous: 0,
    nonBreaking: 0,
    byKind: {},
    missedEdits: [],
    noisyControls: [],
  };
  for (const { gold, doc } of docs) {
    const text = renderText(doc);
    const plan = planEdits(gold, text);
    m.skipped += plan.skipped;
    m.ambiguous += plan.ambiguous;
    m.nonBreaking += plan.nonBreaking;
    const runBatch = (batch: readonly Planned[], control: boolean): void => {
      const edits = batch.flatMap((p) => p.edits);
      const mutated = applyEdits(text, edits);
      const shift = shifts(edits);
      const findings = checkText(mutated);
      const names = (f: Finding, e: Edit): boolean => namesFigure(f, e.to, contextOf(mutated, e, shift.get(e) ?? 0));
      for (const p of batch) {
        const row = kindRow(m, p.claim.kind);
        if (!control) {
          const e = p.edits[0];
          if (!e) continue;
          m.edits += 1;
          row.edits += 1;
          const naming = findings.filter((f) => names(f, e));
          if (naming.some((f) => f.status === 'inconsistent')) {
            m.flagged += 1;
            row.flagged += 1;
          } else {
            if (naming.some((f) => f.status === 'warning')) m.warned += 1;
            const got = naming.map((f) => `${f.rule}:${f.status}`).join(',') || 'no finding';
            m.missedEdits.push(
              `${gold.file.slice(0, 14)} ${p.claim.id} ${p.claim.kind}: ${e.from} → ${e.to} (${got}) — ${p.claim.quote.slice(0, 80)}`,
            );
          }
        } else {
          m.controls += 1;
          row.controls += 1;
          const naming = findings.filter((f) => p.edits.some((e) => names(f, e)));
          const flagged = naming.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
          if (flagged.length === 0) {
            m.controlsQuiet += 1;
            row.controlsQuiet += 1;
          } else {
            m.noisyControls.push(
              `${gold.file.slice(0, 14)} ${p.claim.id}: ${p.edits.map((e) => `${e.from}→${e.to}`).join(', ')} — ${flagged
                .map((f) => f.message.en)
                .join(' | ')
                .slice(0, 200)}`,
            );
          }
          if (naming.some((f) => f.status === 'consistent') && flagged.length === 0) m.controlsConsistent += 1;
        }
      }
    };
    const breakingRuns = batches(plan.breaking);
    const controlRuns = batches(plan.controls);
    options.log(
      `mutate ${gold.file}: ${plan.breaking.length} edits in ${breakingRuns.length} runs, ${plan.controls.length} controls in ${controlRuns.length} runs`,
    );
    for (const b of breakingRuns) runBatch(b, false);
    for (const b of controlRuns) runBatch(b, true);
    if (options.docxFolder && doc.source.format === 'docx') {
      const { bodyEnd } = renderParts(doc);
      const r = await runDocxMutations(join(options.docxFolder, gold.file), text, bodyEnd, plan.breaking);
      m.docx ??= { edits: 0, flagged: 0, skipped: 0 };
      m.docx.edits += r.edits;
      m.docx.flagged += r.flagged;
      m.docx.skipped += r.skipped;
      options.log(`  docx ${gold.file}: ${r.flagged}/${r.edits} flagged, ${r.skipped} skipped`);
    }
  }
  return m;
}
