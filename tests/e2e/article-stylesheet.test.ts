/**
 * The article's own stylesheet (scripts/lib/article-stylesheet.ts) leaves out rules, never a look:
 * in each state a reader can put the page in, every element's computed style is the same with the
 * site's whole stylesheet in its place. The search dialog brings the whole stylesheet with it.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, openPage, useBrowser } from './helpers.ts';

const ARTICLE = '/articles/2023-12-15-russia-iran-gaza/';

let browser: Browser;
useBrowser((b) => {
  browser = b;
});

const PROPERTIES = [
  'display',
  'position',
  'visibility',
  'opacity',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-decoration-line',
  'text-transform',
  'letter-spacing',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-left-width',
  'border-top-color',
  'border-radius',
  'width',
  'height',
  'grid-template-columns',
  'gap',
  'outline-style',
  'box-shadow',
  'content',
  'list-style-type',
  'fill',
  'stroke',
  'mask-image',
  'inset-block-start',
];

/** Every element's computed style (and its ::before and ::after), one line per element, once no
 * transition is running (the switch's knob slides). */
async function computedStyles(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return page.evaluate((props) => {
    const line = (el: Element, pseudo: string | null) => {
      const style = getComputedStyle(el, pseudo);
      return props.map((p) => style.getPropertyValue(p)).join('|');
    };
    return [...document.querySelectorAll('body *')].map((el, i) => {
      const name = `${i} ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`;
      return `${name}: ${line(el, null)} / ${line(el, '::before')} / ${line(el, '::after')}`;
    });
  }, PROPERTIES);
}

/** Points the page's stylesheet link at `href` and waits for it to apply. */
async function swapStylesheet(page: Page, href: string): Promise<void> {
  await page.evaluate(
    (to) =>
      new Promise<void>((resolve, reject) => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => reject(new Error(`${to} did not load`)), { once: true });
        link.href = to;
      }),
    href,
  );
}

async function siteStylesheet(page: Page): Promise<string> {
  await page.goto(new URL('/', baseUrl()).toString());
  return page.locator('link[rel="stylesheet"]').getAttribute('href') as Promise<string>;
}

const STATES = [
  { name: 'as published, light, 360 px', width: 360, scheme: 'light', layer: false },
  { name: 'the analysis on, light, 360 px', width: 360, scheme: 'light', layer: true },
  { name: 'the analysis on, dark, 1280 px', width: 1280, scheme: 'dark', layer: true },
  { name: 'as published, dark, 1280 px, printed', width: 1280, scheme: 'dark', layer: false, print: true },
] as const;

describe("the article's own stylesheet", () => {
  test('articles link their own, smaller stylesheet; other pages the whole one', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, ARTICLE);
    const own = await page.locator('link[rel="stylesheet"]').getAttribute('href');
    const size = async (href: string) => (await page.request.get(new URL(href, baseUrl()).toString())).body();
    const site = await siteStylesheet(page);
    expect(own).toMatch(/^\/_astro\/article\.[\w-]+\.css$/);
    expect(site).not.toBe(own);
    expect((await size(own!)).length).toBeLessThan((await size(site)).length * 0.9);
    await context.close();
  });

  test.each(STATES)('every element looks the same with the whole stylesheet: $name', async (state) => {
    const context = await browser.newContext({
      viewport: { width: state.width, height: 900 },
      colorScheme: state.scheme,
    });
    const probe = await context.newPage();
    const site = await siteStylesheet(probe);
    const { page, errors } = await openPage(context, ARTICLE);
    if (state.layer) {
      await page.locator('label[for="show-analysis"]').click();
      await page.locator('#analysis [data-analysis-body] svg.bar').first().waitFor();
    }
    if ('print' in state) await page.emulateMedia({ media: 'print' });
    const own = await computedStyles(page);
    await swapStylesheet(page, site);
    const whole = await computedStyles(page);
    expect(own.length).toBeGreaterThan(300);
    expect(own.filter((line, i) => line !== whole[i])).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the search dialog brings the site's stylesheet: its form is laid out and styled", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const probe = await context.newPage();
    const site = new URL(await siteStylesheet(probe), baseUrl()).href;
    const { page, errors } = await openPage(context, ARTICLE);
    await page.locator('[data-search-open]').click();
    const dialog = page.locator('dialog#search-dialog');
    await dialog.waitFor();
    const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href));
    expect(sheets).toContain(site);
    // The submit button carries the accent colour, not the browser's grey: its rules arrived.
    const button = dialog.locator('button[type="submit"]');
    const [background, field] = await Promise.all([
      button.evaluate((b) => getComputedStyle(b).backgroundColor),
      dialog.locator('input[type="search"]').evaluate((i) => i.getBoundingClientRect().width),
    ]);
    expect(background).not.toMatch(/^rgba?\(0, 0, 0(, 0)?\)$|^rgb\(239, 239, 239\)$/);
    expect(field).toBeGreaterThan(400);
    expect(errors).toEqual([]);
    await context.close();
  });
});
