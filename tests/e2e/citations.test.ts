/**
 * Cite and share a quote: every quote has a "Copy citation" in the article, on its record page and in the
 * ledger, copying `“…” — Speaker, role, in Title, Source, date, URL#anchor`, with an uncertain attribution
 * said to be one; "Cite this article" gives plain text, BibTeX and CSL-JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/registry/load.ts';
import { baseUrl, CLIPBOARD_CONTEXT, openPage, useBrowser } from './helpers.ts';

const SITE = new URL(process.env.SITE_URL!).origin;
const SLUG = '2023-12-15-russia-iran-gaza';
const TITLE = 'The Gaza war shows Russia and Iran have narrowed their differences';

interface QuoteData {
  id: string;
  anchor: string;
  kind: 'direct' | 'scare' | 'reported';
  text: string;
  speaker: { id: string | null; name: string | null; role?: string };
  confidence: string | null;
  evidence: { how: string } | null;
}
const quotes = (
  JSON.parse(readFileSync(path.resolve('dist/data/analysis.json'), 'utf8')) as {
    articles: { slug: string; quotes: QuoteData[] }[];
  }
).articles
  .find((a) => a.slug === SLUG)!
  .quotes.filter((q) => q.kind !== 'scare');
const actors = new Map(loadRegistry('content').actors.map((a) => [a.id, a]));

/** The citation a quote must get, from the open data and the registry (not from the page). */
function expected(q: QuoteData): { words: string; credit: string; where: string } {
  const name = (q.speaker.id ? actors.get(q.speaker.id)?.name : undefined) ?? q.speaker.name!;
  const role = (q.speaker.id ? actors.get(q.speaker.id)?.role : undefined) ?? q.speaker.role;
  const who = [name, role].filter(Boolean).join(', ');
  const certain = q.confidence === 'high' || q.evidence?.how === 'override';
  return {
    words: q.kind === 'reported' ? `Reported, not quoted: ${q.text}` : `“${q.text}”`,
    credit: certain ? `— ${who}, ` : `— attributed to ${who} (uncertain), `,
    where: `in ${TITLE}, TRT World, 15 December 2023, ${SITE}/articles/${SLUG}/#${q.anchor}`,
  };
}

let browser: Browser;
let context: BrowserContext;
useBrowser((b) => {
  browser = b;
});
beforeAll(async () => {
  context = await browser.newContext(CLIPBOARD_CONTEXT);
});

/** Clicks a copy button and returns what reached the clipboard, checking the announcement. The clipboard
 * and the live region are emptied first: a quote's citation is copied once its data has loaded, so the
 * previous click's announcement must not pass for this one's. */
async function copied(page: Page, selector: string, announced = 'Citation copied'): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('#status').evaluate((status) => (status.textContent = ''));
  await page.locator(selector).click();
  await expect.poll(() => page.locator('#status').textContent()).toBe(announced);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('Copy citation', () => {
  test('in the article: one control per quote and statement, each copying its citation', async () => {
    expect(quotes.length).toBeGreaterThan(5);
    const { page, errors } = await openPage(context, `/articles/${SLUG}/`);
    // the citations are open data, fetched once on the first click, not carried by the page
    const fetched: string[] = [];
    page.on('request', (r) => void (r.url().includes('/data/citations/') && fetched.push(r.url())));
    expect(await page.locator('script#quote-citations').count()).toBe(0);
    expect(await page.locator('.article-body [data-cite-quote]').count()).toBe(quotes.length);
    // the body's Cite controls belong to the analysis layer: none shows on the clean page
    expect(await page.locator('.article-body [data-cite-quote]').first().isVisible()).toBe(false);
    await page.locator('#show-analysis').check();
    for (const q of quotes) {
      const button = `.article-body [data-cite-quote="${q.id}"]`;
      expect(await page.locator(button).count(), q.id).toBe(1);
      expect(await page.locator(button).getAttribute('aria-label')).toMatch(/^Cite: (quote|statement) by /);
      const text = await copied(page, button);
      const e = expected(q);
      expect(text, q.id).toBe(`${e.words} ${e.credit}${e.where}`);
    }
    expect(fetched).toEqual([new URL(`/data/citations/${SLUG}.json`, baseUrl()).toString()]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an attribution the analysis is not sure of is never cited as fact', async () => {
    const { page } = await openPage(context, `/articles/${SLUG}/`);
    await page.locator('#show-analysis').check();
    for (const q of quotes) {
      const text = await copied(page, `.article-body [data-cite-quote="${q.id}"]`);
      const certain = q.confidence === 'high' || q.evidence?.how === 'override';
      expect(text.includes('attributed to') && text.includes('(uncertain)'), q.id).toBe(!certain);
    }
    await page.close();
  });

  test('in the ledger and on a quote’s record page', async () => {
    const direct = quotes.filter((q) => q.kind === 'direct');
    const { page } = await openPage(context, '/quotes/');
    const first = direct[0]!;
    const ledger = await copied(
      page,
      `section[aria-labelledby="by-speaker"] [data-quote-card="${first.id}"] .copy-citation >> nth=0`,
    );
    const e = expected(first);
    expect(ledger).toBe(`${e.words} ${e.credit}${e.where}`);
    expect(
      await page.locator('section[aria-labelledby="by-speaker"] [data-quote-card] .copy-citation').count(),
    ).toBe(await page.locator('section[aria-labelledby="by-speaker"] [data-quote-card]').count());
    await page.close();
    for (const q of direct) {
      const { page: record } = await openPage(context, `/quotes/${SLUG}/${q.id}/`);
      const shown = await record.locator('.cite-text').textContent();
      const x = expected(q);
      expect(shown).toBe(`${x.words} ${x.credit}${x.where}`);
      expect(
        await copied(
          record,
          '#cite-quote ~ .copy-citation, section[aria-labelledby="cite-quote"] .copy-citation',
        ),
      ).toBe(shown);
      await record.close();
    }
  });

  test('without JavaScript the citation is still there to select, and no dead button shows', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(
      new URL(`/quotes/${SLUG}/${quotes.find((q) => q.kind === 'direct')!.id}/`, baseUrl()).toString(),
    );
    expect(await page.locator('.cite-text').isVisible()).toBe(true);
    expect(await page.locator('.copy-citation').isVisible()).toBe(false);
    await page.goto(new URL(`/articles/${SLUG}/`, baseUrl()).toString());
    expect(await page.locator('#cite-plain').isVisible()).toBe(true);
    expect(await page.locator('[data-cite-quote]').first().isVisible()).toBe(false);
    await ctx.close();
  });
});

