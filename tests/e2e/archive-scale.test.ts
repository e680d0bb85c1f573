/**
 * An archive of many articles: an actor's or a conflict's page shows the newest ten articles that
 * name it, and older ones continue on numbered pages, linked both ways. Builds the site with twelve
 * extra articles (plus the seed: thirteen name Russia and the Gaza war).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

let out = '';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'archive-articles-'));
  out = mkdtempSync(path.join(os.tmpdir(), 'archive-dist-'));
  for (let i = 1; i <= 12; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(
      path.join(dir, `2024-03-${day}-briefing-${day}.md`),
      `---\ntitle: "Briefing number ${i} on Russia and the Gaza war"\ndescription: "A short briefing used to test archive pages."\npublished: 2024-03-${day}\nsource: Test\n---\n\nRussia said on day ${i} that talks on the Gaza war would resume.\n\nNo date was set for briefing ${i}.\n`,
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
const articleTitles = (html: string) => [...html.matchAll(/<article[^>]*>\s*<h3[^>]*>\s*<a href="\/articles\/[^"]+\/">([^<]+)<\/a>/g)].map((m) => m[1]!);

describe('mentions at archive scale', () => {
  test('an actor page shows the newest ten articles, then links to the older ones', () => {
    const html = page('actors/russia');
    const titles = articleTitles(html);
    expect(titles).toHaveLength(10);
    expect(titles[0]).toBe('Briefing number 12 on Russia and the Gaza war');
    expect(titles[9]).toBe('Briefing number 3 on Russia and the Gaza war');
    expect(html).toMatch(/Page 1 of 2 \(13 articles\)/);
    expect(html).toMatch(/<a href="\/actors\/russia\/mentions\/2\/" rel="next">/);
    expect(html).not.toMatch(/rel="prev"/);
  });

  test('page 2 holds the rest, oldest last, and links back; there is no page 3', () => {
    const html = page('actors/russia/mentions/2');
    expect(articleTitles(html)).toEqual([
      'Briefing number 2 on Russia and the Gaza war',
      'Briefing number 1 on Russia and the Gaza war',
      'The Gaza war shows Russia and Iran have narrowed their differences',
    ]);
    expect(html).toMatch(/<a href="\/actors\/russia\/#mentions" rel="prev">/);
    expect(html).toMatch(/aria-current="page"[^>]*>2</);
    expect(html).not.toMatch(/rel="next"/);
    expect(html).not.toMatch(/data-pagefind-body/); // the actor's own page is the one indexed
    expect(existsSync(path.join(out, 'actors/russia/mentions/3'))).toBe(false);
  });

  test('conflicts page the same way; an actor named in one article gets no extra pages', () => {
    expect(articleTitles(page('conflicts/gaza-war'))).toHaveLength(10);
    expect(articleTitles(page('conflicts/gaza-war/mentions/2'))).toHaveLength(3);
    expect(existsSync(path.join(out, 'actors/john-kirby/mentions'))).toBe(false);
    expect(page('actors/john-kirby')).not.toMatch(/Page 1 of/);
  });
});
