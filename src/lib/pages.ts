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

/** Number of pages for `count` articles (at least 1). */
export function pageCount(count: number, per = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / per));
}

/** The groups on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, per = ARTICLES_PER_PAGE): T[] {
  return items.slice((page - 1) * per, page * per);
}

/** URL of page `page` of an entity's mentions: its own page for 1, the archive after. */
export function mentionsPageUrl(type: 'actor' | 'conflict', id: string, page: number): string {
  return page <= 1 ? `${entityUrl(type, id)}#mentions` : `${entityUrl(type, id)}mentions/${page}/`;
}

/** How many of an entity's quotes (over all its articles) are of each kind. */
export interface QuoteTotals {
  /** Its direct quotes and reported statements (an actor's own words). */
  direct: number;
  reported: number;
  /** Direct quotes in paragraphs that name it (for a conflict). */
  directAbout: number;
}

export interface EntityPage {
  /** 1-based page number, number of pages, and the number of articles the entity appears in. */
  page: number;
  pages: number;
  total: number;
  /** Quote counts over all the entity's articles, for headings and notes. */
  totals: QuoteTotals;
  /** The articles on this page, newest first. */
  articles: ArticleRef[];
  /** Their paragraphs that name the entity, by article. */
  groups: ArticleMentions[];
  /** Their quotes by the entity (for an actor) or about it (for a conflict: quotes in paragraphs that name it). */
  quotes: QuoteRef[];
  quotesAbout: QuoteRef[];
}

type PagedStats = Pick<EntityStats, 'articles' | 'mentions' | 'quotes' | 'quotesAbout'>;

/** An entity's history grouped by article once, so each of its pages takes its slice without a scan. */
interface EntityIndex {
  mentions: Map<ArticleRef, MentionContext[]>;
  quotes: Map<ArticleRef, QuoteRef[]>;
  quotesAbout: Map<ArticleRef, QuoteRef[]>;
  totals: QuoteTotals;
}

const indexes = new WeakMap<PagedStats, EntityIndex>();

function byArticle<T extends { article: ArticleRef }>(items: T[]): Map<ArticleRef, T[]> {
  const out = new Map<ArticleRef, T[]>();
  for (const item of items) {
    const list = out.get(item.article);
    if (list) list.push(item);
    else out.set(item.article, [item]);
  }
  return out;
}

function indexOf(stats: PagedStats): EntityIndex {
  let index = indexes.get(stats);
  if (!index) {
    const count = (quotes: QuoteRef[], kind: string) => quotes.filter((q) => q.quote.kind === kind).length;
    index = {
      mentions: byArticle(stats.mentions),
      quotes: byArticle(stats.quotes),
      quotesAbout: byArticle(stats.quotesAbout),
      totals: {
        direct: count(stats.quotes, 'direct'),
        reported: count(stats.quotes, 'reported'),
        directAbout: count(stats.quotesAbout, 'direct'),
      },
    };
    indexes.set(stats, index);
  }
  return index;
}

/**
 * What page `page` of an entity lists. The entity's history is grouped by article on its first
 * page and reused for the others, so a page costs what it shows, not the entity's whole history.
 */
export function entityPage(stats: PagedStats, page: number): EntityPage {
  const index = indexOf(stats);
  const articles = pageItems(stats.articles, page);
  return {
    page,
    pages: pageCount(stats.articles.length),
    total: stats.articles.length,
    totals: index.totals,
    articles,
    groups: articles.flatMap((article) => {
      const mentions = index.mentions.get(article);
      return mentions ? [{ article, mentions }] : [];
    }),
    quotes: articles.flatMap((a) => index.quotes.get(a) ?? []),
    quotesAbout: articles.flatMap((a) => index.quotesAbout.get(a) ?? []),
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
