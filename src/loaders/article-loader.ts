/**
 * The articles' loader: keeps the collection in step with the Markdown files, analysing only what
 * changed, and fails with every problem of every file at once, each with its file and line.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Analysis } from '../analysis/types.ts';
import { ARTICLE_PAGE_IDS } from '../markdown/page-ids.ts';
import {
  articleDirs,
  checkSlugs,
  listArticleFiles,
  type DeclaredRedirect,
} from '../registry/article-files.ts';
import { articleAnchors, checkAnchors } from '../lib/anchors.ts';
import { checkPublishedUrls, type PublishedArticle } from '../lib/published-urls.ts';
import { analysisReport } from '../lib/report.ts';
import {
  articleCacheDir,
  articleCachePath,
  isCached,
  pruneArticleCache,
  readCachedAnalysis,
} from '../lib/article-cache.ts';
import { readLock } from './anchor-lock.ts';
import { analyseArticle, lineFinders, type ArticleData, type StoredArticle } from './article-entry.ts';
import { ANALYSIS_CODE, filesDigest } from './digest.ts';
import { contentDir, readRegistry } from './registry-loader.ts';
import { syncAndWatch } from './watch.ts';

/**
 * Articles: each Markdown file is read and validated once (src/registry/validate-article.ts), its
 * text analysed and rendered; the analysis and the HTML go to the article cache on disk, the entry
 * keeps the frontmatter and the cache's path. An article is analysed
 * again only when its file, the registry or the analysis code changed (its digest), in a later build
 * and on the dev server, which syncs again when an article, a registry file or the anchor lock is saved.
 */
export function articleLoader(): Loader {
  return {
    name: 'articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const content = contentDir(root);
      let syncs = 0;
      await syncAndWatch(context, root, () => syncArticles(context, root, syncs++ === 0), {
        paths: [
          ...articleDirs().map((dir) => path.resolve(root, dir)),
          path.join(content, 'actors'),
          path.join(content, 'conflicts'),
          path.join(content, 'anchors.lock.json'),
        ],
        extensions: ['.md', '.yaml', '.yml', '.json'],
      });
    },
  };
}

/**
 * Brings the stored articles up to date: analyses the new and changed ones, drops deleted ones,
 * checks every article's anchors against the lock and every URL ever published. Every problem in
 * every file is collected and thrown together, each with its file and line. `first`: print every
 * article's warnings, not only those of the articles analysed now.
 */
async function syncArticles(context: LoaderContext, root: string, first: boolean): Promise<void> {
  const { store, logger, generateDigest, watcher } = context;
  const { registry, digest: registryDigest } = readRegistry(root, generateDigest);
  const code = filesDigest(root, ANALYSIS_CODE, generateDigest);
  const files = listArticleFiles(root);
  const problems = checkSlugs(files);
  if (problems.length) throw new Error(problems.join('\n'));
  const lockFile = path.relative(root, path.join(contentDir(root), 'anchors.lock.json'));
  const { lock, text: lockText } = await readLock(root, lockFile);
  const cacheDir = articleCacheDir(fileURLToPath(context.config.cacheDir));
  const cached = new Set<string>();
  const analyses: Analysis[] = [];
  const published: PublishedArticle[] = [];
  const redirects: DeclaredRedirect[] = [];
  const ids = new Set<string>();
  let analysed = 0;
  const started = performance.now();
  for (const file of files) {
    const { rel, slug: id } = file;
    ids.add(id);
    try {
      const bytes = await readFile(path.resolve(root, rel));
      // Astro wants a path relative to the project, even for extra article folders elsewhere.
      const filePath = path.relative(root, path.resolve(root, rel));
      const digest = generateDigest({ source: bytes.toString('base64'), filePath, registryDigest, code });
      const cache = articleCachePath(cacheDir, digest);
      let entry = store.get<ArticleData>(id) as StoredArticle | undefined;
      let analysis: Analysis | undefined;
      // the store and the cache folder can part (a cleared cache, a copied project): analyse again
      const fresh = entry?.digest !== digest || entry.data.cache !== cache || !isCached(cache);
      if (fresh) {
        // on the dev server a file that fails keeps its last good entry until it is fixed
        ({ entry, analysis } = await analyseArticle(context, {
          file,
          filePath,
          bytes,
          digest,
          registry,
          cache,
        }));
        store.set(entry);
        analysed++;
      }
      const { data } = entry!;
      cached.add(data.cache);
      // an unchanged article's analysis comes from its cache file; a fresh one's is in hand
      analysis ??= readCachedAnalysis(data.cache, id);
      // an article's own locked anchors, and those of the URLs that now redirect to it
      const locked = [id, ...data.redirectFrom].flatMap((slug) => lock[slug] ?? []);
      const lines = lineFinders.get(id);
      const anchorProblems = checkAnchors(rel, articleAnchors(analysis), locked, data.anchors, {
        lineOfAnchor: lines?.lineOfAnchor,
        lineOfField: lines?.lineOfField,
        reserved: ARTICLE_PAGE_IDS,
      });
      if (anchorProblems.length) throw new Error(anchorProblems.join('\n'));
      if (fresh || first || !watcher)
        for (const message of [...(data.messages ?? []), ...analysis.warnings]) logger.warn(message);
      analyses.push(analysis);
      published.push({ slug: id, redirectFrom: data.redirectFrom });
      data.redirectFrom.forEach((slug, i) =>
        redirects.push({ slug, where: `${rel}:${lines?.lineOfField(['redirectFrom', i]) ?? 1}` }),
      );
    } catch (error) {
      const message = (error as Error).message;
      problems.push(message.includes(rel) ? message : `${rel}: ${message}`);
    }
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  // an entry kept by a failed file (dev server) still needs its files
  for (const entry of store.values()) {
    const { cache } = entry.data as Partial<ArticleData>;
    if (cache) cached.add(cache);
  }
  // the file names alone passed above: what is left is about the declared redirects
  problems.push(...checkSlugs(files, redirects), ...checkPublishedUrls(lockFile, lockText, lock, published));
  if (problems.length) throw new Error(problems.join('\n'));
  pruneArticleCache(cacheDir, cached);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(
    `analysed ${analysed} of ${files.length} article(s); ${files.length - analysed} unchanged since the last sync (${seconds} s)`,
  );
  const report = analysisReport(analyses, {
    review: watcher ? devUrl(context, '/review/') : 'npm run review (writes review/index.html)',
  });
  logger.info(report.summary);
  for (const line of report.lowConfidence) logger.info(line);
  if (isStrict() && report.problems > 0) {
    throw new Error(
      `${report.problems} analysis warning(s) and strict mode is on (STRICT_ANALYSIS=1 or --strict): fix them, or add quote overrides in the frontmatter.`,
    );
  }
}

/** A page's URL on the dev server, as its host and port are configured (`astro dev --port` sets the port). */
function devUrl({ config }: LoaderContext, page: string): string {
  const host = typeof config.server.host === 'string' ? config.server.host : 'localhost';
  return `http://${host}:${config.server.port}${page}`;
}

/** Strict analysis: warnings fail the build. */
function isStrict(): boolean {
  return process.env.STRICT_ANALYSIS === '1' || process.argv.includes('--strict');
}
