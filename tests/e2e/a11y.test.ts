/**
 * Accessibility: axe finds no violations (WCAG 2.x A/AA, contrast included) on any
 * page type, in light and dark, at phone and desktop widths; pages have one h1, a
 * skip link that works, and landmarks.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { openPage } from './helpers.ts';

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
  '/no-such-page/',
];

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
    if (url.startsWith('/search/')) await page.waitForSelector('li.search-result', { timeout: 10_000 });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const summary = result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
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
  const result = await new AxeBuilder({ page }).include('#search-dialog').analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('the skip link is the first stop and moves focus to the main content', async () => {
  const context = await browser.newContext();
  const { page } = await openPage(context, '/articles/2023-12-15-russia-iran-gaza/');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await context.close();
});
