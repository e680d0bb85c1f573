/**
 * Accessibility: axe finds no violations (every WCAG 2.2 A/AA rule, contrast included, plus the
 * experimental label-content-name-mismatch) on any page type, in light and dark, at phone and
 * desktop widths, the article with its analysis layer off and on; pages have one h1, skip links
 * that work, and landmarks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { axe, axeSummary as summary, openPage } from './helpers.ts';

const PAGES = [
  '/',
  '/articles/2023-12-15-russia-iran-gaza/',
  '/actors/',
  '/actors/kamran-gasanov/',
  '/actors/russia/',
  '/conflicts/',
  '/conflicts/gaza-war/',
  '/quotes/',
  '/quotes/2023-12-15-russia-iran-gaza/q-everything-has-changed/',
  '/search/?q=Iran',
  '/search/?q=Russia&speaker=Nobody+Here',
  '/no-such-page/',
];
const ARTICLE = '/articles/2023-12-15-russia-iran-gaza/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 360],
  ['dark', 360],
] as const)('axe, %s theme at %i px', (scheme, width) => {
  test.each(PAGES)('%s has no violations', async (url) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
    const { page, errors } = await openPage(context, url);
    if (url.startsWith('/search/'))
      await page.waitForFunction(
        () => /result/.test(document.querySelector('[data-search-panel] [data-status]')?.textContent ?? ''),
        null,
        { timeout: 10_000 },
      );
    expect(summary(await axe(page).analyze())).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });

  test('the article with its analysis layer on has no violations', async () => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
    const { page, errors } = await openPage(context, ARTICLE);
    await page.locator('#show-analysis').check();
    expect(await page.locator('.article-body a.mention-link').first().isVisible()).toBe(true);
    expect(summary(await axe(page).analyze())).toEqual([]);
    if (width < 1000) {
      // A speaker opened from its marker.
      await page.locator('.speaker-marker').first().click();
      await page.waitForSelector('.speaker-note:popover-open');
      expect(summary(await axe(page).analyze())).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('the search dialog passes axe when open', async () => {
  const context = await browser.newContext();
  const { page } = await openPage(context, '/');
  await page.keyboard.press('Control+k');
  await page.waitForFunction(() => document.activeElement?.matches('#search-dialog input[type="search"]'));
  await page.keyboard.type('Kirby');
  await page.waitForSelector('#search-dialog li.search-result', { timeout: 10_000 });
  const result = await axe(page).include('#search-dialog').analyze();
  expect(summary(result)).toEqual([]);
  await context.close();
});

test('the skip link is the first stop and moves focus to the main content', async () => {
  const context = await browser.newContext();
  const { page } = await openPage(context, ARTICLE);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await context.close();
});

test('on an article, the second stop skips to the analysis and moves focus there', async () => {
  const context = await browser.newContext();
  const { page } = await openPage(context, ARTICLE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const link = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    visible: document.activeElement!.getBoundingClientRect().top >= 0,
  }));
  expect(link).toEqual({ text: 'Skip to the analysis', visible: true });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('analysis');
  await context.close();
});
