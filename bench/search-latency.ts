/**
 * Search latency in headless Chromium against the built site (npm run build first):
 * time from a keystroke to the first result painted. Cold: the first query after a fresh
 * page load, with nothing of Pagefind loaded before the reader starts to search (it loads
 * on focus, on opening the dialog, or on that keystroke). Warm: a later query on the same
 * page. Median of several runs. Each measured query is a single keystroke, so typing speed
 * does not enter the numbers. Also: a query after the reader has used a filter (Pagefind then
 * counts every filter value on each query, which is why the filter lists load only on use).
 *   node bench/search-latency.ts [--runs 15] [--dist dist]
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { parseCli } from '../scripts/cli.ts';

const { values } = parseCli({
  usage:
    'node bench/search-latency.ts [--runs 15] [--dist dist]   (after npm run build)\n' +
    'Keystroke-to-result latency, cold and warm.',
  options: {
    runs: { type: 'string', default: '15', description: 'runs per case' },
    dist: { type: 'string', default: 'dist', description: 'the built site to serve' },
  },
});
const runs = Number(values.runs);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const server = await serveStatic(values.dist);
const browser = await launchBrowser();
const context = await browser.newContext();
const queries = ['Tehran', 'Hezbollah', 'NATO', 'Meshaal', 'ceasefire'];
const PAGE_PANEL = '[data-search-panel="page-search"]';
const DIALOG_PANEL = '#search-dialog [data-search-panel]';

/**
 * Installs a probe: the time of each keydown, and when the first result of the panel after it is
 * painted (the animation frame that follows its insertion: work the page does in the same task
 * after inserting it delays the paint, so it counts).
 */
const PROBE = (panel: string) => {
  const w = window as unknown as { __t0: number; __t1: number; __seen: boolean };
  document.addEventListener(
    'keydown',
    (event) => {
      // The reader's own keys only: the page replays keys pressed before its script loaded.
      if (!event.isTrusted || event.key === '/') return; // "/" opens the dialog; the clock starts at the query's key
      w.__t0 = performance.now();
      w.__t1 = 0;
      w.__seen = false;
    },
    true,
  );
  new MutationObserver(() => {
    const first = document.querySelector(`${panel} li.search-result`);
    if (w.__seen || !w.__t0 || !first || (first as HTMLElement).offsetParent === null) return;
    w.__seen = true;
    requestAnimationFrame(() => (w.__t1 = performance.now()));
  }).observe(document, { childList: true, subtree: true });
};

/** Milliseconds from the last keydown to its first result. */
async function measured(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, null, {
    timeout: 10_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
}

/**
 * A fresh page. `settled`: wait until the network is idle (no request for 500 ms), as when a reader
 * has the page in front of them. Otherwise start 100 ms after the load event, while the browser is
 * still busy with the page (its late favicon fetch, style and layout).
 */
async function fresh(path: string, panel: string, settled: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(PROBE, panel);
  await page.goto(`${server.url}${path}`, { waitUntil: settled ? 'networkidle' : 'load' });
  if (!settled) await page.waitForTimeout(100);
  return page;
}

const results = {
  settled: [] as number[],
  early: [] as number[],
  paced: [] as number[],
  dialog: [] as number[],
  warm: [] as number[],
  filtered: [] as number[],
};

for (let i = 0; i < runs; i++) {
  // Cold, the strictest way: focus the box and press a key at once.
  const page = await fresh('/search/', PAGE_PANEL, true);
  await page.locator('#page-search-q').focus();
  await page.keyboard.press('K');
  results.settled.push(await measured(page));
  // Warm: a new query on the same page; time from its last keystroke.
  const q = queries[i % queries.length]!;
  await page.locator('#page-search-q').fill(q.slice(0, -1));
  await page.waitForTimeout(150);
  await page.evaluate(
    (panel) => document.querySelector(`${panel} [data-results]`)!.replaceChildren(),
    PAGE_PANEL,
  );
  await page.locator('#page-search-q').press(q.slice(-1));
  results.warm.push(await measured(page));
  // After the reader has gone to a filter (its lists load), a later query.
  await page.locator('[data-search-panel="page-search"] select[data-filter-name="speaker"]').focus();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-search-panel="page-search"] select[data-filter-name="speaker"] option')
        .length > 1,
    null,
    { timeout: 30_000 },
  );
  const next = queries[(i + 1) % queries.length]!;
  await page.locator('#page-search-q').fill(next.slice(0, -1));
  await page.waitForTimeout(150);
  await page.evaluate(
    (panel) => document.querySelector(`${panel} [data-results]`)!.replaceChildren(),
    PAGE_PANEL,
  );
  await page.locator('#page-search-q').press(next.slice(-1));
  results.filtered.push(await measured(page));
  await page.close();

  // The same, 100 ms after the load event.
  const early = await fresh('/search/', PAGE_PANEL, false);
  await early.locator('#page-search-q').focus();
  await early.keyboard.press('K');
  results.early.push(await measured(early));
  await early.close();

  // At a reader's pace: click the box, start typing 250 ms later.
  const paced = await fresh('/search/', PAGE_PANEL, true);
  await paced.locator('#page-search-q').click();
  await paced.waitForTimeout(250);
  await paced.keyboard.press('K');
  results.paced.push(await measured(paced));
  await paced.close();

  // The dialog on the article page: "/" opens it, the query's key follows at once.
  const article = await fresh('/articles/2023-12-15-russia-iran-gaza/', DIALOG_PANEL, true);
  await article.keyboard.press('/');
  await article.keyboard.press('K');
  results.dialog.push(await measured(article));
  await article.close();
}

await browser.close();
await server.close();
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;
console.log(`search latency, keystroke to first result painted (no debounce):`);
console.log(`  cold, search page, key pressed as the box gets focus:      ${fmt(results.settled)}`);
console.log(`  cold, the same 100 ms after the load event (page busy):   ${fmt(results.early)}`);
console.log(`  cold, search page, key 250 ms after clicking the box:      ${fmt(results.paced)}`);
console.log(`  cold, dialog on the article page, key right after "/":     ${fmt(results.dialog)}`);
console.log(`  warm, a later query on the same page:                      ${fmt(results.warm)}`);
console.log(`  warm, a later query once the reader has used a filter:     ${fmt(results.filtered)}`);
