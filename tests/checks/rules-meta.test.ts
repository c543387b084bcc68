import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/checks/index.js';
import { TABLES, hasMessage } from '../../src/checks/messages/render.js';
import { OCR_DOUBT_MESSAGES } from '../../src/checks/ocr-doubt.js';

const root = new URL('../../', import.meta.url);
const ruleFiles = readdirSync(new URL('src/checks/rules/', root)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('every rule is complete', () => {
  it('every rule file is registered, and every registered rule has its file', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/u, '')).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a doc with a consistent and an inconsistent example in report wording', () => {
        const doc = new URL(`docs/checks/${rule.id}.md`, root);
        expect(existsSync(doc), `docs/checks/${rule.id}.md is missing`).toBe(true);
        const text = readFileSync(doc, 'utf8');
        expect(text).toMatch(/^# /mu);
        expect(text).toMatch(/^## Consistent/mu);
        expect(text).toMatch(/^## Inconsistent/mu);
        // Examples are real Vietnamese report wording, quoted as such.
        const vietnamese = /^> .*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/gimu;
        expect(text.match(vietnamese)?.length ?? 0).toBeGreaterThanOrEqual(2);
      });

      it('has tester cases', () => {
        const test = new URL(`tests/checks/rules/${rule.id}.test.ts`, root);
        expect(existsSync(test), `tests/checks/rules/${rule.id}.test.ts is missing`).toBe(true);
        const text = readFileSync(test, 'utf8');
        expect(text).toContain(`tester.run('${rule.id}'`);
        expect(text).toMatch(/consistent: \[/u);
        expect(text).toMatch(/inconsistent: \[/u);
      });

      it('has a description and every message in both languages', () => {
        expect(rule.meta.description.length).toBeGreaterThan(20);
        for (const id of rule.meta.messages) {
          expect(hasMessage('vi', `${rule.id}.${id}`), `vi ${rule.id}.${id}`).toBe(true);
          expect(hasMessage('en', `${rule.id}.${id}`), `en ${rule.id}.${id}`).toBe(true);
        }
        for (const id of rule.meta.reasons ?? []) {
          expect(hasMessage('vi', `reason.${id}`), `vi reason.${id}`).toBe(true);
          expect(hasMessage('en', `reason.${id}`), `en reason.${id}`).toBe(true);
        }
      });
    });
  }

  it('the message tables have the same keys, and no key without a rule or reason', () => {
    expect(Object.keys(TABLES.vi).sort()).toEqual(Object.keys(TABLES.en).sort());
    const known = new Set<string>(
      rules.flatMap((r) => [...r.meta.messages.map((m) => `${r.id}.${m}`), ...(r.meta.reasons ?? []).map((x) => `reason.${x}`)]),
    );
    for (const key of OCR_DOUBT_MESSAGES) known.add(key);
    expect(Object.keys(TABLES.vi).filter((k) => !known.has(k))).toEqual([]);
  });
});