describe('Cite this article', () => {
  test('plain text, BibTeX and CSL-JSON, each copied whole', async () => {
    const { page, errors } = await openPage(context, `/articles/${SLUG}/`);
    const plain = await page.locator('#cite-plain').textContent();
    expect(plain).toBe(`TRT World. (2023, December 15). ${TITLE}. TRT World. ${SITE}/articles/${SLUG}/`);
    expect(await copied(page, '#cite-plain ~ .copy-citation')).toBe(plain);

    await page.locator('summary', { hasText: 'BibTeX' }).click();
    const bibtex = await copied(page, 'button[data-copy-what="BibTeX"]', 'BibTeX copied');
    expect(bibtex).toBe(await page.locator('#cite-bibtex').textContent());
    expect(bibtex).toMatch(/^@article\{\w+,\n/);
    expect(bibtex).toContain(`url = {${SITE}/articles/${SLUG}/}`);
    expect(bibtex).toContain('author = {{TRT World}}');

    await page.locator('summary', { hasText: 'CSL-JSON' }).click();
    const csl = JSON.parse(
      await copied(page, 'button[data-copy-what="CSL-JSON"]', 'CSL-JSON copied'),
    ) as Record<string, unknown>[];
    expect(csl).toEqual([
      expect.objectContaining({
        id: SLUG,
        type: 'article-newspaper',
        title: TITLE,
        'container-title': 'TRT World',
        issued: { 'date-parts': [[2023, 12, 15]] },
        URL: `${SITE}/articles/${SLUG}/`,
      }),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('BibTeX and CSL-JSON are files of their own, fetched only when their section opens', async () => {
    const { page, errors } = await openPage(context, `/articles/${SLUG}/`);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\.(bib|csl\.json)$/.test(r.url())) fetched.push(new URL(r.url()).pathname);
    });
    // The page does not carry them.
    expect(await page.content()).not.toContain('@article{');
    await page.locator('summary', { hasText: 'CSL-JSON' }).click();
    await expect.poll(() => page.locator('#cite-csl').textContent()).toMatch(/^\[/);
    expect(fetched).toEqual([`/data/citations/${SLUG}.csl.json`]);
    const file = await (await fetch(new URL(`/data/citations/${SLUG}.csl.json`, baseUrl()))).text();
    expect(await page.locator('#cite-csl').textContent()).toBe(file);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without JavaScript each format is a link to its file', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL(`/articles/${SLUG}/`, baseUrl()).toString());
    await page.locator('summary', { hasText: 'BibTeX' }).click();
    expect(await page.locator('#cite-bibtex').isVisible()).toBe(false);
    const link = page.getByRole('link', { name: 'BibTeX file (.bib)' });
    const res = await fetch(new URL((await link.getAttribute('href'))!, baseUrl()));
    expect(res.status).toBe(200);
    const bibtex = await res.text();
    expect(bibtex).toMatch(/^@article\{\w+,\n/);
    expect(bibtex).toContain(`url = {${SITE}/articles/${SLUG}/}`);
    await ctx.close();
  });
});
