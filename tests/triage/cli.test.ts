import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerCheckCommand } from '../../src/cli/commands/check.js';
import { registerTriageCommand } from '../../src/cli/commands/triage.js';

const dir = mkdtempSync(join(tmpdir(), 'solieu-triage-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = join(dir, 'bc.txt');
const reviewed = join(dir, 'solieu-reviewed.json');
const text = (n: string): string =>
  `BÁO CÁO\n\nI. KẾT QUẢ\n\nTrong quý, Sở đã tiếp nhận 1.520 hồ sơ, đã giải quyết 1.210 hồ sơ, đang giải quyết ${n} hồ sơ.\n`;

/** Runs one command in-process as the CLI would, returning stdout, stderr and the exit code. */
async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const program = new Command('solieu').exitOverride();
  registerCheckCommand(program);
  registerTriageCommand(program);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'solieu', ...args]).catch((e: { exitCode?: number }) => {
      process.exitCode = e.exitCode ?? 2;
    });
    return {
      out: out.mock.calls.map((c) => String(c[0])).join(''),
      err: err.mock.calls.map((c) => String(c[0])).join(''),
      code: Number(process.exitCode ?? 0),
    };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = previous;
  }
}

describe('reviewed findings stay reviewed', () => {
  it('dismissing a false alarm sets it aside on the next check, and a changed report makes the review stale', async () => {
    writeFileSync(report, text('301'));
    const first = await run(['check', '--reviewed', reviewed, report]);
    expect(first.code).toBe(1);
    const key = /mã rà soát: (sum:[0-9a-f]{10})/u.exec(first.out)?.[1] as string;
    expect(key).toBeTruthy();

    expect((await run(['triage', 'dismiss', key, '--from', report, '--reviewed', reviewed])).code).toBe(2); // a dismissal needs a note
    expect((await run(['triage', 'dismiss', 'sum:0000000000', '--note', 'x', '--from', report, '--reviewed', reviewed])).code).toBe(2);
    const dismissed = await run([
      'triage',
      'dismiss',
      key,
      '--note',
      'số đang giải quyết tính theo kỳ khác',
      '--from',
      report,
      '--reviewed',
      reviewed,
    ]);
    expect(dismissed.code).toBe(0);
    expect(JSON.parse(readFileSync(reviewed, 'utf8')).entries[0]).toMatchObject({
      key,
      decision: 'dismissed',
      document: { name: 'bc.txt' },
    });

    const second = await run(['check', '--reviewed', reviewed, report]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Đã bỏ qua 1 kết quả đã rà soát trước đây');
    expect(second.out).not.toContain(key);
    const all = await run(['check', '--all-findings', '--reviewed', reviewed, report]);
    expect(all.out).toContain('[báo nhầm: số đang giải quyết tính theo kỳ khác]');
    const json = JSON.parse((await run(['check', '--json', '--reviewed', reviewed, report])).out);
    expect(json).toMatchObject({ setAside: 1, findings: [], staleReviews: [] });

    writeFileSync(report, text('302'));
    const third = await run(['check', '--reviewed', reviewed, report]);
    expect(third.code).toBe(1);
    expect(third.out).toContain('1 ghi nhận rà soát trong');
    expect(third.out).toContain(`${key} (báo nhầm)`);
  });

  it('refuses a malformed review file before checking', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version":2,"entries":[]}');
    const result = await run(['check', '--reviewed', bad, report]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('invalid_review_file');
  });
});
