/**
 * The article page as a reader meets it: verbatim text, dateline, contents,
 * permalinks that land highlighted below the header, keyboard reach, themes,
 * no JavaScript needed to read or link.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, openPage, useBrowser } from './helpers.ts';

const ARTICLE = '/articles/2023-12-15-russia-iran-gaza/';
const gold = JSON.parse(readFileSync(path.resolve('../shared/gold/seed-analysis.json'), 'utf8')) as {
  paragraphs: string[];
  subheading: string;
};
/** Typographic quote normalisation, the only difference the comparison allows. */
const norm = (s: string) => s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

let browser: Browser;
let context: BrowserContext;
useBrowser((b, c) => {
  browser = b;
  context = c;
});

describe('article page', () => {
  test('renders every paragraph of the seed verbatim, with the subheading as h2', async () => {
    const { page, errors } = await openPage(context, ARTICLE);
    const paragraphs = await page.$$eval('.article-body > p', (ps) =>
      ps.map((p) => {
        const clone = p.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('.permalinks, .speaker-chip, .quote-cites').forEach((n) => n.remove());
        return clone.textContent ?? '';
      }),
    );
    expect(paragraphs.map(norm)).toEqual(gold.paragraphs.map(norm));
    const h2 = await page.$$eval('.article-body h2', (hs) =>
      hs.map((h) => {
        const clone = h.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('.permalinks').forEach((n) => n.remove());
        return clone.textContent?.trim();
      }),
    );
    expect(h2).toEqual([gold.subheading]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('shows headline, description, dateline, source, reading time and contents', async () => {
    const { page } = await openPage(context, ARTICLE);
    expect(await page.locator('h1').count()).toBe(1);
    const header = await page.locator('article header').innerText();
    expect(header).toContain('15 December 2023');
    expect(header).toMatch(/Source: TRT World/);
    expect(header).toMatch(/\d+ min read/);
    expect(await page.locator('time[datetime="2023-12-15"]').count()).toBeGreaterThan(0);
    const toc = page.locator('nav[aria-labelledby="toc-title"]');
    const href = await toc.getByRole('link', { name: gold.subheading }).getAttribute('href');
    expect(href).toBe('#gaza-distracts-the-western-focus-on-ukraine');
    expect(await page.locator('#gaza-distracts-the-western-focus-on-ukraine').count()).toBe(1);
    await page.close();
  });

  test('every paragraph has a unique, readable id derived from its words', async () => {
    const { page } = await openPage(context, ARTICLE);
    const rows = await page.$$eval('.article-body > p', (ps) =>
      ps.map((p) => ({ id: p.id, text: p.textContent ?? '' })),
    );
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, text } of rows) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      // derived from the text: its first word appears in the paragraph
      const first = id.split('-')[0]!;
      expect(text.toLowerCase()).toContain(first);
    }
    await page.close();
  });

  test('following a paragraph permalink lands on it, highlighted, below the sticky header', async () => {
    const { page, errors } = await openPage(context, ARTICLE);
    const target = page.locator('.article-body > p').nth(9);
    const id = await target.getAttribute('id');
    await target.hover();
    const link = target.locator('a.permalink');
    expect(await link.getAttribute('aria-label')).toBe('Link to this paragraph');
    await link.click();
    await page.waitForFunction((id) => location.hash === `#${id}`, id);
    await page.waitForTimeout(600); // smooth scrolling
    const state = await page.evaluate((id) => {
      const el = document.getElementById(id!)!;
      const header = document.querySelector('header.site-header')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return {
        matchesTarget: el.matches(':target'),
        background: getComputedStyle(el).backgroundColor,
        top: box.top,
        headerBottom: header.bottom,
      };
    }, id);
    expect(state.matchesTarget).toBe(true);
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(state.top).toBeGreaterThanOrEqual(state.headerBottom);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a fresh visit to a paragraph URL scrolls it into view below the header', async () => {
    const first = await openPage(context, ARTICLE);
    const id = await first.page.locator('.article-body > p').nth(8).getAttribute('id');
    await first.page.close();
    const page = await context.newPage();
    await page.goto(new URL(`${ARTICLE}#${id}`, baseUrl()).toString());
    // Smooth scrolling may still be under way: wait until the paragraph stands below the header.
    await page
      .waitForFunction(
        (id) => {
          const el = document.getElementById(id!);
          const header = document.querySelector('header.site-header')!.getBoundingClientRect();
          const top = el?.getBoundingClientRect().top ?? -1;
          return top >= header.bottom && top < window.innerHeight;
        },
        id,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    const ok = await page.evaluate((id) => {
      const el = document.getElementById(id!);
      if (!el) return 'missing';
      const header = document.querySelector('header.site-header')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.top >= header.bottom && box.top < window.innerHeight ? 'visible' : `top=${box.top}`;
    }, id);
    expect(ok).toBe('visible');
    await page.close();
  });

  test('keyboard alone reaches every permalink, and each shows when focused', async () => {
    const { page } = await openPage(context, ARTICLE);
    const total = await page.locator('.article-body a.permalink').count();
    expect(total).toBeGreaterThanOrEqual(16);
    const reached = new Set<string>();
    for (let i = 0; i < 400 && reached.size < total; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.matches('a.permalink') ? el.getAttribute('href') : null;
      });
      if (href) {
        // Shown on focus (after a short fade).
        await page.waitForFunction(
          () => getComputedStyle(document.activeElement!.closest('.permalinks')!).opacity === '1',
          null,
          { timeout: 1000 },
        );
        reached.add(href);
      }
    }
    expect(reached.size).toBe(total);
    await page.close();
  });

  test('the copy-link button copies the clean absolute URL of the paragraph', async () => {
    const ctx = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    // Arrived from a search: the ?highlight= must not leak into the shared link.
    const { page, errors } = await openPage(ctx, `${ARTICLE}?highlight=Russia`);
    const p = page.locator('.article-body > p').first();
    await p.hover();
    const button = p.locator('button.copy-link');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const id = await p.getAttribute('id');
    expect(copied).toBe(new URL(`${ARTICLE}#${id}`, baseUrl()).toString());
    expect(await page.locator('#status').innerText()).toBe('Link copied');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('with JavaScript off the article reads and its permalinks still work', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL(ARTICLE, baseUrl()).toString());
    expect(await page.locator('.article-body > p').count()).toBe(gold.paragraphs.length);
    // Copy buttons need JavaScript, so they stay hidden; the ¶ links are plain links.
    expect(await page.locator('button.copy-link:visible').count()).toBe(0);
    const link = page.locator('.article-body > p').nth(3).locator('a.permalink');
    await link.focus();
    await link.press('Enter');
    const id = await page.locator('.article-body > p').nth(3).getAttribute('id');
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(await page.locator(`#${id}`).evaluate((el) => el.matches(':target'))).toBe(true);
    await ctx.close();
  });

  test('the theme toggle switches to dark and remembers it', async () => {
    const ctx = await browser.newContext({ colorScheme: 'light' });
    const { page, errors } = await openPage(ctx, ARTICLE);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('follows the system dark preference when nothing is saved', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const { page } = await openPage(ctx, ARTICLE);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await ctx.close();
  });

  test.each([320, 360, 768, 1280])('has no horizontal scroll at %i px', async (width) => {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    const { page } = await openPage(ctx, ARTICLE);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await ctx.close();
  });

  test('print hides the site chrome and permalink controls', async () => {
    const { page } = await openPage(context, ARTICLE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('.permalinks').first().isVisible()).toBe(false);
    expect(await page.locator('.article-body > p').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('site pages', () => {
  test('the front page lists the article', async () => {
    const { page, errors } = await openPage(context, '/');
    const link = page.locator(`a[href="${ARTICLE}"]`).first();
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`**${ARTICLE}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an unknown path gets a real 404 page with ways back', async () => {
    const page = await context.newPage();
    const response = await page.goto(new URL('/no-such-page/', baseUrl()).toString());
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
