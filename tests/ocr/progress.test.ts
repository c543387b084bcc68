import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/progress.js';
import type { ParseProgress } from '../../src/parsers/pdf/index.js';

/** A stand-in for process.stderr that keeps what is written. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const fake = {
    isTTY,
    text: '',
    write(chunk: string) {
      fake.text += chunk;
      return true;
    },
  };
  return fake as unknown as NodeJS.WriteStream & { text: string };
}

const page = (done: number, total: number, remainingMs: number): ParseProgress => ({
  stage: 'ocr',
  page: done + 1,
  done,
  total,
  elapsedMs: 4200 * done,
  remainingMs,
});

describe('OCR progress on the command line', () => {
  it('rewrites one line per file on a terminal, with the pages done and the time left, and ends it', () => {
    const err = stream(true);
    const report = progressReporter('scan\x1b[31m.pdf', { json: false, stream: err });
    report?.(page(1, 3, 8400));
    report?.(page(2, 3, 75_000));
    report?.(page(3, 3, 0));
    expect(err.text).toBe(
      '\r\x1b[Kscan.pdf: OCR 1/3 trang, còn khoảng 9 giây\r\x1b[Kscan.pdf: OCR 2/3 trang, còn khoảng 1 phút 15 giây\r\x1b[Kscan.pdf: OCR 3/3 trang\n',
    );
  });

  it('writes one NDJSON event per page under --json, and nothing when no one is watching', () => {
    const err = stream(false);
    progressReporter('a.pdf', { json: true, stream: err })?.(page(1, 2, 4200.4));
    expect(JSON.parse(err.text)).toEqual({
      event: 'progress',
      file: 'a.pdf',
      stage: 'ocr',
      page: 2,
      done: 1,
      total: 2,
      elapsedMs: 4200,
      remainingMs: 4200,
    });
    expect(progressReporter('a.pdf', { json: false, stream: stream(false) })).toBeUndefined();
  });
});
