import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleCardOf } from '../../../lib/page-seo.ts';
import { cardPng, pngResponse } from '../../../lib/social-card-image.ts';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/** An article's social card: its headline, description, source and date. */
export const GET: APIRoute = async ({ props }) =>
  pngResponse(await cardPng(articleCardOf((props as { entry: CollectionEntry<'articles'> }).entry.data)));
