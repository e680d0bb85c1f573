/**
 * What a shared link and a crawler see, format by format, on the built site: the address every absolute
 * URL is built on, Open Graph and Twitter tags per page type, JSON-LD parsed, the social cards' size,
 * RSS and JSON Feed, the sitemap against the pages that may be indexed, robots.txt and the 404 page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/registry/load.ts';
import { baseUrl, openPage, useBrowser } from './helpers.ts';

/** The address the site under test was built with (npm test and vitest.config.ts set it). */
const SITE = new URL(process.env.SITE_URL!).origin;
const DIST = path.resolve('dist');
const ARTICLE = '2023-12-15-russia-iran-gaza';
const registry = loadRegistry('content');

let context: BrowserContext;
useBrowser((_, c) => {
  context = c;
});

async function get(url: string): Promise<Response> {
  return fetch(new URL(url.startsWith(SITE) ? url.slice(SITE.length) : url, baseUrl()));
}
async function html(url: string): Promise<string> {
  const res = await get(url);
  expect(res.status, url).toBe(200);
  return res.text();
}

/** A built page's HTML by its path in builtPages() (404.html is what any missing path serves). */
async function pageHtml(page: string): Promise<string> {
  return (await get(page === '/404.html' ? '/no-such-page/' : page)).text();
}

/** Every built HTML page's path, from dist/ (404.html stands for any missing path). */
function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => (f === '404.html' ? '/404.html' : `/${f.replace(/index\.html$/, '')}`));
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `<meta property|name="key" content="…">` values of a page, all of them per key. */
function metas(body: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of body.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g))
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), decode(m[2]!)]);
  return out;
}
const meta = (body: string, key: string) => metas(body).get(key)?.[0];

/** The page's JSON-LD, parsed. */
function jsonLd(body: string): Record<string, unknown>[] {
  return [...body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}
const ofType = (body: string, type: string) =>
  jsonLd(body).find((d) => d['@type'] === type || (Array.isArray(d['@type']) && d['@type'].includes(type)));

const isNoindex = (body: string) => /<meta name="robots" content="noindex/.test(body);

/** Width, height and byte size of a PNG. */
function pngInfo(bytes: Uint8Array): { width: number; height: number; size: number } {
  expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20), size: bytes.byteLength };
}

