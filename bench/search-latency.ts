/**
 * Search latency in headless Chromium against the built site (npm run build first):
 * time from a keystroke to the first result visible, cold (the first query after a
 * fresh page load: Pagefind loads on that keystroke, or on the click just before it)
 * and warm (a later query on the same page). Median of several runs. Each measured
 * query is a single keystroke, so typing speed does not enter the numbers.
 *   node bench/search-latency.ts [runs=15]
 */
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';

const runs = Number(process.argv[2] ?? 15);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const server = await serveStatic('dist');
const browser = await launchBrowser();
const context = await browser.newContext();
const cold: number[] = [];
const coldPaced: number[] = [];
const warm: number[] = [];
const queries = ['Tehran', 'Hezbollah', 'NATO', 'Meshaal', 'ceasefire'];

/** Installs a probe: keydown time, and the time the first result for the current query shows. */
const PROBE = () => {
  const w = window as unknown as { __t0: number; __t1: number; __first: number };
  document.addEventListener('keydown', () => {
    w.__t0 = performance.now();
    w.__first ||= w.__t0;
    w.__t1 = 0;
  }, true);
  new MutationObserver(() => {
    const first = document.querySelector('[data-search-panel="page-search"] li.search-result');
    if (!w.__t1 && w.__t0 && first && (first as HTMLElement).offsetParent !== null) w.__t1 = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

for (let i = 0; i < runs; i++) {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
  await page.waitForTimeout(100); // the page settles; Pagefind is not loaded
  // Cold: focus the box and press a key at once on a fresh page (nothing preloaded). A single keystroke, so
  // the time is the search's, not the typing's: with several keys the clock would include typing them.
  await page.locator('#page-search-q').focus();
  await page.keyboard.press('K');
  await page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, null, { timeout: 10_000 });
  cold.push(await page.evaluate(() => { const w = window as unknown as { __first: number; __t1: number }; return w.__t1 - w.__first; }));
  // Warm: a new query on the same page; time from its last keystroke.
  const q = queries[i % queries.length]!;
  await page.locator('#page-search-q').fill(q.slice(0, -1));
  await page.waitForTimeout(150);
  await page.evaluate(() => document.querySelector('[data-search-panel="page-search"] [data-results]')!.replaceChildren());
  await page.locator('#page-search-q').press(q.slice(-1));
  await page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, null, { timeout: 10_000 });
  warm.push(await page.evaluate(() => { const w = window as unknown as { __t0: number; __t1: number }; return w.__t1 - w.__t0; }));
  await page.close();

  // Cold at a reader's pace: click the box, then start typing 250 ms later (focus starts loading Pagefind).
  const paced = await context.newPage();
  await paced.addInitScript(PROBE);
  await paced.goto(`${server.url}/search/`, { waitUntil: 'load' });
  await paced.waitForTimeout(100);
  await paced.locator('#page-search-q').click();
  await paced.waitForTimeout(250);
  await paced.keyboard.press('K');
  await paced.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, null, { timeout: 10_000 });
  coldPaced.push(await paced.evaluate(() => { const w = window as unknown as { __first: number; __t1: number }; return w.__t1 - w.__first; }));
  await paced.close();
}

await browser.close();
await server.close();
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;
console.log(`search latency, keystroke to first result visible (no debounce):`);
console.log(`  cold, typing as the box gets focus (loads Pagefind):  ${fmt(cold)}`);
console.log(`  cold, typing 250 ms after clicking the box:          ${fmt(coldPaced)}`);
console.log(`  warm (later query on the same page):                  ${fmt(warm)}`);
