import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDocument } from '../../src/model/document.js';
import { processFile } from '../../src/pipeline.js';
import { type Gold, loadGold } from './eval-gold.js';
import { type ClaimResult, type FalseAlarm, scoreDocument } from './eval-score.js';

export interface Evaluation {
  files: Array<{ file: string; error?: string; claims: number; flagged: number }>;
  claims: ClaimResult[];
  falseAlarms: FalseAlarm[];
  problems: string[];
  /** The documents scored, for the mutation run. */
  docs: Array<{ gold: Gold; doc: ReportDocument }>;
}

/** Runs the pipeline (library API) on every gold file's document found in `corpus` and scores it. */
export async function evaluate(goldFolder: string, corpus: string, only: string | null = null): Promise<Evaluation> {
  const { golds, problems } = loadGold(goldFolder);
  const result: Evaluation = { files: [], claims: [], falseAlarms: [], problems, docs: [] };
  for (const gold of golds) {
    if (only && !gold.file.includes(only)) continue;
    const path = join(corpus, gold.file);
    if (!existsSync(path)) {
      problems.push(`${gold.file}: not in ${corpus}`);
      continue;
    }
    let doc: ReportDocument;
    try {
      doc = await processFile(path, { ocr: 'never' });
    } catch (error) {
      // One unreadable report never stops the evaluation.
      result.files.push({ file: gold.file, error: (error as Error).message, claims: gold.claims.length, flagged: 0 });
      continue;
    }
    const score = scoreDocument(gold, doc);
    result.files.push({ file: gold.file, claims: gold.claims.length, flagged: score.flagged });
    result.claims.push(...score.claims);
    result.falseAlarms.push(...score.falseAlarms);
    result.docs.push({ gold, doc });
  }
  return result;
}
