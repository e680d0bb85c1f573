/**
 * Live editing: `npm run dev` on a copy of the content (two articles), driven as an editor would:
 * save an article, an actor, a conflict, a broken file and its fix, an override from /review/,
 * and watch the open page in Chromium change by itself.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { poll, startDevServer, type DevServer } from './dev-server.ts';

const SEED = '2023-12-15-russia-iran-gaza';
const COPY = '2023-11-02-copy-of-the-seed';

let server: DevServer;
let browser: Browser;
let page: Page;

const file = (rel: string) => path.join(server.content, rel);
const edit = (rel: string, change: (text: string) => string) => {
  const before = readFileSync(file(rel), 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file(rel), after);
  return () => writeFileSync(file(rel), before);
};

/** The error overlay's text, or '' when the page shows none. */
const overlayText = () =>
  page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');

const copy = path.resolve('tmp', `${COPY}.md`);

beforeAll(async () => {
  mkdirSync('tmp', { recursive: true }); // git-ignored: absent from a fresh clone
  writeFileSync(
    copy,
    readFileSync(`content/articles/${SEED}.md`, 'utf8').replace(
      'published: 2023-12-15',
      'published: 2023-11-02',
    ),
  );
  server = await startDevServer({ [`${COPY}.md`]: copy });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(copy, { force: true });
});

describe('npm run dev', () => {
  test('saving an article updates the open page, and only that article is analysed again', async () => {
    await page.goto(`${server.url}/articles/${SEED}/`);
    // (words outside any mention: the analysis layer keeps a hidden copy of a mention's words)
    await page.getByText('have been outliers in the').first().waitFor();
    const since = server.output().length;
    edit(`articles/${SEED}.md`, (t) => t.replace('have been outliers', 'have been exceptions'));
    // no reload by the test: the dev server reloads the open page
    await page.getByText('have been exceptions in the').first().waitFor({ timeout: 30_000 });
    await server.waitForOutput(/analysed 1 of 2 article\(s\); 1 unchanged/, since);
    const other = await (await fetch(`${server.url}/articles/${COPY}/`)).text();
    expect(other).toMatch(/have been outliers/);
    expect(other).not.toMatch(/have been exceptions/);
  });

  test('saving an actor updates its page and analyses every article again (each depends on the registry)', async () => {
    await page.goto(`${server.url}/actors/john-kirby/`);
    const since = server.output().length;
    edit('actors/john-kirby.yaml', (t) => t.replace('name: "John Kirby"', 'name: "John F. Kirby"'));
    await page.getByRole('heading', { level: 1, name: 'John F. Kirby' }).waitFor({ timeout: 30_000 });
    await server.waitForOutput(/analysed 2 of 2 article\(s\); 0 unchanged/, since);
    // the quote's speaker, in both articles, is the registry's name
    for (const slug of [SEED, COPY])
      expect(await (await fetch(`${server.url}/articles/${slug}/`)).text()).toContain('John F. Kirby');
  });

  test('saving a conflict updates its page', async () => {
    await page.goto(`${server.url}/conflicts/gaza-war/`);
    edit('conflicts/gaza-war.yaml', (t) => t.replace('name: "Gaza war"', 'name: "War in Gaza"'));
    await page.getByRole('heading', { level: 1, name: 'War in Gaza' }).waitFor({ timeout: 30_000 });
  });

  test('a broken article shows in the overlay and the terminal with the file, line and fix; fixing it recovers', async () => {
    await page.goto(`${server.url}/articles/${SEED}/`);
    const since = server.output().length;
    const restore = edit(`articles/${SEED}.md`, (t) =>
      t.replace(/^title: .*$/m, 'title: "An unclosed title'),
    );
    const shown = await poll('the error overlay', async () => {
      const text = await overlayText();
      return text.includes('not valid YAML') ? text : undefined;
    });
    expect(shown).toMatch(
      new RegExp(`articles/${SEED}\\.md:\\d+: the frontmatter is not valid YAML \\(column \\d+\\)`),
    );
    expect(shown).toContain('Fix: close the quote');
    expect(shown).toContain('the page reloads by itself');
    const logged = await server.waitForOutput(/\[ERROR\][^\n]*not valid YAML[^\n]*/, since);
    expect(logged).toContain(`articles/${SEED}.md`);
    // the server keeps running and answers every page with the error until the file is fixed
    expect((await fetch(`${server.url}/actors/`)).status).toBe(500);
    restore();
    await poll('the overlay to go', async () => ((await overlayText()) === '' ? true : undefined));
    await page.getByText('have been exceptions in the').first().waitFor({ timeout: 30_000 });
    expect((await fetch(`${server.url}/actors/`)).status).toBe(200);
  });

  test('a broken registry file shows in the overlay with its line; fixing it recovers', async () => {
    await page.goto(`${server.url}/actors/iran/`);
    const restore = edit('actors/iran.yaml', (t) => `${t}\naliases: [Tehran\n`);
    const shown = await poll('the error overlay', async () => {
      const text = await overlayText();
      return text.includes('iran.yaml') ? text : undefined;
    });
    expect(shown).toMatch(/actors\/iran\.yaml:\d+: the file is not valid YAML \(column \d+\)[^]*Fix: /);
    restore();
    await poll('the overlay to go', async () => ((await overlayText()) === '' ? true : undefined));
    await page.getByRole('heading', { level: 1, name: 'Iran' }).waitFor({ timeout: 30_000 });
  });

  test('/review/ shows the live analysis: an override pasted from it decides the quote', async () => {
    await page.goto(`${server.url}/review/`);
    const card = page.locator(`li[id="${SEED}--q-puts-pressure-on-nato"]`);
    // open its corrections (only a low-confidence item opens them by itself)
    await card.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const fix = card.locator('.fix', { hasText: 'Give it to Khaled Meshaal instead' });
    const yaml = await fix.locator('code').textContent();
    expect(await fix.textContent()).toContain('paste into the frontmatter');
    edit(`articles/${SEED}.md`, (t) => t.replace('\n---\n', `\n${yaml!.trimEnd()}\n---\n`));
    await poll('the override to show on /review/', async () => {
      const html = await (await fetch(`${server.url}/review/`)).text();
      return html.includes('decided by a frontmatter override') ? html : undefined;
    });
    await page.reload();
    await expect(card.locator('dd').nth(1).textContent()).resolves.toContain('Khaled Meshaal');
    await expect(card.textContent()).resolves.toContain('set in the frontmatter');
  });
});