describe('the site address', () => {
  test('every absolute URL on every page is on SITE_URL; none is a placeholder', async () => {
    expect(SITE).toMatch(/^https?:\/\//);
    for (const page of builtPages()) {
      const body = await pageHtml(page);
      expect(body, page).not.toContain('example.org');
      for (const key of ['og:url', 'og:image', 'twitter:image']) {
        const value = meta(body, key);
        if (value !== undefined) expect(value.startsWith(`${SITE}/`), `${page} ${key} ${value}`).toBe(true);
      }
      const canonical = body.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (canonical) expect(canonical, page).toBe(`${SITE}${page}`);
    }
    const csv = await (await get('/data/quotes.csv')).text();
    const urls = [...csv.matchAll(/(https?:\/\/[^,\r\n"]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(`${SITE}/articles/`), url).toBe(true);
  });
});

describe('Open Graph and Twitter tags', () => {
  test('every page has title, description, type, a 1200x630 image with alt text, and a large-image card', async () => {
    for (const page of builtPages()) {
      const body = await pageHtml(page);
      const m = metas(body);
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:image',
        'og:image:alt',
        'twitter:title',
      ])
        expect(m.get(key)?.[0], `${page} ${key}`).toBeTruthy();
      expect(m.get('og:image:width'), page).toEqual(['1200']);
      expect(m.get('og:image:height'), page).toEqual(['630']);
      expect(m.get('twitter:card'), page).toEqual(['summary_large_image']);
      expect(m.get('twitter:image'), page).toEqual(m.get('og:image'));
    }
  });

  test('an article is og:type article with its dates, section and tags', async () => {
    const body = await html(`/articles/${ARTICLE}/`);
    const m = metas(body);
    expect(m.get('og:type')).toEqual(['article']);
    expect(m.get('article:published_time')).toEqual(['2023-12-15T00:00:00Z']);
    expect(m.get('article:modified_time')).toEqual(['2023-12-15T00:00:00Z']);
    expect(m.get('article:section')).toEqual(['News analysis']);
    expect(m.get('article:tag')).toEqual(['Russia', 'Iran', 'Gaza', 'Middle East']);
    expect(m.get('og:image')![0]).toMatch(
      new RegExp(`^${SITE}/og/articles/${ARTICLE}\\.png\\?v=[0-9a-f]{10}$`),
    );
    expect(m.get('og:image:alt')![0]).toContain('The Gaza war shows Russia and Iran');
  });

  test.each([
    ['/actors/john-kirby/', /\/og\/actors\/john-kirby\.png\?v=/, 'website'],
    ['/conflicts/gaza-war/', /\/og\/conflicts\/gaza-war\.png\?v=/, 'website'],
    [
      `/quotes/${ARTICLE}/q-everything-has-changed/`,
      /\/og\/quotes\/[^/]+\/q-everything-has-changed\.png\?v=/,
      'website',
    ],
    ['/quotes/', /\/og\/site\.png\?v=/, 'website'],
  ])('%s shares its own card', async (page, image, type) => {
    const m = metas(await html(page));
    expect(m.get('og:image')![0]).toMatch(image);
    expect(m.get('og:type')).toEqual([type]);
    expect(m.has('article:published_time')).toBe(false);
  });

  test("a quote page's title and description name the speaker as fact only when the analysis is sure", async () => {
    const data = JSON.parse(await html('/data/analysis.json')) as {
      articles: {
        slug: string;
        quotes: { id: string; kind: string; confidence: string | null; speaker: { name?: string } }[];
      }[];
    };
    const quotes = data.articles.flatMap((a) =>
      a.quotes.filter((q) => q.kind === 'direct' && q.speaker.name).map((q) => ({ ...q, slug: a.slug })),
    );
    expect(quotes.some((q) => q.confidence === 'high')).toBe(true);
    expect(quotes.some((q) => q.confidence !== 'high')).toBe(true);
    for (const q of quotes) {
      const body = await html(`/quotes/${q.slug}/${q.id}/`);
      const title = meta(body, 'og:title')!;
      const description = meta(body, 'description')!;
      const doubt = q.confidence === 'medium' ? 'probably' : 'possibly';
      if (q.confidence === 'high') {
        expect(title, q.id).toMatch(new RegExp(`” — ${q.speaker.name}$`));
        expect(description, q.id).toMatch(new RegExp(`^Quote by ${q.speaker.name}, in `));
      } else {
        expect(title, q.id).toMatch(new RegExp(`” — ${doubt} ${q.speaker.name}$`));
        expect(description, q.id).toMatch(new RegExp(`^Quote ${doubt} by ${q.speaker.name}, in `));
      }
    }
  });

  test('every card named by a page is a 1200x630 PNG under 100 KB, and every actor, conflict and quote has one', async () => {
    const images = new Set<string>();
    for (const page of builtPages()) {
      const body = await pageHtml(page);
      const image = meta(body, 'og:image');
      if (image) images.add(image);
    }
    const paths = [...images].map((u) => new URL(u).pathname);
    for (const a of registry.actors) expect(paths, a.id).toContain(`/og/actors/${a.id}.png`);
    for (const c of registry.conflicts) expect(paths, c.id).toContain(`/og/conflicts/${c.id}.png`);
    expect(paths.filter((p) => p.startsWith('/og/quotes/')).length).toBe(9);
    for (const image of images) {
      const res = await get(image);
      expect(res.headers.get('content-type'), image).toBe('image/png');
      const info = pngInfo(new Uint8Array(await res.arrayBuffer()));
      expect({ width: info.width, height: info.height }, image).toEqual({ width: 1200, height: 630 });
      expect(info.size, image).toBeLessThan(100 * 1024);
    }
  });
});

describe('JSON-LD', () => {
  test('the article: AnalysisNewsArticle with headline, dates with zone, author, about and mentions with page URLs', async () => {
    const body = await html(`/articles/${ARTICLE}/`);
    const ld = ofType(body, 'AnalysisNewsArticle')!;
    expect(ld['@type']).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(ld.headline).toBe('The Gaza war shows Russia and Iran have narrowed their differences');
    expect(ld.description).toMatch(/^Moscow and Tehran hold almost identical positions/);
    expect(ld.datePublished).toBe('2023-12-15T00:00:00Z');
    expect(ld.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(ld.author).toEqual([{ '@type': 'NewsMediaOrganization', name: 'TRT World' }]);
    expect(ld.url).toBe(`${SITE}/articles/${ARTICLE}/`);
    expect(ld.image).toEqual([meta(body, 'og:image')]);
    const about = ld.about as { name: string; url: string }[];
    const mentions = ld.mentions as { '@type': string; name: string; url: string }[];
    expect(about.map((a) => a.name)).toEqual(expect.arrayContaining(['Gaza war', 'War in Ukraine']));
    expect(mentions.find((m) => m.name === 'John Kirby')).toMatchObject({
      '@type': 'Person',
      url: `${SITE}/actors/john-kirby/`,
    });
    expect(mentions.find((m) => m.name === 'Iran')?.['@type']).toBe('Country');
    for (const thing of [...about, ...mentions]) expect((await get(thing.url)).status, thing.url).toBe(200);
  });

  test.each([
    ['/actors/john-kirby/', 'Person', 'US national security spokesman'],
    ['/actors/hamas/', 'Organization', undefined],
    ['/actors/russian-international-affairs-council/', 'ResearchOrganization', undefined],
    ['/actors/iran/', 'Country', undefined],
  ])('%s is a ProfilePage about a %s', async (page, type, jobTitle) => {
    const ld = ofType(await html(page), 'ProfilePage')!;
    expect(ld.url).toBe(`${SITE}${page}`);
    const main = ld.mainEntity as Record<string, unknown>;
    expect(main['@type']).toBe(type);
    expect(main.url).toBe(`${SITE}${page}`);
    expect(main.jobTitle).toBe(jobTitle);
  });

  test('every page that shows a breadcrumb trail has the same trail as BreadcrumbList', async () => {
    let checked = 0;
    for (const page of builtPages()) {
      const body = await pageHtml(page);
      const nav = body.match(/<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/)?.[0];
      if (!nav) continue;
      const labels = [
        ...nav.matchAll(
          /<li[^>]*>[\s\S]*?(?:<a [^>]*>|<span aria-current="page"[^>]*>)([\s\S]*?)<\/(?:a|span)>/g,
        ),
      ].map((m) => decode(m[1]!.trim()));
      const ld = ofType(body, 'BreadcrumbList')!;
      const items = ld.itemListElement as { position: number; name: string; item: string }[];
      expect(
        items.map((i) => i.name),
        page,
      ).toEqual(labels);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(items.at(-1)!.item, page).toBe(`${SITE}${page}`);
      for (const i of items) expect(i.item.startsWith(`${SITE}/`)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  test('in the browser with the CSP on, JSON-LD is data: it parses and raises no violation', async () => {
    const { page, errors } = await openPage(context, `/articles/${ARTICLE}/`);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain('script-src');
    const types = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => (JSON.parse(s.textContent ?? '') as { '@type': unknown })['@type'],
      ),
    );
    expect(types).toEqual(expect.arrayContaining([['NewsArticle', 'AnalysisNewsArticle'], 'BreadcrumbList']));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('feeds', () => {
  const paragraphs = () =>
    (
      JSON.parse(readFileSync(path.join(DIST, 'data/analysis.json'), 'utf8')) as {
        articles: { slug: string; paragraphs: { text: string }[] }[];
      }
    ).articles.find((a) => a.slug === ARTICLE)!.paragraphs;
  const strip = (h: string) => decode(h.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

  test('RSS is valid XML with the full text, author, categories and absolute links', async () => {
    const res = await get('/rss.xml');
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe('The Analysis Desk');
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel['atom:link']['@_href']).toBe(`${SITE}/rss.xml`);
    const item = [channel.item].flat()[0];
    expect(item.link).toBe(`${SITE}/articles/${ARTICLE}/`);
    expect(item.guid['#text']).toBe(item.link);
    expect(new Date(item.pubDate).toISOString()).toBe('2023-12-15T00:00:00.000Z');
    expect(item['dc:creator']).toBe('TRT World');
    expect(item.category).toEqual(['Russia', 'Iran', 'Gaza', 'Middle East']);
    const content = strip(item['content:encoded']);
    for (const p of paragraphs()) expect(content).toContain(p.text.replace(/\s+/g, ' '));
    expect(item['content:encoded']).not.toMatch(/<button|data-pagefind|class=|href="\/|Quote by/);
    // the article as its source wrote it: the site's mention links are a layer the page switches on
    expect(item['content:encoded']).not.toContain('/actors/');
  });

  test('JSON Feed 1.1 has the required fields, the full text and the author', async () => {
    const res = await get('/feed.json');
    const feed = (await res.json()) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('The Analysis Desk');
    expect(feed.home_page_url).toBe(`${SITE}/`);
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    const item = feed.items[0]!;
    expect(item.id).toBe(`${SITE}/articles/${ARTICLE}/`);
    expect(item.url).toBe(item.id);
    expect(item.date_published).toBe('2023-12-15T00:00:00.000Z');
    expect(item.authors).toEqual([{ name: 'TRT World' }]);
    expect(item.tags).toEqual(['Russia', 'Iran', 'Gaza', 'Middle East']);
    expect(String(item.image)).toMatch(new RegExp(`^${SITE}/og/articles/`));
    const content = strip(String(item.content_html));
    for (const p of paragraphs()) expect(content).toContain(p.text.replace(/\s+/g, ' '));
    const home = await html('/');
    expect(home).toContain('<link rel="alternate" type="application/feed+json"');
    expect(home).toContain('<link rel="alternate" type="application/rss+xml"');
  });
});

describe('crawlers', () => {
  test('the sitemap lists exactly the pages that may be indexed, each with lastmod', async () => {
    const parser = new XMLParser();
    const indexXml = await (await get('/sitemap-index.xml')).text();
    expect(XMLValidator.validate(indexXml)).toBe(true);
    const files = [parser.parse(indexXml).sitemapindex.sitemap].flat() as { loc: string; lastmod: string }[];
    const listed = new Map<string, string>();
    for (const file of files) {
      expect(file.loc.startsWith(`${SITE}/sitemap-`)).toBe(true);
      const xml = await (await get(file.loc)).text();
      expect(XMLValidator.validate(xml)).toBe(true);
      for (const u of [parser.parse(xml).urlset.url].flat() as { loc: string; lastmod: string }[])
        listed.set(u.loc, u.lastmod);
    }
    const indexable: string[] = [];
    for (const page of builtPages()) {
      if (page === '/404.html') continue;
      if (!isNoindex(await html(page))) indexable.push(`${SITE}${page}`);
    }
    expect([...listed.keys()].sort()).toEqual(indexable.sort());
    for (const noindex of ['/404/', '/no-such-page/']) expect(listed.has(`${SITE}${noindex}`)).toBe(false);
    expect(listed.has(`${SITE}/search/`)).toBe(true);
    for (const lastmod of listed.values()) expect(lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(listed.get(`${SITE}/articles/${ARTICLE}/`)).toBe('2023-12-15T00:00:00Z');
  });

  test('the 404 page carries noindex and no canonical', async () => {
    const res = await get('/no-such-page/');
    const body = await res.text();
    expect(isNoindex(body)).toBe(true);
    expect(body).not.toContain('rel="canonical"');
    expect(meta(body, 'og:url')).toBeUndefined();
    expect(res.status).toBe(404);
  });

  test('the search page is indexable, its canonical /search/ whatever the query', async () => {
    for (const page of ['/search/', '/search/?q=Iran']) {
      const body = await (await get(page)).text();
      expect(isNoindex(body), page).toBe(false);
      expect(body, page).toContain(`<link rel="canonical" href="${SITE}/search/">`);
      expect(meta(body, 'og:url'), page).toBe(`${SITE}/search/`);
    }
  });

  test('robots.txt allows crawling and names the sitemap on SITE_URL', async () => {
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
