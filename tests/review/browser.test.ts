import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../src/review/index.js';
import { buildFixture } from './fixture.js';

/**
 * The review page in a real browser: Debian's Chromium driven by playwright-core. CI installs the
 * `chromium` package; a missing browser fails the suite (set SOLIEU_SKIP_BROWSER=1 to skip it).
 */
const CHROMIUM = process.env.SOLIEU_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = process.env.SOLIEU_SKIP_BROWSER === '1';
const ARTIFACTS = resolve(import.meta.dirname, '../../.vitest-artifacts/review');

describe.skipIf(SKIP)('review page in Chromium', () => {
  let context: BrowserContext | null = null;
  let profile = '';
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium), or set SOLIEU_SKIP_BROWSER=1 to skip the browser test`,
      );
    }
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'fixture.html');
    await writeFile(file, renderReviewPage(buildFixture({ hostile: true }), { lang: 'vi' }));
    profile = await mkdtemp(join(tmpdir(), 'solieu-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`network: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('loads from a file:// URL with no console errors, no network and no injected script', async () => {
    expect(await page.locator('li.finding').count()).toBe(5);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('clicking the first inconsistent finding marks its evidence and shows the arithmetic', async () => {
    expect(await page.locator('mark.hit').count()).toBe(0);
    await page.locator('details.g-inconsistent li.finding .f-head').first().click();
    const hits = await page.locator('mark.hit').allTextContents();
    expect(hits).toEqual(['2.307 nhiệm vụ', '1.367 nhiệm vụ', '904 nhiệm vụ']);
    const arithmetic = page.locator('li.finding.selected .arith');
    expect(await arithmetic.isVisible()).toBe(true);
    expect(await arithmetic.textContent()).toContain('1.367 + 904 = 2.271 ≠ 2.307');
    expect(await page.locator('details.g-unverifiable li.finding .arith').first().isVisible()).toBe(false);
  });

  it("shows a figure's value, unit, measure words and provenance on hover", async () => {
    await page.locator('mark[data-facts="f1"]').hover();
    const tip = page.locator('#tip');
    expect(await tip.isVisible()).toBe(true);
    const text = (await tip.textContent()) ?? '';
    expect(text).toContain('2.307 nhiệm vụ');
    expect(text).toContain('giao');
    expect(text).toContain('fixture');
    expect(await page.evaluate(() => document.querySelectorAll('#tip img, #tip script').length)).toBe(0);
  });

  it('filters findings by status and by rule', async () => {
    await page.locator('.status-filter input[data-status="warning"]').uncheck();
    expect(await page.locator('li.finding[data-status="warning"]').isVisible()).toBe(false);
    await page.locator('.status-filter input[data-status="warning"]').check();
    await page.selectOption('#rule-filter', 'plan-attainment');
    const shown = await page.locator('li.finding:not([hidden])').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    expect(shown).toEqual(['plan-attainment', 'plan-attainment']);
    await page.selectOption('#rule-filter', '');
    expect(await page.locator('li.finding:not([hidden])').count()).toBe(5);
  });

  it('follows a footnote marker to its body and back', async () => {
    await page.locator('sup.fnref a[href="#fn-2"]').first().click();
    expect(await page.evaluate(() => location.hash)).toBe('#fn-2');
    await page.locator('#fn-2 a.backref').first().click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#fnref-2-b5-/u);
  });

  it('switches the interface to English and back', async () => {
    await page.locator('#lang-toggle').click();
    expect(await page.evaluate(() => document.documentElement.dataset.lang)).toBe('en');
    expect(await page.locator('[data-count="inconsistent"] span').textContent()).toBe('Inconsistent');
    expect(await page.locator('li.finding[data-index="0"] .msg .l-en').isVisible()).toBe(true);
    expect(await page.locator('li.finding[data-index="0"] .msg .l-vi').isVisible()).toBe(false);
    await page.locator('#lang-toggle').click();
    expect(await page.locator('[data-count="inconsistent"] span').textContent()).toBe('Không khớp');
  });

  it('renders Vietnamese glyphs (stacked diacritics are drawn, not boxes) and saves a screenshot', async () => {
    // Draw in the page's own font stacks: a font missing ặ/ữ would draw the same .notdef box
    // for them as for an unassigned code point, and no marks above the base letter.
    const result = await page.evaluate(() => {
      const fonts = [
        getComputedStyle(document.querySelector('main.doc') as Element).fontFamily,
        getComputedStyle(document.body).fontFamily,
      ];
      return fonts.map((family) => {
        const draw = (text: string): string => {
          const canvas = document.createElement('canvas');
          canvas.width = 200;
          canvas.height = 80;
          const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, 200, 80);
          ctx.fillStyle = '#000';
          ctx.font = `40px ${family}`;
          ctx.fillText(text, 10, 60);
          return canvas.toDataURL();
        };
        const inked = (text: string): number => {
          const canvas = document.createElement('canvas');
          canvas.width = 200;
          canvas.height = 80;
          const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
          ctx.font = `40px ${family}`;
          ctx.fillText(text, 10, 60);
          const pixels = ctx.getImageData(0, 0, 200, 80).data;
          let count = 0;
          for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] as number) > 0) count += 1;
          return count;
        };
        return {
          family,
          differsFromMissing: draw('ặữ') !== draw('\u0378\u0378'),
          differsFromBase: draw('ặữ') !== draw('au'),
          ink: inked('ặữ'),
          baseInk: inked('au'),
        };
      });
    });
    for (const font of result) {
      expect(font.differsFromMissing, font.family).toBe(true);
      expect(font.differsFromBase, font.family).toBe(true);
      expect(font.ink, font.family).toBeGreaterThan(font.baseInk);
    }
    const shot = join(ARTIFACTS, 'fixture.png');
    await page.locator('details.g-inconsistent li.finding .f-head').first().click();
    await page.screenshot({ path: shot });
    expect((await stat(shot)).size).toBeGreaterThan(20_000);
  });
});
