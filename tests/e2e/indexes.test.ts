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
    await page.locator('#actor-filter').fill('tehran');
    const visible = await page.locator('[data-filter-item]:visible a').allInnerTexts();
    expect(visible).toEqual(['Iran']);
    expect(await page.locator('#actor-filter-count').innerText()).toMatch(/^1 of \d+ shown$/);
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
    const checks: [string, RegExp][] = [
      ['/actors/', /^Co-mention matrix of the \d+ most-named actors$/],
      ['/quotes/', /^Voices: words quoted per speaker$/],
      ['/quotes/', /^Voices by affiliation$/],
      ['/actors/iran/', /^Where Iran appears in “/],
      ['/conflicts/gaza-war/', /^Actors named alongside Gaza war$/],
    ];
    for (const [url, name] of checks) {
      const { page } = await openPage(context, url);
      const figure = page.getByRole('group', { name });
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

  test('pictures are readable at 360 px: no horizontal scroll, labels at least 9 px', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    for (const url of ['/actors/', '/quotes/', '/actors/russia/', '/conflicts/gaza-war/']) {
      const { page } = await openPage(ctx, url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
      const smallest = await page.$$eval('svg text', (ts) =>
        Math.min(...ts.map((t) => t.getBoundingClientRect().height)),
      );
      expect(smallest, url).toBeGreaterThanOrEqual(9);
      await page.close();
    }
    await ctx.close();
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
});

// Keep the fixture honest: it must not be part of the real content.
test('the fixture article lives outside content/', () => {
  expect(() => readFileSync('content/articles/2024-02-20-fixture-moscow-tehran-talks.md')).toThrow();
});
