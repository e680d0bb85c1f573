/**
 * The researcher's pages: every actor and conflict has one, every deep link lands
 * on an id that exists, the pictures have accessible names, and a second article
 * changes the counts as it should.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/registry/load.ts';
import { buildFixtureSite } from './fixture-site.ts';
import { baseUrl, openPage, useBrowser } from './helpers.ts';
import { serveStatic } from './static-server.ts';

const registry = loadRegistry('content');
const ARTICLE = '/articles/2023-12-15-russia-iran-gaza/';
let browser: Browser;
let context: BrowserContext;
useBrowser((b, c) => {
  browser = b;
  context = c;
});

/** HTML of a built page, fetched from the test server. */
async function html(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(new URL(url, baseUrl()));
  return { status: res.status, body: await res.text() };
}

/** Every href on a page, resolved against it. */
function hrefs(body: string, pageUrl: string): URL[] {
  return [...body.matchAll(/href="([^"]+)"/g)].map(
    (m) => new URL(m[1]!.replace(/&amp;/g, '&'), new URL(pageUrl, baseUrl())),
  );
}

describe('index pages', () => {
  test('every registry actor and conflict has a page', async () => {
    for (const actor of registry.actors) {
      const { status, body } = await html(`/actors/${actor.id}/`);
      expect(status, actor.id).toBe(200);
      expect(body).toContain(`<h1`);
      expect(body).toContain(actor.name.replace(/&/g, '&amp;'));
    }
    for (const conflict of registry.conflicts) {
      const { status, body } = await html(`/conflicts/${conflict.id}/`);
      expect(status, conflict.id).toBe(200);
      expect(body).toContain(conflict.name.replace(/'/g, '&#39;'));
    }
  });

  test('every deep link on every index page points to an id that exists on its target', async () => {
    const pages = [
      '/',
      '/actors/',
      '/conflicts/',
      '/quotes/',
      ...registry.actors.map((a) => `/actors/${a.id}/`),
      ...registry.conflicts.map((c) => `/conflicts/${c.id}/`),
    ];
    const cache = new Map<string, string>();
    let checked = 0;
    for (const page of pages) {
      const { body } = await html(page);
      for (const url of hrefs(body, page)) {
        if (url.origin !== new URL(baseUrl()).origin || !url.hash) continue;
        const key = url.pathname;
        if (!cache.has(key)) {
          const target = await html(key);
          expect(target.status, `${page} links to ${key}`).toBe(200);
          cache.set(key, target.body);
        }
        const id = decodeURIComponent(url.hash.slice(1));
        expect(cache.get(key)!.includes(`id="${id}"`), `${page} links to ${url.pathname}${url.hash}`).toBe(
          true,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('every plain link on the index pages resolves (no 404s)', async () => {
    const pages = [
      '/',
      '/actors/',
      '/conflicts/',
      '/quotes/',
      '/actors/kamran-gasanov/',
      '/conflicts/gaza-war/',
    ];
    const seen = new Set<string>();
    for (const page of pages) {
      const { body } = await html(page);
      for (const url of hrefs(body, page)) {
        if (url.origin !== new URL(baseUrl()).origin || seen.has(url.pathname)) continue;
        seen.add(url.pathname);
        const res = await fetch(url);
        expect(res.status, `${page} -> ${url.pathname}`).toBe(200);
      }
    }
  });

  test('actors are grouped by kind with counts, and the filter narrows the list', async () => {
    const { page, errors } = await openPage(context, '/actors/');
    const groups = await page.locator('main section h2').allInnerTexts();
    expect(groups.map((g) => g.toUpperCase())).toEqual(expect.arrayContaining(['STATES', 'PEOPLE']));
    const first = await page.locator('[data-filter-item]').first().innerText();
    expect(first).toMatch(/^Russia[\s\S]*\d+ paragraphs/);
    // The box is there from the first paint; its script arrives with the first interaction (this
    // one), and filters what was typed meanwhile.
    await page.locator('#actor-filter').fill('tehran');
    await page.waitForFunction(() =>
      /^1 of \d+ shown$/.test(document.getElementById('actor-filter-count')!.innerText),
    );
    const visible = await page.locator('[data-filter-item]:visible a').allInnerTexts();
    expect(visible).toEqual(['Iran']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without JavaScript the actor index shows the full list and no dead filter', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL('/actors/', baseUrl()).toString());
    expect(await page.locator('[data-filter-item]').count()).toBe(registry.actors.length);
    expect(await page.locator('#actor-filter').isVisible()).toBe(false);
    await ctx.close();
  });

  test('a person page: role, affiliation link, quotes linked to their anchors, mentions in context', async () => {
    const { page, errors } = await openPage(context, '/actors/kamran-gasanov/');
    const facts = await page.locator('main dl').innerText();
    expect(facts).toContain('a political analyst at Russian International Affairs Council');
    expect(
      await page.locator('main dl a[href="/actors/russian-international-affairs-council/"]').count(),
    ).toBe(1);
    const quoteLinks = await page
      .locator('#quotes ~ ol a[href*="#q-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(quoteLinks.length).toBe(4);
    const marks = await page.locator('mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['Kamran Gasanov', 'Gasanov']));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the pictures render with accessible names', async () => {
    const checks: [string, 'figure' | 'group', RegExp][] = [
      ['/actors/', 'figure', /^Who is named with whom$/],
      ['/quotes/', 'figure', /^Voices: words quoted per speaker$/],
      ['/quotes/', 'figure', /^Voices by affiliation$/],
      ['/actors/iran/', 'group', /^Where Iran appears in “/],
      ['/conflicts/gaza-war/', 'figure', /^Actors named alongside Gaza war$/],
      ['/', 'figure', /^Actors named in the most paragraphs$/],
    ];
    for (const [url, role, name] of checks) {
      const { page } = await openPage(context, url);
      const figure = page.getByRole(role, { name });
      expect(await figure.count(), `${url} ${name}`).toBeGreaterThan(0);
      const box = await figure.first().boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(20);
      await page.close();
    }
  });

  test('the mention strip marks exactly the paragraphs that name the actor, each linking to it', async () => {
    const analysis = JSON.parse((await html('/data/analysis.json')).body) as {
      articles: {
        slug: string;
        mentions: { paragraph: number; actors: string[] }[];
        paragraphs: { anchor: string }[];
      }[];
    };
    const article = analysis.articles[0]!;
    const expected = article.mentions
      .filter((m) => m.actors.includes('iran'))
      .map((m) => `#${article.paragraphs[m.paragraph - 1]!.anchor}`);
    const { page } = await openPage(context, '/actors/iran/');
    const links = await page
      .locator('#mentions ~ article figure svg a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/^.*#/, '#')));
    expect(links).toEqual(expected);
    await page.close();
  });

  test('pictures are readable at 360 px: text of 12 px or more, nothing runs off the screen', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    for (const url of ['/', '/actors/', '/quotes/', '/actors/russia/', '/conflicts/gaza-war/', ARTICLE]) {
      const { page } = await openPage(ctx, url);
      if (url === ARTICLE) {
        // The article's chart comes with its analysis, fetched when the reader turns the layer on.
        await page.locator('#show-analysis').check();
        await page.locator('#analysis .chart').first().waitFor();
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
      const measured = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out: { text: string; px: number; right: number }[] = [];
        // Every piece of text a reader sees in a chart: SVG text at its rendered height, HTML text
        // at its computed size (at the rendered scale of its SVG, if inside one).
        for (const chart of document.querySelectorAll<HTMLElement>('.chart')) {
          const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            if (!n.nodeValue?.trim() || el.closest('.sr-only, details:not([open]) > :not(summary)')) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            const rects = [...range.getClientRects()];
            if (rects.length === 0) continue; // not rendered (hidden at this width)
            const svg = el.closest('svg');
            const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
            out.push({
              text: n.nodeValue.trim().slice(0, 30),
              px: parseFloat(getComputedStyle(el).fontSize) * scale,
              right: Math.max(...rects.map((r) => r.right)),
            });
          }
        }
        return { width, out };
      });
      expect(measured.out.length, url).toBeGreaterThan(0);
      for (const t of measured.out) {
        expect(t.px, `${url}: "${t.text}"`).toBeGreaterThanOrEqual(12);
        expect(t.right, `${url}: "${t.text}" runs off`).toBeLessThanOrEqual(measured.width);
      }
      await page.close();
    }
    await ctx.close();
  });

  test('below 600 px the co-mention matrix gives way to a ranked list; above, the matrix has its legend', async () => {
    const narrow = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const { page } = await openPage(narrow, '/actors/');
    expect(await page.locator('.comention-matrix').isVisible()).toBe(false);
    const first = page.locator('.comention-list li').first();
    expect(await first.innerText()).toMatch(/^Russia: named most often with Iran \(\d+ paragraphs\)/);
    await narrow.close();
    const { page: wide } = await openPage(context, '/actors/');
    expect(await wide.locator('.comention-list').isVisible()).toBe(false);
    const table = wide.locator('.comention-matrix table');
    expect(await table.isVisible()).toBe(true);
    // Rows and columns in the same order as the actor list beside it (most named first).
    const rows = await table.locator('tbody th').allInnerTexts();
    const cols = await table.locator('thead th').allInnerTexts();
    expect(cols).toEqual(rows);
    const listed = await wide.locator('[data-filter-item] a').allInnerTexts();
    expect(rows).toEqual(listed.filter((n) => rows.includes(n)));
    // The count is in each cell, and the legend names every shade used.
    expect(await table.locator('tbody tr').first().locator('td').nth(1).innerText()).toMatch(/^\d+$/);
    const legend = await wide.locator('.shade-legend').innerText();
    expect(legend).toMatch(/^Shared paragraphs:/);
    const used = await table
      .locator('td.cell')
      .evaluateAll((tds) => [
        ...new Set(tds.map((td) => /shade-(\d)/.exec(td.className)?.[1]).filter(Boolean)),
      ]);
    const inLegend = await wide
      .locator('.shade-legend .swatch')
      .evaluateAll((s) => s.map((e) => /shade-(\d)/.exec(e.className)?.[1]));
    for (const level of used) expect(inLegend).toContain(level);
    await wide.close();
  });

  test('the same people in the same order on /quotes/: the list, and both voices charts', async () => {
    const { page } = await openPage(context, '/quotes/');
    const listed = await page.locator('#by-speaker ~ section h3 a').allInnerTexts();
    const chart = await page.locator('#voices-speaker-caption ~ ol .bar-label a').allInnerTexts();
    expect(chart).toEqual(listed.slice(0, chart.length));
    // The affiliations (states, bodies, people) come in the site's one order, as on the front page.
    const groups = await page.locator('#voices-affiliation-caption ~ ol .bar-label a').allInnerTexts();
    const { page: front } = await openPage(context, '/');
    const siteOrder = await front.locator('#front-most-named-caption ~ ol .bar-label a').allInnerTexts();
    await front.close();
    const known = groups.filter((g) => siteOrder.includes(g));
    expect(known.length).toBeGreaterThan(1);
    expect(known).toEqual(siteOrder.filter((n) => known.includes(n)));
    await page.close();
  });

  test("the voices chart says how many of each speaker's words are attributed without certainty", async () => {
    const json = JSON.parse((await html('/data/analysis.json')).body) as {
      articles: { quotes: { kind: string; text: string; confidence: string; speaker: { id?: string } }[] }[];
    };
    const unsure = new Map<string, number>();
    for (const q of json.articles.flatMap((a) => a.quotes))
      if (q.kind === 'direct' && q.speaker.id && q.confidence !== 'high')
        unsure.set(q.speaker.id, (unsure.get(q.speaker.id) ?? 0) + q.text.split(/\s+/).length);
    expect(unsure.size).toBeGreaterThan(0);
    const { page } = await openPage(context, '/quotes/');
    const rows = page.locator('#voices-speaker-caption ~ ol .bar-row');
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const id = (await row.locator('a').getAttribute('href'))!.split('/').at(-2)!;
      const text = await row.locator('.bar-value').innerText();
      const words = Number(/^(\d+) word/.exec(text)![1]);
      const n = unsure.get(id) ?? 0;
      if (!n) expect(text, id).not.toMatch(/uncertain/);
      else expect(text, id).toContain(n === words ? 'all uncertain' : `${n} uncertain`);
      expect(await row.locator('rect.unsure').count(), id).toBe(n ? 1 : 0);
    }
    expect(await page.locator('#voices-speaker-caption ~ p:has(svg.swatch)').count()).toBe(1);
    await page.close();
  });

  test('open data: analysis.json matches the CLI shape and quotes.csv has one row per quote', async () => {
    const json = JSON.parse((await html('/data/analysis.json')).body) as {
      articles: { quotes: { kind: string }[] }[];
    };
    expect(json.articles).toHaveLength(1);
    const direct = json.articles[0]!.quotes.filter((q) => q.kind === 'direct').length;
    expect(direct).toBe(9);
    const csv = (await html('/data/quotes.csv')).body.trim().split('\r\n');
    expect(csv[0]).toBe(
      'article,published,quote_id,kind,paragraph,speaker_id,speaker_name,registered,' +
        'confidence,evidence,cue,speaker_mention,text,url',
    );
    expect(csv.length - 1).toBe(json.articles[0]!.quotes.length);
  });
});

describe('a second article changes the counts', () => {
  let fixtureUrl: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const dist = await buildFixtureSite();
    const server = await serveStatic(dist);
    fixtureUrl = server.url;
    close = server.close;
  }, 120_000);
  afterAll(async () => close?.());

  const get = async (p: string) => (await fetch(new URL(p, fixtureUrl))).text();
  const count = (body: string, re: RegExp) => Number(body.match(re)?.[1] ?? NaN);

  test('actor counts add up across articles', async () => {
    const [seedRussia, fixRussia] = [(await html('/actors/russia/')).body, await get('/actors/russia/')];
    const paragraphs = /(\d+) paragraphs? · \d+ direct quotes?/;
    // The fixture names Russia (or Moscow) in 2 of its 4 paragraphs.
    expect(count(fixRussia, paragraphs)).toBe(count(seedRussia, paragraphs) + 2);
    const kirby = await get('/actors/john-kirby/');
    expect(count(kirby, /\d+ paragraphs? · (\d+) direct quotes?/)).toBe(2);
    expect(kirby).toContain('Fixture: Moscow and Tehran talks end with a joint statement');
  });

  test('an unregistered speaker gets a page, and the ledger and open data grow', async () => {
    const fischer = await get('/actors/lena-fischer/');
    expect(fischer).toContain('Lena Fischer');
    expect(fischer).toContain('not in the registry');
    expect(fischer).toContain('an energy analyst at a Berlin consultancy');
    const ledger = await get('/quotes/');
    expect(ledger).toContain('all 12 direct quotes');
    const json = JSON.parse(await get('/data/analysis.json')) as { articles: unknown[] };
    expect(json.articles).toHaveLength(2);
  });

  test('the source links to the original where the article gives sourceUrl, and only there', async () => {
    const original = 'https://example.org/fixture-wire/moscow-tehran-talks';
    const article = await get('/articles/2024-02-20-fixture-moscow-tehran-talks/');
    // In the dateline and in the credit under the text.
    expect(article.match(new RegExp(`<a href="${original}"[^>]*>Fixture Wire</a>`, 'g'))).toHaveLength(2);
    const front = await get('/');
    expect(front).toContain(`<a href="${original}"`);
    const seed = await get('/articles/2023-12-15-russia-iran-gaza/');
    expect(seed).toMatch(/Source: <span>TRT World<\/span>/);
  });

  test('plurals are right on every page: no "1 paragraphs", no "2 quote"', async () => {
    const { readdirSync, readFileSync: read } = await import('node:fs');
    const nouns =
      'paragraph|quote|word|actor|article|conflict|speaker|statement|result|time|mention|direct quote|reported statement|shared paragraph';
    const wrongOne = new RegExp(`(?<![\\d.,])1 (?:${nouns})s\\b`, 'g');
    const wrongMany = new RegExp(`(?<![\\d.,])(?:[02-9]|\\d{2,}) (?:${nouns})(?![s\\w-])`, 'g');
    let pages = 0;
    for (const root of ['dist', 'test-results/dist-fixture']) {
      for (const file of readdirSync(root, { recursive: true }) as string[]) {
        if (!file.endsWith('.html')) continue;
        const text = read(`${root}/${file}`, 'utf8')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ');
        expect(text.match(wrongOne) ?? [], `${root}/${file}`).toEqual([]);
        expect(text.match(wrongMany) ?? [], `${root}/${file}`).toEqual([]);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(60);
  });
});

// Keep the fixture honest: it must not be part of the real content.
test('the fixture article lives outside content/', () => {
  expect(() => readFileSync('content/articles/2024-02-20-fixture-moscow-tehran-talks.md')).toThrow();
});
