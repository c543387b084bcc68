import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/checks/index.js';
import { OCR_DOUBT_MESSAGES } from '../../src/checks/ocr-doubt.js';

const root = new URL('../../', import.meta.url);
const ruleFiles = readdirSync(new URL('src/checks/rules/', root)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('every rule is complete', () => {
  it('every rule file is loaded, by its id, with no list to edit', () => {
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

      it('has a description, a name and every message and reason in both languages, with the same placeholders', () => {
        expect(rule.meta.description.length).toBeGreaterThan(20);
        expect(rule.meta.name.vi.length).toBeGreaterThan(3);
        expect(rule.meta.name.en.length).toBeGreaterThan(3);
        expectWordings({ ...rule.meta.messages, ...rule.meta.reasons });
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      });
    });
  }

  it("the OCR doubt's own wording is complete too", () => {
    expectWordings(OCR_DOUBT_MESSAGES);
  });
});

/** Both languages present, non-empty, and naming the same `{{placeholders}}`. */
function expectWordings(wordings: Readonly<Record<string, { vi: string; en: string }>>): void {
  const names = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1] ?? '').sort();
  for (const [id, wording] of Object.entries(wordings)) {
    expect(wording.vi.trim().length, `vi ${id}`).toBeGreaterThan(0);
    expect(wording.en.trim().length, `en ${id}`).toBeGreaterThan(0);
    expect(names(wording.vi), `placeholders of ${id}`).toEqual(names(wording.en));
  }
}
