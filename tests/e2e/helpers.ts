/** Shared pieces of the browser tests: one browser per test file, pages that record console errors. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';

export const baseUrl = (): string => inject('baseUrl');

export interface TrackedPage {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  errors: string[];
}

/** Opens a page that records every console error, uncaught exception and CSP violation. */
export async function openPage(context: BrowserContext, path: string): Promise<TrackedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) =>
    errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`),
  );
  await page.goto(new URL(path, baseUrl()).toString());
  return { page, errors };
}

/** One browser and a desktop-sized context for a test file, closed after it. */
export function useBrowser(ready: (browser: Browser, context: BrowserContext) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    ready(browser, await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/** A wide page whose clipboard the tests may read and write (copy buttons, links to highlights). */
export const CLIPBOARD_CONTEXT = {
  viewport: { width: 1280, height: 900 },
  permissions: ['clipboard-read', 'clipboard-write'],
};

/** Resolves once the page has stopped scrolling (smooth scrolling included): five frames at one position. */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __lastY?: number; __still?: number };
      w.__still = w.__lastY === window.scrollY ? (w.__still ?? 0) + 1 : 0;
      w.__lastY = window.scrollY;
      return w.__still >= 5;
    },
    null,
    { polling: 'raf' },
  );
}

/** axe with every WCAG 2.2 A/AA rule and best practices, and the experimental name/label rule. */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { 'label-content-name-mismatch': { enabled: true } },
  });
}

/** axe's violations, one line each, with their first few nodes. */
export function axeSummary(result: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}
