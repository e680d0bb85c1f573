/**
 * The article cache: an analysed article's analysis and HTML on disk, named by its digest, out of the
 * content store Astro bundles (src/lib/article-cache.ts).
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Analysis } from '../../src/analysis/types.ts';
import {
  articleCacheDir,
  articleCachePath,
  cachedAnalysis,
  cachedHtml,
  isCached,
  pruneArticleCache,
  readCachedAnalysis,
  writeCachedArticle,
} from '../../src/lib/article-cache.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'article-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = articleCacheDir(root);
const analysis = { paragraphs: [{ index: 1, text: 'Iran said so.' }], quotes: [] } as unknown as Analysis;

describe('the article cache', () => {
  test('writes an article under its digest and reads its analysis, HTML and headings back', () => {
    const file = articleCachePath(dir, 'abc123');
    expect(isCached(file)).toBe(false);
    writeCachedArticle(file, { analysis, html: '<p>Iran said so.</p>', headings: [] });
    expect(isCached(file)).toBe(true);
    expect(readCachedAnalysis(file, 'a')).toEqual(analysis);
    expect(cachedHtml(file, 'a')).toEqual({ html: '<p>Iran said so.</p>', headings: [] });
    // pages of one build share one parsed analysis
    expect(cachedAnalysis(file, 'a')).toBe(cachedAnalysis(file, 'a'));
  });

  test('a missing file names the article and says what to do', () => {
    expect(() => cachedHtml(articleCachePath(dir, 'gone'), '2024-01-01-gone')).toThrow(
      /"2024-01-01-gone" is missing from the article cache .*gone\.html.*Build again/,
    );
  });

  test('prunes the files no entry refers to, once old enough; keeps the referenced and the new', () => {
    const kept = articleCachePath(dir, 'kept');
    const stale = articleCachePath(dir, 'stale');
    const fresh = articleCachePath(dir, 'fresh');
    for (const file of [kept, stale, fresh]) writeCachedArticle(file, { analysis, html: '', headings: [] });
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const file of [kept, stale])
      for (const ext of ['json', 'html']) utimesSync(`${file}.${ext}`, hourAgo, hourAgo);
    expect(pruneArticleCache(dir, new Set([kept]))).toBe(2);
    // the stale article's two files went; the referenced one and those written minutes ago stay
    expect(readdirSync(dir).sort()).toEqual(
      ['abc123', 'fresh', 'kept'].flatMap((name) => [`${name}.html`, `${name}.json`]),
    );
  });
});
