import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { solieu } from '../cli/ingest-helpers.js';

/** The reviewer's day as a user runs it: the built CLI in its own process, Vietnamese by default. */
describe('check → triage → check, review, ingest (built CLI)', () => {
  it('keeps a dismissed false alarm set aside everywhere, and reports it stale once the report changes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'solieu-triage-proc-'));
    const report = (n: string): string =>
      `BÁO CÁO\n\nI. KẾT QUẢ\n\nTrong quý, Chi cục đã thụ lý 642 vụ việc, đã giải quyết 511 vụ việc, đang giải quyết ${n} vụ việc.\n`;
    await writeFile(path.join(dir, 'bc.txt'), report('121'));
    const cwd = { cwd: dir };

    const first = await solieu(['check', 'bc.txt'], cwd);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('nhận định: 0 khớp, 1 không khớp');
    expect(first.stdout).toMatch(/căn cứ \(mục I, đoạn 1\): tổng “642 vụ việc”/u);
    const key = /mã rà soát: (sum:[0-9a-f]{10})/u.exec(first.stdout)?.[1] ?? '';
    expect(key).not.toBe('');
    expect((await solieu(['check', '--lang', 'xx', 'bc.txt'], cwd)).code).toBe(2);

    const dismissed = await solieu(['triage', 'dismiss', key, '--note', 'số đang giải quyết chưa cập nhật', '--from', 'bc.txt'], cwd);
    expect(dismissed.code).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'solieu-reviewed.json'), 'utf8')).entries).toHaveLength(1);

    const second = await solieu(['check', 'bc.txt'], cwd);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Đã bỏ qua 1 kết quả đã rà soát trước đây');

    const page = await solieu(['review', 'bc.txt', '-o', 'bc.html'], cwd);
    expect(page.code).toBe(0);
    const html = await readFile(path.join(dir, 'bc.html'), 'utf8');
    expect(html).toContain('g-reviewed');
    expect(html).toContain('số đang giải quyết chưa cập nhật');

    const ingest = await solieu(['ingest', 'bc.txt', '-j', '1'], cwd);
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toContain('Đã bỏ qua 1 kết quả đã rà soát trước đây');

    await writeFile(path.join(dir, 'bc.txt'), report('122'));
    const third = await solieu(['check', 'bc.txt'], cwd);
    expect(third.code).toBe(1);
    expect(third.stdout).toContain(`${key} (báo nhầm)`);
  }, 240_000);
});
