import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Analysis } from './analysis/types.ts';
import { ARTICLE_PAGE_IDS } from './markdown/page-ids.ts';
import { renderArticle } from './markdown/pipeline.ts';
import {
  articleDirs,
  checkSlugs,
  listArticleFiles,
  type ArticleFile,
  type DeclaredRedirect,
} from './registry/article-files.ts';
import { loadRegistry } from './registry/load.ts';
import { placeOverrideError, readArticleSource, requireParagraphs } from './registry/validate-article.ts';
import {
  actorSchema,
  articleFrontmatterSchema,
  conflictSchema,
  type ArticleFrontmatter,
  type Registry,
} from './registry/schema.ts';
import { entityUrl } from './lib/urls.ts';
import { articleAnchors, checkAnchors, type AnchorLock } from './lib/anchors.ts';
import { checkPublishedUrls, type PublishedArticle } from './lib/published-urls.ts';
import { analysisReport } from './lib/report.ts';
import {
  articleCacheDir,
  articleCachePath,
  isCached,
  pruneArticleCache,
  readCachedAnalysis,
  writeCachedArticle,
} from './lib/article-cache.ts';
import { ANALYSIS_CODE, filesDigest } from './loaders/digest.ts';
import { syncAndWatch } from './loaders/watch.ts';

/** The content folder: `content/`, or CONTENT_DIR (relative to the project or absolute), e.g. a test's copy. */
function contentDir(root: string): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** The registry as it is on disk now, and a digest of its data (so reformatting a file changes nothing). */
function readRegistry(root: string, generateDigest: LoaderContext['generateDigest']) {
  const registry = loadRegistry(contentDir(root));
  return { registry, digest: generateDigest({ registry }) };
}

/** Loads registry entries (actors or conflicts); on the dev server, again on every save. */
function registryLoader(kind: 'actors' | 'conflicts'): Loader {
  return {
    name: `registry-${kind}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await syncAndWatch(context, root, () => syncRegistry(kind, context, root), {
        paths: [path.join(contentDir(root), kind)],
        extensions: ['.yaml', '.yml'],
      });
    },
  };
}

/** Stores every actor or conflict; an unchanged one keeps its entry (same digest), a deleted one goes. */
async function syncRegistry(kind: 'actors' | 'conflicts', context: LoaderContext, root: string) {
  const { store, parseData, generateDigest } = context;
  const { registry } = readRegistry(root, generateDigest);
  const ids = new Set<string>();
  for (const entry of registry[kind]) {
    // `file` is where the registry read it, not a field of the entry
    const { id, file: _file, ...rest } = entry as typeof entry & { file?: string };
    const filePath = path.relative(root, path.join(contentDir(root), kind, `${id}.yaml`));
    ids.add(id);
    const digest = generateDigest(rest);
    if (store.get(id)?.digest === digest) continue;
    const data = await parseData({ id, data: rest, filePath });
    store.set({ id, data, filePath, digest });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

/**
 * What the article loader stores beside the frontmatter: where its analysis and HTML are cached on
 * disk (src/lib/article-cache.ts; they stay out of the store Astro bundles) and the renderer's warnings.
 */
type ArticleData = ArticleFrontmatter & { cache: string; messages?: string[] };
type StoredArticle = Parameters<LoaderContext['store']['set']>[0] & { data: ArticleData };

/**
 * Articles: each Markdown file is read and validated once (src/registry/validate-article.ts), its
 * text analysed and rendered; the analysis and the HTML go to the article cache on disk, the entry
 * keeps the frontmatter and the cache's path. An article is analysed
 * again only when its file, the registry or the analysis code changed (its digest), in a later build
 * and on the dev server, which syncs again when an article, a registry file or the anchor lock is saved.
 */
function articleLoader(): Loader {
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

/** Where an analysed article's anchors and fields are in its file (for messages; this process only). */
const lineFinders = new Map<
  string,
  { lineOfAnchor: (anchor: string) => number | undefined; lineOfField: (at: (string | number)[]) => number }
>();

/** A page's URL on the dev server, as its host and port are configured (`astro dev --port` sets the port). */
function devUrl({ config }: LoaderContext, page: string): string {
  const host = typeof config.server.host === 'string' ? config.server.host : 'localhost';
  return `http://${host}:${config.server.port}${page}`;
}

/** Reads, validates, analyses and renders one article: the entry to store, and its analysis. */
async function analyseArticle(
  { parseData }: LoaderContext,
  input: {
    file: ArticleFile;
    filePath: string;
    bytes: Uint8Array;
    digest: string;
    registry: Registry;
    cache: string;
  },
): Promise<{ entry: StoredArticle; analysis: Analysis }> {
  const { file, filePath, bytes, digest, registry, cache } = input;
  const { rel, slug: id } = file;
  const article = readArticleSource(bytes, rel);
  // already validated with lines; parseData runs the same schema for Astro's own types
  const data = (await parseData({ id, data: article.raw, filePath })) as ArticleFrontmatter;
  const rendered = await renderArticle({
    file: rel,
    markdown: article.body,
    registry,
    overrides: data.quotes,
    hrefFor: entityUrl,
    aliases: data.anchors,
    lineOffset: article.lineOffset,
  }).catch((error: Error) => {
    throw new Error(placeOverrideError(error.message, rel, data.quotes, article.lineOf), { cause: error });
  });
  requireParagraphs(rel, rendered.analysis.paragraphs.length, article.lineOffset + 1);
  lineFinders.set(id, { lineOfAnchor: rendered.lineOfAnchor, lineOfField: article.lineOf });
  writeCachedArticle(cache, {
    analysis: rendered.analysis,
    html: rendered.html,
    headings: rendered.headings,
  });
  // the store keeps no body and no rendered HTML: Astro would bundle them with every other entry
  const entry = { id, data: { ...data, cache, messages: rendered.messages }, filePath, digest };
  return { entry, analysis: rendered.analysis };
}

/** The anchor lock and its text (for line numbers), or an empty one before the first `npm run anchors:lock`. */
async function readLock(root: string, lockFile: string): Promise<{ lock: AnchorLock; text: string }> {
  let text: string;
  try {
    text = await readFile(path.resolve(root, lockFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lock: {}, text: '' };
    throw error;
  }
  try {
    return { lock: JSON.parse(text) as AnchorLock, text };
  } catch (error) {
    throw new Error(
      `${lockFile}: not valid JSON (${(error as Error).message}). Restore it from git, or rebuild it with \`npm run anchors:lock\`.`,
      { cause: error },
    );
  }
}

/** Strict analysis: warnings fail the build. */
function isStrict(): boolean {
  return process.env.STRICT_ANALYSIS === '1' || process.argv.includes('--strict');
}

const articles = defineCollection({
  loader: articleLoader(),
  schema: articleFrontmatterSchema.extend({
    /** Set by the loader, never by hand: where the analysis and HTML are cached (src/lib/article-cache.ts). */
    cache: z.string().optional(),
    /** Never stored: src/lib/site.ts reads it from the article cache for the pages. */
    analysis: z.custom<Analysis>().optional(),
    /** Set by the loader: the renderer's warnings, printed again by a build that reuses the entry. */
    messages: z.array(z.string()).optional(),
  }),
});

const actors = defineCollection({
  loader: registryLoader('actors'),
  schema: actorSchema.extend({ affiliation: reference('actors').optional() }),
});

const conflicts = defineCollection({
  loader: registryLoader('conflicts'),
  schema: conflictSchema,
});

export const collections = { articles, actors, conflicts };
