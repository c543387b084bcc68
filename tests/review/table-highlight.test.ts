import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processBytes, processReportText } from '../../src/pipeline.js';
import { renderReviewPage } from '../../src/review/index.js';
import { orderFindings } from '../../src/review/index.js';
import { buildWorkbook, INDICATORS } from '../parsers/xlsx/build.js';
import { elementById, readAttrs } from './html.js';

/**
 * Findings on tables highlight their cells: a cell holding a finding's evidence carries the
 * finding's index and worst status, evidence links lead to the cell, and a finding chosen in the
 * panel outlines its cells as it marks its figures. A figure stated in a sentence inside a cell is
 * marked inside that cell.
 */

const SHEET = [
  'Báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024.',
  '',
  'Bảng 1. Kết quả tự chấm điểm',
  '',
  '|TT|Tiêu chí|Điểm tối đa|Điểm tự đánh giá|Giải trình|',
  '|---|---|---|---|---|',
  '|1|Công tác chỉ đạo, điều hành|4|4,5||',
  '|1.1|Mức độ thực hiện kế hoạch|2|2|Hoàn thành 28/28 nhiệm vụ đề ra trong kế hoạch, đạt 100%.|',
  '|1.2|Tiếp nhận, xử lý phản ánh, kiến nghị|2|2|165/165 kiến nghị của cá nhân, tổ chức đã được trả lời (đạt 90%).|',
  '',
].join('\n');

const doc = processReportText(SHEET, 'cham-diem.md');
const html = renderReviewPage(doc, { lang: 'vi' });
const ordered = orderFindings(doc.findings);
const table = doc.tables[0];
const block = table?.block ?? '';
const cellOpen = (row: number, column: number): Record<string, string> => {
  const m = new RegExp(`<(td|th) (id="cell-${block}-${row}-${column}"[^>]*)>`, 'u').exec(html);
  return m ? { tag: m[1] as string, ...readAttrs(m[2] as string) } : {};
};
const indexOf = (predicate: (f: (typeof ordered)[number]) => boolean): number => ordered.findIndex(predicate);

describe('review page: tables', () => {
  it('draws the header row as header cells and the body as cells with figure and sentence kinds', () => {
    const inner = elementById(html, `blk-${block}`) ?? '';
    expect(inner).toMatch(/^<table><thead><tr><th id="cell-b\d+-0-0">TT<\/th>/u);
    expect(cellOpen(1, 3)).toMatchObject({ tag: 'td', class: expect.stringContaining('num') });
    expect(cellOpen(3, 4)).toMatchObject({ tag: 'td', class: expect.stringContaining('prose') });
    expect(cellOpen(1, 1).class ?? '').not.toMatch(/num|prose/u);
  });

  it('gives the cells of a table finding its index and status', () => {
    const score = indexOf((f) => f.rule === 'table-score' && f.status === 'inconsistent' && (f.actual ?? '').includes('4,5'));
    expect(score).toBeGreaterThanOrEqual(0);
    const stated = cellOpen(1, 3);
    expect(stated['data-findings']?.split(' ')).toContain(String(score));
    expect(stated.class).toContain('ev');
    expect(stated.class).toContain('s-inconsistent');
    // A cell no finding rests on is left plain.
    expect(cellOpen(2, 1)['data-findings']).toBeUndefined();
  });

  it('marks a prose cell’s claim inside the cell and links its evidence to the cell', () => {
    const share = indexOf((f) => f.rule === 'share' && f.status === 'inconsistent');
    expect(share, ordered.map((f) => `${f.rule} ${f.status}`).join('\n')).toBeGreaterThanOrEqual(0);
    const cell = cellOpen(3, 4);
    expect(cell['data-findings']?.split(' ')).toContain(String(share));
    expect(cell.class).toContain('s-inconsistent');
    const inner = elementById(html, `cell-${block}-3-4`) ?? '';
    expect(inner).toMatch(new RegExp(`<mark [^>]*data-findings="[^"]*\\b${share}\\b[^"]*"[^>]*>90%</mark>`, 'u'));
    const item = new RegExp(`<li class="finding[^"]*" data-index="${share}"[\\s\\S]*?</li>\\s*</ul>`, 'u').exec(html)?.[0] ?? '';
    expect(item).toContain(`href="#cell-${block}-3-4"`);
    expect(item).not.toContain(`href="#blk-${block}"`);
  });

  it('spans merged header cells and leaves out the positions they cover', async () => {
    const book = await processBytes(await buildWorkbook([INDICATORS]), 'bieu.xlsx', { ocr: 'never' });
    const page = renderReviewPage(book, { lang: 'vi' });
    const id = book.tables[0]?.block ?? '';
    const head = /<thead>([\s\S]*?)<\/thead>/u.exec(elementById(page, `blk-${id}`) ?? '')?.[1] ?? '';
    expect(head).toMatch(/<th id="cell-b\d+-0-2" colspan="2">Năm 2024<\/th>/u);
    expect(head).toMatch(/<th id="cell-b\d+-0-0" rowspan="2">STT<\/th>/u);
    expect(head).not.toContain(`id="cell-${id}-0-3"`);
    expect(head).not.toContain(`id="cell-${id}-1-0"`);
  });
});

const CHROMIUM = process.env.SOLIEU_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = process.env.SOLIEU_SKIP_BROWSER === '1';
const ARTIFACTS = resolve(import.meta.dirname, '../../.vitest-artifacts/review');

describe.skipIf(SKIP)('review page tables in Chromium', () => {
  let context: BrowserContext | null = null;
  let profile = '';
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium), or set SOLIEU_SKIP_BROWSER=1`);
    }
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'table.html');
    await writeFile(file, html);
    profile = await mkdtemp(join(tmpdir(), 'solieu-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('choosing a finding outlines its cells and marks its figures in them; choosing another clears them', async () => {
    await page.locator('li.finding[data-rule="share"][data-status="inconsistent"] .f-head').click();
    expect(await page.locator('main.doc td.hit').evaluateAll((els) => els.map((e) => e.id))).toEqual([`cell-${block}-3-4`]);
    expect(await page.locator('main.doc mark.hit').allTextContents()).toEqual(['165/165 kiến nghị', '90%']);
    const outline = await page.locator('main.doc td.hit').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.locator('li.finding[data-rule="table-score"][data-status="inconsistent"] .f-head').first().click();
    const cells = await page.locator('main.doc td.hit').evaluateAll((els) => els.map((e) => e.id));
    expect(cells).toContain(`cell-${block}-1-3`);
    expect(cells).not.toContain(`cell-${block}-3-4`);
  });

  it('clicking a highlighted cell chooses its finding', async () => {
    await page.locator(`#cell-${block}-3-4`).click({ position: { x: 4, y: 4 } });
    expect(await page.locator('li.finding.selected').getAttribute('data-rule')).toBe('share');
  });
});
