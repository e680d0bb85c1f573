/** One article read, validated, analysed, rendered and cached: the entry the article loader stores. */
import type { LoaderContext } from 'astro/loaders';
import type { Analysis } from '../analysis/types.ts';
import { renderArticle } from '../markdown/pipeline.ts';
import type { ArticleFile } from '../registry/article-files.ts';
import type { ArticleFrontmatter, Registry } from '../registry/schema.ts';
import { placeOverrideError, readArticleSource, requireParagraphs } from '../registry/validate-article.ts';
import { writeCachedArticle } from '../lib/article-cache.ts';
import { entityUrl } from '../lib/urls.ts';

/**
 * What the article loader stores beside the frontmatter: where its analysis and HTML are cached on
 * disk (src/lib/article-cache.ts; they stay out of the store Astro bundles) and the renderer's warnings.
 */
export type ArticleData = ArticleFrontmatter & { cache: string; messages?: string[] };
export type StoredArticle = Parameters<LoaderContext['store']['set']>[0] & { data: ArticleData };

/** Where an analysed article's anchors and fields are in its file (for messages; this process only). */
export const lineFinders = new Map<
  string,
  { lineOfAnchor: (anchor: string) => number | undefined; lineOfField: (at: (string | number)[]) => number }
>();

/** Reads, validates, analyses and renders one article: the entry to store, and its analysis. */
export async function analyseArticle(
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
