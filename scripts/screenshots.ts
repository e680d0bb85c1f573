/**
 * Screenshots of built pages for a human look: light and dark, narrow and wide.
 * Usage: node scripts/screenshots.ts [outDir] [/path/ …]   (after npm run build)
 * A path ending in " +analysis" is taken with the article's analysis layer switched on.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { parseCli } from './cli.ts';

const { positionals } = parseCli({
  usage:
    'node scripts/screenshots.ts [outDir] [/path/ …]   (after npm run build)\n' +
    'Screenshots of built pages, light and dark, 360 and 1280 px wide. DIST=<dir> serves another build.',
  positionals:
    'the folder for the PNGs (default test-results/screenshots), then site paths (default: one page of each type)',
  options: {},
});
const [outDir = 'test-results/screenshots', ...paths] = positionals;
const pages = paths.length
  ? paths
  : [
      '/',
      '/articles/2023-12-15-russia-iran-gaza/',
      '/articles/2023-12-15-russia-iran-gaza/ +analysis',
      '/actors/',
      '/actors/john-kirby/',
      '/conflicts/',
      '/conflicts/gaza-war/',
      '/quotes/',
      '/quotes/2023-12-15-russia-iran-gaza/q-everything-has-changed/',
      '/search/?q=Kirby',
      '/search/?q=Russia&speaker=John+Kirby',
      '/404/',
    ];
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(process.env.DIST ?? 'dist');
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const entry of pages) {
      const [p = '/', layer] = entry.split(' +');
      const page = await context.newPage();
      await page.addInitScript((on) => localStorage.setItem('analysis-layer', on ? 'on' : 'off'), !!layer);
      await page.goto(new URL(p, server.url).toString());
      await page.waitForTimeout(p.startsWith('/search/') ? 800 : 150);
      const slug = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}${layer ? `-${layer}` : ''}`;
      const name = `${slug}-${scheme}-${width}.png`;
      // Wide: the whole page. Narrow: the first two screens (a full 360 px page is too tall to read as one image).
      if (width >= 1000) await page.screenshot({ path: path.join(outDir, name), fullPage: true });
      else {
        await page.screenshot({
          path: path.join(outDir, name),
          clip: { x: 0, y: 0, width, height: 1600 },
          fullPage: true,
        });
      }
      await page.close();
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${outDir}`);
