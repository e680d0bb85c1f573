import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Analysis } from './analysis/types.ts';
import { ARTICLE_PAGE_IDS } from './markdown/page-ids.ts';
import { renderArticle } from './markdown/pipeline.ts';
import { checkSlugs, listArticleFiles, type DeclaredRedirect } from './registry/article-files.ts';
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

/** The registry is read once per build and shared by all three collections. */
let registryPromise: Promise<Registry> | undefined;
function registryFor(root: URL): Promise<Registry> {
  registryPromise ??= Promise.resolve(loadRegistry(path.join(fileURLToPath(root), 'content')));
  return registryPromise;
}

/** Loads registry entries (actors or conflicts) from the one registry loader. */
function registryLoader(kind: 'actors' | 'conflicts'): Loader {
  return {
    name: `registry-${kind}`,
    load: async ({ store, parseData, config }) => {
      const registry = await registryFor(config.root);
      store.clear();
      for (const entry of registry[kind]) {
        // `file` is where the loader read it, not a field of the entry
        const { id, file: _file, ...rest } = entry as typeof entry & { file?: string };
        const data = await parseData({ id, data: rest, filePath: `content/${kind}/${id}.yaml` });
        store.set({ id, data, filePath: `content/${kind}/${id}.yaml` });
      }
    },
  };
}

/**
 * Articles: each Markdown file is read and validated once (src/registry/validate-article.ts), its
 * text analysed and rendered; the entry carries the analysis beside the HTML. Every problem in
 * every file is collected, so one build lists them all, each with its file and line.
 */
function articleLoader(): Loader {
  return {
    name: 'articles',
    load: async ({ store, parseData, config, logger }) => {
      const root = fileURLToPath(config.root);
      const registry = await registryFor(config.root);
      const files = listArticleFiles(root);
      const problems = checkSlugs(files);
      if (problems.length) throw new Error(problems.join('\n'));
      store.clear();
      const { lock, text: lockText } = await readLock(root);
      const analyses: Analysis[] = [];
      const published: PublishedArticle[] = [];
      const redirects: DeclaredRedirect[] = [];
      for (const { rel, slug: id } of files) {
        try {
          const article = readArticleSource(await readFile(path.resolve(root, rel)), rel);
          // Astro wants a path relative to the project, even for extra article folders elsewhere.
          const filePath = path.relative(root, path.resolve(root, rel));
          // already validated above with lines; parseData runs the same schema for Astro's own types
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
            throw new Error(placeOverrideError(error.message, rel, data.quotes, article.lineOf), {
              cause: error,
            });
          });
          requireParagraphs(rel, rendered.analysis.paragraphs.length, article.lineOffset + 1);
          // an article's own locked anchors, and those of the URLs that now redirect to it
          const locked = [id, ...data.redirectFrom].flatMap((slug) => lock[slug] ?? []);
          const anchorProblems = checkAnchors(rel, articleAnchors(rendered.analysis), locked, data.anchors, {
            lineOfAnchor: rendered.lineOfAnchor,
            lineOfField: article.lineOf,
            reserved: ARTICLE_PAGE_IDS,
          });
          if (anchorProblems.length) throw new Error(anchorProblems.join('\n'));
          for (const message of [...rendered.messages, ...rendered.analysis.warnings]) logger.warn(message);
          analyses.push(rendered.analysis);
          published.push({ slug: id, redirectFrom: data.redirectFrom });
          data.redirectFrom.forEach((slug, i) =>
            redirects.push({ slug, where: `${rel}:${article.lineOf(['redirectFrom', i])}` }),
          );
          store.set({
            id,
            data: { ...data, analysis: rendered.analysis },
            body: article.body,
            filePath,
            rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
          });
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      // the file names alone passed above: what is left is about the declared redirects
      problems.push(
        ...checkSlugs(files, redirects),
        ...checkPublishedUrls(LOCK_FILE, lockText, lock, published),
      );
      if (problems.length) throw new Error(problems.join('\n'));
      const report = analysisReport(analyses);
      logger.info(report.summary);
      if (isStrict() && report.problems > 0) {
        throw new Error(
          `${report.problems} analysis warning(s) and strict mode is on (STRICT_ANALYSIS=1 or --strict): fix them, or add quote overrides in the frontmatter.`,
        );
      }
    },
  };
}

const LOCK_FILE = 'content/anchors.lock.json';

/** The anchor lock and its text (for line numbers), or an empty one before the first `npm run anchors:lock`. */
async function readLock(root: string): Promise<{ lock: AnchorLock; text: string }> {
  const file = path.join(root, LOCK_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lock: {}, text: '' };
    throw error;
  }
  try {
    return { lock: JSON.parse(text) as AnchorLock, text };
  } catch (error) {
    throw new Error(
      `${LOCK_FILE}: not valid JSON (${(error as Error).message}). Restore it from git, or rebuild it with \`npm run anchors:lock\`.`,
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
