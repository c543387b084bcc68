import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { SolieuError } from '../../errors/index.js';
import type { ReportDocument } from '../../model/index.js';
import type { ReviewEntry } from '../../triage/index.js';
import { EXIT } from '../exit-codes.js';
import { describeError } from '../report-error.js';

interface TriageOptions {
  note?: string;
  from: string[];
  reviewed: string;
  json?: boolean;
}

const REVIEW_FILE = 'solieu-reviewed.json';

/** The documents a key is looked up in: report files (processed), solieu JSON documents, or folders of them. */
async function* documentsIn(paths: readonly string[]): AsyncGenerator<ReportDocument> {
  const { readDocument } = await import('../../review/index.js');
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new SolieuError('not_found', 'no such file or folder', 'pass the reports or their out/ folder with --from', path);
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).filter((n) => /\.json$/iu.test(n)).sort()) {
        const parsed = readDocument(await readFile(join(path, name), 'utf8'));
        if (parsed.ok) yield parsed.doc; // the store file and other JSON beside the documents are not documents
      }
    } else if (/\.json$/iu.test(path)) {
      const parsed = readDocument(await readFile(path, 'utf8'));
      if (!parsed.ok) throw new SolieuError('invalid_output', parsed.error, 'regenerate it with `solieu extract`', path);
      yield parsed.doc;
    } else {
      const { processFile } = await import('../../pipeline.js');
      yield await processFile(path);
    }
  }
}

/** Gather: find the finding a key names and record the decision in the review file. */
export async function recordDecision(
  key: string,
  decision: ReviewEntry['decision'],
  options: TriageOptions,
  now = new Date(),
): Promise<ReviewEntry> {
  const { findingKey, readReviewFile, withDecision, writeReviewFile } = await import('../../triage/index.js');
  for await (const doc of documentsIn(options.from)) {
    const finding = doc.findings.find((f) => findingKey(f, doc.source.sha256) === key);
    if (!finding) continue;
    const entry: ReviewEntry = {
      key,
      rule: finding.rule,
      document: { name: basename(doc.source.path), sha256: doc.source.sha256 },
      evidence: finding.evidence.map((e) => ({ role: e.role, raw: e.raw })),
      message: finding.message.vi,
      decision,
      note: options.note?.trim() || null,
      reviewedAt: now.toISOString(),
    };
    await writeReviewFile(options.reviewed, withDecision(await readReviewFile(options.reviewed), entry));
    return entry;
  }
  throw new SolieuError(
    'usage',
    `no finding has the key ${key} in ${options.from.join(', ')}`,
    'copy the key from `solieu check` or the review page, and pass its report with --from',
    null,
  );
}

export function registerTriageCommand(program: Command): void {
  const triage = program
    .command('triage')
    .description(`mark a finding as reviewed (accepted, or dismissed as a false alarm) so later runs set it aside; kept in ${REVIEW_FILE}`)
    .addHelpText(
      'after',
      `
A finding's key (e.g. sum:50a8d02087) is printed by \`solieu check\` and shown on the review page. It
is made of the rule, the SHA-256 of the report's bytes and the evidence text, so it survives
re-runs; once the report changes, the entry no longer matches and check reports it as stale.

Examples:
  solieu triage dismiss share:8b94b9472c --note "tỷ lệ tính trên số đã giao" --from out/
  solieu triage accept sum:50a8d02087 --from bao-cao.pdf
  solieu triage list

Exit codes:
  0   recorded
  2   usage error: unknown key, missing note on dismiss, unreadable review file`,
    );

  const decide = (decision: ReviewEntry['decision']) => async (key: string, options: TriageOptions, command: Command) => {
    if (decision === 'dismissed' && !options.note?.trim())
      command.error('error: dismiss needs --note "why this is a false alarm"', { exitCode: EXIT.usage });
    try {
      const entry = await recordDecision(key, decision, options);
      process.stdout.write(
        options.json
          ? `${JSON.stringify(entry, null, 2)}\n`
          : `${entry.key}: ${decision === 'accepted' ? 'đã xác nhận' : 'báo nhầm'} → ${options.reviewed}\n`,
      );
    } catch (error) {
      process.stderr.write(`${describeError(key, error)}\n`);
      process.exitCode = EXIT.usage;
    }
  };
  const common = (command: Command): Command =>
    command
      .option('--from <paths...>', 'where the finding is: report files, solieu JSON documents, or their folder', ['out'])
      .option('--reviewed <file>', 'the review file', REVIEW_FILE)
      .option('--json', 'print the recorded entry as JSON');

  common(
    triage
      .command('accept')
      .description('the finding is right: keep it out of later runs')
      .argument('<key>', 'the finding key')
      .option('--note <text>', 'a note for other reviewers'),
  ).action(decide('accepted'));
  common(
    triage
      .command('dismiss')
      .description('the finding is a false alarm: say why')
      .argument('<key>', 'the finding key')
      .option('--note <text>', 'why it is a false alarm (required)'),
  ).action(decide('dismissed'));
  triage
    .command('list')
    .description('print the review file')
    .option('--reviewed <file>', 'the review file', REVIEW_FILE)
    .option('--json', 'as JSON')
    .action(async (options: { reviewed: string; json?: boolean }) => {
      const { readReviewFile } = await import('../../triage/index.js');
      try {
        const entries = await readReviewFile(options.reviewed);
        process.stdout.write(
          options.json
            ? `${JSON.stringify(entries, null, 2)}\n`
            : entries
                .map(
                  (e) =>
                    `${e.key}\t${e.decision === 'accepted' ? 'đã xác nhận' : 'báo nhầm'}\t${e.document.name}\t${e.note ?? ''}\t${e.message}`,
                )
                .join('\n') + (entries.length ? '\n' : ''),
        );
      } catch (error) {
        process.stderr.write(`${describeError(options.reviewed, error)}\n`);
        process.exitCode = EXIT.usage;
      }
    });
}
