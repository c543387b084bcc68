import { say, type OutputLang } from '../output/index.js';
import type { IngestEvent, IngestSummary } from './events.js';

/** `trang 3, mục III.1` from what the store keeps of a finding (page, `III > 1`). */
function storedPlace(page: number | null, section: string | undefined, lang: OutputLang): string {
  const parts: string[] = [];
  if (page !== null) parts.push(say(lang, 'ingest.page', { page }));
  const labels = (section ?? '')
    .split('>')
    .map((l) => l.trim().replace(/^\(|[.)]+$/gu, ''))
    .filter(Boolean);
  if (labels.length > 0) parts.push(`${lang === 'vi' ? 'mục' : 'section'} ${labels.join('.')}`);
  return parts.join(', ');
}

/** Text of the closing summary (stderr), inconsistencies listed per report with their places and review keys. */
export function renderSummary(s: IngestSummary, lang: OutputLang = 'vi'): string {
  const lines: string[] = [];
  const seconds = lang === 'vi' ? (s.elapsedMs / 1000).toFixed(1).replace('.', ',') : (s.elapsedMs / 1000).toFixed(1);
  const walked = s.skipped > 0 ? say(lang, 'ingest.walked', { count: s.skipped }) : '';
  lines.push(
    say(lang, 'ingest.head', { files: s.files, seconds, processed: s.processed, unchanged: s.unchanged, failed: s.failed, walked }),
  );
  lines.push(say(lang, 'ingest.totals', { pages: s.pages, facts: s.facts, ...s.findings }));
  lines.push(say(lang, 'ingest.documents', s.documents));
  if (s.failures.length > 0) {
    lines.push(say(lang, 'ingest.failedHead'));
    for (const failure of s.failures) lines.push(`  ${failure.file}: ${failure.code}: ${failure.message}`);
  }
  if (s.inconsistencies.length > 0) {
    lines.push(say(lang, 'ingest.inconsistentHead'));
    for (const doc of s.inconsistencies) {
      lines.push(`  ${doc.file}`);
      for (const finding of doc.findings) {
        const place = storedPlace(finding.page, finding.section, lang);
        const message = lang === 'en' ? (finding.messageEn ?? finding.message) : finding.message;
        lines.push(`    ${place ? `${place}: ` : ''}${message}${finding.key ? `  [${say(lang, 'key')}: ${finding.key}]` : ''}`);
      }
    }
  }
  if (s.setAside) lines.push(say(lang, 'setAside', { count: s.setAside }));
  if (s.staleReviews && s.staleReviews.length > 0) {
    lines.push(say(lang, 'staleSuppressions', { count: s.staleReviews.length, file: 'solieu-reviewed.json' }));
    for (const key of s.staleReviews) lines.push(`  ${key}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One stderr line for an event worth a human's attention when there is no progress bar. */
export function renderNote(event: IngestEvent, lang: OutputLang = 'vi'): string | null {
  if (event.event === 'failed') return `solieu: ${event.file}: ${event.code}: ${event.message}`;
  // Links are worth a line each; files that are not reports only count in the summary.
  if (event.event === 'skipped' && event.reason !== 'unchanged' && event.reason !== 'not_a_report') {
    return `solieu: ${say(lang, 'ingest.skippedNote', { file: event.file, detail: event.detail ?? event.reason })}`;
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
export function renderProgress(state: ProgressState, columns: number, lang: OutputLang = 'vi'): string {
  const width = Math.max(10, Math.min(30, columns - 50));
  const ratio = state.total === 0 ? 1 : state.done / state.total;
  const filled = Math.round(ratio * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const failed = state.failed > 0 ? ` · ${say(lang, 'ingest.failedCount', { count: state.failed })}` : '';
  const head = `${bar} ${state.done}/${state.total}${failed} `;
  const room = Math.max(0, columns - head.length - 1);
  const name = state.current.length > room ? `…${state.current.slice(state.current.length - room + 1)}` : state.current;
  return `${head}${name}`;
}
