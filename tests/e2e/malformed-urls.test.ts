/**
 * No page throws on a malformed query or fragment: a broken percent-escape in `?highlight=`, `?q=`
 * or the `#fragment` (as a mangled link or a hand-edited URL would have) is read as written.
 * Any uncaught error, console error or failed request on any page type fails the test.
 */
import type { BrowserContext } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage, useBrowser } from './helpers.ts';

let context: BrowserContext;
useBrowser((_b, c) => {
  context = c;
});

const pages = [
  '/',
  '/articles/2023-12-15-russia-iran-gaza/',
  '/actors/',
  '/actors/iran/',
  '/conflicts/',
  '/conflicts/gaza-war/',
  '/quotes/',
  '/quotes/2023-12-15-russia-iran-gaza/q-everything-has-changed/',
  '/search/',
];
const suffixes = [
  '?highlight=%E0%A4%A&q=%E0%A4%A#%E0%A4%A',
  '?highlight=Iran%&q=%#%',
  '?highlight=%FF#q-%ZZ',
];

test.each(pages)('%s survives malformed queries and fragments', async (path) => {
  for (const suffix of suffixes) {
    const { page, errors } = await openPage(context, `${path}${suffix}`);
    await page.waitForLoadState('networkidle');
    expect(errors, `${path}${suffix}`).toEqual([]);
    await page.close();
  }
});

test('a malformed fragment still lets the highlight run on the article', async () => {
  const { page, errors } = await openPage(
    context,
    '/articles/2023-12-15-russia-iran-gaza/?highlight=Kirby#%E0%A4%A',
  );
  await page.waitForLoadState('networkidle');
  expect(await page.locator('mark.search-hit').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});
