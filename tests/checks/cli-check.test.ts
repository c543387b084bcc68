import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkFiles, exitCodeOf, formatCheckResults, jsonCheckResults, registerCheckCommand } from '../../src/cli/commands/check.js';

const dir = mkdtempSync(join(tmpdir(), 'solieu-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const good = write(
  'good.txt',
  `BÁO CÁO

I. KẾT QUẢ

Về tiến độ nhiệm vụ UBND tỉnh giao: 06 tháng đầu năm đã giao 2.307 nhiệm vụ cho các ngành và địa phương, đã hoàn thành 1.367 nhiệm vụ, đang thực hiện 940 nhiệm vụ.
`,
);
const bad = write(
  'bad.txt',
  `BÁO CÁO

I. KẾT QUẢ

Về tiến độ nhiệm vụ UBND tỉnh giao: 06 tháng đầu năm đã giao 2.307 nhiệm vụ cho các ngành và địa phương, đã hoàn thành 1.367 nhiệm vụ, đang thực hiện 904 nhiệm vụ.
`,
);

describe('solieu check', () => {
  it('exits 0 when nothing is inconsistent, 1 when something is, 2 on a refused file', async () => {
    expect(exitCodeOf(await checkFiles([good]))).toBe(0);
    expect(exitCodeOf(await checkFiles([good, bad]))).toBe(1);
    expect(exitCodeOf(await checkFiles([bad, join(dir, 'missing.txt')]))).toBe(2);
  });

  it('prints flagged claims grouped by section, and everything with --all', async () => {
    const results = await checkFiles([bad]);
    const text = formatCheckResults(results);
    expect(text).toContain('1 không khớp');
    expect(text).toContain('Mục I — KẾT QUẢ');
    expect(text).toContain('✗ Tổng các phần: 1.367 + 904 = 2.271, nhưng tổng ghi 2.307');
    expect(text).toMatch(/căn cứ \(mục I, đoạn 1\): .*phần “904 nhiệm vụ”/u);
    const english = formatCheckResults(await checkFiles([good]), { all: true, lang: 'en' });
    expect(english).toContain('✓ Sum of parts: 1.367 + 940 = 2.307 ✓');
    expect(english).toMatch(/evidence \(section I, paragraph 1\): .*part “940 nhiệm vụ”/u);
    expect(formatCheckResults(await checkFiles([good]))).toContain('Không có nhận định nào không khớp.');
  });

  it('writes JSON: an object for one file, NDJSON for several', async () => {
    const one = JSON.parse(jsonCheckResults(await checkFiles([bad])));
    expect(one.counts.inconsistent).toBe(1);
    expect(one.findings[0].actual).toBe('2.307');
    const lines = jsonCheckResults(await checkFiles([good, join(dir, 'missing.txt')]), { all: true })
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] as string).findings[0].status).toBe('consistent');
    expect(JSON.parse(lines[1] as string).error).toMatch(/not_found/u);
  });

  it('registers as a commander command that sets the exit code', async () => {
    const program = new Command('solieu').exitOverride();
    registerCheckCommand(program);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const previous = process.exitCode;
    try {
      await program.parseAsync(['node', 'solieu', 'check', '--json', bad]);
      expect(process.exitCode).toBe(1);
      expect(JSON.parse(String(out.mock.calls[0]?.[0])).counts.inconsistent).toBe(1);
    } finally {
      out.mockRestore();
      process.exitCode = previous;
    }
  });
});
