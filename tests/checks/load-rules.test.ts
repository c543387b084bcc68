import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRules, rules } from '../../src/checks/index.js';
import { ruleName } from '../../src/output/index.js';
import { seriesRules } from '../../src/series/index.js';

/** Rules are found by their files: adding one takes its file, its test and its doc page, no list. */
const folderWith = (files: Record<string, string>): URL => {
  const dir = mkdtempSync(path.join(tmpdir(), 'solieu-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return pathToFileURL(`${dir}/`);
};
const rule = (id: string): string => `export default { id: '${id}', meta: { name: { vi: 'x', en: 'x' }, messages: {} }, check() {} };\n`;

describe('loadRules', () => {
  it('loads every rule file of the folder but the index, by file name', async () => {
    const folder = folderWith({ 'index.js': '', 'b-rule.js': rule('b-rule'), 'a-rule.js': rule('a-rule'), 'notes.txt': 'x' });
    const loaded = await loadRules<{ id: string }>(folder, new URL('index.js', folder).href);
    expect(loaded.map((r) => r.id)).toEqual(['a-rule', 'b-rule']);
  });

  it('refuses a file whose rule has another id, or no rule', async () => {
    const misnamed = folderWith({ 'index.js': '', 'a-rule.js': rule('other') });
    await expect(loadRules(misnamed, new URL('index.js', misnamed).href)).rejects.toThrow(/lives in a-rule\.js/);
    const empty = folderWith({ 'index.js': '', 'a-rule.js': 'export const x = 1;\n' });
    await expect(loadRules(empty, new URL('index.js', empty).href)).rejects.toThrow(/no default-exported rule/);
  });

  it('names every loaded rule for output, report and series alike, from its own meta', () => {
    for (const r of rules) expect(ruleName('vi', r.id)).toBe(r.meta.name.vi);
    for (const r of seriesRules) expect(ruleName('en', `series/${r.id}`)).toBe(r.meta.name.en);
    expect(ruleName('vi', 'no-such-rule')).toBe('no-such-rule');
  });
});
