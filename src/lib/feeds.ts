/**
 * The feeds' items, shared by RSS (`/rss.xml`) and JSON Feed 1.1 (`/feed.json`): the full article text
 * (cleaned for feed readers, links absolute), its author as the source credits it, its tags as
 * categories, its dates and its social card.
 */
import type { CollectionEntry } from 'astro:content';
import { feedHtml } from '../markdown/feed-html.ts';
import { formatDate } from './format.ts';
import { articleHtml } from './site.ts';
import { articleCardOf } from './page-seo.ts';
import { absoluteUrl } from './site-url.ts';
import { SITE_NAME, socialImage } from './social-cards.ts';
import { cardUrls, urls } from './urls.ts';

export const FEED_TITLE = SITE_NAME;
export const FEED_DESCRIPTION = 'News analysis: who is named, who is quoted and what they said.';

export interface FeedItem {
  /** The article's absolute URL, also its permanent id. */
  url: string;
  title: string;
  summary: string;
  /** The whole article as HTML, with a closing line that credits the source and links the analysis. */
  html: string;
  published: Date;
  modified: Date;
  /** The byline, or the source when there is none. */
  authors: string[];
  tags: string[];
  image: string;
  /** The original article, when the frontmatter gives it. */
  sourceUrl?: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One feed item per article, in the order given (newest first). */
export function feedItems(
  entries: readonly CollectionEntry<'articles'>[],
  origin: URL | string | undefined,
): FeedItem[] {
  return entries.map((entry) => {
    const data = entry.data;
    const url = absoluteUrl(urls.article(entry.id), origin);
    const source = data.sourceUrl
      ? `<a href="${escapeHtml(data.sourceUrl)}">${escapeHtml(data.source)}</a>`
      : escapeHtml(data.source);
    const credit =
      `<p><em>Article text as published by ${source} on ${formatDate(data.published)}, kept verbatim. ` +
      `<a href="${url}">Read it on ${SITE_NAME}</a> with who is named and who is quoted, and every quote's speaker.</em></p>`;
    return {
      url,
      title: data.title,
      summary: data.description,
      html: `${feedHtml(articleHtml(entry).html, url)}\n${credit}`,
      published: data.published,
      modified: data.updated ?? data.published,
      authors: data.author.length ? data.author : [data.source],
      tags: data.tags,
      image: absoluteUrl(socialImage(cardUrls.article(entry.id), articleCardOf(data)).url, origin),
      sourceUrl: data.sourceUrl,
    };
  });
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(items: FeedItem[], origin: URL | string | undefined): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLE,
    home_page_url: absoluteUrl(urls.home(), origin),
    feed_url: absoluteUrl(urls.jsonFeed(), origin),
    description: FEED_DESCRIPTION,
    icon: absoluteUrl(cardUrls.site(), origin),
    favicon: absoluteUrl('/favicon.svg', origin),
    language: 'en-GB',
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      ...(item.sourceUrl ? { external_url: item.sourceUrl } : {}),
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      image: item.image,
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      authors: item.authors.map((name) => ({ name })),
      tags: item.tags,
    })),
  };
}
