/**
 * The article page as a reader meets it: verbatim text, dateline, contents,
 * permalinks that land highlighted below the header, keyboard reach,
 * no JavaScript needed to read or link.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, openPage, scrollSettled, useBrowser } from './helpers.ts';
import { sharedDir } from '../unit/helpers.ts';

const ARTICLE = '/articles/2023-12-15-russia-iran-gaza/';
const gold = JSON.parse(readFileSync(path.join(sharedDir, 'gold/seed-analysis.json'), 'utf8')) as {
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
        // UI and the analysis layer's extra copies (mention links, speaker notes) are not the text.
        clone
          .querySelectorAll('.permalinks, .speaker-note, .speaker-marker, .mention-link, .quote-cites')
          .forEach((n) => n.remove());
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
    await scrollSettled(page); // smooth scrolling
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
    // the live region is cleared and refilled, so a repeated message is announced again
    await expect.poll(() => page.locator('#status').innerText()).toBe('Link copied');
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

describe('reading: clean by default, the analysis one switch away', () => {
  interface AnalysedQuote {
    anchor: string;
    kind: string;
    speaker: { name: string | null };
    confidence: string | null;
  }
  async function quotes(): Promise<AnalysedQuote[]> {
    const res = await fetch(new URL('/data/analysis.json', baseUrl()));
    const json = (await res.json()) as { articles: { quotes: AnalysedQuote[] }[] };
    return json.articles[0]!.quotes.filter((q) => q.kind === 'direct');
  }
  /** What the body shows a reader: decorations, links and speaker elements they can see. */
  const bodyState = (page: Page) =>
    page.evaluate(() => {
      const body = document.querySelector('.article-body')!;
      const shown = (el: Element) => (el as HTMLElement).checkVisibility();
      const underlined = [...body.querySelectorAll('.mention, .mention-link')].filter(
        (m) => shown(m) && getComputedStyle(m).textDecorationLine !== 'none',
      ).length;
      const links = [...body.querySelectorAll('a[href]')].filter(
        (a) => shown(a) && !a.closest('.permalinks') && !a.closest('.speaker-note'),
      ).length;
      const tinted = [...body.querySelectorAll('.quote')].filter(
        (q) => getComputedStyle(q).backgroundColor !== 'rgba(0, 0, 0, 0)',
      ).length;
      const speakers = [...body.querySelectorAll('.speaker-note, .speaker-marker')].filter(shown).length;
      // Tab stops per paragraph or heading.
      const stops = [...body.querySelectorAll(':scope > *')].map(
        (block) =>
          [...block.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]')].filter(
            (el) => el.tabIndex >= 0 && shown(el),
          ).length,
      );
      return {
        underlined,
        links,
        tinted,
        speakers,
        maxStops: Math.max(...stops),
        stops: stops.reduce((a, b) => a + b),
      };
    });

  test('by default the body reads as published: no marks, no links, no tints, no speakers', async () => {
    const { page, errors } = await openPage(context, ARTICLE);
    const state = await bodyState(page);
    expect(state).toMatchObject({ underlined: 0, links: 0, tinted: 0, speakers: 0 });
    // At most one tab stop per paragraph: its ¶ link (the copy button is reached from it).
    expect(state.maxStops).toBe(1);
    const toggle = page.getByRole('switch', { name: 'Show who is named and quoted' });
    expect(await toggle.isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the switch shows who is named and quoted: marks, first mentions linked, speakers in the rail', async () => {
    const { page } = await openPage(context, ARTICLE);
    await page.getByRole('switch', { name: 'Show who is named and quoted' }).check();
    const state = await bodyState(page);
    expect(state.underlined).toBeGreaterThan(40);
    // One link per entity and paragraph, never in a heading.
    const perParagraph = await page.$$eval('.article-body > p', (ps) =>
      ps.map((p) => {
        const hrefs = [...p.querySelectorAll('a.mention-link')].map((a) => a.getAttribute('href'));
        return hrefs.length === new Set(hrefs).size;
      }),
    );
    expect(perParagraph.every(Boolean)).toBe(true);
    expect(await page.locator('.article-body h2 .mention').count()).toBe(0);
    expect(state.tinted).toBe((await quotes()).length);
    // Speakers stand beside their quotes, in the rail: right of the text, level with the quote's first line.
    const placed = await page.$$eval('.article-body .quote[id^="q-"] > .speaker-note', (notes) =>
      notes.map((note) => {
        const quote = note.parentElement!;
        const body = document.querySelector('.article-body')!.getBoundingClientRect();
        const n = note.getBoundingClientRect();
        const first = quote.getClientRects()[0]!;
        return { beside: n.left >= body.right, level: Math.abs(n.top - first.top) < 40 };
      }),
    );
    expect(placed.length).toBe((await quotes()).length);
    for (const p of placed) expect(p).toEqual({ beside: true, level: true });
    // Speakers never sit inside a sentence: the text reads exactly as it did.
    await page.close();
  });

  test('an attribution the analysis is not sure of reads as uncertain; a sure one as fact', async () => {
    const { page } = await openPage(context, ARTICLE);
    await page.locator('#show-analysis').check();
    for (const q of await quotes()) {
      const note = (await page.locator(`[id="who-${q.anchor}"]`).innerText()).replace(/\s+/g, ' ');
      if (q.confidence === 'high') expect(note, q.anchor).toBe(`Said by ${q.speaker.name}`);
      else {
        expect(note, q.anchor).toMatch(
          /^(Probably|Possibly) said by .+ \((attributed|named) .+; uncertain\)$/,
        );
        expect(note).toContain(q.speaker.name!);
      }
    }
    await page.close();
  });

  test('at 360 px a marker after each quote opens its speaker; nothing interrupts the text', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const { page, errors } = await openPage(ctx, ARTICLE);
    await page.locator('#show-analysis').check();
    expect(await page.locator('.article-body .speaker-note').first().isVisible()).toBe(false);
    // the third quote's marker: Gasanov's, of high confidence
    const marker = page.locator('.speaker-marker').nth(2);
    expect(await marker.getAttribute('aria-label')).toBe('Said by Kamran Gasanov');
    await marker.click();
    const open = page.locator('.speaker-note:popover-open');
    await open.waitFor();
    expect(await open.innerText()).toBe('Said by Kamran Gasanov');
    // The popover stands by its marker, on screen.
    const [m, o] = [await marker.boundingBox(), await open.boundingBox()];
    expect(o!.x).toBeGreaterThanOrEqual(0);
    expect(o!.x + o!.width).toBeLessThanOrEqual(360);
    expect(Math.abs(o!.y - m!.y)).toBeLessThan(80);
    await page.keyboard.press('Escape');
    expect(await page.locator('.speaker-note:popover-open').count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('the choice is remembered and restored before the text is drawn', async () => {
    const ctx = await browser.newContext();
    // Records the switch's state when the parser reaches the first paragraph, before any paint of it.
    await ctx.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.article-body p')) return;
        (window as unknown as { atFirstParagraph: boolean }).atFirstParagraph = (
          document.getElementById('show-analysis') as HTMLInputElement
        ).checked;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const { page, errors } = await openPage(ctx, ARTICLE);
    await page.locator('#show-analysis').check();
    // The click loads the site script and the analysis section; a reload while either is on its way
    // aborts that request (a failed request to the error collector), so the reload waits for both.
    await page.locator('#analysis .analysis-grid').waitFor();
    await page.waitForLoadState('networkidle');
    await page.reload();
    expect(
      await page.evaluate(() => (window as unknown as { atFirstParagraph: boolean }).atFirstParagraph),
    ).toBe(true);
    expect(await page.locator('.article-body a.mention-link').first().isVisible()).toBe(true);
    // A remembered choice brings the analysis section in too, with no interaction.
    await page.locator('#analysis .analysis-grid').waitFor();
    await page.locator('#show-analysis').uncheck();
    await page.waitForLoadState('networkidle');
    await page.reload();
    expect(await page.locator('#show-analysis').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('without JavaScript the switch still works', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL(ARTICLE, baseUrl()).toString());
    expect(await page.locator('.article-body a.mention-link').first().isVisible()).toBe(false);
    await page.getByText('Show who is named and quoted').click();
    expect(await page.locator('.article-body a.mention-link').first().isVisible()).toBe(true);
    expect(await page.locator('.article-body .speaker-note').first().isVisible()).toBe(true);
    await ctx.close();
  });

  test('the analysis section is fetched only when the reader turns the analysis on', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `${ARTICLE}analysis/`) fetched.push(r.url());
    });
    await page.goto(new URL(ARTICLE, baseUrl()).toString());
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    const stub = page.locator('#analysis [data-analysis-body]');
    expect(await stub.locator('a').getAttribute('href')).toBe(`${ARTICLE}analysis/`);
    await page.locator('#show-analysis').check();
    const grid = page.locator('#analysis .analysis-grid');
    await grid.waitFor();
    const direct = await quotes();
    expect(await grid.locator('#panel-quotes').innerText()).toMatch(
      new RegExp(`^Quoted: ${direct.length} quotes`, 'i'),
    );
    // Each quote in the analysis links to its place in this article, which the page holds.
    const hrefs = await grid
      .locator('#panel-quotes ~ ol a[href*="#"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(direct.length);
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.pathname).toBe(ARTICLE);
      expect(await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count()).toBe(1);
    }
    // Off and on again: fetched once.
    await page.locator('#show-analysis').uncheck();
    await page.locator('#show-analysis').check();
    expect(fetched).toHaveLength(1);
    await ctx.close();
  });

  test('going to #analysis (the skip link, the contents) brings the analysis in with the layer off', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(new URL(`${ARTICLE}#analysis`, baseUrl()).toString());
    await page.locator('#analysis .analysis-grid').waitFor();
    expect(await page.locator('#show-analysis').isChecked()).toBe(false);
    const other = await ctx.newPage();
    await other.goto(new URL(ARTICLE, baseUrl()).toString());
    await other.locator('nav[aria-labelledby="toc-title"] a[href="#analysis"]').click();
    await other.locator('#analysis .analysis-grid').waitFor();
    await ctx.close();
  });

  test('without JavaScript the analysis is one link away, on a page of its own', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL(ARTICLE, baseUrl()).toString());
    const stub = page.locator('#analysis [data-analysis-body]');
    expect(await stub.innerText()).toBe('Read the analysis of this article.');
    await stub.locator('a').click();
    expect(new URL(page.url()).pathname).toBe(`${ARTICLE}analysis/`);
    expect(await page.locator('h1').innerText()).toMatch(/who is named and quoted/i);
    const quoteLink = page.locator('#panel-quotes ~ ol a').first();
    await quoteLink.click();
    expect(new URL(page.url()).pathname).toBe(ARTICLE);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await ctx.close();
  });

  test('the ¶ link and the copy button are one tab stop: the arrow keys move between them', async () => {
    const { page } = await openPage(context, ARTICLE);
    const p = page.locator('.article-body > p').nth(2);
    await p.locator('a.permalink').focus();
    const toolbar = p.locator('.permalinks');
    expect(await toolbar.getAttribute('role')).toBe('toolbar');
    // The first key may come before the site script (loaded by that focus) is in: the page holds it and
    // replays it once the script runs, so the focus moves a moment later.
    const focused = () => page.evaluate(() => document.activeElement?.className);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('copy-link');
    expect(await p.locator('button.copy-link').isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toBe('permalink');
    // Tab leaves the paragraph for the next one's ¶.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('p')?.id);
    expect(next).toBe(await page.locator('.article-body > p').nth(3).getAttribute('id'));
    await page.close();
  });

  test.each([360, 1280])('hidden controls take no room at %i px', async (width) => {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    const { page } = await openPage(ctx, ARTICLE);
    const heights = () =>
      page.$$eval('.article-body > *', (els) => els.map((e) => e.getBoundingClientRect().height));
    const before = await heights();
    await page.evaluate(() => document.querySelectorAll('.permalinks').forEach((e) => e.remove()));
    expect(await heights()).toEqual(before);
    await ctx.close();
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
