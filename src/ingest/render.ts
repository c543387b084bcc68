import type { IngestEvent, IngestSummary } from './events.js';

/** Text of the closing summary (stderr), inconsistencies listed per report. */
export function renderSummary(s: IngestSummary): string {
  const lines: string[] = [];
  const seconds = (s.elapsedMs / 1000).toFixed(1);
  const walked = s.skipped > 0 ? `; ${s.skipped} skipped while walking` : '';
  lines.push(
    `solieu ingest: ${s.files} files in ${seconds} s — ${s.processed} processed, ${s.unchanged} unchanged, ${s.failed} failed${walked}`,
  );
  const f = s.findings;
  lines.push(
    `  pages ${s.pages} · facts ${s.facts} · findings: ${f.consistent} consistent, ${f.warning} warning, ` +
      `${f.inconsistent} inconsistent, ${f.unverifiable} unverifiable`,
  );
  lines.push(`  documents: ${s.documents.ok} ok, ${s.documents.inconsistent} inconsistent, ${s.documents.failed} failed`);
  if (s.failures.length > 0) {
    lines.push('Failed:');
    for (const failure of s.failures) lines.push(`  ${failure.file}: ${failure.code}: ${failure.message}`);
  }
  if (s.inconsistencies.length > 0) {
    lines.push('Inconsistencies:');
    for (const doc of s.inconsistencies) {
      lines.push(`  ${doc.file}`);
      for (const finding of doc.findings) lines.push(`    ${finding.page === null ? '' : `p. ${finding.page}: `}${finding.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One stderr line for an event worth a human's attention when there is no progress bar. */
export function renderNote(event: IngestEvent): string | null {
  if (event.event === 'failed') return `solieu: ${event.file}: ${event.code}: ${event.message}`;
  // Links are worth a line each; files that are not reports only count in the summary.
  if (event.event === 'skipped' && event.reason !== 'unchanged' && event.reason !== 'not_a_report') {
    return `solieu: skipped ${event.file}: ${event.detail ?? event.reason}`;
  }
  return null;
}

export interface ProgressState {
  total: number;
  done: number;
  failed: number;
  current: string;
}

/** A one-line progress bar sized to the terminal width. */
export function renderProgress(state: ProgressState, columns: number): string {
  const width = Math.max(10, Math.min(30, columns - 50));
  const ratio = state.total === 0 ? 1 : state.done / state.total;
  const filled = Math.round(ratio * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const failed = state.failed > 0 ? ` · ${state.failed} failed` : '';
  const head = `${bar} ${state.done}/${state.total}${failed} `;
  const room = Math.max(0, columns - head.length - 1);
  const name = state.current.length > room ? `…${state.current.slice(state.current.length - room + 1)}` : state.current;
  return `${head}${name}`;
}
