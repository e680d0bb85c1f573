/**
 * The site header and what every page does before the reader acts: the theme control (what it
 * says, what it does, the system theme with JavaScript off), a header of two rows on a phone,
 * no JavaScript file fetched until the first interaction, and nothing that moves once painted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { baseUrl, openPage } from './helpers.ts';
import { PAGE_TYPE_LIST, PAGE_TYPES } from './page-types.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_PAPER = 'rgb(251, 250, 247)';
const DARK_PAPER = 'rgb(20, 19, 17)';
/** The theme in force, as the reader sees it: the colour scheme the page's colours resolve to. */
const scheme = (page: Page) =>
  page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.color = 'light-dark(rgb(0, 0, 1), rgb(0, 0, 2))';
    const used = getComputedStyle(probe).color === 'rgb(0, 0, 2)' ? 'dark' : 'light';
    probe.remove();
    return used;
  });

describe('theme', () => {
  test('the control names the theme it switches to and the current one, switches, and remembers', async () => {
    const ctx = await browser.newContext({ colorScheme: 'light' });
    const { page, errors } = await openPage(ctx, PAGE_TYPES.article);
    expect(await scheme(page)).toBe('light');
    const toDark = page.getByRole('button', {
      name: 'Switch to Dark theme, current theme: light',
      exact: true,
    });
    expect(await toDark.isVisible()).toBe(true);
    await toDark.click(); // the page's first interaction: the script loads, then the click is answered
    const toLight = page.getByRole('button', {
      name: 'Switch to Light theme, current theme: dark',
      exact: true,
    });
    await toLight.waitFor();
    expect(await scheme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_PAPER);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Dark theme on');
    await page.reload();
    expect(await scheme(page)).toBe('dark');
    expect(await toLight.isVisible()).toBe(true);
    await toLight.click();
    await toDark.waitFor();
    expect(await scheme(page)).toBe('light');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('with nothing saved the system theme applies, with no class set', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const { page } = await openPage(ctx, PAGE_TYPES.front);
    expect(await scheme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_PAPER);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
    const toLight = page.getByRole('button', {
      name: 'Switch to Light theme, current theme: dark',
      exact: true,
    });
    expect(await toLight.isVisible()).toBe(true);
    await ctx.close();
  });

  test('with JavaScript off the system dark theme applies, and there is no dead theme button', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL(PAGE_TYPES.article, baseUrl()).toString());
    expect(await scheme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_PAPER);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await ctx.close();
  });

  test('every colour token is the same dark under the system theme as under a saved dark choice', async () => {
    // each token drawn as a background, so the browser resolves it (a custom property reads back unresolved)
    const tokens = async (saved: string | null, system: 'light' | 'dark') => {
      const ctx = await browser.newContext({ colorScheme: system });
      if (saved) await ctx.addInitScript((v) => localStorage.setItem('theme', v), saved);
      const { page } = await openPage(ctx, PAGE_TYPES.article);
      const out = await page.evaluate(() => {
        const root = getComputedStyle(document.documentElement);
        const names = [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .flatMap((rule) =>
            rule instanceof CSSStyleRule && rule.selectorText === ':root' ? [...rule.style] : [],
          )
          .filter((name) => name.startsWith('--') && root.getPropertyValue(name).includes('#'));
        const probe = document.body.appendChild(document.createElement('div'));
        return Object.fromEntries(
          names.map((name) => {
            probe.style.backgroundColor = `var(${name})`;
            return [name, getComputedStyle(probe).backgroundColor];
          }),
        );
      });
      await ctx.close();
      return out;
    };
    const systemDark = await tokens(null, 'dark');
    expect(Object.keys(systemDark)).toContain('--fragment');
    expect(systemDark).toEqual(await tokens('dark', 'light'));
    expect(systemDark['--paper']).toBe(DARK_PAPER);
    const light = await tokens(null, 'light');
    expect(light).toEqual(await tokens('light', 'dark'));
    expect(light['--paper']).toBe(LIGHT_PAPER);
  });

  test('a saved choice wins over the system theme', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    await ctx.addInitScript(() => localStorage.setItem('theme', 'light'));
    const { page } = await openPage(ctx, PAGE_TYPES.actors);
    expect(await scheme(page)).toBe('light');
    expect(await background(page)).toBe(LIGHT_PAPER);
    await ctx.close();
  });
});

describe('header', () => {
  test.each(PAGE_TYPE_LIST)(
    '%s: at most two rows at 360 px, title and controls on the first',
    async (_n, path) => {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const { page } = await openPage(ctx, path);
      const tops = await page.evaluate(() =>
        ['header a[href="/"]', 'header nav', 'header [data-search-open]', 'header [data-theme-toggle]'].map(
          (s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top),
        ),
      );
      const [title, nav, search, toggle] = tops as [number, number, number, number];
      // Rows: tops more than 12 px apart (items of one row differ by a pixel or two of alignment).
      const rows = [...tops].sort((a, b) => a - b).filter((t, i, all) => i === 0 || t - all[i - 1]! > 12);
      expect(rows.length, `row tops ${tops.join(', ')}`).toBeLessThanOrEqual(2);
      expect(Math.abs(search - title)).toBeLessThan(12);
      expect(Math.abs(toggle - title)).toBeLessThan(12);
      expect(nav - title).toBeGreaterThan(12);
      await ctx.close();
    },
  );
});

describe('before the reader acts', () => {
  test.each(PAGE_TYPE_LIST)(
    '%s: no JavaScript file is fetched until the first interaction',
    async (_n, path) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(new URL(path, baseUrl()).toString(), { waitUntil: 'networkidle' });
      expect(scripts).toEqual([]);
      await page.keyboard.press('Tab'); // focus moves to the skip link: an interaction
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => /\/scripts\/site\.js$/.test(e.name)),
      );
      expect(scripts).toContain('/scripts/site.js');
      await ctx.close();
    },
  );

  test('keys typed right after "/" on the search page, before the script is in, land in its box', async () => {
    const ctx = await browser.newContext();
    const { page, errors } = await openPage(ctx, PAGE_TYPES.search);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    await page.keyboard.type('Hamas'); // no wait: the site script is still loading
    await page.waitForFunction(
      () =>
        /for “Hamas”/.test(
          document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    );
    expect(await page.locator('#page-search-q').inputValue()).toBe('Hamas');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('a click on a plain link does not load the script only to leave the page', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(new URL(PAGE_TYPES.front, baseUrl()).toString(), { waitUntil: 'networkidle' });
    await page.locator(`main a[href="${PAGE_TYPES.article}"]`).first().click();
    await page.waitForURL(`**${PAGE_TYPES.article}`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await ctx.close();
  });

  test.each(PAGE_TYPE_LIST)(
    '%s: nothing moves once painted (no layout shift) on a phone',
    async (_n, path) => {
      const ctx = await browser.newContext({
        viewport: { width: 412, height: 823 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await ctx.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: number[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            w.__shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(new URL(path, baseUrl()).toString(), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      // Two frames after everything has loaded: any late shift has been reported by then.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
      await ctx.close();
    },
  );
});
