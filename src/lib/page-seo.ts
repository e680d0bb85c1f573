/**
 * What a shared link shows, per page type: the social card (its words and URL), the article's Open
 * Graph dates and tags, the JSON-LD, and citations. Built here from the site's data so pages only
 * hand the result to the layout.
 */
import type { Analysis, Quote } from '../analysis/types.ts';
import type { ArticleFrontmatter } from '../registry/schema.ts';
import { speakerName, speakerPageId, type ArticleRef, type EntityStats, type QuoteRef } from './aggregate.ts';
import { articleCitations, isCertain, quoteCitation, type QuoteCredit } from './citation.ts';
import { kindLabel, kindOf } from './entities.ts';
import type { SiteData } from './site.ts';
import { absoluteUrl } from './site-url.ts';
import {
  actorCard,
  articleCard,
  conflictCard,
  quoteCard,
  SITE_NAME,
  siteCard,
  socialImage,
  type CardData,
  type SocialImage,
} from './social-cards.ts';
import {
  articleLd,
  entityId,
  isoDateTime,
  profilePageLd,
  websiteLd,
  type EntityRef,
  type JsonLd,
} from './structured-data.ts';
import { cardUrls, urls } from './urls.ts';
import { actorIdsOf } from './article-counts.ts';

/** The Open Graph `article:section` of every article: the site has one section. */
export const ARTICLE_SECTION = 'News analysis';

/** An article's Open Graph extras. */
export interface ArticleMeta {
  published: Date;
  modified: Date;
  section: string;
  tags: string[];
}

/** Everything a page passes to the layout's head about sharing. */
export interface PageSeo {
  image: SocialImage;
  article?: ArticleMeta;
  jsonLd: JsonLd[];
}

type Origin = URL | string | undefined;

/** Who said a quote, with the role as the article states it, and whether it may be stated as fact. */
export function quoteCredit(site: SiteData, quote: Quote): QuoteCredit {
  const speaker = speakerName(site, quote);
  const role =
    (quote.speaker.id ? site.actorById.get(quote.speaker.id)?.role : undefined) ?? quote.speaker.role;
  return { speaker, role, certain: speaker !== null && isCertain(quote) };
}

/** The date a page built from these articles last changed: the newest `updated` or `published`. */
export function lastModified(articles: Pick<ArticleRef, 'published' | 'updated'>[]): Date | undefined {
  let newest: Date | undefined;
  for (const a of articles) {
    const d = a.updated ?? a.published;
    if (!newest || d > newest) newest = d;
  }
  return newest;
}

function entityRef(site: SiteData, type: 'actor' | 'conflict', id: string, origin: Origin): EntityRef {
  const stats = (type === 'actor' ? site.actors : site.conflicts).get(id);
  return {
    type,
    kind: type === 'actor' && stats ? kindOf(stats) : undefined,
    name: stats?.name ?? id,
    url: absoluteUrl(type === 'actor' ? urls.actor(id) : urls.conflict(id), origin),
  };
}

/** The card of an article. */
export function articleCardOf(
  data: Pick<ArticleFrontmatter, 'title' | 'description' | 'source' | 'published'>,
) {
  return articleCard(data);
}

/** The card of an actor's page. */
export function actorCardOf(stats: EntityStats): CardData {
  return actorCard({
    name: stats.name,
    kindLabel: kindLabel(kindOf(stats)),
    registered: stats.registered,
    role: stats.actor?.role ?? stats.unregistered?.role,
    paragraphs: stats.mentionCount,
    quotes: stats.quotes.filter((q) => q.quote.kind === 'direct').length,
    articles: stats.articles.length,
  });
}

/** The card of a conflict's page. */
export function conflictCardOf(site: SiteData, stats: EntityStats): CardData {
  return conflictCard({
    name: stats.name,
    paragraphs: stats.mentionCount,
    articles: stats.articles.length,
    actors: stats.coActors.slice(0, 4).map((c) => site.actors.get(c.id)?.name ?? c.id),
  });
}

/** The card of a quote's record page. */
export function quoteCardOf(site: SiteData, ref: QuoteRef): CardData {
  return quoteCard({
    text: ref.quote.text,
    kind: ref.quote.kind,
    ...quoteCredit(site, ref.quote),
    articleTitle: ref.article.title,
    source: ref.article.source,
    published: ref.article.published,
  });
}

/** Head data of an article page: card, Open Graph dates and tags, AnalysisNewsArticle JSON-LD. */
export function articleSeo(
  slug: string,
  data: ArticleFrontmatter,
  analysis: Analysis,
  site: SiteData,
  origin: Origin,
): PageSeo {
  const card = articleCardOf(data);
  const image = socialImage(cardUrls.article(slug), card);
  const modified = data.updated ?? data.published;
  const actorIds = new Set(actorIdsOf(analysis));
  for (const q of analysis.quotes) {
    const id = speakerPageId(site, q);
    if (id && q.kind !== 'scare') actorIds.add(id);
  }
  const conflictIds = new Set(analysis.mentions.flatMap((m) => m.conflicts));
  const words = analysis.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  return {
    image,
    article: { published: data.published, modified, section: ARTICLE_SECTION, tags: data.tags },
    jsonLd: [
      articleLd({
        url: absoluteUrl(urls.article(slug), origin),
        headline: data.title,
        description: data.description,
        published: data.published,
        modified,
        source: data.source,
        authors: data.author,
        sourceUrl: data.sourceUrl,
        tags: data.tags,
        section: ARTICLE_SECTION,
        imageUrl: absoluteUrl(image.url, origin),
        wordCount: words,
        about: [...conflictIds]
          .filter((id) => site.conflicts.has(id))
          .map((id) => entityRef(site, 'conflict', id, origin)),
        mentions: [...actorIds]
          .filter((id) => site.actors.has(id))
          .map((id) => entityRef(site, 'actor', id, origin)),
        site: { name: SITE_NAME, url: absoluteUrl(urls.home(), origin) },
      }),
    ],
  };
}

