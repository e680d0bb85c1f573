/**
 * Page weight: bytes a reader downloads on page load (HTML, CSS, JS, images), per
 * page type, and the bytes of search code fetched before anyone searches (should be 0).
 *   node bench/page-weight.ts   (after npm run build)
 */
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';

const pages = ['/', '/articles/2023-12-15-russia-iran-gaza/', '/actors/', '/actors/russia/', '/conflicts/gaza-war/', '/quotes/', '/search/'];
const server = await serveStatic('dist');
const browser = await launchBrowser();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('page weight on load (uncompressed bytes):');
for (const p of pages) {
  const page = await browser.newPage();
  const sizes: Record<string, number> = { html: 0, css: 0, js: 0, other: 0, pagefind: 0 };
  page.on('requestfinished', async (req) => {
    const size = (await req.sizes()).responseBodySize;
    const url = new URL(req.url());
    const kind = url.pathname.startsWith('/pagefind/') ? 'pagefind' : req.resourceType() === 'document' ? 'html' : req.resourceType() === 'stylesheet' ? 'css' : req.resourceType() === 'script' ? 'js' : 'other';
    sizes[kind] = (sizes[kind] ?? 0) + size;
  });
  await page.goto(server.url + p, { waitUntil: 'networkidle' });
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`  ${p.padEnd(42)} total ${kb(total).padStart(9)}  html ${kb(sizes.html!)}  css ${kb(sizes.css!)}  js ${kb(sizes.js!)}  search code before searching ${kb(sizes.pagefind!)}`);
  await page.close();
}
await browser.close();
await server.close();
