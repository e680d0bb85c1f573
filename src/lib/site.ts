/**
 * The one place pages get their data: the collections, turned back into the plain
 * registry and aggregated once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Analysis } from '../analysis/types.ts';
import type { Actor, Conflict, Registry } from '../registry/schema.ts';
import { aggregate, newestFirst, type ArticleRef, type SiteAnalysis } from './aggregate.ts';

export interface SiteData extends SiteAnalysis {
  registry: Registry;
  actorById: Map<string, Actor>;
  conflictById: Map<string, Conflict>;
}

let cached: Promise<SiteData> | undefined;

/** Articles, registry and their aggregate, computed once per build (on the dev server, per request: content changes). */
export function getSite(): Promise<SiteData> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [articleEntries, actorEntries, conflictEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('conflicts'),
  ]);
  const actors: Actor[] = actorEntries.map((e) => ({
    ...e.data,
    id: e.id,
    affiliation: e.data.affiliation?.id,
  }));
  const conflicts: Conflict[] = conflictEntries.map((e) => ({ ...e.data, id: e.id }));
  const registry: Registry = { actors, conflicts };
  const articles: ArticleRef[] = articleEntries.map((e) => ({
    slug: e.id,
    title: e.data.title,
    published: e.data.published,
    analysis: e.data.analysis as Analysis,
  }));
  return {
    ...aggregate(articles, registry),
    registry,
    actorById: new Map(actors.map((a) => [a.id, a])),
    conflictById: new Map(conflicts.map((c) => [c.id, c])),
  };
}

/** The article entries (with their frontmatter), newest first: the order of every list of articles. */
export async function articleEntries(): Promise<CollectionEntry<'articles'>[]> {
  return (await getCollection('articles')).sort((a, b) =>
    newestFirst({ published: a.data.published, slug: a.id }, { published: b.data.published, slug: b.id }),
  );
}
