import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexEntryFor, pageFileName, renderReviewIndex, reviewFolder } from '../../src/review/index.js';
import { defaultPageName, reviewPath } from '../../src/cli/commands/review.js';
import { HOSTILE, buildFixture } from './fixture.js';
import { tags } from './html.js';

const doc = buildFixture();

describe('renderReviewIndex', () => {
  it('lists each report with its counts and a link to its page', () => {
    const html = renderReviewIndex([indexEntryFor(doc, 'a.pdf.json', 'a.pdf.html')], { lang: 'vi' });
    expect(html).toContain('<a href="a.pdf.html">a.pdf.json</a>');
    expect(html).toContain('202/BC-UBND · 2022-06-30');
    // facts, claims, verified, inconsistent (flagged), warnings, unverifiable
    expect(html).toMatch(
      new RegExp(
        `<td class="n">${doc.facts.length}</td><td class="n">5</td><td class="n">2</td><td class="n bad">1</td><td class="n">1</td><td class="n">1</td>`,
        'u',
      ),
    );
  });

  it('lists a refused document with its error and no link', () => {
    const html = renderReviewIndex(
      [
        {
          name: `bad${HOSTILE}.json`,
          href: null,
          title: null,
          documentNumber: null,
          date: null,
          format: null,
          pages: null,
          counts: null,
          error: HOSTILE,
        },
      ],
      { lang: 'en' },
    );
    expect(html).toContain('<b data-i18n="failed">Failed</b>');
    expect(html.match(/<script/gu)).toHaveLength(2);
    expect(tags(html).some((t) => t.name === 'img')).toBe(false);
  });

  it('refuses links that leave the folder through a scheme', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', '//evil.example/x']) {
      const html = renderReviewIndex([{ ...indexEntryFor(doc, 'x.json', href) }], { lang: 'vi' });
      expect(html).not.toContain('<a href=');
    }
  });

  it('says so when the folder holds no report', () => {
    expect(renderReviewIndex([], { lang: 'vi' })).toContain('Không có báo cáo nào.');
  });
});

describe('reviewFolder', () => {
  it('writes a page per valid document, lists invalid ones, and never names a page index.html', () => {
    const result = reviewFolder(
      [
        { name: 'index.json', json: JSON.stringify(doc) },
        { name: 'b.pdf.json', json: JSON.stringify(doc) },
        { name: 'broken.json', json: '{"schemaVersion": 1' },
        { name: 'other.json', json: JSON.stringify({ schemaVersion: 1, blocks: 'no' }) },
      ],
      { lang: 'vi' },
    );
    expect(result.pages.map((p) => p.file)).toEqual(['b.pdf.html', 'index-2.html']);
    expect(result.entries.map((e) => [e.name, e.error === null])).toEqual([
      ['b.pdf.json', true],
      ['broken.json', false],
      ['index.json', true],
      ['other.json', false],
    ]);
    expect(result.entries[1]?.error).toMatch(/^not JSON/u);
    expect(result.entries[3]?.error).toMatch(/^not a solieu document/u);
    expect(result.index).toContain('<a href="index-2.html">index.json</a>');
  });

  it('makes page names unique ignoring case and strips path characters', () => {
    const taken = new Set(['index.html']);
    expect(pageFileName('A.json', taken)).toBe('A.html');
    expect(pageFileName('a.json', taken)).toBe('a-2.html');
    expect(pageFileName('../x:y.json', taken)).toBe('_x_y.html');
  });
});

describe('solieu review (gather)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('names a single report page after its input', () => {
    expect(defaultPageName('corpus/report.pdf')).toBe('report.pdf.html');
    expect(defaultPageName('out/report.pdf.json')).toBe('report.pdf.html');
  });

  it('reviews a folder of JSON documents into pages and an index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'solieu-review-'));
    dirs.push(dir);
    await writeFile(join(dir, 'one.txt.json'), JSON.stringify(doc));
    await writeFile(join(dir, 'two.json'), 'not json');
    await writeFile(join(dir, 'notes.md'), '# not a document');
    // The store's catalogue and a review file live beside the documents: skipped, not failures.
    await writeFile(join(dir, 'solieu.json'), JSON.stringify({ schemaVersion: 2, documents: [] }));
    await writeFile(join(dir, 'solieu-reviewed.json'), JSON.stringify({ entries: [] }));
    await mkdir(join(dir, 'nested.json'));
    const out = join(dir, 'site');
    const outcome = await reviewPath(dir, { lang: 'en', out });
    expect(outcome.written.map((w) => w.output)).toEqual([join(out, 'one.txt.html')]);
    expect(outcome.written[0]?.counts.inconsistent).toBe(1);
    expect(outcome.failed.map((f) => f.input)).toEqual([join(dir, 'two.json')]);
    expect(outcome.skipped).toEqual([join(dir, 'solieu-reviewed.json'), join(dir, 'solieu.json')]);
    expect((await readdir(out)).sort()).toEqual(['index.html', 'one.txt.html']);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="one.txt.html">one.txt.json</a>');
    expect(index).toContain('two.json');
  });

  it('reviews one JSON document to the file asked for, and refuses a broken one with a code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'solieu-review-'));
    dirs.push(dir);
    await writeFile(join(dir, 'r.json'), JSON.stringify(doc));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ ...doc, facts: 'none' }));
    const ok = await reviewPath(join(dir, 'r.json'), { lang: 'vi', out: join(dir, 'page', 'r.html') });
    expect(ok.failed).toEqual([]);
    expect(await readFile(join(dir, 'page', 'r.html'), 'utf8')).toContain('1.367 + 904 = 2.271 ≠ 2.307');
    const bad = await reviewPath(join(dir, 'bad.json'), { lang: 'vi', out: join(dir, 'bad.html') });
    expect(bad.written).toEqual([]);
    expect(bad.failed[0]?.error).toMatchObject({ code: 'invalid_output' });
    await expect(reviewPath(join(dir, 'missing.pdf'), { lang: 'vi' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
