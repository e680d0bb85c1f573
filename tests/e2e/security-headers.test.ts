/**
 * The site under its own security policy, sent as a real header (the test server sends what the
 * build wrote to dist/_headers): every page type loads and works (search included) with no CSP
 * violation and no console error; every built page has its CSP meta first in <head>, allowing
 * exactly its inline code; and no other site can frame a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashesOf } from '../../src/security/host-files.ts';
import { inlineHashes } from '../../src/security/inline-code.ts';
import { readCspMeta } from '../../src/security/meta.ts';
import { SECURITY_HEADERS } from '../../src/security/policy.ts';
import { launchBrowser } from './browser.ts';
import { baseUrl, openPage } from './helpers.ts';
import { PAGE_TYPE_LIST, PAGE_TYPES } from './page-types.ts';
import { serveStatic } from './static-server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Records the page's CSP violations (the browser's own event), from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('every page type under the policy, sent as a header', () => {
  test.each(PAGE_TYPE_LIST)('%s: the headers are sent, and it runs with no violation', async (name, url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !(name === 'notFound' && m.text().includes('404'))) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(new URL(url, baseUrl()).toString());
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const [header, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[header.toLowerCase()]).toBe(value);
    // Interact, so the site script and what it loads run under the policy too.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.endsWith('/scripts/site.js')),
    );
    await page.locator('[data-theme-toggle]').click();
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.endsWith('theme on'));
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('search works: the dialog (Pagefind and its WebAssembly core) and the search page', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context, PAGE_TYPES.article);
    const violations = await watchViolations(page);
    await page.reload();
    await page.keyboard.press('/');
    await page.keyboard.type('Kirby');
    await page.waitForSelector('#search-dialog li.search-result', { timeout: 10_000 });
    expect(await page.locator('#search-dialog [data-status]').innerText()).toMatch(
      /^\d+ results? for “Kirby”/,
    );
    await page.goto(new URL(`${PAGE_TYPES.search}?q=Iran`, baseUrl()).toString());
    await page.waitForSelector('[data-search-panel="page-search"] li.search-result', { timeout: 10_000 });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('every built page', () => {
  const dist = path.resolve('dist');
  const pages = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));
  const header = Object.fromEntries(
    readFileSync(path.join(dist, '_headers'), 'utf8')
      .split('\n')
      .filter((l) => /^\s+Content-Security-Policy:/.test(l))
      .map((l) => ['csp', l.replace(/^\s+Content-Security-Policy:\s*/, '')]),
  ).csp!;

  test('has its CSP meta as the first element of <head>, and its charset within the first 1024 bytes', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      expect(html, file).toMatch(
        /^<!DOCTYPE html><html[^>]*><head><meta http-equiv="content-security-policy" /i,
      );
      expect(html.indexOf('<meta charset="utf-8">'), file).toBeGreaterThan(0);
      expect(html.indexOf('<meta charset="utf-8">') + 22, file).toBeLessThan(1024);
    }
  });

  test('allows exactly the inline code it carries, and the header allows all of it', () => {
    const allowed = hashesOf(header);
    for (const file of pages) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      const meta = hashesOf(readCspMeta(html)!);
      const found = inlineHashes(html);
      expect(meta.scripts.sort(), file).toEqual([...new Set(found.scripts)].sort());
      expect(meta.styles.sort(), file).toEqual([...new Set(found.styles)].sort());
      for (const h of meta.scripts) expect(allowed.scripts, file).toContain(h);
      for (const h of meta.styles) expect(allowed.styles, file).toContain(h);
    }
  });
});

describe('framing', () => {
  /** A page on another origin that frames `target`. */
  async function framer(target: string): Promise<{ url: string; close: () => Promise<void> }> {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>framer</title><iframe src="${target}" width="800" height="600"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // localhost, not 127.0.0.1: another origin than the site's.
    return { url: `http://localhost:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
  }

  async function framedTitle(site: string): Promise<string> {
    const other = await framer(new URL(PAGE_TYPES.article, site).toString());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(other.url, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    const title = await frame.title().catch(() => '');
    await context.close();
    await other.close();
    return title;
  }

  test('another site cannot frame a page; without the header it could', async () => {
    // the article's title (cut to 70 characters, so without the site's name)
    const title = 'The Gaza war shows Russia and Iran have narrowed their differences';
    expect(await framedTitle(baseUrl())).not.toContain(title);
    const bare = await serveStatic('dist', { headers: false });
    try {
      expect(await framedTitle(bare.url)).toContain(title);
    } finally {
      await bare.close();
    }
  });
});
