/**
 * Where a search's time goes, query by query, in headless Chromium against a built site: Pagefind's
 * index chunk fetches (its preload), its WebAssembly search (prefix expansion and scoring), turning
 * the WebAssembly's answer into results (a JSON string with every match's word locations, parsed and
 * mapped in JavaScript), and the fragments the first page of results loads (`result.data()`).
 * Pagefind's own pagefind.js is served with a timer around its WebAssembly `search` call (appended
 * to the module; nothing else changes), and is driven the way the site drives it (main thread,
 * excerpts of 24 words). Each query runs cold (a fresh page: its chunks are fetched) and then warm.
 *   node bench/search-profile.ts [--dist dist] [--queries K,th,the,Kirby] [--runs 3]
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { parseCli } from '../scripts/cli.ts';

const { values } = parseCli({
  usage:
    'node bench/search-profile.ts [--dist dist] [--queries K,th,the,Kirby] [--runs 3]\n' +
    "Splits each query's time between chunk fetches, Pagefind's WebAssembly, result parsing and fragments.",
  options: {
    dist: { type: 'string', default: 'dist', description: 'the built site to serve' },
    queries: { type: 'string', default: 'K,th,the,Kirby', description: 'queries, comma-separated' },
    runs: { type: 'string', default: '3', description: 'runs per query (medians reported)' },
    page: { type: 'string', default: '10', description: 'results whose data a panel page loads' },
  },
});
const queries = values.queries.split(',');
const runs = Number(values.runs);
const PAGE = Number(values.page);

/** Appended to pagefind.js: times each call of the WebAssembly search and keeps its answer's size. */
const TIMER = `
;{const f=wasm_bindgen.search;wasm_bindgen.search=function(...a){const t=performance.now();const r=f.apply(this,a);
const p=(globalThis.__pf??={wasm:0,bytes:0});p.wasm+=performance.now()-t;p.bytes+=r.length;return r;};}`;

interface Phases {
  chunks: number;
  chunkFiles: number;
  wasm: number;
  parse: number;
  answerKB: number;
  results: number;
  locations: number;
  fragments: number;
  fragmentFiles: number;
  fragmentKB: number;
  warm: number;
}

const server = await serveStatic(values.dist);
const browser = await launchBrowser();
const context = await browser.newContext();

/** A fresh /search/ page with Pagefind imported, initialised and ready, as the site loads it. */
async function ready(): Promise<{ page: Page; requests: { url: string; bytes: number }[]; init: number }> {
  const page = await context.newPage();
  const requests: { url: string; bytes: number }[] = [];
  await page.route('**/pagefind/pagefind.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()) + TIMER });
  });
  page.on('requestfinished', async (r) => {
    const sizes = await r.sizes().catch(() => ({ responseBodySize: 0 }));
    requests.push({ url: new URL(r.url()).pathname, bytes: sizes.responseBodySize });
  });
  await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
  const init = await page.evaluate(async () => {
    const t0 = performance.now();
    const api = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await api.options({ excerptLength: 24, noWorker: true });
    await api.init();
    await api.preload(''); // returns once the metadata and WebAssembly are in
    (window as unknown as { __api: unknown }).__api = api;
    return performance.now() - t0;
  });
  return { page, requests, init };
}

/** One query on a fresh page: each phase's milliseconds, then the same query again (warm). */
async function profile(query: string): Promise<Phases & { init: number }> {
  const { page, requests, init } = await ready();
  const before = requests.length;
  const measured = await page.evaluate(
    async ({ q, n }) => {
      type Hit = { data: () => Promise<unknown>; words: number[] };
      const api = (window as unknown as { __api: Record<string, (...a: unknown[]) => Promise<unknown>> })
        .__api;
      const pf = ((globalThis as unknown as { __pf: { wasm: number; bytes: number } }).__pf = {
        wasm: 0,
        bytes: 0,
      });
      let t = performance.now();
      await api.preload!(q);
      const chunks = performance.now() - t;
      t = performance.now();
      const response = (await api.search!(q)) as { results: Hit[] };
      const search = performance.now() - t;
      const { wasm, bytes } = pf;
      const locations = response.results.reduce((sum, r) => sum + r.words.length, 0);
      t = performance.now();
      await Promise.all(response.results.slice(0, n).map((r) => r.data()));
      const fragments = performance.now() - t;
      t = performance.now();
      await api.search!(q);
      const warm = performance.now() - t;
      return {
        chunks,
        wasm,
        parse: search - wasm,
        bytes,
        results: response.results.length,
        locations,
        fragments,
        warm,
      };
    },
    { q: query, n: PAGE },
  );
  // The requests finish events arrive a little after the responses themselves.
  await page.waitForTimeout(200);
  const after = requests.slice(before);
  const fragments = after.filter((r) => r.url.startsWith('/pagefind/fragment/'));
  await page.close();
  return {
    init,
    chunks: measured.chunks,
    chunkFiles: after.filter((r) => r.url.startsWith('/pagefind/index/')).length,
    wasm: measured.wasm,
    parse: measured.parse,
    answerKB: measured.bytes / 1024,
    results: measured.results,
    locations: measured.locations,
    fragments: measured.fragments,
    fragmentFiles: fragments.length,
    fragmentKB: fragments.reduce((sum, r) => sum + r.bytes, 0) / 1024,
    warm: measured.warm,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

console.log(
  `search profile: ${values.dist}, medians of ${runs} runs, ms (load ${(await loadAverage()).trim()})`,
);
console.log(
  'query      init  chunks(files)  wasm   parse  answer KB  results  locations  fragments(files, KB)  warm',
);
for (const query of queries) {
  const samples: (Phases & { init: number })[] = [];
  for (let i = 0; i < runs; i++) samples.push(await profile(query));
  const m = (k: keyof (Phases & { init: number })) => median(samples.map((s) => s[k]));
  console.log(
    [
      query.padEnd(8),
      m('init').toFixed(0).padStart(6),
      `${m('chunks').toFixed(0)} (${m('chunkFiles')})`.padStart(14),
      m('wasm').toFixed(0).padStart(6),
      m('parse').toFixed(0).padStart(7),
      m('answerKB').toFixed(0).padStart(10),
      m('results').toFixed(0).padStart(8),
      m('locations').toFixed(0).padStart(10),
      `${m('fragments').toFixed(0)} (${m('fragmentFiles')}, ${m('fragmentKB').toFixed(0)})`.padStart(21),
      m('warm').toFixed(0).padStart(6),
    ].join(' '),
  );
}
await browser.close();
await server.close();

async function loadAverage(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
}
