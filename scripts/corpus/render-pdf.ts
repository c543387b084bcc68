import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * DOCX → PDF with LibreOffice headless, in a throw-away profile so that a running LibreOffice or a
 * stale lock never interferes. Times New Roman is matched by fontconfig to a metric-compatible face
 * (Liberation Serif from `fonts-liberation`) when the Microsoft font is not installed.
 */
export function renderPdf(docx: Buffer, name: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'solieu-corpus-'));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, input],
      { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 },
    );
    return readFileSync(join(dir, `${name}.pdf`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Which font LibreOffice will use for Times New Roman here (fontconfig's answer). */
export function timesSubstitute(): string {
  try {
    return execFileSync('fc-match', ['Times New Roman'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown (fc-match not available)';
  }
}
