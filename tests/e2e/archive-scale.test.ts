/**
 * An archive of many articles: an actor's or a conflict's page lists quotes and mentions from the
 * newest ten articles it appears in, the front page the newest twenty articles, and older ones continue
 * on numbered pages, linked both ways. Builds the site with 21 extra articles (plus the seed: 22 name
 * Russia and the Gaza war).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

let out = '';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'archive-articles-'));
  out = mkdtempSync(path.join(os.tmpdir(), 'archive-dist-'));
  for (let i = 1; i <= 21; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(
      path.join(dir, `2024-03-${day}-briefing-${day}.md`),
      `---\ntitle: "Briefing number ${i} on Russia and the Gaza war"\ndescription: "A short briefing used to test archive pages."\npublished: 2024-03-${day}\nsource: Test\n---\n\nRussia said on day ${i} that talks on the Gaza war would resume.\n\n“Briefing ${i} changes little,” Kamran Gasanov said.\n`,
    );
  }
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, EXTRA_ARTICLE_DIRS: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`archive build failed:\n${result.stdout}\n${result.stderr}`);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
/** Titles of the article blocks in the mentions section, in order. */
const articleTitles = (html: string) =>
  [...html.matchAll(/<article[^>]*>\s*<h3[^>]*>\s*<a href="\/articles\/[^"]+\/">([^<]+)<\/a>/g)].map(
    (m) => m[1]!,
  );

describe('mentions at archive scale', () => {
  test('an actor page shows the newest ten articles, then links to the older ones', () => {
    const html = page('actors/russia');
    const titles = articleTitles(html);
    expect(titles).toHaveLength(10);
    expect(titles[0]).toBe('Briefing number 21 on Russia and the Gaza war');
    expect(titles[9]).toBe('Briefing number 12 on Russia and the Gaza war');
    expect(html).toMatch(/Page 1 of 3 \(22 articles\)/);
    expect(html).toMatch(/<a href="\/actors\/russia\/mentions\/2\/" rel="next">/);
    expect(html).not.toMatch(/rel="prev"/);
  });

  test('the last page holds the rest, oldest last, and links back; there is no page after it', () => {
    expect(articleTitles(page('actors/russia/mentions/2'))).toHaveLength(10);
    const html = page('actors/russia/mentions/3');
    expect(articleTitles(html)).toEqual([
      'Briefing number 1 on Russia and the Gaza war',
      'The Gaza war shows Russia and Iran have narrowed their differences',
    ]);
    expect(html).toMatch(/<a href="\/actors\/russia\/mentions\/2\/" rel="prev">/);
    expect(page('actors/russia/mentions/2')).toMatch(/<a href="\/actors\/russia\/#mentions" rel="prev">/);
    expect(html).toMatch(/aria-current="page"[^>]*>3</);
    expect(html).not.toMatch(/rel="next"/);
    expect(html).not.toMatch(/data-pagefind-body/); // the actor's own page is the one indexed
    expect(existsSync(path.join(out, 'actors/russia/mentions/4'))).toBe(false);
  });

  test('the front page lists the newest twenty articles; the rest are on /page/2/', () => {
    const front = [...page('').matchAll(/<h3[^>]*>\s*<a href="\/articles\/[^"]+\/"[^>]*>([^<]+)<\/a>/g)].map(
      (m) => m[1]!,
    );
    expect(front).toHaveLength(20);
    expect(front[0]).toBe('Briefing number 21 on Russia and the Gaza war');
    expect(page('')).toMatch(/<a href="\/page\/2\/" rel="next">/);
    const second = [
      ...page('page/2').matchAll(/<h2[^>]*>\s*<a href="\/articles\/[^"]+\/"[^>]*>([^<]+)<\/a>/g),
    ].map((m) => m[1]!);
    expect(second).toEqual([
      'Briefing number 1 on Russia and the Gaza war',
      'The Gaza war shows Russia and Iran have narrowed their differences',
    ]);
    expect(page('page/2')).toMatch(/<a href="\/" rel="prev">/);
    expect(existsSync(path.join(out, 'page/3'))).toBe(false);
  });

  test('quotes are paged with their articles: the newest ten briefings on the page, the rest with theirs', () => {
    const cards = (html: string) => [...html.matchAll(/data-quote-card="([^"]+)"/g)].map((m) => m[1]!);
    const analysis = JSON.parse(readFileSync(path.join(out, 'data/analysis.json'), 'utf8')) as {
      articles: { slug: string; quotes: { kind: string; speaker: { id: string | null } }[] }[];
    };
    const byGasanov = (slug: string) =>
      analysis.articles
        .find((a) => a.slug === slug)!
        .quotes.filter((q) => q.kind === 'direct' && q.speaker.id === 'kamran-gasanov').length;
    const seedQuotes = byGasanov('2023-12-15-russia-iran-gaza');
    expect(seedQuotes).toBeGreaterThan(0);
    const first = page('actors/kamran-gasanov');
    expect(first).toMatch(new RegExp(`Quoted \\(${21 + seedQuotes}\\)`));
    expect(cards(first)).toHaveLength(10);
    expect(first).toMatch(/the others are with their articles on the other pages/);
    const second = cards(page('actors/kamran-gasanov/mentions/2'));
    expect(second).toHaveLength(10);
    expect(cards(page('actors/kamran-gasanov/mentions/3')).length).toBeGreaterThanOrEqual(1 + seedQuotes);
    expect(second.filter((id) => cards(first).includes(id))).toEqual([]);
  });

  test('conflicts page the same way; an actor named in one article gets no extra pages', () => {
    expect(articleTitles(page('conflicts/gaza-war'))).toHaveLength(10);
    expect(articleTitles(page('conflicts/gaza-war/mentions/3'))).toHaveLength(2);
    expect(existsSync(path.join(out, 'actors/john-kirby/mentions'))).toBe(false);
    expect(page('actors/john-kirby')).not.toMatch(/Page 1 of/);
  });
});

test('archive pages and the paged front page have no axe violations, light and dark', async () => {
  const server = await serveStatic(out);
  const browser = await launchBrowser();
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      for (const url of ['/actors/russia/mentions/2/', '/page/2/', '/']) {
        const p = await context.newPage();
        await p.goto(`${server.url}${url}`);
        const result = await new AxeBuilder({ page: p })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        expect(
          result.violations.map((v) => v.id),
          `${url} ${colorScheme}`,
        ).toEqual([]);
        await p.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // six axe runs on archive-sized pages: about 40 s on a quiet machine, over a minute on a busy one
}, 180_000);
