import { chromium } from 'playwright-core';
import { serveStatic } from './tests/e2e/static-server.ts';
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const [path, name, toggle] = process.argv.slice(2);
for (const [w, scheme] of [[1280, 'light'], [390, 'dark']] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(new URL(path!, server.url).toString());
  if (toggle) { await page.locator('label[for="show-analysis"], #show-analysis').first().click(); await page.waitForTimeout(800); }
  await page.screenshot({ path: `/tmp/${name}-${w}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
await server.close();
