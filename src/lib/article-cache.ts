/**
 * The bulky parts of an analysed article, kept on disk beside the content store instead of in it:
 * its analysis and its rendered HTML (with the headings). Astro bundles the whole store into the
 * build's server code and parses it again for the render, so every byte in it is held several times
 * (at 5,000 articles the store was 164 MB, 28 KB an article of HTML and analysis). The loader writes
 * one pair of files per article, named by the entry's digest (so a file never changes once written),
 * and keeps only the path in the entry; pages read the files as they render.
 *
 * Files: `<Astro's cacheDir>/articles/<digest>.json` (analysis and headings) and `<digest>.html`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../analysis/types.ts';

/** A heading of the rendered article, for its table of contents. */
export interface ArticleHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What the cache holds for one article. */
export interface CachedArticle {
  analysis: Analysis;
  html: string;
  headings: ArticleHeading[];
}

/** Files unreferenced for this long are pruned; younger ones may belong to a build still running. */
const PRUNE_AFTER_MS = 10 * 60 * 1000;

/** The cache folder inside Astro's cache folder (`cacheDir`, node_modules/.astro by default). */
export function articleCacheDir(cacheDir: string): string {
  return path.join(cacheDir, 'articles');
}

/** Where an article with this digest is cached: the path the store keeps (without an extension). */
export function articleCachePath(dir: string, digest: string): string {
  return path.join(dir, digest);
}

/** Whether both files of a cached article are there. */
export function isCached(cachePath: string): boolean {
  return existsSync(`${cachePath}.json`) && existsSync(`${cachePath}.html`);
}

/** Writes an article's analysis, headings and HTML to its cache files. */
export function writeCachedArticle(cachePath: string, article: CachedArticle): void {
  mkdirSync(path.dirname(cachePath), { recursive: true });
  writeFileSync(`${cachePath}.html`, article.html);
  writeFileSync(
    `${cachePath}.json`,
    JSON.stringify({ analysis: article.analysis, headings: article.headings }),
  );
}

/** Reads a cache file, or says which article's file is missing and how to get it back. */
function readCacheFile(cachePath: string, ext: 'json' | 'html', article: string): string {
  try {
    return readFileSync(`${cachePath}.${ext}`, 'utf8');
  } catch (error) {
    throw new Error(
      `The analysed article "${article}" is missing from the article cache (${cachePath}.${ext}): ` +
        'another build or dev server sharing the cache folder may have pruned it. Build again.',
      { cause: error },
    );
  }
}

/** The cache's JSON file: the analysis and the headings. */
type CachedMeta = Pick<CachedArticle, 'analysis' | 'headings'>;

/** Analyses already read, by cache path (the same object for every page of a build). */
const analyses = new Map<string, CachedMeta>();

/** The analysis and headings of an article, read once per process (a path's content never changes). */
function readMeta(cachePath: string, article: string): CachedMeta {
  let meta = analyses.get(cachePath);
  if (!meta) {
    meta = JSON.parse(readCacheFile(cachePath, 'json', article)) as CachedMeta;
    analyses.set(cachePath, meta);
  }
  return meta;
}

/** An article's analysis from its cache files, kept for the process's later pages. */
export function cachedAnalysis(cachePath: string, article: string): Analysis {
  return readMeta(cachePath, article).analysis;
}

/** An article's analysis read afresh and not kept (the loader's checks: the pages hold their own). */
export function readCachedAnalysis(cachePath: string, article: string): Analysis {
  return (JSON.parse(readCacheFile(cachePath, 'json', article)) as CachedMeta).analysis;
}

/** An article's rendered HTML and its headings, read from disk on every call (not kept in memory). */
export function cachedHtml(cachePath: string, article: string): { html: string; headings: ArticleHeading[] } {
  return { html: readCacheFile(cachePath, 'html', article), headings: readMeta(cachePath, article).headings };
}

/**
 * Deletes the cache files no stored article refers to any more (an edited or deleted article's
 * old files), once they are old enough not to belong to another build running now.
 */
export function pruneArticleCache(dir: string, keep: Set<string>, now = Date.now()): number {
  let pruned = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    if (keep.has(full.replace(/\.(json|html)$/, ''))) continue;
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat || now - stat.mtimeMs < PRUNE_AFTER_MS) continue;
    rmSync(full, { force: true });
    pruned++;
  }
  return pruned;
}
