/**
 * Page weight: bytes a reader downloads on page load (HTML, CSS, JS, images), per page type,
 * and the bytes of search code (Pagefind and our search UI) fetched before anyone searches,
 * which should be 0. Then what a first search costs: the bytes fetched from focusing the box
 * on the search page to the first query's results, by file type.
 *   node bench/page-weight.ts   (after npm run build)
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { parseCli } from '../scripts/cli.ts';

parseCli({
  usage:
    'node bench/page-weight.ts   (after npm run build)\nBytes each page type downloads on load, and what a first search fetches.',
  options: {},
});

const pages = [
  '/',
  '/articles/2023-12-15-russia-iran-gaza/',
  '/actors/',
  '/actors/russia/',
  '/conflicts/gaza-war/',
  '/quotes/',
  '/search/',
];
const server = await serveStatic('dist', { compress: false }); // bytes as stored; bench/lighthouse.ts measures transfer
const browser = await launchBrowser();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Search code: Pagefind's folder and our search UI chunk (loaded on demand). */
const isSearchCode = (url: URL) =>
  url.pathname.startsWith('/pagefind/') || /^\/_astro\/controller\.[\w-]+\.js$/.test(url.pathname);

/** Records the size of every finished request on the page, keyed by `classify`. */
function meter(page: Page, classify: (url: URL, type: string) => string): Record<string, number> {
  const sizes: Record<string, number> = {};
  page.on('requestfinished', async (req) => {
    const size = (await req.sizes()).responseBodySize;
    const key = classify(new URL(req.url()), req.resourceType());
    sizes[key] = (sizes[key] ?? 0) + size;
  });
  return sizes;
}

console.log('page weight on load (uncompressed bytes):');
for (const p of pages) {
  const page = await browser.newPage();
  const sizes = meter(page, (url, type) =>
    isSearchCode(url)
      ? 'search'
      : type === 'document'
        ? 'html'
        : type === 'stylesheet'
          ? 'css'
          : type === 'script'
            ? 'js'
            : 'other',
  );
  await page.goto(server.url + p, { waitUntil: 'networkidle' });
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const k = (key: string) => kb(sizes[key] ?? 0);
  console.log(
    `  ${p.padEnd(42)} total ${kb(total).padStart(9)}  html ${k('html')}  css ${k('css')}  js ${k('js')}  search code before searching ${k('search')}`,
  );
  await page.close();
}

// What the first search fetches, on the search page.
const page = await browser.newPage();
await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
const used = meter(page, (url) => {
  if (!isSearchCode(url)) return 'other';
  const name = url.pathname.replace(/^.*\//, '');
  if (/^controller\./.test(name)) return 'search UI (ours)';
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name.startsWith('wasm.')) return 'WebAssembly core';
  if (name.startsWith('pagefind-entry')) return 'entry';
  return name.replace(/^.*\.pf_/, 'pf_');
});
await page.locator('#page-search-q').focus();
await page.keyboard.type('Iran');
// wait until the status line counts what the list shows (all results rendered)
await page.waitForFunction(
  () => {
    const panel = document.querySelector('[data-search-panel="page-search"]');
    const n = panel?.querySelectorAll('li.search-result').length ?? 0;
    return n > 0 && (panel?.textContent ?? '').includes(`${n} results for “Iran”`);
  },
  null,
  { timeout: 10_000 },
);
await page.waitForLoadState('networkidle');
delete used.other;
const total = Object.values(used).reduce((a, b) => a + b, 0);
console.log(
  `first search on /search/ ("Iran", every result rendered; the filter lists load only when a filter is used): ${kb(total)} of search code and index fetched`,
);
for (const [key, size] of Object.entries(used).sort((a, b) => b[1] - a[1]))
  console.log(`  ${key.padEnd(20)} ${kb(size)}`);
await page.close();
await browser.close();
await server.close();
