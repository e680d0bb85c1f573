/**
 * The one place pages get their data: the collections, turned back into the plain
 * registry and aggregated once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Analysis } from '../analysis/types.ts';
import type { Actor, Conflict, Registry } from '../registry/schema.ts';
import { aggregate, newestFirst, type ArticleRef, type SiteAnalysis } from './aggregate.ts';
import { cachedAnalysis, cachedHtml, type ArticleHeading } from './article-cache.ts';

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
    analysedArticles(),
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

/** An article entry with its analysis, read from the article cache (the store keeps only its path). */
function withAnalysis(entry: CollectionEntry<'articles'>): CollectionEntry<'articles'> {
  return { ...entry, data: { ...entry.data, analysis: analysisOf(entry) } };
}

/** An article's analysis (src/lib/article-cache.ts: one read per article and build). */
function analysisOf(entry: CollectionEntry<'articles'>): Analysis {
  if (!entry.data.cache) throw new Error(`The article "${entry.id}" was stored without its analysis.`);
  return cachedAnalysis(entry.data.cache, entry.id);
}

/** Every article entry with its analysis (`data.analysis`), in the collection's order. */
export async function analysedArticles(): Promise<CollectionEntry<'articles'>[]> {
  return (await getCollection('articles')).map(withAnalysis);
}

/** An article's rendered HTML (with the analysis markup) and its headings, read from disk as it renders. */
export function articleHtml(entry: CollectionEntry<'articles'>): {
  html: string;
  headings: ArticleHeading[];
} {
  if (!entry.data.cache) throw new Error(`The article "${entry.id}" was stored without its HTML.`);
  return cachedHtml(entry.data.cache, entry.id);
}

let entries: Promise<readonly CollectionEntry<'articles'>[]> | undefined;

/**
 * The article entries (with their frontmatter and analysis), newest first: the order of every list of
 * articles. Sorted once per build: the front page, each of its archive pages and the feed share it.
 */
export function articleEntries(): Promise<readonly CollectionEntry<'articles'>[]> {
  const sorted = () =>
    analysedArticles().then((all) =>
      all.sort((a, b) =>
        newestFirst({ published: a.data.published, slug: a.id }, { published: b.data.published, slug: b.id }),
      ),
    );
  if (import.meta.env.DEV) return sorted();
  entries ??= sorted();
  return entries;
}

/** Every renamed article's old slug with the article it now lives at (frontmatter `redirectFrom`). */
export async function articleRedirects(): Promise<{ from: string; entry: CollectionEntry<'articles'> }[]> {
  return (await analysedArticles())
    .flatMap((entry) => entry.data.redirectFrom.map((from) => ({ from, entry })))
    .sort((a, b) => a.from.localeCompare(b.from));
}
