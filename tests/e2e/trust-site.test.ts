/**
 * A site built with two awkward fixture articles (tests/fixtures/trust-articles): one whose
 * headings are the page's own ids ("Status", "Analysis", "Main", "Search dialog"), and one renamed
 * article whose old URL must still land. The build succeeds, no page repeats an id, the page's
 * controls still work, the old URL lands on the anchor, and every page is valid HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { duplicateIds } from '../../src/integrations/duplicate-ids.ts';
import { ARTICLE_PAGE_IDS } from '../../src/markdown/page-ids.ts';
import { LOCAL_SITE_URL } from '../../src/lib/site-url.ts';
import { launchBrowser } from './browser.ts';
import { buildFixtureSite } from './fixture-site.ts';
import { serveStatic } from './static-server.ts';

const COLLIDING = '/articles/2024-03-01-fixture-status-of-the-talks/';
const RENAMED = '/articles/2024-03-02-fixture-renamed-talks/';
const OLD = '/articles/2024-03-02-fixture-old-talks-name/';

let dist: string;
let url: string;
let close: () => Promise<void>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  dist = await buildFixtureSite('tests/fixtures/trust-articles', 'test-results/dist-trust');
  const server = await serveStatic(dist);
  url = server.url;
  close = server.close;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await close?.();
});

const read = (p: string) => readFileSync(path.join(dist, p), 'utf8');
const htmlFiles = () =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();

/** Opens a page and records uncaught errors. */
async function open(p: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(p, url).toString());
  return { page, errors };
}

describe('article anchors and page ids', () => {
  test('no built page repeats an id', () => {
    const repeated = htmlFiles().flatMap((f) => duplicateIds(read(f)).map((d) => `${f}: ${d.id}`));
    expect(repeated).toEqual([]);
  });

  test('the headings get suffixed anchors and the page keeps its own ids', () => {
    const html = read(`${COLLIDING.slice(1)}index.html`);
    for (const id of ['status-2', 'analysis-2', 'main-2', 'search-dialog-2'])
      expect(html).toContain(`<h2 id="${id}"`);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<div id="status" role="status"/);
    // the search dialog is built on first open; its id stays reserved for it
    expect(ARTICLE_PAGE_IDS.has('search-dialog')).toBe(true);
  });

  test('ARTICLE_PAGE_IDS lists every id the article page gives its own elements', async () => {
    for (const p of [COLLIDING, '/articles/2023-12-15-russia-iran-gaza/']) {
      const { page } = await open(p);
      const own = await page.$$eval('[id]', (els) =>
        els.filter((e) => !e.closest('.article-body')).map((e) => e.id),
      );
      expect(own.length).toBeGreaterThan(10);
      expect(
        own.filter((id) => !ARTICLE_PAGE_IDS.has(id)),
        p,
      ).toEqual([]);
      await page.close();
    }
  });

  test('the skip link reaches the main content, not the heading "Main"', async () => {
    const { page, errors } = await open(COLLIDING);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    expect(await page.locator('#status-2 .permalink').getAttribute('href')).toBe('#status-2');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"/" opens the search dialog (the heading "Search dialog" does not take its id)', async () => {
    const { page, errors } = await open(COLLIDING);
    await page.keyboard.press('/');
    await expect
      .poll(() => page.locator('#search-dialog').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    // the fixture build has no search index (no pagefind run), so only that load may fail
    expect(errors.filter((e) => !e.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });
});

describe('a renamed article', () => {
  test('its old URL lands on the new one, keeping the anchor and the query', async () => {
    const page = await context.newPage();
    await page.goto(new URL(`${OLD}?highlight=spring#they-agreed-to-meet-again`, url).toString());
    await page.waitForURL(/fixture-renamed-talks/);
    const now = new URL(page.url());
    expect(now.pathname).toBe(RENAMED);
    expect(now.search).toBe('?highlight=spring');
    expect(now.hash).toBe('#they-agreed-to-meet-again');
    await page.close();
  });

  test('without JavaScript the meta refresh still lands on the article', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(new URL(OLD, url).toString());
    await page.waitForURL(/fixture-renamed-talks/);
    expect(new URL(page.url()).pathname).toBe(RENAMED);
    await noJs.close();
  });

  test('the old URL is a 301 for hosts that read _redirects, and is not in the sitemap', () => {
    expect(read('_redirects')).toBe(`${OLD} ${RENAMED} 301\n`);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(RENAMED);
    expect(sitemap).not.toContain(OLD);
    const redirectPage = read(`${OLD.slice(1)}index.html`);
    expect(redirectPage).toContain('<meta name="robots" content="noindex">');
    const site = (process.env.SITE_URL ?? LOCAL_SITE_URL).replace(/\/$/, '');
    expect(redirectPage).toContain(`href="${site}${RENAMED}"`);
  });
});

describe.each(['light', 'dark'] as const)('axe, %s', (scheme) => {
  test.each([COLLIDING, OLD])('%s has no violations', async (p) => {
    const axeContext = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: 360, height: 800 },
    });
    // the old URL's page itself, as a reader whose browser holds the refresh would see it
    await axeContext.route(
      (u) => u.pathname === OLD,
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /<meta http-equiv="refresh"[^>]*>|<script>[^<]*<\/script>/g,
          '',
        );
        await route.fulfill({ response, body });
      },
    );
    const page = await axeContext.newPage();
    await page.goto(new URL(p, url).toString());
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(p);
    await axeContext.close();
  });
});

test('every page of the fixture site is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateFile(path.join(dist, file));
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
}, 120_000);
