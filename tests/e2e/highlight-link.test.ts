/**
 * "Copy link to highlight": selecting words in the article offers a link (keyboard reachable,
 * announced), the link is `#<paragraph>:~:text=…`, and opening it lands on the passage, highlighted:
 * by Chromium's own text fragments, and by our fallback in a Chromium without them.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { baseUrl, CLIPBOARD_CONTEXT, openPage, useBrowser } from './helpers.ts';

const ARTICLE = '/articles/2023-12-15-russia-iran-gaza/';
const PARAGRAPH = 'but-with-the-gaza-war';
/** What the reader selects: from "with" to "felt", across a quote and its speaker chip. */
const PASSAGE = 'with the Gaza war “everything has changed” as both countries have felt';

let browser: Browser;
let context: BrowserContext;
useBrowser((b) => {
  browser = b;
});
beforeAll(async () => {
  context = await browser.newContext(CLIPBOARD_CONTEXT);
});

/** Selects the paragraph's words from the start of `from` to the end of `to`, as a mouse would. */
async function select(page: Page, paragraph: string, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([id, a, z]) => {
      const p = document.getElementById(id!)!;
      p.scrollIntoView({ block: 'center', behavior: 'instant' });
      const texts: Text[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      const start = texts.find((t) => t.nodeValue!.includes(a!))!;
      const end = texts.find((t) => t.nodeValue!.includes(z!))!;
      const range = document.createRange();
      range.setStart(start, start.nodeValue!.indexOf(a!));
      range.setEnd(end, end.nodeValue!.indexOf(z!) + z!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [paragraph, from, to],
  );
}

/** Selects and copies, returning the copied link. */
async function copyLink(page: Page): Promise<string> {
  await select(page, PARAGRAPH, 'with the', 'have felt');
  await page.locator('.highlight-link button').click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Link to highlight copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('copy link to highlight', () => {
  test('no highlight code loads before a selection; selecting words offers the button and says so', async () => {
    const { page, errors } = await openPage(context, ARTICLE);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)),
    ).not.toEqual(expect.arrayContaining([expect.stringContaining('highlight-link')]));
    expect(await page.locator('.highlight-link').count()).toBe(0);
    await select(page, PARAGRAPH, 'with the', 'have felt');
    await page.locator('.highlight-link button').waitFor();
    expect(loaded.some((u) => u.includes('highlight-link'))).toBe(true);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/Copy link to highlight/);
    // After the paragraph in the page's order, so Tab from the selection reaches it.
    expect(
      await page.evaluate((id) => document.getElementById(id)!.nextElementSibling?.className, PARAGRAPH),
    ).toBe('highlight-link');
    const results = await new AxeBuilder({ page }).include('.article-body').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Tab reaches it from where the selection was made, and Enter copies #paragraph:~:text=…', async () => {
    const { page } = await openPage(context, ARTICLE);
    // A real drag with the mouse: Tab then goes on from where the selection was made.
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'center', behavior: 'instant' }),
      PARAGRAPH,
    );
    const [from, to] = await page.evaluate((id) => {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      const at = (word: string, end: boolean) => {
        const node = texts.find((t) => t.nodeValue!.includes(word))!;
        const i = node.nodeValue!.indexOf(word) + (end ? word.length : 0);
        const r = document.createRange();
        r.setStart(node, end ? i - 1 : i);
        r.setEnd(node, end ? i : i + 1);
        const box = r.getBoundingClientRect();
        return { x: end ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
      };
      return [at('with the', false), at('have felt', true)];
    }, PARAGRAPH);
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    await page.mouse.move(to!.x, to!.y, { steps: 8 });
    await page.mouse.up();
    await page.locator('.highlight-link button').waitFor();
    let presses = 0;
    while (presses < 12) {
      await page.keyboard.press('Tab');
      presses++;
      if (await page.evaluate(() => document.activeElement?.closest('.highlight-link') !== null)) break;
    }
    expect(presses).toBeLessThan(12);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Link to highlight copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(
      `${baseUrl()}${ARTICLE}#${PARAGRAPH}:~:text=with%20the%20Gaza%20war,both%20countries%20have%20felt`,
    );
    await page.close();
  });

  test('Escape dismisses it; a selection outside the article offers nothing', async () => {
    const { page } = await openPage(context, ARTICLE);
    await select(page, PARAGRAPH, 'with the', 'have felt');
    await page.locator('.highlight-link button').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('.highlight-link').count()).toBe(0);
    await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const range = document.createRange();
      range.selectNodeContents(h1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.waitForTimeout(400);
    expect(await page.locator('.highlight-link').count()).toBe(0);
    await page.close();
  });

  test('the link opens on the passage, highlighted by Chromium’s text fragment', async () => {
    const { page: source } = await openPage(context, ARTICLE);
    const link = await copyLink(source);
    await source.close();
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(true);
    // The browser scrolls the passage into view and paints it with ::target-text (the site's
    // --fragment colour); on a busy machine that can take a moment after load.
    await expect
      .poll(
        async () => {
          const box = await passageBox(page);
          if (box.y < 0 || box.y + box.height > 900) return 0;
          return colourShare(page, box, [255, 216, 77]);
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0.2);
    await page.close();
  });
});

describe('in a browser without text fragments', () => {
  let plain: Browser;
  beforeAll(async () => {
    plain = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--disable-blink-features=TextFragmentIdentifiers'],
    });
  });
  afterAll(async () => {
    await plain?.close();
  });

  test('the link lands on the paragraph and our fallback marks the passage', async () => {
    const { page: source } = await openPage(context, ARTICLE);
    const link = await copyLink(source);
    await source.close();
    const ctx = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await openPage(ctx, link.slice(baseUrl().length));
    expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(false);
    await page.locator('mark.text-fragment').first().waitFor();
    const marked = await page.locator('mark.text-fragment').allTextContents();
    expect(marked.join('').replace(/\s+/g, ' ')).toBe(PASSAGE);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(PARAGRAPH);
    const box = await page.locator('mark.text-fragment').first().boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    expect(await colourShare(page, box!, [255, 216, 77])).toBeGreaterThan(0.2);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

/** The viewport box of the passage's first line. */
async function passageBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate((id) => {
    const p = document.getElementById(id)!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue!.indexOf('with the');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'with the'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    throw new Error('passage not found');
  }, PARAGRAPH);
}

/** Share of the pixels in a box that are (nearly) the given colour, read from a screenshot. */
async function colourShare(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  [r, g, b]: [number, number, number],
): Promise<number> {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ([data, rgb]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let hits = 0;
      for (let i = 0; i < px.length; i += 4)
        if (
          Math.abs(px[i]! - rgb[0]!) < 10 &&
          Math.abs(px[i + 1]! - rgb[1]!) < 10 &&
          Math.abs(px[i + 2]! - rgb[2]!) < 14
        )
          hits++;
      return hits / (px.length / 4);
    },
    [png.toString('base64'), [r, g, b]] as const,
  );
}
