/**
 * The review desk outside the dev server: `npm run review` writes a standalone page (every quote,
 * least certain first, with working links and copy buttons, accessible in light and dark), and the
 * published site never carries it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Quote } from '../../src/analysis/types.ts';
import { reviewStatus } from '../../src/lib/review.ts';
import { launchBrowser } from './browser.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'review-page-'));
const page = path.join(out, 'review.html');
// the browser tests: the seed and an article with unregistered speakers and scare quotes
const both = path.join(out, 'both.html');
const NILE = 'tests/fixtures/articles/2024-05-14-nile-dam-talks-stall.md';

function review(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/review.ts', ...args], { encoding: 'utf8' });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  expect(review('--out', both, 'content/articles/2023-12-15-russia-iran-gaza.md', NILE).status).toBe(0);
});
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('npm run review', () => {
  test('writes the page and says where, with counts', () => {
    const run = review('--out', page, '--base', 'https://example.org/');
    expect(run.status).toBe(0);
    const analysis = JSON.parse(
      spawnSync(process.execPath, ['scripts/analyze.ts', 'content/articles/2023-12-15-russia-iran-gaza.md'], {
        encoding: 'utf8',
      }).stdout,
    ) as { articles: { quotes: Quote[] }[] };
    // the count the desk prints is the engine's own: unattributed or low-confidence items
    const quotes = analysis.articles[0]!.quotes;
    const attention = quotes.filter((q) => ['unattributed', 'low'].includes(reviewStatus(q))).length;
    expect(attention).toBeGreaterThan(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^review: 1 article\\(s\\), ${quotes.length} quotes and statements \\(${attention} without a speaker`,
      ),
    );
    expect(run.stdout).toContain(`open ${pathToFileURL(page)}`);
    const html = readFileSync(page, 'utf8');
    for (const { id } of analysis.articles[0]!.quotes) {
      expect(html).toContain(`href="https://example.org/articles/2023-12-15-russia-iran-gaza/#${id}"`);
    }
    expect(html).not.toMatch(/<(link|img)\b[^>]*(href|src)="(?!https:\/\/example\.org)/);
  });

  test('--help explains it; an unknown option fails with the help', () => {
    const help = review('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run review -- \[options\] \[article\.md \.\.\.\]/);
    expect(help.stdout).toContain('--out <value>');
    const bad = review('--outfile', 'x.html');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--outfile'[^]*Usage:/);
  });

  test('a bad article fails with its file and the fix', () => {
    const run = review('tests/fixtures/no-such-article.md');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/tests\/fixtures\/no-such-article\.md: cannot read the file .*check the path/);
  });

  test('an article with unregistered speakers gets their registry files', () => {
    const run = review('--json', NILE);
    const { articles } = JSON.parse(run.stdout) as { articles: { unregistered: { file: string }[] }[] };
    expect(articles[0]!.unregistered.map((u) => u.file)).toContain('content/actors/samira-haddad.yaml');
  });
});

describe('the review page in a browser', () => {
  test.each([
    ['light', 1280],
    ['dark', 360],
  ] as const)(
    'has no axe violations (%s, %i px)',
    async (scheme, width) => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(both).toString());
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const result = await new AxeBuilder({ page: tab })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    },
    120_000,
  );

  test('least certain first, filters by confidence, and a copy button copies the YAML', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(both).toString());
    const order = ['unattributed', 'low', 'medium', 'high', 'scare'];
    const perArticle = await tab
      .locator('section.article ol.items')
      .evaluateAll((lists) =>
        lists.map((list) => [...list.children].map((item) => item.getAttribute('data-status'))),
      );
    expect(perArticle).toHaveLength(2);
    for (const statuses of perArticle) {
      const ranks = statuses.map((s) => order.indexOf(s!));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(perArticle[0]![0]).toBe('low');
    expect(perArticle[1]).toContain('scare');
    await tab.getByRole('checkbox', { name: /^High confidence/ }).uncheck();
    expect(await tab.locator('li.item[data-status="high"]').first().isVisible()).toBe(false);
    expect(await tab.locator('li.item[data-status="low"]').first().isVisible()).toBe(true);
    const first = tab.locator('li.item').first();
    // a low-confidence item opens its corrections by itself
    await first.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await first.getByRole('button', { name: /Copy/ }).first().click();
    await expect.poll(() => tab.locator('#copy-status').textContent()).toMatch(/Copied|Selected/);
    const copied = await tab.evaluate(() =>
      navigator.clipboard.readText().catch(() => getSelection()!.toString()),
    );
    // the first, least certain item: the ministry's quote, low confidence; its YAML confirms it
    expect(copied).toMatch(
      /^quotes:\n {2}- quote: q-major-new-interstate-agreement\n {4}speaker: russian-foreign-ministry\n$/,
    );
    await context.close();
  });
});

describe('the published site', () => {
  test('has no review page: /review/ is a dev-server page only', () => {
    expect(existsSync('dist/review')).toBe(false);
    const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages)
      expect(readFileSync(path.join('dist', file), 'utf8')).not.toContain('Attribution review');
  });
});
