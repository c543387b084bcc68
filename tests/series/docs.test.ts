import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriesRules } from '../../src/series/index.js';

const root = new URL('../../', import.meta.url);

describe('every series rule has its doc, its tests and its wording', () => {
  for (const rule of seriesRules) {
    it(rule.id, () => {
      const doc = new URL(`docs/checks/series-${rule.id}.md`, root);
      expect(existsSync(doc), `docs/checks/series-${rule.id}.md`).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text).toContain(`series/${rule.id}`);
      expect(text).toMatch(/^## Consistent$/mu);
      expect(text).toMatch(/^## Inconsistent$/mu);
      expect(existsSync(new URL(`tests/series/rules/${rule.id}.test.ts`, root))).toBe(true);
      for (const [id, wording] of Object.entries(rule.meta.messages)) {
        expect(wording.en.length, `en ${rule.id}.${id}`).toBeGreaterThan(0);
        expect(wording.vi.length, `vi ${rule.id}.${id}`).toBeGreaterThan(0);
      }
      expect(rule.meta.name.vi.length).toBeGreaterThan(0);
      expect(readFileSync(new URL('docs/series.md', root), 'utf8')).toContain(`checks/series-${rule.id}.md`);
    });
  }
});
