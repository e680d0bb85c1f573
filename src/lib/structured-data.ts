/**
 * schema.org JSON-LD for the pages: the article, actor profiles, breadcrumbs, the site. Plain objects
 * built from the page's own data with absolute URLs; `jsonLdText` serialises one safely for a
 * `<script type="application/ld+json">`.
 */

/** A JSON-LD node: plain JSON. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The schema.org type of each registry actor kind. A state is a country; a people (Palestinians) is
 * not an organisation, so it stays a plain Thing; bodies get the closest Organization subtype.
 */
export const SCHEMA_TYPE_OF_KIND: Record<string, string> = {
  person: 'Person',
  state: 'Country',
  people: 'Thing',
  bloc: 'Organization',
  alliance: 'Organization',
  'armed group': 'Organization',
  'government body': 'GovernmentOrganization',
  'think tank': 'ResearchOrganization',
  media: 'NewsMediaOrganization',
  'academic institution': 'EducationalOrganization',
  organisation: 'Organization',
};

/** schema.org type for an actor kind (an unknown kind is an Organization). */
export function schemaTypeOf(kind: string): string {
  return SCHEMA_TYPE_OF_KIND[kind] ?? 'Organization';
}

/** An actor or a conflict as a linked node: its type, name and page, with a stable `@id`. */
export interface EntityRef {
  type: 'actor' | 'conflict';
  /** Registry kind for actors ('person', 'state', …). */
  kind?: string;
  name: string;
  /** Absolute URL of its page on this site. */
  url: string;
}

/** The `@id` of the thing an actor's or conflict's page is about (not the page itself). */
export function entityId(url: string, type: 'actor' | 'conflict'): string {
  return `${url}#${type}`;
}

/** A linked node for an actor or conflict, used in `about`, `mentions` and `mainEntity`. */
export function entityNode(ref: EntityRef): JsonLd {
  return {
    '@type': ref.type === 'conflict' ? 'Thing' : schemaTypeOf(ref.kind ?? 'organisation'),
    '@id': entityId(ref.url, ref.type),
    name: ref.name,
    url: ref.url,
  };
}

/** A short node for an actor or conflict an article names: type, name and the URL of its page. */
export function entityRefNode(ref: EntityRef): JsonLd {
  const { '@id': _id, ...node } = entityNode(ref);
  return node;
}

/** ISO 8601 with the time zone (UTC): `2023-12-15T00:00:00Z`. Frontmatter dates are UTC days. */
export function isoDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface ArticleLdInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  modified: Date;
  /** The publication credited by the frontmatter (`source`). */
  source: string;
  /** The byline, when the source gives one; otherwise the source is the author. */
  authors: string[];
  sourceUrl?: string;
  tags: string[];
  section: string;
  imageUrl: string;
  wordCount: number;
  /** Conflicts the article discusses. */
  about: EntityRef[];
  /** Actors it names or quotes. */
  mentions: EntityRef[];
  site: { name: string; url: string };
}

/** `AnalysisNewsArticle` (a NewsArticle) for an article page. */
export function articleLd(a: ArticleLdInput): JsonLd {
  const source: JsonLd = { '@type': 'NewsMediaOrganization', name: a.source };
  return {
    '@context': 'https://schema.org',
    '@type': ['NewsArticle', 'AnalysisNewsArticle'],
    '@id': `${a.url}#article`,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: isoDateTime(a.published),
    dateModified: isoDateTime(a.modified),
    author: a.authors.length ? a.authors.map((name) => ({ '@type': 'Person', name })) : [source],
    publisher: source,
    ...(a.sourceUrl ? { isBasedOn: a.sourceUrl } : {}),
    isPartOf: websiteNode(a.site),
    articleSection: a.section,
    keywords: a.tags,
    inLanguage: 'en',
    wordCount: a.wordCount,
    image: [a.imageUrl],
    // Each by its type, name and page: the page's URL identifies it (its own page gives it an @id), and
    // an article names 20 or 30 of them, so the @id would only repeat the URL in every article's head.
    about: a.about.map(entityRefNode),
    mentions: a.mentions.map(entityRefNode),
  };
}

export interface ProfileLdInput {
  /** Absolute URL of the profile page. */
  url: string;
  entity: EntityRef;
  description: string;
  /** The role as the article states it. */
  role?: string;
  /** Other names it goes by. */
  aliases: string[];
  affiliation?: EntityRef;
  imageUrl: string;
  /** The newest article it appears in: when the page last changed. */
  modified?: Date;
}

/** `ProfilePage` whose main entity is the actor (a Person, an Organization, a Country…). */
export function profilePageLd(p: ProfileLdInput): JsonLd {
  const main: JsonLd = {
    ...entityNode(p.entity),
    description: p.role ?? p.description,
    ...(p.aliases.length ? { alternateName: p.aliases } : {}),
    image: p.imageUrl,
  };
  if (p.role && p.entity.kind === 'person') main.jobTitle = p.role;
  if (p.affiliation) {
    // A person works for a body; a body belongs to a larger one.
    main[p.entity.kind === 'person' ? 'affiliation' : 'parentOrganization'] = entityNode(p.affiliation);
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': p.url,
    url: p.url,
    name: p.entity.name,
    description: p.description,
    ...(p.modified ? { dateModified: isoDateTime(p.modified) } : {}),
    mainEntity: main,
  };
}

/** `BreadcrumbList` for a trail of pages, the current page last; every item has an absolute URL. */
export function breadcrumbLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

function websiteNode(site: { name: string; url: string }): JsonLd {
  return { '@type': 'WebSite', '@id': `${site.url}#website`, name: site.name, url: site.url };
}

/** `WebSite` for the front page, with the search page as its SearchAction. */
export function websiteLd(site: {
  name: string;
  url: string;
  description: string;
  searchUrl: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...websiteNode(site),
    description: site.description,
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`… so no text
 * (a headline, a quote) can close the script or open a comment, and U+2028/2029 are escaped for old parsers.
 */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return jsonScriptText(data);
}

/** Any JSON value as text safe inside an inline `<script type="application/json">` (see jsonLdText). */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
