/**
 * Search latency in headless Chromium against the built site (npm run build first), measured as a
 * reader searches: the box is clicked, and 250 ms later the query is typed one key at a time, a key
 * every --pace ms (150 by default: a fast typist; each key a real keydown, keypress and keyup).
 *
 * - Cold, first query: a fresh page (nothing of the search loaded before the click); the query is the
 *   first the search actually runs (the panel searches nothing for one character), so "Kirby" typed
 *   key by key is measured from the "i" of "Ki" to its answer painted, with the reader pausing there.
 * - Then each case (a name, "Kirby"; a short common prefix, "th" and "the") typed whole, cold (a
 *   fresh page) and warm (a page that has already searched): from the query's last key to its first
 *   result painted (or the answer "No results" painted, when there is none). Every query typed on
 *   the way runs or is skipped as the panel decides; waiting behind them counts.
 * - While typing: the longest time a key took to show (Event Timing: from the keydown to the frame
 *   painted after it), which is long when a query blocks the page; and how many answers were painted
 *   for a query the box no longer held (a superseded query that painted: must be 0).
 * - Warm, once the reader has used a filter (Pagefind then counts every filter value on each query).
 * Painted: the animation frame after the answer's insertion (work done in the same task delays it).
 * Medians of --runs runs.
 *   node bench/search-latency.ts [--runs 7] [--pace 150] [--dist dist]
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { parseCli } from '../scripts/cli.ts';

const { values } = parseCli({
  usage:
    'node bench/search-latency.ts [--runs 7] [--pace 150] [--dist dist]   (after npm run build)\n' +
    'Search latency as a reader types: the first query, a name and short prefixes, cold and warm.',
  options: {
    runs: { type: 'string', default: '7', description: 'runs per case' },
    pace: { type: 'string', default: '150', description: 'milliseconds between keys' },
    dist: { type: 'string', default: 'dist', description: 'the built site to serve' },
  },
});
const runs = Number(values.runs);
const pace = Number(values.pace);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const server = await serveStatic(values.dist);
const browser = await launchBrowser();
const context = await browser.newContext();
const PANEL = '[data-search-panel="page-search"]';
const BOX = '#page-search-q';

interface Probe {
  keys: { key: string; t: number }[];
  answers: { query: string; box: string; results: number; none: boolean; t: number }[];
  slowestKey: number;
}

/**
 * Installs the probe: each trusted keydown's time; each answer the panel paints (its status names
 * the query in “…”; the time is the animation frame after the change), with what the box held then;
 * and the longest key event by Event Timing.
 */
