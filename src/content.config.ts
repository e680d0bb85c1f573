import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import type { Analysis } from './analysis/types.ts';
import { splitFrontmatter } from './markdown/extract.ts';
import { renderArticle } from './markdown/pipeline.ts';
import { loadRegistry } from './registry/load.ts';
import {
  actorSchema,
  articleFrontmatterSchema,
  conflictSchema,
  type ArticleFrontmatter,
  type Registry,
} from './registry/schema.ts';
import { entityUrl } from './lib/urls.ts';
import { articleAnchors, checkAnchors, type AnchorLock } from './lib/anchors.ts';
import { analysisReport } from './lib/report.ts';
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

/** Loads registry entries (actors or conflicts) from the one registry loader; on the dev server, again on every save. */
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
async function syncRegistry(
  kind: 'actors' | 'conflicts',
  context: LoaderContext,
  root: string,
): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const { registry } = readRegistry(root, generateDigest);
  const ids = new Set<string>();
  for (const entry of registry[kind]) {
    const { id, ...rest } = entry;
    const filePath = path.relative(root, path.join(contentDir(root), kind, `${id}.yaml`));
    ids.add(id);
    const digest = generateDigest(rest);
    if (store.get(id)?.digest === digest) continue;
    const data = await parseData({ id, data: rest, filePath });
    store.set({ id, data, filePath, digest });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

/** The article folders, as given (relative to the project or absolute): the content's, then EXTRA_ARTICLE_DIRS. */
function articleDirs(root: string): string[] {
  const own = path.relative(root, path.join(contentDir(root), 'articles'));
  return [
    own.startsWith('..') ? path.join(contentDir(root), 'articles') : own,
    // EXTRA_ARTICLE_DIRS (path-separated, relative to the project) adds articles, e.g. test fixtures.
    ...(process.env.EXTRA_ARTICLE_DIRS ?? '').split(path.delimiter).filter(Boolean),
  ];
}

/** Every article file, sorted per folder; two files with one name would share a URL, so that fails. */
async function articleFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Map<string, string>();
  for (const dir of articleDirs(root)) {
    for (const name of (await readdir(path.resolve(root, dir))).filter((f) => f.endsWith('.md')).sort()) {
      const rel = `${dir}/${name}`;
      const previous = seen.get(name);
      if (previous)
        throw new Error(
          `${rel}: an article named ${name} already exists at ${previous}. Rename one: the file name is the URL.`,
        );
      seen.set(name, rel);
      files.push(rel);
    }
  }
  return files;
}

/** What the article loader stores beside the frontmatter. */
type ArticleData = ArticleFrontmatter & { analysis: Analysis; messages?: string[] };
type StoredArticle = Parameters<LoaderContext['store']['set']>[0] & { data: ArticleData };

/**
 * Articles: each Markdown file is parsed once, its frontmatter validated, its text analysed and
 * rendered; the entry carries the analysis beside the HTML. An article is analysed again only
 * when its file, the registry or the analysis code changed (its digest), in a later build and on
 * the dev server, which syncs again when an article, a registry file or the anchor lock is saved.
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
          ...articleDirs(root).map((dir) => path.resolve(root, dir)),
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
 * checks every article's anchors against the lock. Problems in single files are collected and
 * thrown together after the others are stored. `first`: print every article's warnings, not only
 * those of the articles analysed now.
 */
async function syncArticles(context: LoaderContext, root: string, first: boolean): Promise<void> {
  const { store, logger, generateDigest, watcher } = context;
  const { registry, digest: registryDigest } = readRegistry(root, generateDigest);
  const code = filesDigest(root, ANALYSIS_CODE, generateDigest);
  const files = await articleFiles(root);
  const lock = await readLock(root);
  const analyses: Analysis[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  let analysed = 0;
  const started = performance.now();
  for (const rel of files) {
    const id = path.basename(rel).replace(/\.md$/, '');
    ids.add(id);
    try {
      const source = await readFile(path.resolve(root, rel), 'utf8');
      // Astro wants a path relative to the project, even for extra article folders elsewhere.
      const filePath = path.relative(root, path.resolve(root, rel));
      const digest = generateDigest({ source, filePath, registry: registryDigest, code });
      let entry = store.get<ArticleData>(id) as StoredArticle | undefined;
      const fresh = entry?.digest !== digest;
      if (fresh) {
        entry = await analyseArticle(context, { id, rel, filePath, source, digest, registry });
        store.set(entry);
        analysed++;
      }
      const data = entry!.data;
      const anchorProblems = checkAnchors(rel, articleAnchors(data.analysis), lock[id] ?? [], data.anchors);
      if (anchorProblems.length) throw new Error(anchorProblems.join('\n'));
      if (fresh || first || !watcher)
        for (const message of [...(data.messages ?? []), ...data.analysis.warnings]) logger.warn(message);
      analyses.push(data.analysis);
    } catch (error) {
      const message = (error as Error).message;
      problems.push(message.includes(rel) ? message : `${rel}: ${message}`);
    }
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  if (problems.length) throw new Error(problems.join('\n'));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(
    `analysed ${analysed} of ${files.length} article(s); ${files.length - analysed} unchanged since the last sync (${seconds} s)`,
  );
  const report = analysisReport(analyses, {
    review: watcher ? devUrl(context, '/review/') : 'npm run review (writes review/index.html)',
  });
  logger.info(report.summary);
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

/** Parses, validates, analyses and renders one article: the entry to store. */
async function analyseArticle(
  { parseData }: LoaderContext,
  article: { id: string; rel: string; filePath: string; source: string; digest: string; registry: Registry },
): Promise<StoredArticle> {
  const { id, rel, filePath, source, digest, registry } = article;
  const parsed = splitFrontmatter(source, rel);
  // parseData validates against the collection schema below, so the result is the frontmatter type.
  const data = (await parseData({ id, data: parsed.data, filePath })) as ArticleFrontmatter;
  const rendered = await renderArticle({
    file: rel,
    markdown: parsed.content,
    registry,
    overrides: data.quotes,
    hrefFor: entityUrl,
    aliases: data.anchors,
    lineOffset: parsed.lineOffset,
  });
  return {
    id,
    data: { ...data, analysis: rendered.analysis, messages: rendered.messages },
    body: parsed.content,
    filePath,
    digest,
    rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
  };
}

/** The anchor lock, or an empty one before the first `npm run anchors:lock`. */
async function readLock(root: string): Promise<AnchorLock> {
  const file = path.join(contentDir(root), 'anchors.lock.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as AnchorLock;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(
      `content/anchors.lock.json: not valid JSON (${(error as Error).message}). Restore it from git, or rebuild it with \`npm run anchors:lock\`.`,
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
    /** Set by the loader, never by hand. */
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
