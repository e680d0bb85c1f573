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
    source: e.data.source,
    updated: e.data.updated,
  }));
  return {
    ...aggregate(articles, registry),
    registry,
    actorById: new Map(actors.map((a) => [a.id, a])),
    conflictById: new Map(conflicts.map((c) => [c.id, c])),
  };
}

let entries: Promise<readonly CollectionEntry<'articles'>[]> | undefined;

/**
 * The article entries (with their frontmatter), newest first: the order of every list of articles.
 * Sorted once per build: the front page, each of its archive pages and the feed share it.
 */
export function articleEntries(): Promise<readonly CollectionEntry<'articles'>[]> {
  entries ??= getCollection('articles').then((all) =>
    [...all].sort((a, b) =>
      newestFirst({ published: a.data.published, slug: a.id }, { published: b.data.published, slug: b.id }),
    ),
  );
  return entries;
}

/** Every renamed article's old slug with the article it now lives at (frontmatter `redirectFrom`). */
export async function articleRedirects(): Promise<{ from: string; entry: CollectionEntry<'articles'> }[]> {
  return (await getCollection('articles'))
    .flatMap((entry) => entry.data.redirectFrom.map((from) => ({ from, entry })))
    .sort((a, b) => a.from.localeCompare(b.from));
}