const PROBE = (panel: string) => {
  const w = window as unknown as { __probe: Probe };
  const probe: Probe = (w.__probe = { keys: [], answers: [], slowestKey: 0 });
  document.addEventListener(
    'keydown',
    (event) => {
      // When the key was pressed (its event time), not when the page got round to it: a blocked page
      // handles keys late.
      if (event.isTrusted) probe.keys.push({ key: event.key, t: event.timeStamp });
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (/^key|^input|^beforeinput/.test(entry.name))
        probe.slowestKey = Math.max(probe.slowestKey, entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  let last = '';
  new MutationObserver(() => {
    const status = document.querySelector(`${panel} [data-status]`)?.textContent ?? '';
    const query = /“([^”]*)”/.exec(status)?.[1];
    const results = document.querySelectorAll(`${panel} li.search-result`).length;
    const none = status.startsWith('No results');
    // Not an answer (yet): no query named, or results announced but none painted.
    if (query === undefined || (results === 0 && !none)) {
      last = '';
      return;
    }
    const state = `${status}|${results > 0}`;
    if (state === last) return;
    last = state;
    const box = (document.querySelector(`${panel} input[type="search"]`) as HTMLInputElement).value.trim();
    requestAnimationFrame(() => probe.answers.push({ query, box, results, none, t: performance.now() }));
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

/** A fresh search page, settled (no request for 500 ms), with the probe installed. */
async function fresh(): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(PROBE, PANEL);
  await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
  return page;
}

/** Types `text` a key at a time, `pace` ms apart. */
async function type(page: Page, text: string): Promise<void> {
  for (const [i, key] of [...text].entries()) {
    if (i > 0) await page.waitForTimeout(pace);
    await page.keyboard.press(key);
  }
}

/** Milliseconds from the keydown that completed `query` (the `nth` key typed) to its answer painted. */
async function answered(page: Page, query: string, nth: number): Promise<number> {
  await page.waitForFunction(
    (q) => (window as unknown as { __probe: Probe }).__probe.answers.some((a) => a.query === q),
    query,
    { timeout: 30_000 },
  );
  const probe = await probeOf(page);
  const key = probe.keys[nth]!;
  return probe.answers.find((a) => a.query === query)!.t - key.t;
}

/** Clears the box (as a reader selects it all and deletes) and waits for the panel to empty. */
async function clearBox(page: Page): Promise<void> {
  await page.locator(BOX).fill('');
  await page.waitForFunction(
    (panel) => document.querySelectorAll(`${panel} li.search-result`).length === 0,
    PANEL,
  );
  await page.evaluate(() => {
    const probe = (window as unknown as { __probe: Probe }).__probe;
    probe.keys = [];
    probe.answers = [];
    probe.slowestKey = 0;
  });
}

const cases = ['Kirby', 'th', 'the'];
type Row = { times: number[]; slowest: number[]; stale: number };
const row = (): Row => ({ times: [], slowest: [], stale: 0 });
const results = {
  first: row(),
  cold: Object.fromEntries(cases.map((c) => [c, row()])) as Record<string, Row>,
  warm: Object.fromEntries(cases.map((c) => [c, row()])) as Record<string, Row>,
  filtered: row(),
};
const stale = (probe: Probe) => probe.answers.filter((a) => a.query !== a.box).length;

const loadBefore = loadAverage();
for (let i = 0; i < runs; i++) {
  // The first query the search runs: "Ki", typed after a click, the reader pausing after it.
  {
    const page = await fresh();
    await page.locator(BOX).click();
    await page.waitForTimeout(250);
    await type(page, 'Ki');
    results.first.times.push(await answered(page, 'Ki', 1));
    await page.close();
  }
  for (const text of cases) {
    // Cold: the whole query typed on a fresh page.
    const page = await fresh();
    await page.locator(BOX).click();
    await page.waitForTimeout(250);
    await type(page, text);
    const cold = results.cold[text]!;
    cold.times.push(await answered(page, text, text.length - 1));
    await page.waitForTimeout(300); // anything still coming for a superseded query would show now
    let probe = await probeOf(page);
    cold.slowest.push(probe.slowestKey);
    cold.stale += stale(probe);
    // Warm: the same page, the box cleared, the query typed again.
    await clearBox(page);
    await type(page, text);
    const warm = results.warm[text]!;
    warm.times.push(await answered(page, text, text.length - 1));
    await page.waitForTimeout(300);
    probe = await probeOf(page);
    warm.slowest.push(probe.slowestKey);
    warm.stale += stale(probe);
    if (text === 'Kirby') {
      // Once the reader has gone to a filter (its lists load), a later query.
      await page.locator(`${PANEL} select[data-filter-name="speaker"]`).focus();
      await page.waitForFunction(
        (panel) => document.querySelectorAll(`${panel} select[data-filter-name="speaker"] option`).length > 1,
        PANEL,
        { timeout: 60_000 },
      );
      await page.locator(BOX).focus();
      await clearBox(page);
      await type(page, 'Tehran');
      results.filtered.times.push(await answered(page, 'Tehran', 5));
    }
    await page.close();
  }
}
await browser.close();
await server.close();

const fmt = (xs: number[]) =>
  xs.length
    ? `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`
    : 'not measured';
console.log(
  `search latency as a reader types (a key every ${pace} ms, 250 ms after clicking the box), ` +
    `${values.dist}; load ${loadBefore} before, ${loadAverage()} after:`,
);
console.log(
  `  cold, the first query searched ("Ki" of "Kirby"), its key to its answer: ${fmt(results.first.times)}`,
);
for (const text of cases) {
  for (const [label, r] of [
    ['cold', results.cold[text]!],
    ['warm', results.warm[text]!],
  ] as const) {
    console.log(
      `  ${label}, "${text}" typed, last key to first result: ${fmt(r.times)}; ` +
        `slowest key ${median(r.slowest).toFixed(0)} ms (max ${Math.max(...r.slowest).toFixed(0)}); ` +
        `superseded answers painted: ${r.stale}`,
    );
  }
}
console.log(
  `  warm, "Tehran" typed once a filter was used, last key to first result: ${fmt(results.filtered.times)}`,
);
