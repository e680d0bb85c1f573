/**
 * Actor and conflict pages at archive scale: what an entity's page lists (its quotes, the sentences
 * that name it) comes from at most ARTICLES_PER_PAGE articles, newest first. The entity's own page
 * is page 1; older articles continue on /actors/<id>/mentions/<n>/ (or /conflicts/…), n ≥ 2.
 */
import type { ArticleRef, EntityStats, MentionContext, QuoteRef } from './aggregate.ts';
import { entityUrl } from './urls.ts';

export const ARTICLES_PER_PAGE = 10;
/** Articles per page of the front page's list; older ones continue on /page/<n>/. */
export const FRONT_PAGE_ARTICLES = 20;

export interface ArticleMentions {
  article: ArticleRef;
  mentions: MentionContext[];
}

/** The entity's mentions by article, in the order of `stats.articles` (newest first); articles without a mention are left out. */
export function mentionsByArticle(stats: Pick<EntityStats, 'articles' | 'mentions'>): ArticleMentions[] {
  const groups = new Map<ArticleRef, MentionContext[]>();
  for (const a of stats.articles) groups.set(a, []);
  for (const m of stats.mentions) groups.get(m.article)?.push(m);
  return [...groups].filter(([, ms]) => ms.length > 0).map(([article, mentions]) => ({ article, mentions }));
}

/** Number of pages for `count` articles (at least 1). */
export function pageCount(count: number, per = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / per));
}

/** The groups on page `page` (1-based). */
export function pageItems<T>(items: T[], page: number, per = ARTICLES_PER_PAGE): T[] {
  return items.slice((page - 1) * per, page * per);
}

/** URL of page `page` of an entity's mentions: its own page for 1, the archive after. */
export function mentionsPageUrl(type: 'actor' | 'conflict', id: string, page: number): string {
  return page <= 1 ? `${entityUrl(type, id)}#mentions` : `${entityUrl(type, id)}mentions/${page}/`;
}

export interface EntityPage {
  /** 1-based page number, number of pages, and the number of articles the entity appears in. */
  page: number;
  pages: number;
  total: number;
  /** The articles on this page, newest first. */
  articles: ArticleRef[];
  /** Their paragraphs that name the entity, by article. */
  groups: ArticleMentions[];
  /** Their quotes by the entity (for an actor) or about it (for a conflict: quotes in paragraphs that name it). */
  quotes: QuoteRef[];
  quotesAbout: QuoteRef[];
}

/** What page `page` of an entity lists. */
export function entityPage(
  stats: Pick<EntityStats, 'articles' | 'mentions' | 'quotes' | 'quotesAbout'>,
  page: number,
): EntityPage {
  const articles = pageItems(stats.articles, page);
  const here = new Set(articles);
  return {
    page,
    pages: pageCount(stats.articles.length),
    total: stats.articles.length,
    articles,
    groups: mentionsByArticle({ articles, mentions: stats.mentions.filter((m) => here.has(m.article)) }),
    quotes: stats.quotes.filter((q) => here.has(q.article)),
    quotesAbout: stats.quotesAbout.filter((q) => here.has(q.article)),
  };
}

/** The archive pages (2…n) of every entity that needs them, for getStaticPaths. */
export function archivePages(all: Iterable<EntityStats>): { params: { id: string; page: string } }[] {
  const out: { params: { id: string; page: string } }[] = [];
  for (const stats of all) {
    const pages = pageCount(stats.articles.length);
    for (let page = 2; page <= pages; page++) out.push({ params: { id: stats.id, page: String(page) } });
  }
  return out;
}