/** Head data of an actor's page: its card and a ProfilePage about it. */
export function actorSeo(site: SiteData, stats: EntityStats, description: string, origin: Origin): PageSeo {
  const image = socialImage(cardUrls.actor(stats.id), actorCardOf(stats));
  const affiliation = stats.actor?.affiliation;
  return {
    image,
    jsonLd: [
      profilePageLd({
        url: absoluteUrl(urls.actor(stats.id), origin),
        entity: entityRef(site, 'actor', stats.id, origin),
        description,
        role: stats.actor?.role ?? stats.unregistered?.role,
        aliases: (stats.actor?.aliases ?? []).filter((a) => a !== stats.name),
        affiliation:
          affiliation && site.actors.has(affiliation)
            ? entityRef(site, 'actor', affiliation, origin)
            : undefined,
        imageUrl: absoluteUrl(image.url, origin),
        modified: lastModified(stats.articles),
      }),
    ],
  };
}

/** Head data of a conflict's page: its card and a CollectionPage about it. */
export function conflictSeo(
  site: SiteData,
  stats: EntityStats,
  description: string,
  origin: Origin,
): PageSeo {
  const image = socialImage(cardUrls.conflict(stats.id), conflictCardOf(site, stats));
  const url = absoluteUrl(urls.conflict(stats.id), origin);
  const modified = lastModified(stats.articles);
  return {
    image,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'CollectionPage',
        '@id': url,
        url,
        name: stats.name,
        description,
        ...(modified ? { dateModified: isoDateTime(modified) } : {}),
        about: {
          '@type': 'Thing',
          '@id': entityId(url, 'conflict'),
          name: stats.name,
          ...(stats.conflict?.aliases.length ? { alternateName: stats.conflict.aliases } : {}),
        },
        image: absoluteUrl(image.url, origin),
      },
    ],
  };
}

/**
 * Head data of a quote's record page: its card and a Quotation. The speaker is its `creator` only
 * when the attribution is certain; otherwise the quote is only said to be attributed.
 */
export function quoteSeo(site: SiteData, ref: QuoteRef, origin: Origin): PageSeo {
  const { quote, article } = ref;
  const image = socialImage(cardUrls.quote(article.slug, quote.id), quoteCardOf(site, ref));
  const credit = quoteCredit(site, quote);
  const speakerId = speakerPageId(site, quote);
  const speaker = speakerId ? entityRef(site, 'actor', speakerId, origin) : undefined;
  const articleUrl = absoluteUrl(urls.article(article.slug), origin);
  return {
    image,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Quotation',
        '@id': `${articleUrl}#${quote.anchor}`,
        url: absoluteUrl(urls.quote(article.slug, quote.id), origin),
        text: quote.text,
        ...(speaker && credit.certain
          ? {
              creator: {
                '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
                '@id': entityId(speaker.url, 'actor'),
                name: speaker.name,
                url: speaker.url,
              },
            }
          : {}),
        ...(credit.speaker && !credit.certain
          ? { description: `Attributed to ${credit.speaker} by this site's analysis (uncertain).` }
          : {}),
        isPartOf: {
          '@type': 'NewsArticle',
          '@id': `${articleUrl}#article`,
          headline: article.title,
          url: articleUrl,
        },
        datePublished: isoDateTime(article.published),
        image: absoluteUrl(image.url, origin),
      },
    ],
  };
}

/** Head data of a page without its own card (indexes, search, 404); the front page adds WebSite. */
export function siteSeo(description: string, origin: Origin, options: { home?: boolean } = {}): PageSeo {
  const home = absoluteUrl(urls.home(), origin);
  return {
    image: socialImage(cardUrls.site(), siteCard(SITE_DESCRIPTION)),
    jsonLd: options.home
      ? [
          websiteLd({
            name: SITE_NAME,
            url: home,
            description,
            searchUrl: absoluteUrl(urls.search(), origin),
          }),
        ]
      : [],
  };
}

/** The site's one-line description (the front page's and the site card's). */
export const SITE_DESCRIPTION =
  'News analysis, read closely: who is named, who is quoted and what they said, with every paragraph and quote linkable.';

/** The plain-text citation of a quote, with its absolute deep link. */
export function quoteCitationOf(site: SiteData, ref: QuoteRef, origin: Origin): string {
  return quoteCitation({
    text: ref.quote.text,
    kind: ref.quote.kind,
    ...quoteCredit(site, ref.quote),
    articleTitle: ref.article.title,
    source: ref.article.source,
    published: ref.article.published,
    url: absoluteUrl(`${urls.article(ref.article.slug)}#${ref.quote.anchor}`, origin),
  });
}

/** The citation of every quote and reported statement in an article, by quote id. */
export function articleQuoteCitations(site: SiteData, slug: string, origin: Origin): Record<string, string> {
  const article = site.articles.find((a) => a.slug === slug);
  if (!article) return {};
  return Object.fromEntries(
    article.analysis.quotes
      .filter((quote) => quote.kind !== 'scare')
      .map((quote) => [quote.id, quoteCitationOf(site, { article, quote }, origin)]),
  );
}

/** "Cite this article": plain text, BibTeX and CSL-JSON. */
export function articleCitationsOf(slug: string, data: ArticleFrontmatter, origin: Origin) {
  return articleCitations({
    slug,
    title: data.title,
    source: data.source,
    authors: data.author,
    published: data.published,
    url: absoluteUrl(urls.article(slug), origin),
    sourceUrl: data.sourceUrl,
  });
}
