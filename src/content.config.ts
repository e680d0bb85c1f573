/**
 * The content collections: articles (Markdown in `content/articles`, analysed and rendered by their
 * loader), and the registry's actors and conflicts (YAML). The loaders live in `src/loaders/`.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import type { Analysis } from './analysis/types.ts';
import { actorSchema, articleFrontmatterSchema, conflictSchema } from './registry/schema.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { registryLoader } from './loaders/registry-loader.ts';

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
